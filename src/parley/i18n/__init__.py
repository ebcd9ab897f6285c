"""Translation plumbing: gettext catalogs compiled from the .po files beside this module.

`_()` looks the message up in the *current* language at call time, so switching
language at runtime takes effect on the next render.
"""

from __future__ import annotations

import gettext as _gettext
import os
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel import Locale

DOMAIN = "parley"
LANGUAGES: tuple[str, ...] = ("en", "zh_CN")
LOCALE_DIR = Path(__file__).parent / "locale"

_current = "en"


@cache
def _catalog(lang: str) -> _gettext.NullTranslations:
    if lang == "en":
        # The msgids are English, and scripts/i18n.py writes the en catalog as msgstr =
        # msgid: reading its 170 KB (~7 ms at every launch) would give back the msgids.
        return _gettext.NullTranslations()
    return _gettext.translation(DOMAIN, localedir=LOCALE_DIR, languages=[lang], fallback=True)


def normalise(lang: str | None) -> str | None:
    """Map what people type ("zh", "zh-CN", "zh_CN.UTF-8", "en_US") to a supported language."""
    if not lang:
        return None
    key = lang.split(".")[0].split("@")[0].replace("-", "_").lower()
    if key.startswith("zh"):
        return "zh_CN"
    if key.startswith("en") or key in ("c", "posix"):
        return "en"
    return None


def default_language() -> str:
    """The language the environment asks for, falling back to English."""
    for var in ("PARLEY_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        for part in value.split(":"):
            found = normalise(part)
            if found:
                return found
    return "en"


def set_language(lang: str) -> str:
    global _current
    found = normalise(lang)
    if found is None:
        raise ValueError(lang)
    _current = found
    return found


def language() -> str:
    return _current


def locale() -> Locale:
    return _locale(_current)


@cache
def _locale(lang: str) -> Locale:
    from babel import Locale  # loaded when first needed: the first screen needs none of babel

    return Locale.parse(lang)


def _(message: str) -> str:
    return _catalog(_current).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _catalog(_current).ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark a string for extraction; it is translated later, where it is shown."""
    return message


def gettext_in(lang: str, message: str) -> str:
    """Translate into a language other than the UI's (e.g. a script for a Chinese lender)."""
    return _catalog(normalise(lang) or "en").gettext(message)


def ngettext_in(lang: str, singular: str, plural: str, n: int) -> str:
    return _catalog(normalise(lang) or "en").ngettext(singular, plural, n)


_currency = "CNY"


def set_currency(code: str) -> None:
    global _currency
    _currency = code.upper()


def currency() -> str:
    return _currency
