"""Forms name the fields that need attention, mark the required ones, ask before Esc throws
away what was typed, and settings refuse bad values at the field."""

from __future__ import annotations

from textual.widgets import Input, Label

from parley.tui.screens.confirm import ConfirmScreen
from parley.tui.screens.debt_form import DebtFormScreen
from parley.tui.screens.event_form import EventFormScreen
from parley.tui.screens.settings import SettingsScreen
from parley.tui.widgets.field import Field

from .conftest import SIZE, settle, shown_text, type_into


def label_of(screen, field_id: str) -> str:
    return str(screen.query_one(f"#{field_id}", Field).query_one(Label).content)


async def test_the_debt_form_names_the_fields_to_fix_and_marks_required_ones(demo_db, open_app):
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, DebtFormScreen)
        assert label_of(screen, "lender") == "Lender *"
        assert label_of(screen, "contract_no") == "Contract number"  # optional: no mark
        status = shown_text(screen.query_one("#form-status"))
        assert "To save, fix: Lender" in status
        assert "field(s)" not in status
        await type_into(pilot, "lender", "Test Lender")
        await type_into(pilot, "principal", "12abc")
        status = shown_text(screen.query_one("#form-status"))
        assert "Lender," not in status  # filled in now
        assert "Contract principal" in status


async def test_esc_on_an_untouched_form_closes_it(demo_db, open_app):
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, DebtFormScreen | ConfirmScreen)


async def test_esc_on_a_filled_debt_form_asks_first(demo_db, open_app):
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        before = len(app.store.list_debts())
        await pilot.press("a")
        await settle(pilot)
        await type_into(pilot, "lender", "Half typed")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")  # keep editing: nothing lost
        await settle(pilot)
        assert isinstance(app.screen, DebtFormScreen)
        assert app.screen.query_one("#lender", Field).text == "Half typed"
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("y")  # discard
        await settle(pilot)
        assert not isinstance(app.screen, DebtFormScreen | ConfirmScreen)
        assert len(app.store.list_debts()) == before


async def test_esc_on_a_changed_event_asks_first(demo_db, open_app):
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("2")
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, EventFormScreen)
        await type_into(pilot, "party", "someone else")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await settle(pilot)
        assert not isinstance(app.screen, EventFormScreen | ConfirmScreen)


async def test_settings_open_on_a_field_and_name_what_was_refused(demo_db, open_app):
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("comma")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SettingsScreen)
        first = screen.query_one("#income_share_limit", Field)
        assert app.focused is first.query_one(Input)
        await type_into(pilot, "income_share_limit", "150%")
        field = screen.query_one("#income_share_limit", Field)
        assert field.has_class("-invalid") and field.error
        status = shown_text(screen.query_one("#settings-status"))
        assert "Not saved until fixed: Flag an instalment above this share of income" in status
        # Typed key by key, "15%" was valid on the way and is the last good value kept.
        assert abs(app.store.load_settings().income_share_limit - 0.15) < 1e-12
        # Esc asks before leaving a refused value behind.
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, SettingsScreen)
        await type_into(pilot, "income_share_limit", "25%")
        assert abs(app.store.load_settings().income_share_limit - 0.25) < 1e-12
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, SettingsScreen | ConfirmScreen)
