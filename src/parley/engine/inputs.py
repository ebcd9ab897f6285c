"""Parsers for the other things people type: whole numbers, dates, percentages, text.

Each raises InputError with a sentence in the user's language.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import TypeVar

from parley.engine.errors import InputError
from parley.engine.money import parse_money
from parley.engine.numeric import MAX_DIGITS, ascii_digits, is_number_word, not_finite, read_decimal
from parley.i18n import _, gettext_in

E = TypeVar("E", bound=Enum)

FIRST_YEAR = 1900
LAST_YEAR = 2200


def parse_count(text: str, *, low: int = 1, high: int = 600) -> int:
    raw = ascii_digits(text).strip().rstrip("期个月").strip()
    if is_number_word(raw):
        raise not_finite(text)
    if not re.fullmatch(r"[-+]?[0-9]+", raw):
        raise InputError(_("“{text}” is not a whole number.").format(text=text.strip()))
    if len(raw.lstrip("+-").lstrip("0")) > MAX_DIGITS:
        # Too long for int() to be worth it (and past Python's digit limit at 4,300).
        if raw.startswith("-"):
            raise InputError(_("Enter at least {low}.").format(low=low))
        raise InputError(_("Enter at most {high}.").format(high=high))
    value = int(raw)
    if value < low:
        raise InputError(_("Enter at least {low}.").format(low=low))
    if value > high:
        raise InputError(_("Enter at most {high}.").format(high=high))
    return value


def parse_date(text: str) -> date:
    raw = ascii_digits(text).strip()
    raw = re.sub(r"[年月/.]", "-", raw).rstrip("日").strip("-")
    match = re.fullmatch(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})", raw)
    if not match:
        raise InputError(
            _("“{text}” is not a date: write it as YYYY-MM-DD, e.g. 2026-12-15.").format(
                text=text.strip()
            )
        )
    year, month, day = (int(g) for g in match.groups())
    if not FIRST_YEAR <= year <= LAST_YEAR:
        # Schedules run up to 50 years past a date; 9999 would overflow the calendar.
        raise InputError(
            _("{text}: enter a year from {first} to {last}.").format(
                text=text.strip(), first=FIRST_YEAR, last=LAST_YEAR
            )
        )
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
    raw = ascii_digits(text).strip().rstrip("%").strip()
    value = read_decimal(
        raw,
        shown=text,
        otherwise=_("“{text}” is not a percentage.").format(text=(text or "").strip()),
    )
    if value == 0:
        value = Decimal(0)  # "-0" is zero, not a negative percentage
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


def _spelling(text: str) -> str:
    key = unicodedata.normalize("NFKC", text).strip().casefold()
    return key.replace("-", "_").replace(" ", "_")


def parse_choice(enum: type[E], text: str) -> E:
    """A member of `enum` as the user may spell it: its code with - or _ or spaces
    (`equal-principal`, `equal_principal`), or its label in English or Chinese."""
    from parley.engine.debt import _LABELS

    key = _spelling(text or "")
    for member in enum:
        names = {str(member.value)}
        label = _LABELS.get(member)
        if label:
            names |= {gettext_in("en", label), gettext_in("zh_CN", label)}
        if key in {_spelling(n) for n in names}:
            return member
    raise InputError(
        _("“{value}” is not one of: {choices}.").format(
            value=(text or "").strip(),
            choices=", ".join(str(m.value).replace("_", "-") for m in enum),
        )
    )
