"""The household plan: figures a debt adviser would work out by hand."""

from __future__ import annotations

from datetime import date

import numpy_financial as npf
import pytest

from parley.engine.budget import Budget, IncomeSource, Placement, solve
from parley.engine.budget.asks import largest, payments
from parley.engine.debt import Debt, Intensity, LenderKind, Method, Settings
from parley.engine.offers import OfferKind, OfferTerms, evaluate
from parley.engine.schedule import rows

TODAY = date(2026, 11, 30)
SETTINGS = Settings()


def debt(
    id,
    *,
    principal=600_000,
    repaid=0,
    outstanding=None,
    rate=0.10,
    kind=LenderKind.ONLINE,
    missed=None,
    lender=None,
    intensity=Intensity.NONE,
):
    return Debt(
        lender=lender or f"Lender {id}",
        kind=kind,
        principal=principal,
        principal_repaid=repaid,
        outstanding=principal - repaid if outstanding is None else outstanding,
        annual_rate=rate,
        term=12,
        start_date=date(2026, 1, 1),
        first_missed=missed,
        collection_intensity=intensity,
        id=id,
    )


def budget(income, essentials, *, lump=0, rule=False):
    return Budget((IncomeSource("pay", income),), (("housing", essentials),), lump, rule)


def plan(b, debts, **kw):
    return solve(b, debts, today=TODAY, settings=SETTINGS, **kw)


def test_money_for_debts_is_income_less_essentials_with_the_20_percent_cap():
    b = Budget(
        (IncomeSource("salary", 600_000), IncomeSource("side job", 250_000)),
        (("housing", 300_000), ("food", 200_000)),
    )
    assert b.income == 850_000
    assert b.essentials_total == 500_000
    assert b.available == 350_000
    assert b.instalment_cap == 170_000  # 20% of 8,500.00
    assert Budget(b.incomes, b.essentials, keep_share_rule=False).instalment_cap is None


def test_same_priority_shares_are_pro_rata_to_principal_left():
    # 36,000.00 and 12,000.00, both current at 10%: 1,000.00 a month carries both over
    # 48 months (48,000.00 / 48), split 3:1 like the principal: 750.00 and 250.00.
    p = plan(
        budget(1_000_000, 900_000), [debt(1, principal=3_600_000), debt(2, principal=1_200_000)]
    )
    by_id = {a.debt.id: a for a in p.asks}
    assert by_id[1].count == by_id[2].count == 48
    assert by_id[1].instalment == 75_000
    assert by_id[2].instalment == 25_000
    assert p.feasible and p.shortfall == 0
    assert p.monthly_total == 100_000
    assert p.debt_free == date(2030, 11, 1)  # 48th month after November 2026
    # owed after the first month / a year of income: 47,000.00 / 120,000.00
    assert p.months[0].owed_after == 4_700_000
    assert p.months[0].debt_ratio == pytest.approx(47_000 / 120_000)


def test_fewer_instalments_would_not_fit():
    # Over 47 months: 36,000/47 = 765.96 and 12,000/47 = 255.32, together 1,021.28 > 1,000.
    p = plan(
        budget(1_000_000, 900_000), [debt(1, principal=3_600_000), debt(2, principal=1_200_000)]
    )
    assert all(a.count == 48 for a in p.asks)


def test_priority_order_and_what_waits_when_money_is_short():
    # Three debts of 6,000.00; over 60 months each needs 100.00. There is 250.00 a month:
    # the 36% debt and the one in its 30-day window start now, the third waits until both
    # are repaid (month 61), then takes 250.00 a month for 24 months.
    dear = debt(1, rate=0.36)
    window = debt(2, missed=date(2026, 11, 20))
    rest = debt(3)
    p = plan(budget(125_000, 100_000), [rest, window, dear])
    assert [a.debt.id for a in p.asks] == [1, 2, 3]
    assert [a.rank for a in p.asks] == [1, 2, 3]
    first, second, third = p.asks
    assert (first.placement, first.count, first.instalment) == (Placement.NOW, 60, 10_000)
    assert (second.placement, second.count, second.instalment) == (Placement.NOW, 60, 10_000)
    assert third.placement is Placement.LATER
    assert (third.start, third.count, third.instalment) == (60, 24, 25_000)
    assert third.first_due == date(2031, 12, 30)
    assert "2031-12" in third.reason
    assert not p.feasible
    # It would need 100.00 a month to start now; 50.00 is left: 50.00 short.
    assert p.shortfall == 5_000
    assert p.debt_free == date(2033, 11, 1)  # month 84
    assert "above 24%" in first.reason
    assert "30-day window" in second.reason


