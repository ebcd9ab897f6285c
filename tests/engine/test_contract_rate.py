"""The existing loan's own rate beside offers: true APR without penalty, the lines of the
contract date, penalty as a figure of its own; offers measured at today's lines."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import numpy_financial as npf

from parley.engine.contract_rate import contract_rate, lpr_line, offer_lines_above
from parley.engine.debt import Debt, LenderKind, Method, Settings
from parley.engine.legal_lines import APR_24, PRIVATE_LENDING
from parley.engine.offers import baseline
from parley.engine.penalty import penalty_rate

TODAY = date(2026, 11, 30)


def ex_p2p(**changes) -> Debt:
    """恒信普惠 of the example data: 15,000 at 36%, equal principal over 24 months from
    2024-09-28, 15 paid, 140 days overdue."""
    values = dict(
        lender="恒信普惠",
        kind=LenderKind.EX_P2P,
        principal=1_500_000,
        start_date=date(2024, 9, 28),
        term=24,
        method=Method.EQUAL_PRINCIPAL,
        annual_rate=0.36,
        instalments_paid=15,
        principal_repaid=937_500,
        interest_repaid=310_000,
        outstanding=820_000,
        first_missed=TODAY - timedelta(days=140),
    )
    values.update(changes)
    return Debt(**values)


def consumer_finance() -> Debt:
    """安盈消费金融: 30,000 at 24%, annuity over 36 months from 2025-09-28, 18 days overdue."""
    return Debt(
        lender="安盈消费金融",
        kind=LenderKind.CONSUMER_FINANCE,
        principal=3_000_000,
        start_date=date(2025, 9, 28),
        term=36,
        method=Method.ANNUITY,
        annual_rate=0.24,
        instalments_paid=12,
        principal_repaid=1_140_000,
        interest_repaid=560_000,
        outstanding=2_002_000,
        first_missed=TODAY - timedelta(days=18),
    )


def test_the_loans_rate_is_its_contract_apr_not_the_baseline_with_penalty():
    debt = ex_p2p()
    base = baseline(debt, today=TODAY, settings=Settings())
    # The baseline counts penalty so far as paid at once: its IRR is above the contract's.
    assert base.apr > 0.40
    assert base.caps_exceeded == []
    own = contract_rate(debt, Settings(), TODAY)
    # Equal principal at 3% a month on 15,000 received: the monthly IRR is 3%.
    flows = [-15_000.0] + [625 + (15_000 - 625 * k) * 0.03 for k in range(24)]
    assert abs(own.apr - 12 * npf.irr(flows)) < 1e-6
    assert abs(own.apr - 0.36) < 1e-6
    assert abs(own.ear - (1.03**12 - 1)) < 1e-6


def test_an_ex_p2p_loan_is_measured_at_the_lpr_of_its_contract_date():
    own = contract_rate(ex_p2p(), Settings(), TODAY)
    # 2024-09-28: the LPR of 2024-07-22 (3.35%) was in force; 4 x 3.35% = 13.40%.
    assert own.lpr_line.lpr_day == date(2024, 7, 22)
    assert own.lpr_line.rate == Decimal("0.134")
    assert [line.code for line in own.above] == [PRIVATE_LENDING]
    assert own.above[0].rate == Decimal("0.134")
    # 24% and 36% are not the lines that govern a private lender.
    assert [line.code for line in own.penalty_above] == [PRIVATE_LENDING]


def test_a_licensed_lender_is_flagged_only_by_its_own_lines():
    own = contract_rate(consumer_finance(), Settings(), TODAY)
    assert abs(own.apr - 0.24) < 1e-6
    assert own.above == []  # exactly 24% is not above 24%; 4 x LPR does not govern it
    assert not own.lpr_line.applies
    assert abs(own.penalty.annual_rate - 0.36) < 1e-12
    assert [line.code for line in own.penalty_above] == [APR_24]


def test_penalty_so_far_by_hand_and_its_multiple_from_settings():
    debt = ex_p2p()
    # Five missed instalments of 625 principal, due 07-13 .. 11-13: 140+109+78+48+17 days.
    days = 140 + 109 + 78 + 48 + 17
    own = contract_rate(debt, Settings(), TODAY)
    assert own.penalty.amount == round(62_500 * 0.54 * days / 365)
    doubled = Settings(penalty_multiple=2.0)
    assert penalty_rate(debt, doubled) == 0.72
    assert contract_rate(debt, doubled, TODAY).penalty.amount == round(62_500 * 0.72 * days / 365)
    # One missed instalment of the annuity loan, 18 days at 36%.
    cf = consumer_finance()
    part = -npf.ppmt(0.02, 13, 36, 3_000_000)
    assert abs(contract_rate(cf, Settings(), TODAY).penalty.amount - part * 0.36 * 18 / 365) <= 0.5


def test_interest_paid_above_the_line_by_hand():
    own = contract_rate(ex_p2p(), Settings(), TODAY)
    # No payments recorded: the 15 instalments stand in, on their due dates, sized by the
    # record (3,100 of interest repaid). Before instalment k, 15,000 - 625(k-1) was owed
    # for a whole month, and the line allows 13.40% / 12 of it.
    owed = sum(1_500_000 - 62_500 * k for k in range(15))
    allowed = owed * 0.134 / 12
    assert own.overpaid.interest_and_fees_paid == 310_000
    assert own.overpaid.allowed == round(allowed)
    assert own.overpaid.amount == 310_000 - round(allowed)
    assert own.overpaid.amount == 132_031  # ¥1,320.31


def test_an_offer_is_a_new_agreement_measured_at_todays_lpr():
    # A 13% loan made on 2023-09-01 (LPR 3.45%: line 13.80%) is not above 4 x LPR...
    debt = ex_p2p(start_date=date(2023, 9, 1), annual_rate=0.13, first_missed=None)
    own = contract_rate(debt, Settings(), TODAY)
    assert own.lpr_line.rate == Decimal("0.138") and own.above == []
    # ...but an offer at 13% agreed today is measured at 4 x 3.00% = 12%.
    today_line = lpr_line(debt, Settings(), on=TODAY)
    assert today_line.rate == Decimal("0.12") and today_line.lpr_day == date(2025, 5, 20)
    above = offer_lines_above(0.13, debt, Settings(), TODAY)
    assert [(line.code, line.rate) for line in above] == [(PRIVATE_LENDING, Decimal("0.12"))]
    assert offer_lines_above(0.12, debt, Settings(), TODAY) == []


def test_a_later_lpr_row_in_settings_moves_todays_line_only():
    from dataclasses import replace as swap

    settings = Settings()
    settings = swap(
        settings, caps=replace(settings.caps, lpr_added=((date(2026, 6, 22), Decimal("0.029")),))
    )
    debt = ex_p2p()
    assert contract_rate(debt, settings, TODAY).lpr_line.rate == Decimal("0.134")
    assert lpr_line(debt, settings, on=TODAY).rate == Decimal("0.116")
