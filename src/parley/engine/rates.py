"""Interest rates as people quote them, their annual equivalents, and the legal caps.

Daily rates annualise x365 and monthly x12 (nominal), as Chinese lenders quote them.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from parley.engine.errors import InputError
from parley.engine.numeric import (
    MAX_DIGITS,
    ascii_digits,
    is_number_word,
    not_finite,
    too_many_digits,
)
from parley.i18n import _

MAX_ANNUAL = Decimal(10)  # 1000% a year: anything above is a typo, not a loan


class Basis(StrEnum):
    ANNUAL = "annual"
    MONTHLY = "monthly"
    DAILY = "daily"


PER_YEAR = {Basis.ANNUAL: 1, Basis.MONTHLY: 12, Basis.DAILY: 365}


@dataclass(frozen=True)
class Rate:
    """A quoted rate: `value` is the fraction per `basis` period (0.0005 = 0.05% a day)."""

    value: Decimal
    basis: Basis = Basis.ANNUAL
    flat: bool = False

    @property
    def annual(self) -> float:
        """Nominal annual rate as a fraction."""
        return float(self.value * PER_YEAR[self.basis])

    @property
    def monthly(self) -> float:
        return self.annual / 12

    def canonical(self) -> str:
        """A normalised text form that `parse_rate` reads back to the same rate."""
        pct = _pct_text(self.value)
        if self.flat:
            unit = {Basis.ANNUAL: "year", Basis.MONTHLY: "month", Basis.DAILY: "day"}[self.basis]
            return f"flat {pct}/{unit}"
        return {
            Basis.ANNUAL: f"{pct}",
            Basis.MONTHLY: f"monthly {pct}",
            Basis.DAILY: f"daily {pct}",
        }[self.basis]

    def describe(self) -> str:
        """Human text in the current language, e.g. `0.05% a day (18.25% a year)`."""
        pct = _pct_text(self.value)
        year = _pct_text(self.value * PER_YEAR[self.basis])
        if self.basis is Basis.ANNUAL:
            text = _("{rate} a year").format(rate=pct)
        elif self.basis is Basis.MONTHLY:
            text = _("{rate} a month ({annual} a year)").format(rate=pct, annual=year)
        else:
            text = _("{rate} a day ({annual} a year)").format(rate=pct, annual=year)
        if self.flat:
            text = _("flat: {rate}, charged on the original principal").format(rate=text)
        return text


def _pct_text(fraction: Decimal) -> str:
    pct = (fraction * 100).normalize()
    text = format(pct, "f")
    return f"{text}%"


_CN_DIGITS = {
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_DAILY_WORDS = (
    "daily",
    "per day",
    "a day",
    "/day",
    "/d",
    "日利率",
    "日息",
    "日利",
    "日",
    "每天",
    "天",
)
_MONTHLY_WORDS = (
    "monthly",
    "per month",
    "a month",
    "/month",
    "/mo",
    "月利率",
    "月息",
    "月利",
    "月",
)
_ANNUAL_WORDS = (
    "apr",
    "annual",
    "yearly",
    "per year",
    "a year",
    "/year",
    "/yr",
    "p.a.",
    "pa",
    "综合年化利率",
    "综合年化",
    "综合",
    "年化利率",
    "年利率",
    "年化",
    "年息",
    "年",
)
_FLAT_WORDS = ("flat", "等本等息", "add-on")
_WAN = re.compile(r"万(分之)?([一二两三四五六七八九]|\d+(?:\.\d+)?)")
# 每万元每日6元: yuan of interest per 10,000 (or 1,000 / 100) yuan per day, month or year.
_PER_AMOUNT = re.compile(r"每?(万|千|百)元?(?:每|一)?(日|天|月|年)(?:利息)?(\d+(?:\.\d+)?)元")
_PER_BASE = {"万": 10_000, "千": 1_000, "百": 100}
_PER_BASIS = {"日": "daily", "天": "daily", "月": "monthly", "年": "annual"}
# 月息2分, 年息1分, 2分利, 一分五: 分 is 1% a month (10% a year, 0.1% a day); 厘 a tenth of it.
_FEN = re.compile(r"(\d+(?:\.\d+)?|[一二两三四五六七八九])(分|厘)([一二三四五六七八九])?利?")
_FEN_SIZE = {"annual": Decimal("0.1"), "monthly": Decimal("0.01"), "daily": Decimal("0.001")}
_NUM = re.compile(r"[-+]?\d+(?:\.\d+)?|[-+]?\.\d+")


def parse_rate(text: str) -> Rate:
    """Parse `15.4%`, `APR 24%`, `年化24%`, `monthly 1.5%`, `月息1.5%`, `日息0.05%`,
    `日息万五`, `flat 1.5%/month`. A bare number is read as a percentage."""
    raw = ascii_digits(text).strip().lower()
    if not raw:
        raise InputError(_("Enter a rate, for example 24%, 月息1.5% or 日息0.05%."))
    s = raw.replace(" ", "")
    if is_number_word(s.rstrip("%")):
        raise not_finite(text)
    if sum(ch.isdigit() for ch in s) > MAX_DIGITS:
        raise too_many_digits(text)
    flat = any(word.replace(" ", "") in s for word in _FLAT_WORDS)
    for word in _FLAT_WORDS:
        s = s.replace(word.replace(" ", ""), "")
    per = _PER_AMOUNT.search(s)
    if per:
        rest = s[: per.start()] + s[per.end() :]
        if rest.strip("/:：,"):
            raise InputError(
                _("“{text}” is not a rate: I could not read “{part}”.").format(
                    text=text.strip(), part=rest
                )
            )
        amount = Decimal(per.group(3)) / _PER_BASE[per.group(1)]
        return _checked(Rate(value=amount, basis=Basis(_PER_BASIS[per.group(2)]), flat=flat))
    basis = _basis(s)
    wan = _WAN.search(s)
    fen = None if "%" in s or wan else _FEN.search(s)
    if fen:
        whole = fen.group(1)
        number = Decimal(_CN_DIGITS[whole]) if whole in _CN_DIGITS else Decimal(whole)
        if fen.group(3):  # 一分五 = 1.5 分
            number += Decimal(_CN_DIGITS[fen.group(3)]) / 10
        if basis is None:
            basis = Basis.MONTHLY  # "2分利" is said of a monthly rate
        size = _FEN_SIZE[basis.value] / (10 if fen.group(2) == "厘" else 1)
        value = number * size
        rest = s[: fen.start()] + s[fen.end() :]
    elif wan:
        digit = wan.group(2)
        amount = Decimal(_CN_DIGITS[digit]) if digit in _CN_DIGITS else Decimal(digit)
        value = amount / Decimal(10_000)
        if basis is None:
            basis = Basis.DAILY  # 万五 is always quoted per day
        rest = s[: wan.start()] + s[wan.end() :]
    else:
        numbers = _NUM.findall(s)
        if len(numbers) != 1:
            raise InputError(
                _("“{text}” is not a rate: write one number with %, e.g. 24% or 日息0.05%.").format(
                    text=text.strip()
                )
            )
        try:
            number = Decimal(numbers[0])
        except InvalidOperation:  # pragma: no cover - the pattern admits only decimals
            raise InputError(_("“{text}” is not a rate.").format(text=text.strip())) from None
        value = number / 100
        rest = s.replace(numbers[0], "", 1)
    leftover = rest.replace("%", "")
    for words in (_DAILY_WORDS, _MONTHLY_WORDS, _ANNUAL_WORDS):
        for word in sorted(words, key=len, reverse=True):
            leftover = leftover.replace(word.replace(" ", ""), "")
    leftover = leftover.strip("/:：,")
    if leftover:
        raise InputError(
            _("“{text}” is not a rate: I could not read “{part}”.").format(
                text=text.strip(), part=leftover
            )
        )
    return _checked(Rate(value=value, basis=basis or Basis.ANNUAL, flat=flat))


def _checked(rate: Rate) -> Rate:
    if not rate.value.is_finite():
        raise InputError(_("“{text}” is not a rate.").format(text=str(rate.value)))
    if rate.value < 0:
        raise InputError(_("A rate cannot be negative."))
    if rate.value * PER_YEAR[rate.basis] > MAX_ANNUAL:
        raise InputError(
            _(
                "{rate} is over 1000% a year: check the number and its unit (day, month, year)."
            ).format(rate=_pct_text(rate.value))
        )
    return rate


def _basis(s: str) -> Basis | None:
    # Longest words first so "月利率" wins over "月" and "/day" over "a".
    found: list[tuple[int, Basis]] = []
    for basis, words in (
        (Basis.DAILY, _DAILY_WORDS),
        (Basis.MONTHLY, _MONTHLY_WORDS),
        (Basis.ANNUAL, _ANNUAL_WORDS),
    ):
        for word in words:
            w = word.replace(" ", "")
            if w in ("pa",) and not re.search(r"(^|[^a-z])pa($|[^a-z])", s):
                continue
            if w in s:
                found.append((len(w), basis))
    if not found:
        return None
    found.sort(key=lambda item: item[0], reverse=True)
    return found[0][1]


# --- legal caps ---------------------------------------------------------------------------

BASIS_POINT = Decimal("0.0001")  # contracts state rates to 0.01%: compare at that precision


@dataclass(frozen=True)
class CapSettings:
    """The thresholds a rate is checked against; all editable in settings.

    The one-year LPR is a dated table (engine/lpr.py) the user can extend with rows
    published later (`lpr_added`: (first day in force, annual fraction)).
    """

    lpr_multiple: int = 4  # private-lending provisions, art. 25
    fixed: tuple[float, ...] = field(default=(0.24, 0.36))
    lpr_added: tuple[tuple[date, Decimal], ...] = ()

    @property
    def lpr_table(self) -> tuple[tuple[date, Decimal], ...]:
        from parley.engine.lpr import merged

        return merged(self.lpr_added)

    @property
    def lpr(self) -> float:
        """The latest one-year LPR in the table."""
        return float(self.lpr_table[-1][1])

    @property
    def lpr_date(self) -> date:
        return self.lpr_table[-1][0]

    def lpr_on(self, day: date | None) -> tuple[date, Decimal]:
        """The row in force on `day` (the latest row when the day is unknown)."""
        from parley.engine.lpr import lpr_on

        table = self.lpr_table
        return table[-1] if day is None else lpr_on(day, table)


@dataclass(frozen=True)
class Cap:
    code: str
    rate: float

    def label(self) -> str:
        if self.code.endswith("xLPR"):
            return _("{multiple} × LPR").format(multiple=self.code[: -len("xLPR")])
        return self.code


def to_basis_points(rate: float | Decimal) -> Decimal:
    """A rate rounded half-up to 0.01%, the precision contracts state rates in."""
    from decimal import ROUND_HALF_UP, localcontext

    value = Decimal(str(rate))
    if not value.is_finite():
        return value
    with localcontext() as context:
        context.prec = 400  # quantize needs every digit: a rate of 1e59 has 62 of them
        return value.quantize(BASIS_POINT, rounding=ROUND_HALF_UP)


def above(rate: float | Decimal | None, line: float | Decimal) -> bool:
    """Is `rate` above `line` at basis-point precision? A solved APR of 24.0002% on a
    contract at 24% is the fen rounding of the schedule, not a rate above 24%."""
    if rate is None:
        return False
    if isinstance(rate, float) and math.isnan(rate):
        return False
    return to_basis_points(rate) > to_basis_points(line)  # +inf is above every line


def caps(settings: CapSettings | None = None, on: date | None = None) -> list[Cap]:
    """Caps in ascending order of rate; 4 x LPR uses the LPR in force on `on` (the
    contract's start date; the latest LPR when it is not known)."""
    return list(_caps(settings or CapSettings(), on))


@functools.lru_cache(maxsize=1024)
def _caps(s: CapSettings, on: date | None) -> tuple[Cap, ...]:
    # Remembered: every debt of a thousand is checked against the same few lines.
    _day, lpr = s.lpr_on(on)
    found = [Cap(f"{s.lpr_multiple}xLPR", float(lpr * s.lpr_multiple))]
    found += [Cap(f"{_pct_text(Decimal(str(r))).rstrip('%')}%", r) for r in s.fixed]
    return tuple(sorted(found, key=lambda c: c.rate))


def caps_exceeded(
    apr: float | None, settings: CapSettings | None = None, on: date | None = None
) -> list[str]:
    """Codes of the caps an annual rate is above (e.g. `["4xLPR", "24%"]`), compared at
    basis-point precision: a rate equal to a line is not above it."""
    if apr is None:
        return []
    return [c.code for c in caps(settings, on) if above(apr, c.rate)]
