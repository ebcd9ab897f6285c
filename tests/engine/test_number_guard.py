"""Every number a person types passes one guard: whatever the text, a parser either returns a
finite value in range or raises InputError with a sentence; nothing else escapes."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parley import i18n
from parley.engine.errors import InputError
from parley.engine.inputs import parse_count, parse_date, parse_down, parse_percent
from parley.engine.money import MAX_MINOR, from_decimal_str, parse_money
from parley.engine.rates import MAX_ANNUAL, parse_rate
from parley.i18n.format import decimal, integer, percent

HOSTILE = [
    "nan",
    "NaN",
    "-nan",
    "sNaN",
    "nan%",
    "inf",
    "-inf",
    "+Infinity",
    "∞",
    "1e308",
    "1E308",
    "-1e308",
    "1e-308",
    "9" * 400,
    "9" * 5000,
    "0." + "0" * 400 + "1",
    "-0",
    "１２３",
    "٣٠",
    "１e３",
    "",
    " ",
    "%",
    "1_000",
    "0x10",
    "1/0",
]

# Text shaped like numbers, with the pieces Decimal and the parsers react to.
PIECES = st.sampled_from(
    [
        *"0123456789.,-+%eE万千kw ",
        *("nan", "inf", "Infinity", "１", "５", "٣", "¥", "元", "月息", "日息"),
        *("年化", "万五", "e308"),
    ]
)
NUMBERISH = st.lists(PIECES, max_size=12).map("".join)
ANY_TEXT = st.one_of(NUMBERISH, st.text(max_size=40), st.sampled_from(HOSTILE))


def _finite(value: float) -> bool:
    return isinstance(value, float) and math.isfinite(value)


@given(ANY_TEXT)
def test_percent_is_finite_and_in_range_or_refused(text):
    try:
        value = parse_percent(text, high=100)
    except InputError as error:
        assert str(error)
        return
    assert _finite(value) and 0 <= value <= 1
    assert math.copysign(1, value) == 1  # "-0" is plain zero


@given(ANY_TEXT)
def test_money_is_an_int_in_range_or_refused(text):
    try:
        value = parse_money(text, allow_negative=True)
    except InputError as error:
        assert str(error)
        return
    assert isinstance(value, int) and abs(value) <= MAX_MINOR


@given(ANY_TEXT)
def test_rate_is_finite_and_under_the_ceiling_or_refused(text):
    try:
        rate = parse_rate(text)
    except InputError as error:
        assert str(error)
        return
    assert _finite(rate.annual) and 0 <= rate.annual <= float(MAX_ANNUAL)


@given(ANY_TEXT)
def test_count_is_in_range_or_refused(text):
    try:
        value = parse_count(text, low=1, high=600)
    except InputError as error:
        assert str(error)
        return
    assert 1 <= value <= 600


@given(ANY_TEXT)
def test_stored_amount_text_is_exact_or_refused(text):
    try:
        value = from_decimal_str(text)
    except InputError as error:
        assert str(error)
        return
    assert isinstance(value, int)


@given(ANY_TEXT)
def test_down_payment_is_finite_or_refused(text):
    try:
        kind, value = parse_down(text)
    except InputError as error:
        assert str(error)
        return
    assert kind in ("pct", "amount")
    assert math.isfinite(value)


@pytest.mark.parametrize("text", ["nan", "inf", "-inf", "1e308", "NaN%", "Infinity"])
@pytest.mark.parametrize(
    "parse", [parse_percent, parse_money, parse_rate, parse_count, from_decimal_str]
)
def test_non_finite_words_get_a_sentence(parse, text):
    with pytest.raises(InputError) as caught:
        parse(text)
    assert text.strip() in str(caught.value) or "number" in str(caught.value)


def test_non_finite_message_is_translated():
    i18n.set_language("zh_CN")
    with pytest.raises(InputError) as caught:
        parse_percent("nan")
    assert "nan" in str(caught.value)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in str(caught.value))


@pytest.mark.parametrize(
    ("text", "expected"),
    [("１２％", 0.12), ("٣٠", 0.30), ("-0", 0.0), ("0.5%", 0.005)],
)
def test_other_digits_read_as_ascii(text, expected):
    assert parse_percent(text) == pytest.approx(expected)


def test_full_width_money_count_rate_and_date():
    assert parse_money("１２，０００元") == 1_200_000
    assert parse_count("１２") == 12
    assert parse_rate("月息１.５%").annual == pytest.approx(0.18)
    assert parse_date("２０２６-１２-１５").isoformat() == "2026-12-15"


def test_year_far_out_is_refused_with_a_sentence():
    with pytest.raises(InputError, match="1900 to 2200"):
        parse_date("9999-12-01")


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@given(st.floats(allow_nan=True, allow_infinity=True))
def test_any_float_formats_without_crashing(lang, value):
    i18n.set_language(lang)
    try:
        assert percent(value)
        assert decimal(value)
    finally:
        i18n.set_language("en")


def test_beyond_range_reads_over_1000_percent():
    assert percent(1e59) == "over 1,000%"
    assert percent(float("inf")) == "over 1,000%"
    assert percent(-12.0) == "below -1,000%"
    assert percent(float("nan")) == "—"
    assert percent(9.99) == "999.00%"
    i18n.set_language("zh_CN")
    try:
        assert "1,000%" in percent(1e59) and percent(1e59) != "over 1,000%"
    finally:
        i18n.set_language("en")


def test_huge_integers_format():
    assert integer(10**60) == "1" + ",000" * 20


def test_an_absurd_cost_is_infinite_not_a_crash():
    from parley.engine.cost import periodic_cost
    from parley.engine.rates import above, to_basis_points

    # 1 fen received, 3,650 daily payments of ¥999,999.99: the EAR passes 1e308.
    cost = periodic_cost(1, [99_999_999] * 3650, 365)
    assert cost.solved and cost.ear == float("inf")
    assert percent(cost.ear) == "over 1,000%"
    assert above(cost.apr, 0.24) and above(float("inf"), 0.36)
    assert not above(float("nan"), 0.24)
    assert to_basis_points(1e59) > to_basis_points(0.24)
