"""The amounts Parley writes itself read exactly as babel writes them."""

from decimal import Decimal

import pytest
from babel import numbers

from parley import i18n
from parley.engine.money import KNOWN_TEMPLATES, format_money


@pytest.mark.parametrize(("lang", "code"), sorted(KNOWN_TEMPLATES))
def test_known_currency_formats_match_babel(lang, code):
    i18n.set_language(lang)
    for minor in (0, 1, 99, 123_456, 100_000_000, 123_456_789_012, -5, -123_456):
        expected = numbers.format_currency(Decimal(minor) / 100, code, locale=lang)
        assert format_money(minor, code) == expected
