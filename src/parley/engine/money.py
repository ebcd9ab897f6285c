"""Money as integer minor units (fen / cents): parse what people type, format for the locale.

Floats never hold money here; `Decimal` is used only while parsing.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from functools import cache

from parley.engine.errors import InputError
from parley.engine.numeric import MAX_DIGITS, ascii_digits, is_number_word, not_finite, read_decimal
from parley.i18n import _, currency, language, locale

MINOR = 100  # minor units per major unit (CNY, USD, EUR all use two decimals)
MAX_MINOR = 100_000_000_000  # one billion major units: far above any consumer debt

_MULTIPLIERS = {
    "万": Decimal(10_000),
    "千": Decimal(1_000),
    "k": Decimal(1_000),
    "w": Decimal(10_000),
}
_PREFIXES = ("cn¥", "us$", "cny", "rmb", "usd", "eur", "gbp", "hkd", "hk$", "¥", "$", "€", "£")
_SUFFIXES = ("元", "块", "cny", "rmb", "yuan")
_NUMBER = re.compile(
    r"^(?P<sign>[-+])?(?P<num>(\d{1,3}(,\d{3})+|\d+)(\.\d+)?|\.\d+)(?P<mult>[万千kw])?$"
)


def parse_money(text: str, *, allow_negative: bool = False, allow_zero: bool = True) -> int:
    """Parse `1234`, `1,234.56`, `¥1,234.56`, `CNY 800`, `1.2万`, `3千` into minor units."""
    raw = ascii_digits(text).strip().lower()
    if not raw:
        raise InputError(_("Enter an amount, for example 1,234.56 or 1.2万."))
    if is_number_word(raw.lstrip("¥$€£")):
        raise not_finite(text)
    s = raw.replace(" ", "").replace("_", "")
    for prefix in _PREFIXES:
        if s.startswith(prefix):
            s = s[len(prefix) :]
            break
    for suffix in _SUFFIXES:
        if s.endswith(suffix):
            s = s[: -len(suffix)]
            break
    if s.startswith("-¥") or s.startswith("-$"):
        s = "-" + s[2:]
    match = _NUMBER.match(s)
    if not match:
        if re.search(r"[a-z]", s) or re.search(r"[^\d.,+\-万千]", s):
            raise InputError(
                _("“{text}” is not an amount: use digits, with 万 or 千 if you like.").format(
                    text=text.strip()
                )
            )
        raise InputError(
            _("“{text}” is not an amount: check the commas and the decimal point.").format(
                text=text.strip()
            )
        )
    digits = match["num"].replace(",", "")
    if len(digits.split(".")[0].lstrip("0")) > MAX_DIGITS:
        raise InputError(_("That amount is too large to be a consumer debt; check the digits."))
    value = Decimal(digits)
    if match["mult"]:
        value *= _MULTIPLIERS[match["mult"]]
    if match["sign"] == "-":
        value = -value
    minor = value * MINOR
    if minor != minor.to_integral_value():
        raise InputError(_("An amount can have at most two decimal places."))
    result = int(minor)
    if result < 0 and not allow_negative:
        raise InputError(_("An amount cannot be negative."))
    if result == 0 and not allow_zero:
        raise InputError(_("The amount must be more than zero."))
    if abs(result) > MAX_MINOR:
        raise InputError(_("That amount is too large to be a consumer debt; check the digits."))
    return result


def format_money(minor: int, currency_code: str | None = None) -> str:
    """Format minor units for the active locale: zh_CN `¥1,234.56`, en `CN¥1,234.56`."""
    code = currency_code or currency()
    template = KNOWN_TEMPLATES.get((language(), code))
    if template is None:
        current = locale()
        template = _template(str(current), code)
        if template is None:
            return babel_money(minor, code, current)
    whole, cents = divmod(abs(minor), MINOR)
    prefix, suffix = template[0] if minor >= 0 else template[1]
    return f"{prefix}{whole:,}.{cents:02d}{suffix}"


def babel_money(minor: int, code: str, where) -> str:
    from babel import numbers  # here, not at the top: the known templates need no babel

    return numbers.format_currency(Decimal(minor) / MINOR, code, locale=where)


_PROBE = "1,234,567.89"

# What babel writes around the digits for the languages and currencies the settings offer
# (a test checks them against babel): loading babel's locale data for the first amount
# took longer than the rest of drawing the first screen.
KNOWN_TEMPLATES: dict[tuple[str, str], tuple[tuple[str, str], tuple[str, str]]] = {
    (lang, code): ((sign, ""), ("-" + sign, ""))
    for lang, signs in (
        ("en", {"CNY": "CN¥", "USD": "$", "EUR": "€", "GBP": "£", "HKD": "HK$"}),
        ("zh_CN", {"CNY": "¥", "USD": "US$", "EUR": "€", "GBP": "£", "HKD": "HK$"}),
    )
    for code, sign in signs.items()
}


@cache
def _template(where: str, code: str) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """What babel puts around the digits for this locale and currency, learnt once.

    Tables format thousands of amounts; babel's pattern engine is slow at that. When the
    locale groups digits some other way, None sends every call back to babel.
    """
    from babel import numbers

    parts = []
    for probe in ("1234567.89", "-1234567.89"):
        text = numbers.format_currency(Decimal(probe), code, locale=where)
        if text.count(_PROBE) != 1:
            return None
        before, after = text.split(_PROBE)
        parts.append((before, after))
    return parts[0], parts[1]


def to_decimal_str(minor: int) -> str:
    """`1200000` -> `"12000.00"`: the form used in JSON and CSV."""
    sign = "-" if minor < 0 else ""
    whole, cents = divmod(abs(minor), MINOR)
    return f"{sign}{whole}.{cents:02d}"


def from_decimal_str(text: str) -> int:
    """Inverse of `to_decimal_str`, exact; raises InputError on anything else."""
    if not isinstance(text, str):
        raise InputError(_("“{text}” is not an amount.").format(text=text))
    value = read_decimal(
        text, shown=text, otherwise=_("“{text}” is not an amount.").format(text=text.strip())
    )
    minor = value * MINOR
    if minor != minor.to_integral_value():
        raise InputError(_("An amount can have at most two decimal places."))
    return int(minor)


def round_minor(value: float | Decimal) -> int:
    """Round a computed amount (already in minor units) half-up to a whole minor unit."""
    return int(Decimal(str(value)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def percent_of(minor: int, fraction: float | Decimal) -> int:
    """A fraction of an amount, rounded half-up to the minor unit."""
    return round_minor(Decimal(minor) * Decimal(str(fraction)))
