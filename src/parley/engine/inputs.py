"""Parsers for the other things people type: whole numbers, dates, percentages, text.

Each raises InputError with a sentence in the user's language.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from decimal import Decimal, InvalidOperation

from parley.engine.errors import InputError
from parley.engine.money import parse_money
from parley.i18n import _


def parse_count(text: str, *, low: int = 1, high: int = 600) -> int:
    raw = unicodedata.normalize("NFKC", text or "").strip().rstrip("期个月").strip()
    if not re.fullmatch(r"[-+]?\d+", raw):
        raise InputError(_("“{text}” is not a whole number.").format(text=text.strip()))
    value = int(raw)
    if value < low:
        raise InputError(_("Enter at least {low}.").format(low=low))
    if value > high:
        raise InputError(_("Enter at most {high}.").format(high=high))
    return value


def parse_date(text: str) -> date:
    raw = unicodedata.normalize("NFKC", text or "").strip()
    raw = re.sub(r"[年月/.]", "-", raw).rstrip("日").strip("-")
    match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", raw)
    if not match:
        raise InputError(
            _("“{text}” is not a date: write it as YYYY-MM-DD, e.g. 2026-12-15.").format(
                text=text.strip()
            )
        )
    year, month, day = (int(g) for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise InputError(
            _("{text} does not exist in the calendar: check the month and day.").format(
                text=text.strip()
            )
        ) from None


def parse_percent(text: str, *, high: float = 100.0) -> float:
    """`30%` or `30` -> 0.30; bounded to 0..high percent."""
    raw = unicodedata.normalize("NFKC", text or "").strip().rstrip("%").strip()
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise InputError(_("“{text}” is not a percentage.").format(text=text.strip())) from None
    if value < 0:
        raise InputError(_("A percentage cannot be negative."))
    if value > Decimal(str(high)):
        raise InputError(_("Enter at most {high}%.").format(high=f"{high:g}"))
    return float(value / 100)


def parse_text(text: str, *, max_length: int = 200) -> str:
    value = (text or "").strip()
    if len(value) > max_length:
        raise InputError(_("Keep it under {n} characters.").format(n=max_length))
    return value


def parse_down(text: str) -> tuple[str, float | int]:
    """A down payment as typed: `30%` -> ("pct", 0.30); `5,000` -> ("amount", 500000)."""
    if text.strip().endswith("%"):
        return ("pct", parse_percent(text))
    return ("amount", parse_money(text))
