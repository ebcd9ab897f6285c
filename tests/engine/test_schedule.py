"""Schedules against textbook figures, and the properties every schedule must keep."""

from __future__ import annotations

import math
import random
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parley.engine.debt import Method
from parley.engine.errors import InputError
from parley.engine.schedule import build_schedule, rows

START = date(2026, 1, 31)


def test_annuity_textbook_payment():
    # 10,000 at 12% a year over 12 months: P * i / (1 - (1 + i)^-n) with i = 1%.
    i, n, p = 0.01, 12, 10_000
    expected = p * i / (1 - (1 + i) ** -n)
    assert round(expected, 2) == 888.49
    s = build_schedule(1_000_000, 0.12, 12, start=START)
    assert [x.payment for x in s.instalments[:-1]] == [88849] * 11
    assert s.instalments[0].interest == 10000  # 1% of 10,000.00
    assert s.instalments[-1].balance == 0


def test_equal_principal_textbook():
    # 12,000 at 12% over 12: 1,000 principal a month; interest 120, 110, ..., 10.
    s = build_schedule(1_200_000, 0.12, 12, Method.EQUAL_PRINCIPAL, start=START)
    assert [x.principal for x in s.instalments] == [100_000] * 12
    assert [x.interest for x in s.instalments] == [12_000 - 1_000 * k for k in range(12)]
    assert s.total_interest == 78_000  # 1% x (12 + 11 + ... + 1) x 1,000


def test_flat_charges_interest_on_original_principal():
    s = build_schedule(1_200_000, 0.18, 12, Method.FLAT, start=START)
    assert {x.interest for x in s.instalments} == {18_000}  # 1.5% of 12,000 every month
    assert s.total_interest == 216_000


def test_interest_only_then_principal():
    s = build_schedule(1_000_000, 0.12, 6, Method.INTEREST_ONLY, start=START)
    assert [x.principal for x in s.instalments] == [0] * 5 + [1_000_000]
    assert {x.interest for x in s.instalments} == {10_000}


def test_bullet_pays_once_at_the_end_with_all_interest():
    s = build_schedule(1_000_000, 0.12, 12, Method.BULLET, start=START)
    assert len(s.instalments) == 1
    only = s.instalments[0]
    assert (only.principal, only.interest, only.due) == (1_000_000, 120_000, date(2027, 1, 31))


def test_due_dates_clamp_to_month_end_and_keep_the_day():
    s = build_schedule(300_000, 0.12, 4, start=START)
    dues = [x.due for x in s.instalments]
    assert dues == [date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30), date(2026, 5, 31)]
    leap = build_schedule(100_000, 0.0, 1, start=date(2028, 1, 31))
    assert leap.instalments[0].due == date(2028, 2, 29)


def test_fee_is_added_to_each_instalment():
    s = build_schedule(1_200_000, 0.0, 12, start=START, fee_per_instalment=5_000)
    assert all(x.payment == 105_000 and x.fee == 5_000 for x in s.instalments)
    assert s.total_fees == 60_000


@pytest.mark.parametrize(
    ("principal", "count", "field"), [(0, 12, "principal"), (100, 0, "count"), (100, 601, "count")]
)
def test_bad_terms_are_refused_at_their_field(principal, count, field):
    with pytest.raises(InputError) as caught:
        build_schedule(principal, 0.1, count, start=START)
    assert caught.value.field == field
    assert str(caught.value)


@settings(max_examples=150, deadline=None)
@given(
    principal=st.integers(1, 10**9),
    rate=st.floats(0, 1.0),
    count=st.integers(1, 360),
    method=st.sampled_from(list(Method)),
    fee=st.integers(0, 10_000),
)
def test_every_method_repays_exactly_the_principal(principal, rate, count, method, fee):
    s = build_schedule(principal, rate, count, method, start=START, fee_per_instalment=fee)
    assert sum(x.principal for x in s.instalments) == principal
    assert s.instalments[-1].balance == 0
    assert all(x.principal >= 0 and x.interest >= 0 for x in s.instalments)
    assert all(x.payment == x.principal + x.interest + x.fee for x in s.instalments)
    balances = [principal] + [x.balance for x in s.instalments]
    assert all(
        a - x.principal == b for a, b, x in zip(balances, balances[1:], s.instalments, strict=False)
    )


def test_annuity_payment_is_numpy_financials_to_the_fen():
    npf = pytest.importorskip("numpy_financial")
    rng = random.Random(16)
    for _ in range(2000):
        principal = rng.randrange(100_00, 5_000_000_00)
        annual = rng.choice([0.036, 0.12, 0.18, 0.2399, 0.24, 0.36, rng.uniform(0.001, 3.0)])
        count = rng.randrange(2, 361)
        expected = math.floor(-float(npf.pmt(annual / 12, count, principal)) + 0.5)
        _period, part, interest = rows(principal, annual, count, Method.ANNUITY)[0]
        assert part + interest == expected, (principal, annual, count)
