"""What the call script says holds up on a recorded call: the loan's own rate, penalty apart,
legal lines only where they govern, no invented facts, proposals named for what they are,
savings that mean what they say. Expected figures are worked out here by hand or pyxirr."""

from __future__ import annotations

from datetime import date, timedelta

import numpy_financial as npf
import pytest
import pyxirr

from parley.engine.debt import Debt, LenderKind, Method, Settings
from parley.engine.hardship import Hardship
from parley.engine.offers import OfferKind, OfferTerms, baseline, evaluate
from parley.engine.proposals import suggest
from parley.engine.script import ScriptInput, build_script, money_in

TODAY = date(2026, 11, 30)


def make_debt(**changes) -> Debt:
    values = dict(
        lender="Lender",
        kind=LenderKind.CONSUMER_FINANCE,
        contract_no="C-1",
        principal=3_000_000,
        start_date=date(2025, 9, 28),
        term=36,
        annual_rate=0.24,
        instalments_paid=12,
        principal_repaid=1_140_000,
        interest_repaid=560_000,
        outstanding=2_002_000,
        first_missed=TODAY - timedelta(days=18),
    )
    values.update(changes)
    return Debt(**values)


def script_for(debt, lang="en", settings=None, offers=None, **changes):
    settings = settings or Settings()
    if offers is None:
        a, b = suggest(debt, today=TODAY, settings=settings)
        offers = (a.terms, b.terms)
    ra, rb = (evaluate(debt, t, today=TODAY, settings=settings) for t in offers)
    values = dict(
        debt=debt,
        hardship=None,
        hardship_since=None,
        evidence=[],
        monthly_income=None,
        essential_costs=None,
        max_instalment=None,
        offer_a=offers[0],
        result_a=ra,
        offer_b=offers[1],
        result_b=rb,
        baseline=baseline(debt, today=TODAY, settings=settings),
        settings=settings,
        today=TODAY,
    )
    values.update(changes)
    return build_script(ScriptInput(**values), lang)


def rate_line(script):
    return next(s for s in script.facts if "true annual rate" in s or "真实年化利率" in s)


# --- 1. a claim has a source -------------------------------------------------------------


def test_rate_sentence_is_the_contracts_own_rate_not_the_penalty_inflated_one():
    # 36% equal-principal loan, 140 days overdue: the baseline's IRR was ~102%.
    debt = make_debt(
        kind=LenderKind.EX_P2P,
        principal=1_500_000,
        start_date=date(2024, 9, 28),
        term=24,
        method=Method.EQUAL_PRINCIPAL,
        annual_rate=0.36,
        instalments_paid=15,
        principal_repaid=937_500,
        outstanding=820_000,
        first_missed=TODAY - timedelta(days=140),
    )
    line = rate_line(script_for(debt))
    assert "is 36%." in line
    # A private lender: 4 x the one-year LPR in force on 2024-09-28 (3.35%) = 13.4%.
    assert "13.4%" in line and "private lending" in line


def test_money_cut_up_front_gives_the_real_rate_and_is_named():
    # 10,000 contract, 9,000 received, 0.05% a day (18.25% a year), 12 equal instalments.
    debt = make_debt(
        kind=LenderKind.ONLINE,
        principal=1_000_000,
        received=900_000,
        fee_upfront=100_000,
        term=12,
        annual_rate=0.1825,
        instalments_paid=5,
        principal_repaid=395_000,
        outstanding=680_000,
        first_missed=TODAY - timedelta(days=55),
    )
    pay = -npf.pmt(0.1825 / 12, 12, 10_000)
    apr = pyxirr.irr([9_000] + [-pay] * 12) * 12
    assert round(apr * 100, 2) == 39.06
    script = script_for(debt)
    assert "39.06%" in rate_line(script)
    cut = next(line for line in script.facts if "up front" in line)
    assert "CN¥9,000.00" in cut and "CN¥1,000.00" in cut and "CN¥10,000.00" in cut


@pytest.mark.parametrize("kind", [LenderKind.BANK, LenderKind.CONSUMER_FINANCE])
def test_licensed_lenders_hear_their_own_line_not_the_private_lending_one(kind):
    debt = make_debt(kind=kind, annual_rate=0.36)
    for lang, private in (("en", "private lending"), ("zh_CN", "民间借贷")):
        text = script_for(debt, lang).to_text()
        assert private not in text
        assert "24%" in rate_line(script_for(debt, lang))


def test_a_rate_at_exactly_the_line_is_not_called_above_it():
    line = rate_line(script_for(make_debt(annual_rate=0.24)))
    assert "24%" in line and "above" not in line


def test_penalty_is_stated_apart_with_its_amount_and_rate():
    debt = make_debt(annual_rate=0.24)
    script = script_for(debt)
    # Instalment 13 of 30,000 over 36 at 2% a month missed 18 days ago; penalty 1.5 x 24%.
    part = -npf.ppmt(0.02, 13, 36, 3_000_000)
    amount = round(part * 0.36 * 18 / 365)
    said = next(line for line in script.facts if "Penalty interest so far" in line)
    assert money_in("en", amount) in said and "36%" in said
    assert money_in("en", amount) not in rate_line(script)


