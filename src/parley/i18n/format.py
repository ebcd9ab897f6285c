"""Locale-aware formatting of numbers, percentages and dates (babel)."""

from __future__ import annotations

from datetime import date

from babel import dates, lists, numbers

from parley.i18n import locale


def percent(fraction: float | None, digits: int = 2) -> str:
    """`0.2345` -> `23.45%`; None -> an em dash."""
    if fraction is None:
        return "—"
    fmt = "#,##0." + "0" * digits + "%" if digits else "#,##0%"
    return numbers.format_percent(fraction, format=fmt, locale=locale())


def decimal(value: float, digits: int = 2) -> str:
    fmt = "#,##0." + "0" * digits if digits else "#,##0"
    return numbers.format_decimal(value, format=fmt, locale=locale())


def integer(value: int) -> str:
    return numbers.format_decimal(value, format="#,##0", locale=locale())


def short_date(day: date | None) -> str:
    if day is None:
        return "—"
    # ISO dates read the same in both languages and sort as text.
    return day.isoformat()


def long_date(day: date) -> str:
    return dates.format_date(day, format="long", locale=locale())


def names(items) -> str:
    """`["Lender", "Principal", "Rate"]` -> "Lender, Principal and Rate" (贷款机构、本金和利率)."""
    items = list(items)
    if not items:
        return ""
    return lists.format_list(items, locale=locale())
