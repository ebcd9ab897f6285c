"""Suggested proposals: what a negotiator would ask of each kind of lender, within budget."""

import math
from datetime import date

import numpy_financial as npf
import pytest

from parley import i18n
from parley.engine.debt import Debt, LenderKind, Settings
from parley.engine.offers import OfferKind, evaluate
from parley.engine.proposals import suggest

TODAY = date(2026, 11, 30)


def make_debt(kind=LenderKind.ONLINE, *, principal=3_000_000, repaid=0, outstanding=3_300_000):
    return Debt(
        lender="Test Lender",
        kind=kind,
        contract_no="HT-1",
        principal=principal,
        principal_repaid=repaid,
        outstanding=outstanding,
        annual_rate=0.36,
        term=24,
        start_date=date(2025, 6, 1),
        first_missed=date(2026, 10, 15),
    )


def monthly_payment(amount, annual_rate, count):
    """Independent reference: the textbook annuity payment (numpy-financial), or an even split."""
    if annual_rate == 0:
        return math.ceil(amount / count)
    return -npf.pmt(annual_rate / 12, count, amount)


def down_payment(terms, balance):
    if terms.down_payment_pct is not None:
        return balance * terms.down_payment_pct
    return terms.down_payment


def test_ex_p2p_asks_for_about_thirty_percent_down():
    debt = make_debt(LenderKind.EX_P2P)
    a, b = suggest(debt, today=TODAY, settings=Settings())
    assert down_payment(a.terms, debt.outstanding) == pytest.approx(0.30 * debt.outstanding)
    assert a.terms.rate == 0
    # The alternative needs no money up front.
    assert down_payment(b.terms, debt.outstanding) == 0
    assert a.reason and b.reason


def test_ex_p2p_down_payment_capped_by_what_the_user_has():
    debt = make_debt(LenderKind.EX_P2P)
    a, _ = suggest(debt, today=TODAY, settings=Settings(), down_payment_available=500_000)
    assert down_payment(a.terms, debt.outstanding) == 500_000


@pytest.mark.parametrize("kind", list(LenderKind))
def test_under_half_the_principal_left_gets_an_interest_free_plan(kind):
    debt = make_debt(kind, principal=3_000_000, repaid=1_600_000, outstanding=1_500_000)
    a, _ = suggest(debt, today=TODAY, settings=Settings())
    assert a.terms.rate == 0
    assert a.terms.kind in (OfferKind.RATE_REDUCTION, OfferKind.FREEZE)


def test_just_over_half_left_is_not_treated_as_under_half():
    debt = make_debt(LenderKind.ONLINE, principal=3_000_000, repaid=1_500_000)
    a, _ = suggest(debt, today=TODAY, settings=Settings())
    assert "half" not in a.reason and "Only" not in a.reason


@pytest.mark.parametrize("kind", [LenderKind.BANK, LenderKind.CONSUMER_FINANCE])
def test_licensed_institutions_get_a_principal_only_ask(kind):
    a, b = suggest(make_debt(kind), today=TODAY, settings=Settings())
    assert a.terms.kind is OfferKind.RATE_REDUCTION and a.terms.rate == 0
    assert b.terms.kind is OfferKind.DEFERRAL


def test_online_lender_gets_freeze_or_deferral_then_restructure():
    settings = Settings()
    a, b = suggest(make_debt(LenderKind.ONLINE), today=TODAY, settings=settings)
    assert a.terms.kind is OfferKind.FREEZE and a.terms.count == 36
    assert b.terms.kind is OfferKind.DEFERRAL and b.terms.deferral_months == 12
    # Online lenders are licensed: the private-lending line does not govern them, the 24%
    # line for licensed lenders does. After the break, no more than that.
    assert 0 < b.terms.rate <= 0.24 + 1e-12
    assert 0.005 <= b.terms.deferral_fee_pct <= 0.01


def test_private_lender_deferral_rate_is_four_times_the_lpr_of_the_contract_date():
    # Contract of 2025-06-01: the one-year LPR in force was 3.0% (from 2025-05-20).
    _a, b = suggest(make_debt(LenderKind.OTHER), today=TODAY, settings=Settings())
    assert b.terms.rate == pytest.approx(4 * 0.030)
    old = make_debt(LenderKind.OTHER)
    old.start_date = date(2023, 9, 1)  # LPR 3.45% from 2023-08-21: line 13.8%
    _a, b = suggest(old, today=TODAY, settings=Settings())
    assert b.terms.rate == pytest.approx(4 * 0.0345)


