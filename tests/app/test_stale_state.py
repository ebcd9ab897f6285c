"""One source of truth: a change saved on one screen shows on every other open screen, and
saving in the wizard never makes an earlier offer unreachable."""

from __future__ import annotations

import re

from textual.widgets import Input, Select

from parley.store.records import OfferStatus
from parley.tui.screens.checklist import ChecklistScreen
from parley.tui.screens.confirm import ConfirmScreen
from parley.tui.screens.offer_editor import OfferEditorScreen
from parley.tui.screens.offer_history import OfferHistoryScreen
from parley.tui.widgets.field import Field

from .conftest import SIZE, settle, shown_text
from .hostile import screen_text
from .test_checklist import LENDER, debt_id


async def open_editor(app, pilot, lender_id: int) -> OfferEditorScreen:
    await settle(pilot)
    app.screen.query_one("#debts-table").focus()
    for _row in range(10):
        if app.focused_debt_id == lender_id:
            break
        await pilot.press("down")
        await pilot.pause()
    await pilot.press("enter")
    await settle(pilot)
    assert isinstance(app.screen, OfferEditorScreen)
    assert app.screen.debt_id == lender_id
    return app.screen


async def set_status(pilot, editor, label: str, status: OfferStatus) -> None:
    editor.query_one(f"#{label}-status", Select).value = status.value
    await settle(pilot)


def figures_note(app) -> str:
    return shown_text(app.screen.query_one("#cl-figures")) + shown_text(
        app.screen.query_one("#cl-figures-note")
    )


async def test_accepting_in_the_open_editor_shows_in_the_checklist_and_back(demo_db, open_app):
    anying = debt_id(demo_db, LENDER)
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        # The checklist is opened first, so it holds "nothing accepted" when the editor opens.
        await pilot.press("4")
        await settle(pilot)
        await pilot.press("alt+1")
        editor = await open_editor(app, pilot, anying)
        await set_status(pilot, editor, "B", OfferStatus.ACCEPTED)
        await pilot.press("alt+4")
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        assert isinstance(app.screen, ChecklistScreen)
        assert app.screen.data.offer_label == "B"
        assert "Accepted offer B" in figures_note(app)
        # And the reverse: un-accepted in the editor, the checklist says so.
        await pilot.press("alt+1")
        await settle(pilot)
        assert app.screen is editor
        await set_status(pilot, editor, "B", OfferStatus.REJECTED)
        await pilot.press("alt+4")
        await settle(pilot)
        assert app.screen.data.offer_label is None
        assert "No offer is accepted" in figures_note(app)


async def test_an_offer_saved_elsewhere_shows_in_the_open_editor(demo_db, open_app):
    anying = debt_id(demo_db, LENDER)
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        editor = await open_editor(app, pilot, anying)
        assert editor.query_one("#A-status", Select).value == OfferStatus.PROPOSED.value
        # The wizard saves its two offers for the same debt while the editor is open.
        await pilot.press("alt+3")
        await settle(pilot)
        await pilot.press("shift+f4")
        await settle(pilot)
        app.screen.query_one("#A-count", Field).query_one(Input).value = "48"
        await settle(pilot)
        await pilot.press("shift+f6")
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        # Before it replaces anything, it says what the editor shows now.
        assert isinstance(app.screen, ConfirmScreen)
        question = screen_text(app)
        assert "offer history" in question and "36 instalments" in question
        await pilot.press("y")
        await settle(pilot)
        await pilot.press("alt+1")
        await settle(pilot)
        assert app.screen is editor
        assert editor.query_one("#A-count", Field).text == "48"
        # The editor's earlier A (36 instalments) is still reachable, and comes back.
        await pilot.press("ctrl+r")
        await settle(pilot)
        history = app.screen
        assert isinstance(history, OfferHistoryScreen)
        rows = screen_text(app)
        assert rows.count("36 instalments") >= 1 and "48 instalments" in rows
        older_a = next(r for r in history.records if r.label == "A" and r.terms.count == 36)
        table = history.query_one("#history-table")
        table.move_cursor(row=table.get_row_index(str(older_a.id)))
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is editor
        assert editor.query_one("#A-count", Field).text == "36"
        counts = [o.terms.count for o in app.store.list_offers(anying) if o.label == "A"]
        assert counts == [36, 48, 36]  # nothing deleted: the restore is a new record


async def test_income_changed_in_the_plan_reaches_the_open_editor(demo_db, open_app):
    anying = debt_id(demo_db, LENDER)
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        editor = await open_editor(app, pilot, anying)

        def share_of_a() -> float:
            line = next(
                line for line in screen_text(app).splitlines() if "Share of monthly income" in line
            )
            return float(re.findall(r"([0-9.]+)%", line)[1])  # baseline, then A

        before = share_of_a()
        # The income lives in the plan's budget (demo: 6,500 + 2,000). Half of it: the same
        # instalment is twice the share.
        await pilot.press("f5")
        await settle(pilot)
        app.screen.query_one("#income-0", Field).query_one(Input).value = "2250"
        await settle(pilot)
        assert app.store.load_settings().monthly_income == 425_000
        await pilot.press("f1")
        await settle(pilot)
        assert app.screen is editor
        assert abs(share_of_a() - 2 * before) <= 0.1
