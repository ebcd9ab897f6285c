"""The one-year loan prime rate (LPR) as published since the 2019-08-20 reform, by date.

Each row is the day a new one-year LPR took effect; it stays in force until the next row.
Checked against the National Interbank Funding Center's monthly fixings as reported at
the time (the first fixing of 2019-08-20 at 4.25%, then every change; unchanged at 3.0%
through the 2026-01-20 fixing). A rate published later is added as a row in settings.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from functools import lru_cache

REFORM_DATE = date(2019, 8, 20)

# (first day in force, one-year LPR as an annual fraction)
SHIPPED: tuple[tuple[date, Decimal], ...] = (
    (date(2019, 8, 20), Decimal("0.0425")),
    (date(2019, 9, 20), Decimal("0.0420")),
    (date(2019, 11, 20), Decimal("0.0415")),
    (date(2020, 2, 20), Decimal("0.0405")),
    (date(2020, 4, 20), Decimal("0.0385")),
    (date(2021, 12, 20), Decimal("0.0380")),
    (date(2022, 1, 20), Decimal("0.0370")),
    (date(2022, 8, 22), Decimal("0.0365")),
    (date(2023, 6, 20), Decimal("0.0355")),
    (date(2023, 8, 21), Decimal("0.0345")),
    (date(2024, 7, 22), Decimal("0.0335")),
    (date(2024, 10, 21), Decimal("0.0310")),
    (date(2025, 5, 20), Decimal("0.0300")),
)


def merged(added: Iterable[tuple[date, Decimal]] = ()) -> tuple[tuple[date, Decimal], ...]:
    """The shipped table with the user's rows; a user row on a shipped date replaces it."""
    return _merged(tuple(added))


@lru_cache(maxsize=64)
def _merged(added: tuple[tuple[date, Decimal], ...]) -> tuple[tuple[date, Decimal], ...]:
    # Ranking a thousand debts asks for the table once per debt.
    rows = dict(SHIPPED)
    for day, rate in added:
        rows[day] = Decimal(rate)
    return tuple(sorted(rows.items()))


def lpr_on(day: date, table: Iterable[tuple[date, Decimal]] | None = None) -> tuple[date, Decimal]:
    """The row in force on `day`: (the date it took effect, the rate).

    Before the reform there was no LPR of this kind; the first row is used so a contract
    from before 2019-08-20 still gets a line. The provisions have transitional rules for
    contracts made before 2020-08-20, which this does not model.
    """
    rows = tuple(table) if table is not None else SHIPPED
    dates = [d for d, _r in rows]
    index = bisect_right(dates, day) - 1
    return rows[max(index, 0)]


def latest(table: Iterable[tuple[date, Decimal]] | None = None) -> tuple[date, Decimal]:
    rows = tuple(table) if table is not None else SHIPPED
    return rows[-1]
