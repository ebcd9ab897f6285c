"""Locale-aware formatting of numbers, percentages and dates (babel)."""

from __future__ import annotations

import math
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal, localcontext

from parley.i18n import _, language, locale

# babel is imported by the functions that call it: the fast paths (percentages, lists) are
# all the first screen needs, and importing it was a few ms of every launch.

# Past 1000% a year a figure is a typo or an absurd fee; its digits say nothing more.
PERCENT_LIMIT = 10.0


def percent(fraction: float | None, digits: int = 2) -> str:
    """`0.2345` -> `23.45%`; None or not a number -> an em dash; past ±1000% -> "over 1,000%"."""
    if fraction is None or not math.isfinite(fraction):
        if fraction is not None and math.isinf(fraction):
            return _beyond(fraction)
        return "—"
    if abs(fraction) > PERCENT_LIMIT:
        return _beyond(fraction)
    if language() in _PLAIN_PERCENT:
        # Babel's own arithmetic, without its pattern machinery: a table of a thousand
        # debts formats thousands of rates, and babel was most of the time to paint it.
        step = Decimal(1).scaleb(-digits)
        exact = (Decimal(repr(fraction)) * 100).quantize(step, ROUND_HALF_EVEN)
        return f"{exact:,.{digits}f}%"
    from babel import numbers

    fmt = "#,##0." + "0" * digits + "%" if digits else "#,##0%"
    return numbers.format_percent(fraction, format=fmt, locale=locale())


# Languages whose percentages read 1,234.5% and integers 1,234 (babel's patterns #,##0.0%
# and #,##0: "," between thousands, "." before decimals).
_PLAIN_PERCENT = frozenset({"en", "zh_CN"})


def _beyond(fraction: float) -> str:
    from babel import numbers

    if fraction > 0:
        limit = numbers.format_percent(PERCENT_LIMIT, format="#,##0%", locale=locale())
        return _("over {limit}").format(limit=limit)
    limit = numbers.format_percent(-PERCENT_LIMIT, format="#,##0%", locale=locale())
    return _("below {limit}").format(limit=limit)


def decimal(value: float, digits: int = 2) -> str:
    if not math.isfinite(value):
        return "—"
    from babel import numbers

    fmt = "#,##0." + "0" * digits if digits else "#,##0"
    with localcontext() as context:
        context.prec = 400  # babel rounds in the current context; floats reach 1e308
        return numbers.format_decimal(value, format=fmt, locale=locale())


def integer(value: int) -> str:
    if language() in _PLAIN_PERCENT:
        # Babel's "#,##0" for these languages, without loading its locale data (~25 ms, on
        # the first visit to the Timeline); a test checks it against babel.
        return f"{int(value):,}"
    from babel import numbers

    with localcontext() as context:
        context.prec = max(28, len(str(abs(int(value)))) + 2)
        return numbers.format_decimal(value, format="#,##0", locale=locale())


def short_date(day: date | None) -> str:
    if day is None:
        return "—"
    # ISO dates read the same in both languages and sort as text.
    return day.isoformat()


def long_date(day: date) -> str:
    from babel import dates  # with its time zone tables: not needed to show the first screen

    return dates.format_date(day, format="long", locale=locale())


# babel's list patterns for the two languages (two items; between the first ones; before
# the last), checked against babel by a test: loading its locale data for the first list
# took ~30 ms, most of the first visit to the Timeline.
LIST_PATTERNS = {"en": (" and ", ", ", ", and "), "zh_CN": ("和", "、", "和")}


def names(items) -> str:
    """`["Lender", "Principal", "Rate"]` -> "Lender, Principal, and Rate" (贷款机构、本金和利率)."""
    items = list(items)
    if len(items) < 2:
        return items[0] if items else ""
    pattern = LIST_PATTERNS.get(language())
    if pattern is None:
        from babel import lists

        return lists.format_list(items, locale=locale())
    two, between, last = pattern
    if len(items) == 2:
        return f"{items[0]}{two}{items[1]}"
    return between.join(items[:-1]) + last + items[-1]
