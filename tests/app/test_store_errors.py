"""The data file refusing a change (busy, read-only) never closes the app or loses what was
typed; a fault in Parley itself leaves a redacted, private report and a nonzero status."""

from __future__ import annotations

import sqlite3

import pytest
from textual.widgets import Button, Input

from parley.store import Store
from parley.tui.app import ParleyApp
from parley.tui.screens.debt_form import DebtFormScreen
from parley.tui.screens.debts import DebtsScreen
from parley.tui.storage import StoreErrorScreen
from parley.tui.widgets.field import Field

from .conftest import SIZE, settle
from .hostile import screen_text


async def edit_lender(pilot, name: str) -> DebtFormScreen:
    await settle(pilot)
    await pilot.press("e")
    await settle(pilot)
    form = pilot.app.screen
    assert isinstance(form, DebtFormScreen)
    form.query_one("#lender", Field).query_one(Input).value = name
    await settle(pilot)
    await pilot.press("ctrl+s")
    await settle(pilot)
    return form


async def test_a_read_only_file_says_so_and_keeps_the_edit(demo_db):
    store = Store.open(demo_db, read_only=True)
    try:
        app = ParleyApp(store, lang="en")
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert "read-only" in app.sub_title
            assert "read-only" in screen_text(app)  # the header and the notice
            form = await edit_lender(pilot, "Renamed lender")
            assert isinstance(app.screen, StoreErrorScreen)
            text = screen_text(app)
            assert "read-only" in text and "still in the form" in text
            # Trying again cannot help a read-only file: only "keep editing" is offered.
            assert [b.id for b in app.screen.query(Button)] == ["keep"]
            await pilot.press("escape")
            await settle(pilot)
            assert app.screen is form
            assert form.query_one("#lender", Field).text == "Renamed lender"
            assert app.is_running
    finally:
        store.close()


async def test_a_busy_file_offers_a_retry_that_saves(demo_db):
    store = Store.open(demo_db, busy_ms=50)
    other = sqlite3.connect(demo_db, isolation_level=None)
    try:
        app = ParleyApp(store, lang="zh_CN")
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            other.execute("BEGIN IMMEDIATE")  # another Parley holds the file
            form = await edit_lender(pilot, "改名的机构")
            assert isinstance(app.screen, StoreErrorScreen)
            assert "忙" in screen_text(app) or "占用" in screen_text(app)
            other.execute("ROLLBACK")  # the other one is done
            await pilot.press("r")
            await settle(pilot)
            assert form not in app.screen_stack  # saved, so the form closed
            assert isinstance(app.screen, DebtsScreen)
            assert "改名的机构" in {d.lender for d in store.list_debts()}
    finally:
        other.close()
        store.close()


async def test_a_crash_writes_a_private_redacted_report_and_a_nonzero_status(
    demo_db, open_app, monkeypatch
):
    secret = "SECRET-LENDER-名字"

    def broken(self) -> None:
        raise ValueError(f"cannot sort {secret}")

    monkeypatch.setattr(DebtsScreen, "action_sort", broken)
    app = open_app(demo_db)
    with pytest.raises(ValueError):
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("s")
            await settle(pilot)
    assert app.return_code == 1
    report = app.crash_report
    assert report is not None and report.parent == demo_db.parent
    assert report.stat().st_mode & 0o777 == 0o600
    text = report.read_text(encoding="utf-8")
    assert "builtins.ValueError" in text
    assert "test_store_errors.py" in text and "in broken" in text  # where it happened
    assert secret not in text and "cannot sort" not in text  # never what was in it
