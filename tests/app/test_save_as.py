"""Exports from the app ask where to save, remember the folder, and never replace a file
without asking."""

from __future__ import annotations

from parley.tui.screens.confirm import ConfirmScreen
from parley.tui.screens.save_as import SaveAsScreen
from parley.tui.widgets.field import Field

from .conftest import SIZE, settle, type_into


async def open_timeline(pilot) -> None:
    await settle(pilot)
    await pilot.press("2")
    await settle(pilot)


async def test_calendar_asks_where_and_remembers_the_folder(demo_db, open_app, tmp_path):
    app = open_app(demo_db)
    elsewhere = tmp_path / "exports"
    elsewhere.mkdir()
    async with app.run_test(size=SIZE) as pilot:
        await open_timeline(pilot)
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, SaveAsScreen)
        field = app.screen.query_one("#save-path", Field)
        assert field.text == str(demo_db.parent.resolve() / "parley-calendar.ics")
        await type_into(pilot, "save-path", str(elsewhere / "mine.ics"))
        await pilot.press("enter")
        await settle(pilot)
        written = elsewhere / "mine.ics"
        assert written.read_text().startswith("BEGIN:VCALENDAR")
        assert written.stat().st_mode & 0o777 == 0o600
        assert app.store.load_settings().export_folder == str(elsewhere.resolve())
        # The next export starts in the folder used last.
        await pilot.press("c")
        await settle(pilot)
        field = app.screen.query_one("#save-path", Field)
        assert field.text == str(elsewhere.resolve() / "parley-calendar.ics")
        await pilot.press("escape")
        await settle(pilot)
        assert not (elsewhere / "parley-calendar.ics").exists()  # cancelled: nothing written


async def test_an_existing_file_is_replaced_only_after_asking(demo_db, open_app, tmp_path):
    app = open_app(demo_db)
    target = tmp_path / "keep.ics"
    target.write_text("mine, not a calendar")
    async with app.run_test(size=SIZE) as pilot:
        await open_timeline(pilot)
        await pilot.press("c")
        await settle(pilot)
        await type_into(pilot, "save-path", str(target))
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, SaveAsScreen)  # back at the path, to change it
        assert target.read_text() == "mine, not a calendar"
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert target.read_text().startswith("BEGIN:VCALENDAR")


async def test_a_missing_folder_is_refused_at_the_field(demo_db, open_app, tmp_path):
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        await open_timeline(pilot)
        await pilot.press("c")
        await settle(pilot)
        await type_into(pilot, "save-path", str(tmp_path / "no" / "such" / "cal.ics"))
        await pilot.press("enter")
        await settle(pilot)
        field = app.screen.query_one("#save-path", Field)
        assert isinstance(app.screen, SaveAsScreen)
        assert "does not exist" in field.error and field.has_class("-invalid")


async def test_evidence_pack_asks_for_a_folder_and_before_replacing(demo_db, open_app, tmp_path):
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        await open_timeline(pilot)
        await pilot.press("x")
        await settle(pilot)
        assert isinstance(app.screen, SaveAsScreen)
        folder = tmp_path / "pack"
        await type_into(pilot, "save-path", str(folder))
        await pilot.press("enter")
        await settle(pilot)
        assert (folder / "evidence.md").is_file() and (folder / "evidence.html").is_file()
        (folder / "evidence.md").write_text("edited by hand")
        await pilot.press("x")
        await settle(pilot)
        await type_into(pilot, "save-path", str(folder))
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.press("escape")
        await settle(pilot)
        assert (folder / "evidence.md").read_text() == "edited by hand"
