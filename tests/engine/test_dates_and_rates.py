"""Dates and rates as contracts write them: month ends, terms in days, Chinese rate forms."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parley.engine.cost import day_loan_cost, loan_cost
from parley.engine.errors import InputError
from parley.engine.rates import Basis, parse_rate
from parley.engine.schedule import build_schedule


def test_a_first_date_clamped_to_february_keeps_the_contracts_day():
    quote = loan_cost(1_200_000, 0.24, 4, start=date(2025, 1, 31))
    assert [i.due for i in quote.schedule.instalments] == [
        date(2025, 2, 28),
        date(2025, 3, 31),
        date(2025, 4, 30),
        date(2025, 5, 31),
    ]
    deferred = loan_cost(1_200_000, 0.24, 3, start=date(2025, 1, 31), deferral_months=1)
    assert [i.due for i in deferred.schedule.instalments] == [
        date(2025, 3, 31),
        date(2025, 4, 30),
        date(2025, 5, 31),
    ]


def test_a_first_date_set_apart_from_the_start_keeps_its_own_day():
    s = build_schedule(300_000, 0.12, 3, start=date(2025, 1, 31), first_due=date(2025, 3, 15))
    assert [i.due for i in s.instalments] == [
        date(2025, 3, 15),
        date(2025, 4, 15),
        date(2025, 5, 15),
    ]


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


@settings(max_examples=200, deadline=None)
@given(
    start=st.dates(min_value=date(2000, 1, 1), max_value=date(2060, 12, 31)),
    count=st.integers(1, 60),
    deferral=st.integers(0, 12),
)
def test_month_end_anchoring_never_drifts(start, count, deferral):
    quote = loan_cost(100_000, 0.18, count, start=start, deferral_months=deferral)
    for k, inst in enumerate(quote.schedule.instalments, start=1):
        months = start.month - 1 + deferral + k
        year, month = start.year + months // 12, months % 12 + 1
        assert inst.due == date(year, month, min(start.day, _last_day(year, month)))
    assert sum(i.principal for i in quote.schedule.instalments) == 100_000


@settings(max_examples=100, deadline=None)
@given(
    principal=st.integers(1, 10**9),
    rate=st.floats(0, 0.5),
    days=st.integers(1, 3650),
)
def test_a_term_in_days_repays_the_principal_exactly(principal, rate, days):
    quote = day_loan_cost(principal, rate, days, start=date(2026, 1, 1))
    [inst] = quote.schedule.instalments
    assert inst.principal == principal and inst.balance == 0
    assert inst.due == date(2026, 1, 1) + timedelta(days=days)


def test_a_90_day_loan_charges_interest_by_the_actual_days():
    quote = day_loan_cost(1_000_000, 0.1825, 90, start=date(2026, 1, 1), daily_rate=0.0005)
    [inst] = quote.schedule.instalments
    assert inst.interest == 45_000  # 10,000.00 x 0.05% x 90 days = 450.00
    assert inst.due == date(2026, 4, 1)
    assert abs(quote.cost.apr - 0.045 * 365 / 90) < 1e-12
    assert abs(quote.cost.ear - (1.045 ** (365 / 90) - 1)) < 1e-12
    with pytest.raises(InputError):
        day_loan_cost(1_000_000, 0.18, 0, start=date(2026, 1, 1))


@pytest.mark.parametrize(
    ("text", "value", "basis"),
    [
        ("月息2分", "0.02", Basis.MONTHLY),
        ("2分利", "0.02", Basis.MONTHLY),
        ("月息一分五", "0.015", Basis.MONTHLY),
        ("年息1分", "0.1", Basis.ANNUAL),
        ("月息8厘", "0.008", Basis.MONTHLY),
        ("0.05%/天", "0.0005", Basis.DAILY),
        ("每天0.05%", "0.0005", Basis.DAILY),
        ("综合年化35.9%", "0.359", Basis.ANNUAL),
        ("每万元每日6元", "0.0006", Basis.DAILY),
        ("每千元每天0.5元", "0.0005", Basis.DAILY),
        ("日利率0.066%", "0.00066", Basis.DAILY),
    ],
)
def test_rates_as_contracts_write_them(text, value, basis):
    rate = parse_rate(text)
    assert rate.value == Decimal(value)
    assert rate.basis is basis
    # The canonical form reads back to the same rate.
    assert parse_rate(rate.canonical()) == rate


def test_a_daily_rate_keeps_three_decimals():
    assert parse_rate("日利率0.066%").describe() == "0.066% a day (24.09% a year)"


@pytest.mark.parametrize(
    "text", ["nan", "inf", "nan%", "-inf%", "Infinity", "月息nan分", "每万元每日nan元"]
)
def test_not_a_number_is_refused(text):
    with pytest.raises(InputError):
        parse_rate(text)
