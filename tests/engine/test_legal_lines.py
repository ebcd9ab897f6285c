"""The dated LPR table, the legal lines and which of them govern a lender."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from parley.engine.debt import Debt, LenderKind, Settings
from parley.engine.legal_lines import (
    APR_24,
    APR_36,
    PRIVATE_LENDING,
    governing_line,
    is_above,
    lines_above,
    lines_for,
)
from parley.engine.lpr import SHIPPED, lpr_on
from parley.engine.rates import CapSettings, caps_exceeded

# Every one-year LPR change since the 2019-08-20 reform, as published by the National
# Interbank Funding Center (checked against contemporary reports of each fixing).
PUBLISHED = [
    ("2019-08-20", "4.25"),
    ("2019-09-20", "4.20"),
    ("2019-11-20", "4.15"),
    ("2020-02-20", "4.05"),
    ("2020-04-20", "3.85"),
    ("2021-12-20", "3.80"),
    ("2022-01-20", "3.70"),
    ("2022-08-22", "3.65"),
    ("2023-06-20", "3.55"),
    ("2023-08-21", "3.45"),
    ("2024-07-22", "3.35"),
    ("2024-10-21", "3.10"),
    ("2025-05-20", "3.00"),
]


def test_the_shipped_table_is_every_published_step():
    assert [(d.isoformat(), f"{r * 100:.2f}") for d, r in SHIPPED] == [
        (d, f"{Decimal(p):.2f}") for d, p in PUBLISHED
    ]


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2019, 8, 20), "0.0425"),
        (date(2019, 9, 19), "0.0425"),  # the day before a change keeps the old rate
        (date(2019, 9, 20), "0.0420"),
        (date(2021, 12, 19), "0.0385"),
        (date(2023, 9, 1), "0.0345"),
        (date(2026, 11, 30), "0.0300"),
        (date(2018, 1, 1), "0.0425"),  # before the reform: the first published row
    ],
)
def test_lpr_in_force_on_a_day(day, expected):
    assert lpr_on(day)[1] == Decimal(expected)


def debt(kind=LenderKind.OTHER, start=date(2023, 9, 1), **changes) -> Debt:
    return Debt(lender="L", kind=kind, start_date=start, **changes)


def test_four_times_lpr_uses_the_lpr_of_the_contract_date():
    [line] = [x for x in lines_for(debt(), Settings()) if x.code == PRIVATE_LENDING]
    assert line.rate == Decimal("0.138")  # 4 x 3.45%, in force on 2023-09-01
    assert "2023-09-01" in line.basis and "3.45%" in line.basis
    # A 13% loan made that day is not above it; 13.81% is.
    assert not is_above(0.13, line)
    assert is_above(0.1381, line)


def test_a_rate_equal_to_a_line_is_not_above_it():
    lines = {x.code: x for x in lines_for(debt(start=date(2025, 6, 1)), Settings())}
    assert lines[PRIVATE_LENDING].rate == Decimal("0.12")  # 4 x 3.0%
    # The fen rounding of a schedule makes a 24% contract's IRR 24.0002%.
    assert not is_above(0.2400018, lines[APR_24])
    assert not is_above(0.36, lines[APR_36])
    assert not is_above(0.12000191, lines[PRIVATE_LENDING])
    assert is_above(0.2401, lines[APR_24])
    assert caps_exceeded(0.2400018) == ["4xLPR"]


def test_which_line_governs_which_lender():
    settings = Settings()
    private = {x.code: x.applies for x in lines_for(debt(LenderKind.EX_P2P), settings)}
    assert private == {PRIVATE_LENDING: True, APR_24: False, APR_36: False}
    for kind in (
        LenderKind.BANK,
        LenderKind.CONSUMER_FINANCE,
        LenderKind.ONLINE,
        LenderKind.SMALL_LOAN,
    ):
        licensed = {x.code: x.applies for x in lines_for(debt(kind), settings)}
        assert licensed == {PRIVATE_LENDING: False, APR_24: True, APR_36: False}
    assert governing_line(debt(LenderKind.BANK), settings).code == APR_24
    assert governing_line(debt(LenderKind.OTHER), settings).code == PRIVATE_LENDING
    bank = lines_for(debt(LenderKind.BANK), settings)[0]
    assert "法释〔2020〕27号" in bank.basis


def test_an_lpr_added_in_settings_is_used_from_its_date():
    added = CapSettings(lpr_added=((date(2026, 6, 22), Decimal("0.029")),))
    settings = Settings(caps=added)
    later = {x.code: x.rate for x in lines_for(debt(start=date(2026, 7, 1)), settings)}
    earlier = {x.code: x.rate for x in lines_for(debt(start=date(2026, 6, 1)), settings)}
    assert later[PRIVATE_LENDING] == Decimal("0.116")
    assert earlier[PRIVATE_LENDING] == Decimal("0.12")
    assert added.lpr == 0.029 and added.lpr_date == date(2026, 6, 22)


def test_unknown_start_date_uses_the_latest_lpr_and_says_so():
    [line] = [x for x in lines_for(debt(start=None), Settings()) if x.code == PRIVATE_LENDING]
    assert line.rate == Decimal("0.12")
    assert "2025-05-20" in line.basis


def test_lines_above_lists_codes():
    assert lines_above(0.36, debt(LenderKind.BANK), Settings()) == [PRIVATE_LENDING, APR_24]
