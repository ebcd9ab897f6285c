"""Percentages read exactly as babel writes them, in both languages, ties included."""

import random

import pytest
from babel import numbers

from parley import i18n
from parley.i18n import format as fmt

VALUES = [
    0.0,
    0.24,
    0.2345,
    0.12345,  # a tie at two digits: half to even
    0.0015,
    0.00049,
    0.0005,
    -0.0005,
    -1e-9,
    0.125,
    9.99999,
    -3.14159,
] + [random.Random(16).uniform(-10, 10) for _ in range(300)]


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("digits", [0, 1, 2, 3])
def test_percent_matches_babel(lang, digits):
    i18n.set_language(lang)
    pattern = "#,##0." + "0" * digits + "%" if digits else "#,##0%"
    for value in VALUES:
        expected = numbers.format_percent(value, format=pattern, locale=lang)
        assert fmt.percent(value, digits) == expected, value


def test_percent_of_a_typical_rate():
    i18n.set_language("en")
    assert fmt.percent(0.2436, 1) == "24.4%"
    assert fmt.percent(2.5, 0) == "250%"
    assert fmt.percent(12.0, 1) == "over 1,000%"
