"""Can the borrower keep up? Instalments against monthly income.

The rule of thumb: each instalment at or below 20% of monthly income (editable in settings).
"""

from __future__ import annotations

from math import floor

from parley.engine.debt import Method
from parley.engine.schedule import MAX_COUNT, rows

DEFAULT_LIMIT = 0.20


def income_share(instalment: int, monthly_income: int) -> float | None:
    """Share of monthly income an instalment takes; None when no income was given."""
    if monthly_income <= 0:
        return None
    return instalment / monthly_income


def max_instalment(monthly_income: int, limit: float = DEFAULT_LIMIT) -> int:
    """The largest instalment (minor units) within `limit` of income, rounded down."""
    return max(floor(monthly_income * limit + 1e-9), 0)


def _largest(balance: int, annual_rate: float, count: int, method: Method) -> int:
    return max(part + interest for _k, part, interest in rows(balance, annual_rate, count, method))


def shortest_term(
    balance: int,
    annual_rate: float,
    monthly_income: int,
    limit: float = DEFAULT_LIMIT,
    method: Method = Method.ANNUITY,
    max_count: int = MAX_COUNT,
) -> int | None:
    """The fewest instalments whose largest instalment is at most `limit` of income.

    None when even `max_count` instalments are too large (or no income was given). The
    largest instalment shrinks as the term grows for every method that spreads principal,
    so a binary search finds the answer. Methods that leave the principal to the end
    (interest only, bullet) never get a smaller last payment from a longer term, so only a
    single instalment can qualify.
    """
    if balance <= 0:
        return 1
    cap = max_instalment(monthly_income, limit)
    if cap <= 0:
        return None
    if method in (Method.INTEREST_ONLY, Method.BULLET):
        return 1 if _largest(balance, annual_rate, 1, method) <= cap else None
    if _largest(balance, annual_rate, max_count, method) > cap:
        return None
    low, high = 1, max_count
    while low < high:
        mid = (low + high) // 2
        if _largest(balance, annual_rate, mid, method) <= cap:
            high = mid
        else:
            low = mid + 1
    return low
