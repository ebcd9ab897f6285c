"""Penalty interest runs on overdue principal, at a rate that is itself checked."""

from __future__ import annotations

from datetime import date

from parley.engine.debt import Debt, LenderKind, Method, Settings
from parley.engine.legal_lines import APR_24, PRIVATE_LENDING
from parley.engine.penalty import penalty_accrued

TODAY = date(2026, 11, 30)


def loan(**changes) -> Debt:
    # 12 x 1,000.00 of principal (equal principal), 3 paid; the 4th was due 2026-09-30.
    base = dict(
        lender="L",
        kind=LenderKind.CONSUMER_FINANCE,
        principal=1_200_000,
        start_date=date(2026, 5, 30),
        term=12,
        method=Method.EQUAL_PRINCIPAL,
        annual_rate=0.24,
        instalments_paid=3,
        principal_repaid=300_000,
        outstanding=918_000,
        first_missed=date(2026, 9, 30),
    )
    base.update(changes)
    return Debt(**base)


def test_penalty_runs_on_each_missed_instalments_principal_from_its_due_date():
    figure = penalty_accrued(loan(), TODAY, Settings())
    # Missed: 09-30 (61 days) and 10-30 (31 days); 11-30 is due today, not overdue.
    # 1,000.00 each at 1.5 x 24% = 36%, simple, actual/365.
    expected = 100_000 * 0.36 * 61 / 365 + 100_000 * 0.36 * 31 / 365  # 9,073.97 fen
    assert figure.amount == 9_074  # ¥90.74
    assert abs(figure.amount - expected) <= 0.5
    assert figure.base_principal == 200_000
    assert figure.annual_rate == 0.36
    assert figure.missed == 2 and figure.days == 61


def test_once_called_in_penalty_runs_on_all_principal_left():
    figure = penalty_accrued(loan(accelerated=True), TODAY, Settings())
    # 9,000.00 of principal left (the 180.00 of interest in the balance is not charged).
    assert figure.base_principal == 900_000
    assert figure.amount == round(900_000 * 0.36 * 61 / 365)  # ¥541.48


def test_the_multiple_is_a_setting_and_a_stated_rate_wins():
    assert penalty_accrued(loan(), TODAY, Settings(penalty_multiple=1.0)).annual_rate == 0.24
    stated = penalty_accrued(loan(penalty_rate=0.18), TODAY, Settings())
    assert stated.annual_rate == 0.18
    assert stated.amount == round(100_000 * 0.18 * 92 / 365)  # 45.37


def test_the_penalty_rate_is_checked_against_the_lines():
    # 36% on a loan made 2026-05-30: above 4 x 3.0% and above 24%; equal to 36%, not above.
    assert penalty_accrued(loan(), TODAY, Settings()).lines_above == [PRIVATE_LENDING, APR_24]
    assert penalty_accrued(loan(penalty_rate=0.24), TODAY, Settings()).lines_above == [
        PRIVATE_LENDING
    ]


def test_no_penalty_when_nothing_is_overdue():
    assert penalty_accrued(loan(first_missed=None), TODAY, Settings()).amount == 0
    assert penalty_accrued(loan(first_missed=TODAY), TODAY, Settings()).amount == 0
