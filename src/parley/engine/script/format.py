"""Figures and lists written the way the script's language writes them (babel, not the UI's).

The script's language is chosen apart from the UI's (an English UI can prepare a Chinese
script for a Chinese lender), so every figure is formatted for that language.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from babel import dates, lists, numbers

from parley.engine.money import MINOR


def money_in(lang: str, minor: int, currency: str = "CNY") -> str:
    """`123456` -> zh_CN `¥1,234.56`, en `CN¥1,234.56`."""
    return numbers.format_currency(Decimal(minor) / MINOR, currency, locale=lang)


def percent_in(lang: str, fraction: float | Decimal) -> str:
    """`0.154` -> `15.4%`; up to two decimals, trailing zeros dropped, as people say it."""
    return numbers.format_percent(fraction, format="#,##0.##%", locale=lang)


def date_in(lang: str, day: date) -> str:
    """en `December 30, 2026`, zh_CN `2026年12月30日`: how a date is read aloud."""
    return dates.format_date(day, format="long", locale=lang)


def list_in(lang: str, items: Sequence[str]) -> str:
    return lists.format_list(list(items), locale=lang)


def sentence_gap(lang: str) -> str:
    # Chinese runs sentences together; English separates them with a space.
    return "" if lang == "zh_CN" else " "