def repaid(terms, debt):
    """What a suggestion repays, by hand: the balance less any waiver and down payment, plus
    simple interest on the principal parked during a deferral (it runs unless waived)."""
    balance = debt.outstanding - terms.waived_amount
    rest = balance - down_payment(terms, balance)
    if terms.kind is OfferKind.DEFERRAL and not terms.deferral_interest_waived:
        parked = min(debt.principal - debt.principal_repaid, rest)
        rest += round(parked * terms.rate / 12 * terms.deferral_months)
    return rest


@pytest.mark.parametrize("kind", list(LenderKind))
def test_instalments_stretched_to_fit_the_limit(kind):
    debt = make_debt(kind)
    limit = 80_000  # 800 a month against a 33,000 balance: 36 would be too much
    for s in suggest(debt, today=TODAY, settings=Settings(), max_instalment=limit):
        rest = repaid(s.terms, debt)
        assert s.terms.count <= 60
        if not s.fits:
            # A deferral's interest can put even 60 instalments above the limit: it says so.
            assert s.terms.count == 60 and "60" in s.reason
            assert monthly_payment(rest, s.terms.rate, 60) > limit
            continue
        assert monthly_payment(rest, s.terms.rate, s.terms.count) <= limit
        # Stretched only as far as needed.
        assert monthly_payment(rest, s.terms.rate, s.terms.count - 1) > limit


@pytest.mark.parametrize("kind", [LenderKind.BANK, LenderKind.CONSUMER_FINANCE])
def test_principal_only_repays_the_principal_left(kind):
    # The 安盈 example: 30,000 borrowed, 11,400 of principal repaid, the lender says 20,020.
    debt = make_debt(kind, principal=3_000_000, repaid=1_140_000, outstanding=2_002_000)
    a, _ = suggest(debt, today=TODAY, settings=Settings())
    result = evaluate(debt, a.terms, today=TODAY, settings=Settings())
    assert result.total_paid == 3_000_000 - 1_140_000  # 18,600, not 20,020
    assert a.terms.waived_amount == 2_002_000 - 1_860_000  # the 1,420 of charges named


def test_interest_free_plan_repays_the_principal_left():
    # The 佳禾 example: 20,000 borrowed, 10,200 repaid, the lender says 12,600.
    debt = make_debt(
        LenderKind.CONSUMER_FINANCE, principal=2_000_000, repaid=1_020_000, outstanding=1_260_000
    )
    a, _ = suggest(debt, today=TODAY, settings=Settings())
    assert a.terms.rate == 0
    result = evaluate(debt, a.terms, today=TODAY, settings=Settings())
    assert result.total_paid == 980_000  # 9,800, not 12,600


def test_deferral_length_follows_the_term_left():
    # Two instalments left: the pause and the plan after it stay short, not 12 + 36 months.
    debt = make_debt(LenderKind.ONLINE, principal=500_000, outstanding=510_000)
    debt.term, debt.instalments_paid = 6, 4
    _a, b = suggest(debt, today=TODAY, settings=Settings())
    assert b.terms.deferral_months == 2
    assert b.terms.count == 2
    # With a budget the plan stretches only as far as it needs to.
    _a, b = suggest(debt, today=TODAY, settings=Settings(), max_instalment=100_000)
    rest = repaid(b.terms, debt)
    assert monthly_payment(rest, b.terms.rate, b.terms.count) <= 100_000
    assert monthly_payment(rest, b.terms.rate, b.terms.count - 1) > 100_000
    assert b.terms.deferral_months + b.terms.count < 12


def test_limit_defaults_to_twenty_percent_of_income():
    debt = make_debt(LenderKind.ONLINE)
    a, _ = suggest(debt, today=TODAY, settings=Settings(monthly_income=400_000))
    # 20% of 4,000 is 800: 33,000 / 800 = 41.25, so 42 instalments.
    assert a.terms.count == 42


def test_infeasible_limit_stops_at_sixty_and_says_so():
    debt = make_debt(LenderKind.ONLINE)
    a, b = suggest(debt, today=TODAY, settings=Settings(), max_instalment=10_000)
    assert a.terms.count == b.terms.count == 60
    assert not a.fits and not b.fits
    assert "60" in a.reason


def test_reason_follows_the_ui_language():
    i18n.set_language("zh_CN")
    a, _ = suggest(make_debt(LenderKind.EX_P2P), today=TODAY, settings=Settings())
    assert any("\u4e00" <= c <= "\u9fff" for c in a.reason)
    assert "30%" in a.reason


def test_suggested_instalment_within_limit_by_the_offer_engine():
    debt = make_debt(LenderKind.CONSUMER_FINANCE)
    limit = 80_000
    settings = Settings()
    for s in suggest(debt, today=TODAY, settings=settings, max_instalment=limit):
        result = evaluate(debt, s.terms, today=TODAY, settings=settings)
        assert (result.instalment <= limit) is s.fits
