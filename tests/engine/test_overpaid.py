"""Interest and fees paid above the governing line: the offset to ask for."""

from __future__ import annotations

from datetime import date

from parley.engine.debt import Debt, LenderKind, Method, Settings
from parley.engine.legal_lines import APR_24, PRIVATE_LENDING
from parley.engine.overpaid import SOURCE_CONTRACT, SOURCE_PAYMENTS, overpaid_interest

START = date(2026, 1, 15)
# Three months of interest on 12,000.00 at 月息2% (interest only).
PAID = [(date(2026, 2, 15), 24_000), (date(2026, 3, 15), 24_000), (date(2026, 4, 15), 24_000)]


def private_loan(**changes) -> Debt:
    base = dict(
        lender="L",
        kind=LenderKind.OTHER,
        principal=1_200_000,
        start_date=START,
        term=12,
        method=Method.INTEREST_ONLY,
        annual_rate=0.24,
        instalments_paid=3,
        interest_repaid=72_000,
        outstanding=1_200_000,
    )
    base.update(changes)
    return Debt(**base)


def test_interest_above_four_times_lpr_is_the_offset():
    result = overpaid_interest(private_loan(), PAID, Settings())
    assert result.line.code == PRIVATE_LENDING  # 4 x 3.0% = 12% on 2026-01-15
    # Allowed: 12,000.00 x 12% / 12 x 3 months = 360.00; paid 720.00 of interest.
    assert result.allowed == 36_000
    assert result.interest_and_fees_paid == 72_000
    assert result.amount == 36_000
    assert result.source == SOURCE_PAYMENTS
    assert result.principal_returned == 0


def test_money_cut_up_front_is_not_principal():
    result = overpaid_interest(private_loan(fee_upfront=200_000), PAID, Settings())
    assert result.received == 1_000_000 and result.cut_upfront == 200_000
    # The line allows 12% only on the 10,000.00 that arrived: 100.00 a month.
    assert result.allowed == 30_000
    assert result.amount == 72_000 - 30_000


def test_odd_days_count_at_rate_over_365():
    debt = private_loan(instalments_paid=1, interest_repaid=24_000)
    result = overpaid_interest(debt, [(date(2026, 2, 20), 24_000)], Settings())
    # One month and 5 days: 12,000.00 x 12% x (1/12 + 5/365) = 139.726...
    assert result.allowed == round(1_200_000 * 0.12 * (1 / 12 + 5 / 365))
    assert result.amount == 24_000 - result.allowed


def test_a_licensed_lender_is_measured_against_24_percent():
    result = overpaid_interest(private_loan(kind=LenderKind.CONSUMER_FINANCE), PAID, Settings())
    assert result.line.code == APR_24
    assert result.allowed == 72_000  # 12,000.00 x 24% / 12 x 3
    assert result.amount == 0


def test_a_loan_at_exactly_the_line_has_nothing_to_offset():
    # A 12% loan (4 x the 3.0% LPR of its date), eleven instalments paid on their due dates.
    import numpy_financial as npf

    payment = round(-npf.pmt(0.01, 12, 1_200_000))
    debt = private_loan(method=Method.ANNUITY, annual_rate=0.12, instalments_paid=11)
    paid = [(date(2026, m, 15), payment) for m in range(2, 13)]
    result = overpaid_interest(debt, paid, Settings())
    assert result.amount == 0


def test_without_payments_the_contracts_paid_instalments_stand_in():
    result = overpaid_interest(private_loan(), [], Settings())
    assert result.source == SOURCE_CONTRACT
    assert result.payments_used == PAID
    assert result.amount == 36_000
    # Payments that cover less than the record says was repaid are not measured alone.
    partial = overpaid_interest(private_loan(), PAID[-1:], Settings())
    assert partial.source == SOURCE_CONTRACT and partial.amount == 36_000


def test_the_contract_dates_the_payments_but_the_record_sizes_them():
    # The record says less interest was repaid (¥500) than three instalments of the contract
    # charged (¥720): the figure must not claim ¥720 was paid.
    loan = private_loan(interest_repaid=50_000)
    result = overpaid_interest(loan, [], Settings())
    assert result.source == SOURCE_CONTRACT
    assert result.interest_and_fees_paid == 50_000
    # Allowed: 4 x LPR on 12,000 for three months, as in the test above (72,000 - 36,000).
    assert result.allowed == 36_000
    assert result.amount == 14_000
