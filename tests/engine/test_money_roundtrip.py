from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parley import i18n
from parley.engine.money import format_money, parse_money


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@given(minor=st.integers(0, 10**11))
def test_formatted_money_parses_back(lang, minor):
    i18n.set_language(lang)
    try:
        text = format_money(minor)
        assert parse_money(text) == minor
    finally:
        i18n.set_language("en")


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("code", ["CNY", "USD", "EUR", "GBP", "HKD"])
@given(minor=st.integers(-(10**11), 10**11))
def test_fast_formatting_matches_babel(lang, code, minor):
    from parley.engine.money import babel_money

    i18n.set_language(lang)
    try:
        assert format_money(minor, code) == babel_money(minor, code, i18n.locale())
    finally:
        i18n.set_language("en")
