"""Offers against the baseline: what each deal costs and what it saves."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parley.engine.debt import Debt, Method, Settings
from parley.engine.errors import InputError
from parley.engine.offers import OfferKind, OfferTerms, baseline, evaluate

TODAY = date(2026, 11, 30)


def make_debt(**changes) -> Debt:
    values = dict(
        lender="Lender",
        principal=3_600_000,
        annual_rate=0.36,
        term=24,
        instalments_paid=12,
        principal_repaid=1_800_000,
        outstanding=1_800_000,
    )
    values.update(changes)
    return Debt(**values)


def test_baseline_is_the_remaining_schedule_at_the_contract_rate():
    debt = make_debt()
    base = baseline(debt, today=TODAY, settings=Settings())
    # 18,000 over 12 months at 3% a month: P * i / (1 - (1 + i)^-12).
    textbook = 18_000 * 0.03 / (1 - 1.03**-12)
    assert abs(base.instalment / 100 - textbook) < 0.01
    assert base.penalty == 0
    assert abs(base.apr - 0.36) < 1e-5
    assert base.caps_exceeded == ["4xLPR", "24%"]


def test_baseline_adds_penalty_interest_while_overdue():
    import numpy_financial as npf

    debt = make_debt(first_missed=date(2026, 10, 31))  # 30 days overdue
    base = baseline(debt, today=TODAY, settings=Settings())
    # Penalty runs on the missed 13th instalment's principal, not the whole balance:
    # principal part x 54% (1.5 x 36%) x 30 / 365.
    part = -npf.ppmt(0.03, 13, 24, 3_600_000)
    assert abs(base.penalty - part * 0.54 * 30 / 365) <= 1
    calm = baseline(make_debt(), today=TODAY, settings=Settings())
    assert base.total_paid == calm.total_paid + base.penalty


def test_interest_waiver_saves_all_interest_and_penalty():
    debt = make_debt(first_missed=date(2026, 10, 31))
    base = baseline(debt, today=TODAY, settings=Settings())
    deal = evaluate(
        debt,
        OfferTerms(kind=OfferKind.RATE_REDUCTION, rate=0.0, count=12),
        today=TODAY,
        settings=Settings(),
    )
    assert deal.total_paid == 1_800_000
    assert deal.savings == base.total_paid - 1_800_000
    assert deal.apr == 0.0 and deal.caps_exceeded == []


def test_freeze_splits_the_balance_into_interest_free_instalments():
    deal = evaluate(
        make_debt(),
        OfferTerms(kind=OfferKind.FREEZE, rate=0.2, count=36),
        today=TODAY,
        settings=Settings(),
    )
    assert deal.schedule.total_interest == 0
    assert deal.instalment == 50_000  # 18,000 / 36
    assert deal.schedule.instalments[0].due == date(2026, 12, 30)


def test_rate_cut_to_four_times_lpr():
    deal = evaluate(
        make_debt(),
        OfferTerms(kind=OfferKind.RATE_REDUCTION, rate=0.154, count=12),
        today=TODAY,
        settings=Settings(),
    )
    assert abs(deal.apr - 0.154) < 1e-5
    assert deal.caps_exceeded == ["4xLPR"]  # 15.4% is above 4 x 3.0%
    assert deal.savings > 0


def test_deferral_fee_and_empty_months():
    terms = OfferTerms(
        kind=OfferKind.DEFERRAL, rate=0.12, count=12, deferral_months=6, deferral_fee_pct=0.01
    )
    deal = evaluate(make_debt(), terms, today=TODAY, settings=Settings())
    assert deal.deferral_fee == 18_000
    assert deal.schedule.instalments[0].due == date(2027, 6, 30)
    assert deal.total_paid == 18_000 + deal.schedule.total_paid
    # Interest runs during the pause by default: six months at the offer's 1% a month,
    # simple, on the 18,000 of principal parked, added to what is repaid.
    assert deal.deferral_interest == 108_000
    assert deal.schedule.principal == 1_800_000 + 108_000
    agreed = evaluate(
        make_debt(),
        OfferTerms(
            kind=OfferKind.DEFERRAL,
            rate=0.12,
            count=12,
            deferral_months=6,
            deferral_interest_waived=True,
        ),
        today=TODAY,
        settings=Settings(),
    )
    # Only when the lender agreed in writing does nothing accrue.
    assert agreed.deferral_interest == 0
    assert agreed.schedule.principal == 1_800_000


def test_restructure_with_down_payment_percent_and_waiver():
    terms = OfferTerms(
        kind=OfferKind.RESTRUCTURE,
        rate=0.0,
        count=10,
        down_payment_pct=0.3,
        waived_amount=200_000,
    )
    deal = evaluate(make_debt(), terms, today=TODAY, settings=Settings())
    assert deal.balance == 1_600_000
    assert deal.down_payment == 480_000
    assert deal.total_paid == 1_600_000
    assert deal.instalment == 112_000


def test_income_share_and_its_warning():
    terms = OfferTerms(kind=OfferKind.FREEZE, count=12)
    deal = evaluate(make_debt(), terms, today=TODAY, settings=Settings(monthly_income=500_000))
    assert deal.income_share == pytest.approx(0.30)
    assert any("30.00%" in w for w in deal.warnings)
    none = evaluate(make_debt(), terms, today=TODAY, settings=Settings())
    assert none.income_share is None


def test_down_payment_above_the_balance_is_warned():
    terms = OfferTerms(down_payment=2_000_000, count=12)
    deal = evaluate(make_debt(), terms, today=TODAY, settings=Settings())
    assert deal.warnings and deal.apr is None
    assert deal.schedule.instalments == ()


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"count": 0}, "count"),
        ({"rate": -0.01}, "rate"),
        ({"rate": 11.0}, "rate"),
        ({"down_payment": -1}, "down_payment"),
        ({"down_payment_pct": 1.5}, "down_payment_pct"),
        ({"waived_amount": 9_999_999}, "waived_amount"),
        ({"deferral_months": -1}, "deferral_months"),
        ({"fee_per_instalment": -5}, "fee_per_instalment"),
    ],
)
def test_invalid_terms_name_their_field(changes, field):
    with pytest.raises(InputError) as caught:
        evaluate(make_debt(), OfferTerms(**changes), today=TODAY, settings=Settings())
    assert caught.value.field == field


@settings(max_examples=60, deadline=None)
@given(
    kind=st.sampled_from(list(OfferKind)),
    rate=st.floats(0, 0.4),
    count=st.integers(1, 60),
    waived=st.integers(0, 1_000_000),
    method=st.sampled_from(list(Method)),
    penalty=st.booleans(),
)
def test_savings_are_baseline_total_minus_offer_total(kind, rate, count, waived, method, penalty):
    debt = make_debt(first_missed=date(2026, 9, 1))
    terms = OfferTerms(
        kind=kind,
        rate=rate,
        count=count,
        waived_amount=waived,
        method=method,
        waive_penalty=penalty,
        deferral_months=3,
        deferral_fee_pct=0.005,
    )
    base = baseline(debt, today=TODAY, settings=Settings())
    deal = evaluate(debt, terms, today=TODAY, settings=Settings())
    assert deal.savings == base.total_paid - deal.total_paid
    paid = deal.down_payment + deal.penalty + deal.deferral_fee + deal.schedule.total_paid
    assert deal.total_paid == paid
    assert deal.schedule.principal >= deal.balance - deal.down_payment


@settings(max_examples=80, deadline=None)
@given(
    outstanding=st.integers(1, 5_000_000),
    rate=st.floats(0, 0.6),
    term=st.integers(1, 60),
    paid=st.integers(0, 59),
    fee=st.integers(0, 5_000),
    method=st.sampled_from(list(Method)),
)
def test_the_quick_baseline_instalment_equals_the_baseline(
    outstanding, rate, term, paid, fee, method
):
    from parley.engine.offers import baseline_instalment

    debt = Debt(
        lender="x",
        principal=outstanding,
        outstanding=outstanding,
        annual_rate=rate,
        term=term,
        instalments_paid=min(paid, term),
        fee_per_instalment=fee,
        method=method,
    )
    full = baseline(debt, today=date(2026, 11, 30), settings=Settings())
    assert baseline_instalment(debt) == full.instalment
