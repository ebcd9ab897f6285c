from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from parley.engine.affordability import income_share, max_instalment, shortest_term
from parley.engine.debt import Method
from parley.engine.schedule import build_schedule


def test_income_share():
    assert income_share(100_000, 500_000) == 0.2
    assert income_share(100_000, 0) is None


def test_max_instalment_is_twenty_percent_of_income():
    assert max_instalment(800_000, 0.20) == 160_000


def test_shortest_interest_free_term():
    # 18,000 with no interest and 1,000 a month allowed: exactly 18 instalments.
    assert shortest_term(1_800_000, 0.0, 500_000, 0.20) == 18


def test_shortest_term_none_when_interest_alone_is_too_much():
    # 3% a month on 100,000 is 3,000, above 20% of 10,000.
    assert shortest_term(10_000_000, 0.36, 1_000_000, 0.20) is None


@settings(max_examples=40, deadline=None)
@given(
    balance=st.integers(100_000, 50_000_000),
    rate=st.floats(0, 0.36),
    income=st.integers(100_000, 5_000_000),
    method=st.sampled_from([Method.ANNUITY, Method.EQUAL_PRINCIPAL, Method.FLAT]),
)
def test_shortest_term_fits_and_one_less_does_not(balance, rate, income, method):
    n = shortest_term(balance, rate, income, 0.2, method)
    cap = max_instalment(income, 0.2)

    def largest(count):
        s = build_schedule(balance, rate, count, method, start=date(2026, 1, 1))
        return max(x.payment for x in s.instalments)

    if n is None:
        assert largest(600) > cap
    else:
        assert largest(n) <= cap
        if n > 1:
            assert largest(n - 1) > cap
