"""What the offer editor, the wizard and the debts table say about a loan's rate: its own
true APR (never the baseline's IRR with penalty folded in), the lines of its contract date,
penalty as a figure of its own, offers at today's lines, and interest paid above the line.

Expected figures are worked out here by hand from the example data (today 2026-11-30):
- 恒信普惠: ex-P2P, 15,000 at 36% from 2024-09-28, equal principal (625 a month) over 24
  months, 15 paid, first missed 2026-07-13 (140 days).
- 安盈消费金融: consumer finance, 30,000 at 24% from 2025-09-28, annuity over 36 months,
  12 paid, first missed 2026-11-12 (18 days).
"""

from __future__ import annotations

import re
from dataclasses import replace

import numpy_financial as npf

from parley.engine.money import format_money
from parley.store import Store
from parley.tui.screens.offer_editor import OfferEditorScreen

from .conftest import SIZE, settle, shown_text, type_into

HENGXIN = "恒信普惠（原网贷平台）"
ANYING = "安盈消费金融"
# 恒信普惠's five missed instalments of 625 principal: days overdue of each, today.
HENGXIN_DAYS = 140 + 109 + 78 + 48 + 17


def row(text: str, name: str) -> list[str]:
    """The cells of a figures row, as read on screen."""
    line = next(line for line in text.splitlines() if line.strip().startswith(name))
    return re.split(r"\s{2,}", line.strip())[1:]


def set_settings(path, **changes) -> None:
    with Store.open(path) as store:
        store.save_settings(replace(store.load_settings(), **changes))


async def open_editor(pilot, lender: str) -> OfferEditorScreen:
    await settle(pilot)
    debt = next(d for d in pilot.app.store.list_debts() if d.lender == lender)
    pilot.app.push_screen(OfferEditorScreen(debt.id))
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, OfferEditorScreen)
    return screen


async def test_an_ex_p2p_loan_shows_its_own_rate_penalty_and_interest_paid_above(demo_db, open_app):
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_editor(pilot, HENGXIN)
        figures = shown_text(screen.query_one("#figures"))
        # The loan's own rate: 3% a month, no fees. 4 x LPR of the contract date
        # (3.35%, in force from 2024-07-22) is 13.40% and governs a private lender;
        # 24% and 36% do not, so they are not badged.
        apr, _a, _b = row(figures, "True APR")
        assert apr == "36.00% >4×LPR 13.4%"
        assert row(figures, "EAR")[0] == f"{(1.03**12 - 1) * 100:.2f}%"
        # Penalty so far, its own row: 625 x 5 principal at 1.5 x 36%, day by day.
        penalty = round(62_500 * 0.54 * HENGXIN_DAYS / 365)
        assert row(figures, "Penalty interest")[0] == (
            f"{format_money(penalty)} · 54.00% >4×LPR 13.4%"
        )
        header = shown_text(screen.query_one("#debt-line"), 400)
        assert f"penalty interest so far {format_money(penalty)} at 54.00% a year" in header
        note = shown_text(screen.query_one("#lines-line"), 400)
        assert "contract date (LPR 3.35% of 2024-07-22)" in note
        assert "today's lines (LPR 3.00% of 2025-05-20)" in note

        # Interest paid above the line: the record's 3,100 of interest repaid, against what
        # the line allows: before instalment k, 15,000 - 625(k-1) was owed for a month,
        # at 13.40% / 12.
        owed = sum(1_500_000 - 62_500 * k for k in range(15))
        paid, allowed = 310_000, round(owed * 0.134 / 12)
        over = shown_text(screen.query_one("#overpaid-line"), 400)
        assert screen.query_one("#overpaid-line").display
        assert (
            f"Interest paid above 4 × LPR (13.40%): {format_money(paid - allowed)}, to offset "
            "against principal." in over
        )
        assert format_money(paid) in over and format_money(allowed) in over
        assert format_money(132_031) in over  # ¥1,320.31, as worked out above

        # An offer is a new agreement: 13% is below the contract date's line (13.40%) but
        # above today's (4 x 3.00% = 12%).
        await type_into(pilot, "B-rate", "13%")
        await settle(pilot)
        _base, _a, offer_b = row(shown_text(screen.query_one("#figures")), "True APR")
        assert offer_b == "13.00% >4×LPR 12%"