def test_harsh_collection_comes_first():
    calm = debt(1, principal=1_200_000)
    harsh = debt(2, intensity=Intensity.HIGH)
    p = plan(budget(125_000, 100_000), [calm, harsh])
    assert [a.debt.id for a in p.asks] == [2, 1]


def test_the_budget_is_never_exceeded_in_any_month():
    debts = [
        debt(n, principal=p, rate=r)
        for n, (p, r) in enumerate(
            [(1_234_567, 0.36), (987_654, 0.18), (55_555, 0.05), (3_000_001, 0.24), (777, 0.0)], 1
        )
    ]
    for money in (0, 1, 10_000, 77_777, 250_000, 1_000_000):
        p = plan(budget(2_000_000, 2_000_000 - money, rule=True), debts)
        for month in p.months:
            assert month.paid <= money
        for a in p.asks:
            if a.planned:
                assert max(a.payments) <= 400_000  # 20% of 20,000.00


def test_every_principal_left_is_repaid_exactly_and_the_terms_give_the_same_schedule():
    # 10,000.00 borrowed, 3,333.33 repaid: 6,666.67 of principal is left, though the lender
    # claims 7,500.00 with interest. The plan repays 6,666.67 exactly and asks for the
    # 833.33 of interest to be waived.
    d = debt(1, principal=1_000_000, repaid=333_333, outstanding=750_000)
    p = plan(budget(500_000, 430_000), [d])
    [a] = p.asks
    assert a.principal_left == 666_667
    assert a.total == 666_667
    assert a.terms.waived_amount == 83_333
    result = evaluate(d, a.terms, today=TODAY, settings=SETTINGS)
    assert tuple(i.payment for i in result.schedule.instalments) == a.payments
    assert result.schedule.instalments[0].due == a.first_due == date(2026, 12, 30)
    assert result.total_paid == 666_667


def test_ex_p2p_takes_its_down_payment_from_the_lump_sum():
    # 30% of 10,000.00 is 3,000.00; the lump sum has 2,000.00, so that is the down payment.
    d = debt(1, principal=1_000_000, kind=LenderKind.EX_P2P)
    p = plan(budget(500_000, 400_000, lump=200_000), [d])
    [a] = p.asks
    assert a.down_payment == 200_000
    assert sum(a.payments) == 800_000
    assert p.lump_left == 0
    result = evaluate(d, a.terms, today=TODAY, settings=SETTINGS)
    assert result.down_payment == 200_000
    assert tuple(i.payment for i in result.schedule.instalments) == a.payments
    # with enough lump sum, exactly 30%
    p = plan(budget(500_000, 400_000, lump=500_000), [d])
    assert p.asks[0].down_payment == 300_000 and p.lump_left == 200_000


def test_under_half_principal_left_asks_interest_free_and_licensed_lenders_principal_only():
    under = debt(1, principal=1_000_000, repaid=600_000)
    bank = debt(2, kind=LenderKind.BANK)
    p = plan(budget(1_000_000, 900_000), [under, bank])
    by_id = {a.debt.id: a for a in p.asks}
    assert by_id[1].kind is OfferKind.RATE_REDUCTION and "40%" in by_id[1].reason
    assert by_id[2].kind is OfferKind.RATE_REDUCTION and "licensed" in by_id[2].reason
    assert all(a.terms.rate == 0 for a in p.asks)


