"""The one guard every typed or imported number passes before it becomes a Decimal.

Decimal happily reads `nan`, `inf` and `1e308`; those then crash comparisons, babel and
int(). Here they are refused with a sentence, and digits from other scripts (full-width
３０, Arabic-Indic ٣٠) are read as the ASCII digits they stand for.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from parley.engine.errors import InputError
from parley.i18n import _

# Far more digits than any amount, rate or count Parley handles, few enough that every
# later conversion (int, float, babel) is safe.
MAX_DIGITS = 24

_PLAIN = re.compile(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)")
_NON_FINITE = re.compile(r"[-+]?(?:s?nan\d*|inf(?:inity)?|∞)", re.IGNORECASE)
_EXPONENT = re.compile(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)e[-+]?\d+", re.IGNORECASE)


def ascii_digits(text: str) -> str:
    """NFKC, then every decimal digit of any script as its ASCII digit."""
    raw = unicodedata.normalize("NFKC", text or "")
    if raw.isascii():
        return raw
    return "".join(
        str(unicodedata.decimal(ch)) if unicodedata.category(ch) == "Nd" else ch for ch in raw
    )


def is_number_word(raw: str) -> bool:
    """`nan`, `inf`, `-Infinity`, `1e308`: forms Decimal reads that a person never means."""
    s = raw.strip().replace(" ", "")
    return bool(_NON_FINITE.fullmatch(s) or _EXPONENT.fullmatch(s))


def not_finite(text: str) -> InputError:
    return InputError(
        _("“{text}” is not an ordinary number: use digits, e.g. 12.5.").format(text=text.strip())
    )


def too_many_digits(text: str) -> InputError:
    return InputError(
        _("“{text}” has too many digits to be right: check the number.").format(
            text=_shorten(text.strip())
        )
    )


def read_decimal(raw: str, *, shown: str, otherwise: str) -> Decimal:
    """`raw` (already stripped of units) as a finite Decimal of plain digits.

    `shown` is what the person typed, quoted back in the message; `otherwise` is the
    caller's own sentence for text that is not a number at all.
    """
    s = ascii_digits(raw).strip()
    if is_number_word(s):
        raise not_finite(shown)
    if not _PLAIN.fullmatch(s):
        raise InputError(otherwise)
    if sum(ch.isdigit() for ch in s) > MAX_DIGITS:
        raise too_many_digits(shown)
    return Decimal(s)


def _shorten(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