async def test_a_consumer_finance_loan_with_the_penalty_multiple_from_settings(demo_db, open_app):
    set_settings(demo_db, penalty_multiple=2.0)
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_editor(pilot, ANYING)
        figures = shown_text(screen.query_one("#figures"))
        # Exactly 24%: not above 24%, and 4 x LPR does not govern a licensed lender.
        assert row(figures, "True APR")[0] == "24.00%"
        # One missed instalment (the 13th) for 18 days, at 2 x 24% = 48%: above 24%.
        part = -npf.ppmt(0.02, 13, 36, 3_000_000)
        penalty = round(part * 0.48 * 18 / 365)
        assert row(figures, "Penalty interest")[0] == (f"{format_money(penalty)} · 48.00% >24%")
        header = shown_text(screen.query_one("#debt-line"), 400)
        assert f"{format_money(penalty)} at 48.00% a year" in header
        # Paid at 24% against a 24% line: nothing above it, so no line is shown.
        assert not screen.query_one("#overpaid-line").display
        note = shown_text(screen.query_one("#lines-line"), 400)
        assert "4 × LPR governs only lenders without a lending licence" in note


async def test_wizard_uses_the_windows_and_the_loans_own_rate(demo_db, open_app):
    from textual.widgets import Select

    set_settings(demo_db, best_window=20, latest_window=60)
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("3")
        await settle(pilot)
        screen = app.screen
        anying = next(d for d in app.store.list_debts() if d.lender == ANYING)
        screen.query_one("#debt", Select).value = anying.id
        await settle(pilot)
        facts = shown_text(screen.query_one("#debt-facts"))
        # 18 days overdue: 2 days left of 20, 42 of 60.
        assert "20-day window: 2 days left" in facts
        assert "60-day window: 42 days left" in facts
        assert "best window of 20 days" in facts and "30-day window" not in facts

        hengxin = next(d for d in app.store.list_debts() if d.lender == HENGXIN)
        screen.query_one("#debt", Select).value = hengxin.id
        await settle(pilot)
        facts = shown_text(screen.query_one("#debt-facts"))
        assert "Over 60 days overdue" in facts
        for _step in range(2):
            await pilot.press("ctrl+n")
            await settle(pilot)
        # Income, essentials and lump sum are the household budget's (the example data's).
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert screen.wizard.step == 4
        figures = shown_text(screen.query_one("#figures"))
        assert row(figures, "True APR")[0] == "36.00% >4×LPR 13.4%"
        penalty = round(62_500 * 0.54 * HENGXIN_DAYS / 365)
        assert row(figures, "Penalty interest")[0].startswith(
            f"{format_money(penalty)} · 54.00% >4×LPR 13.4%"
        )


async def test_debts_table_windows_and_badges(demo_db, open_app):
    from textual.widgets import DataTable

    set_settings(demo_db, best_window=20, latest_window=60)
    app = open_app(demo_db)
    async with app.run_test(size=(260, 40)) as pilot:  # wide enough for every column
        await settle(pilot)
        table = app.screen.query_one("#debts-table", DataTable)
        labels = [str(c.label) for c in table.columns.values()]
        assert "20-day window" in labels and "60-day window" in labels
        cells = dict(
            zip(
                map(str, table.get_column("lender")), map(str, table.get_column("apr")), strict=True
            )
        )
        assert cells[HENGXIN] == "36.0% >4×LPR 13.4%"
        assert cells[ANYING] == "24.0%"