# --- 2. no invented facts ----------------------------------------------------------------


@pytest.mark.parametrize(("lang", "blank"), [("en", "[your situation]"), ("zh_CN", "【你的情况】")])
def test_nothing_entered_leaves_blanks_and_claims_nothing(lang, blank):
    text = script_for(make_debt(), lang).to_text()
    assert blank in text
    for invented in ("lost my job", "失业", "¥0.00", "I can pay", "我每个月能稳定还"):
        assert invented not in text
    assert "income" not in text.split("2. Show")[0] if lang == "en" else "收入" not in text


def test_income_without_costs_leaves_the_costs_blank():
    text = script_for(
        make_debt(), monthly_income=600_000, essential_costs=None, max_instalment=120_000
    ).to_text()
    assert "CN¥6,000.00 a month" in text and "[your living costs]" in text
    assert "That leaves" not in text


def test_no_affordability_claim_above_what_the_user_can_pay():
    script = script_for(
        make_debt(),
        monthly_income=300_000,
        essential_costs=280_000,
        max_instalment=20_000,
        hardship=Hardship.JOB_LOSS,
    )
    assert not any("I can pay" in line for line in script.willingness)


# --- 3. proposals say what they compute --------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_principal_only_option_names_the_principal_left_and_the_charges_waived(lang):
    script = script_for(make_debt(), lang)
    option = next(line for line in script.plan if line.startswith(("Option A", "方案A")))
    assert money_in(lang, 1_860_000) in option  # 30,000 - 11,400
    assert money_in(lang, 142_000) in option  # 20,020 - 18,600
    assert money_in(lang, 2_002_000) not in option


def test_a_zero_rate_plan_on_the_whole_balance_says_it_includes_interest_charged():
    terms = OfferTerms(kind=OfferKind.RATE_REDUCTION, rate=0.0, count=20)
    script = script_for(make_debt(), offers=(terms, terms))
    option = next(line for line in script.plan if line.startswith("Option A"))
    assert "CN¥20,020.00" in option and "includes interest already charged" in option
    assert "waive the interest" not in option


def test_deferral_interest_is_said_and_a_long_pause_is_flagged():
    long = OfferTerms(kind=OfferKind.DEFERRAL, rate=0.12, count=24, deferral_months=18)
    debt = make_debt()
    result = evaluate(debt, long, today=TODAY, settings=Settings())
    # 18 months at 1% a month, simple, on the 18,600 of principal parked.
    assert result.deferral_interest == 1_860_000 * 18 // 100
    assert any("18 months" in w for w in result.warnings)
    script = script_for(debt, offers=(long, long))
    plan = " ".join(script.plan)
    assert money_in("en", 334_800) in plan and "longer than the one year" in plan


# --- 4. savings that mean what they say --------------------------------------------------


def test_waiving_only_the_penalty_saves_exactly_the_penalty_in_value_today():
    debt = make_debt()
    settings = Settings()
    base = baseline(debt, today=TODAY, settings=settings)
    part = -npf.ppmt(0.02, 13, 36, 3_000_000)
    assert base.penalty == round(part * 0.36 * 18 / 365)
    # The same schedule, penalty waived.
    same = OfferTerms(kind=OfferKind.RESTRUCTURE, rate=0.24, count=24, waive_penalty=True)
    deal = evaluate(debt, same, today=TODAY, settings=settings)
    assert deal.savings_today == base.penalty
    # Spread over 36 months instead: far more in total, the same value today (to the fen
    # rounding of 60 instalments).
    longer = OfferTerms(kind=OfferKind.RESTRUCTURE, rate=0.24, count=36, waive_penalty=True)
    deal = evaluate(debt, longer, today=TODAY, settings=settings)
    assert deal.savings < -200_000
    assert abs(deal.savings_today - base.penalty) <= 2


def test_value_today_by_hand_and_the_rate_can_be_changed():
    debt = make_debt()
    terms = OfferTerms(kind=OfferKind.FREEZE, count=10, waive_penalty=True)
    deal = evaluate(debt, terms, today=TODAY, settings=Settings(), discount_rate=0.12)
    assert deal.discount_rate == 0.12
    assert deal.value_today == round(sum(200_200 / 1.01**k for k in range(1, 11)))
    flat = evaluate(debt, terms, today=TODAY, settings=Settings(), discount_rate=0.0)
    assert flat.savings_today == flat.savings  # no discounting: the totals


def test_the_script_says_plainly_when_an_option_costs_more():
    debt = make_debt()
    longer = OfferTerms(kind=OfferKind.RESTRUCTURE, rate=0.24, count=36, waive_penalty=True)
    deal = evaluate(debt, longer, today=TODAY, settings=Settings())
    for lang, words in (("en", "costs {} more"), ("zh_CN", "多付{}")):
        plan = " ".join(script_for(debt, lang, offers=(longer, longer)).plan)
        assert words.format(money_in(lang, -deal.savings)) in plan