def test_the_20_percent_rule_sends_a_debt_too_big_for_it_to_mediation():
    # 90,000.00 over 60 months is 1,500.00 a month; 20% of 5,000.00 is 1,000.00.
    big = debt(1, principal=9_000_000)
    kept = plan(budget(500_000, 0, rule=True), [big])
    assert kept.asks[0].placement is Placement.MEDIATION
    assert "1,500.00" in kept.asks[0].reason and "1,000.00" in kept.asks[0].reason
    assert kept.debt_free is None and not kept.feasible
    # Without the rule 5,000.00 a month repays it in 18 months.
    free = plan(budget(500_000, 0, rule=False), [big])
    assert (free.asks[0].count, free.asks[0].instalment) == (18, 500_000)


def test_essentials_above_income_leave_nothing_and_say_what_that_means():
    p = plan(budget(300_000, 350_000), [debt(1), debt(2)])
    assert p.available == 0
    assert all(a.placement is Placement.MEDIATION for a in p.asks)
    # 500.00 of essentials not covered, and 100.00 a month each to start both over 60 months
    assert p.shortfall == 50_000 + 2 * 10_000
    assert not p.feasible and p.debt_free is None and p.months == ()
    assert any("deferral" in n and "mediation" in n for n in p.notes)


def test_a_debt_with_no_principal_left_is_skipped_with_its_reason():
    done = debt(1, principal=500_000, repaid=500_000, outstanding=12_000)
    p = plan(budget(500_000, 400_000), [done])
    [a] = p.asks
    assert a.placement is Placement.SKIPPED and "interest or charges" in a.reason
    assert p.months == () and p.feasible


def test_no_debts_at_all():
    p = plan(budget(500_000, 400_000), [])
    assert p.asks == () and p.months == () and p.debt_free is None and p.feasible


def test_a_pinned_ask_is_planned_around():
    # Pinned: 6,000.00 in 12 interest-free instalments of 500.00. The other 12,000.00 gets
    # the 500.00 left each month: 24 instalments.
    pinned = debt(1, principal=600_000)
    other = debt(2, principal=1_200_000)
    terms = OfferTerms(kind=OfferKind.FREEZE, count=12)
    p = plan(budget(1_000_000, 900_000), [pinned, other], pinned={1: terms})
    by_id = {a.debt.id: a for a in p.asks}
    assert by_id[1].placement is Placement.PINNED and by_id[1].payments == (50_000,) * 12
    assert (by_id[2].count, by_id[2].instalment) == (24, 50_000)
    assert all(m.paid <= 100_000 for m in p.months)
    assert p.debt_free == date(2028, 11, 1)


def test_a_debt_waiting_under_12_months_gets_a_deferral():
    # The pinned ask takes all 1,000.00 for six months; the other 12,000.00 is deferred
    # six months, then 12 instalments of 1,000.00.
    pinned, other = debt(1), debt(2, principal=1_200_000)
    terms = OfferTerms(kind=OfferKind.FREEZE, count=6)
    p = plan(budget(1_000_000, 900_000), [pinned, other], pinned={1: terms})
    a = next(a for a in p.asks if a.debt.id == 2)
    assert a.placement is Placement.DEFERRAL
    assert (a.start, a.count, a.instalment) == (6, 12, 100_000)
    assert a.terms.kind is OfferKind.DEFERRAL and a.terms.deferral_months == 6
    result = evaluate(other, a.terms, today=TODAY, settings=SETTINGS)
    assert result.schedule.instalments[0].due == date(2027, 6, 30) == a.first_due
    assert result.total_paid == 1_200_000 and result.deferral_fee == 0
    assert p.feasible


def test_totals_nominal_and_discounted_at_each_contract_rate():
    p = plan(
        budget(1_000_000, 900_000), [debt(1, principal=3_600_000), debt(2, principal=1_200_000)]
    )
    assert p.totals.plan == 4_800_000
    # 750.00 and 250.00 a month for 48 months, both debts at 10% a year (10%/12 a month)
    expected = -npf.pv(0.10 / 12, 48, 100_000)
    assert abs(p.totals.plan_pv - expected) <= 2
    # Carrying on: each debt over its 12 remaining instalments at 10%, which is worth
    # its balance today at that same rate.
    pay = [-npf.pmt(0.10 / 12, 12, p_) for p_ in (3_600_000, 1_200_000)]
    assert abs(p.totals.baseline - 12 * sum(pay)) <= 24
    assert abs(p.totals.baseline_pv - 4_800_000) <= 24
    assert p.totals.saving == p.totals.baseline - 4_800_000


def test_largest_payment_matches_the_schedule_rows():
    for amount in (1, 2, 5, 10, 99, 100, 101, 12_345, 600_000, 666_667, 9_999_999):
        for count in range(1, 61):
            built = [
                part + interest for _k, part, interest in rows(amount, 0.0, count, Method.ANNUITY)
            ]
            assert largest(amount, count) == max(built)
            assert payments(amount, count) == tuple(built)
            assert sum(built) == amount


# --- after the deal -------------------------------------------------------------------------


def _deal():
    from parley.engine.schedule import build_schedule

    # 6,000.00 interest-free over 12 months from 2026-08-30: 500.00 on the 30th.
    return build_schedule(600_000, 0.0, 12, start=date(2026, 7, 30))


def test_payments_on_time_are_on_track_and_show_the_next_due():
    from parley.engine.budget.tracking import Standing, track

    paid = [(date(2026, 8, 30), 50_000), (date(2026, 9, 29), 50_000), (date(2026, 10, 30), 50_000)]
    t = track(
        _deal(),
        start=date(2026, 7, 30),
        down_payment=0,
        payments=paid,
        today=TODAY,
        penalty_rate=0.365,
    )
    # Due so far (before 30 November): August, September, October = 1,500.00.
    assert t.standing is Standing.ON_TRACK
    assert (t.due_so_far, t.paid, t.behind) == (150_000, 150_000, 0)
    assert (t.next_due, t.next_amount) == (date(2026, 11, 30), 50_000)
    # Miss one and the lender calls in the lot: 9 x 500.00 = 4,500.00 at once; penalty at
    # 36.5% a year on 4,500.00 for 30 days = 4,500.00 x 0.365 x 30 / 365 = 135.00.
    assert t.demanded_if_missed == 450_000
    assert t.principal_if_missed == 450_000
    assert t.penalty_if_missed == 13_500


def test_a_late_payment_and_a_missed_one():
    from parley.engine.budget.tracking import Standing, track

    late = [(date(2026, 8, 30), 50_000), (date(2026, 10, 2), 50_000), (date(2026, 10, 30), 50_000)]
    t = track(
        _deal(),
        start=date(2026, 7, 30),
        down_payment=0,
        payments=late,
        today=TODAY,
        penalty_rate=0.0,
    )
    assert t.standing is Standing.LATE and t.behind == 0
    short = [(date(2026, 8, 30), 50_000), (date(2026, 9, 29), 50_000), (date(2026, 10, 30), 20_000)]
    t = track(
        _deal(),
        start=date(2026, 7, 30),
        down_payment=0,
        payments=short,
        today=TODAY,
        penalty_rate=0.0,
    )
    assert t.standing is Standing.MISSED
    assert t.behind == 30_000
    assert (t.next_due, t.next_amount) == (date(2026, 10, 30), 30_000)


def test_a_down_payment_is_due_on_the_first_day():
    from parley.engine.budget.tracking import Standing, track

    t = track(
        _deal(),
        start=date(2026, 7, 30),
        down_payment=100_000,
        payments=[],
        today=TODAY,
        penalty_rate=0.0,
    )
    assert t.standing is Standing.MISSED
    assert t.due_so_far == 100_000 + 3 * 50_000
    assert t.next_due == date(2026, 7, 30) and t.next_amount == 100_000
    assert t.demanded_if_missed == 700_000
