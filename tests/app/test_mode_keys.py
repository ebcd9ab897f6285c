"""Mode keys from anywhere: a digit typed into a field stays in the field, F1-F4 (and
alt+digit) switch mode even from inside one, and switching language keeps the place in every
mode."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from parley.tui.screens.checklist import ChecklistScreen
from parley.tui.screens.debts import DebtsScreen
from parley.tui.screens.offer_editor import OfferEditorScreen
from parley.tui.screens.timeline import TimelineScreen
from parley.tui.screens.wizard.screen import WizardScreen
from parley.tui.widgets.field import Field

from .conftest import SIZE, settle, type_into

MODES = {
    "1": DebtsScreen,
    "2": TimelineScreen,
    "3": WizardScreen,
    "4": ChecklistScreen,
}


async def test_a_digit_in_the_offer_editor_stays_in_the_field(demo_db, open_app):
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        editor = app.screen
        assert isinstance(editor, OfferEditorScreen)
        count = editor.query_one("#A-count", Field)
        await type_into(pilot, "A-count", "1")
        await pilot.press("4")  # typed, not swallowed, and no mode switch
        await settle(pilot)
        assert app.screen is editor
        assert count.text == "14"
        # alt+4 reaches the app from inside the field and leaves the field alone.
        await pilot.press("alt+4")
        await settle(pilot)
        assert isinstance(app.screen, ChecklistScreen)
        assert count.text == "14"
        await pilot.press("alt+1")
        await settle(pilot)
        assert app.screen is editor
        assert count.text == "14"
        # F-keys do the same, and they reach the app under tmux (alt+digit may not).
        count.focus()
        await pilot.press("f4")
        await settle(pilot)
        assert isinstance(app.screen, ChecklistScreen)
        await pilot.press("f1")
        await settle(pilot)
        assert app.screen is editor
        assert count.text == "14"


@pytest.mark.parametrize("target", ["1", "2", "3", "4"])
async def test_f_keys_switch_mode_from_inside_every_kind_of_field(demo_db, open_app, target):
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        # A text field in each mode: the debts filter, the timeline filter box, the
        # wizard's hardship detail, the checklist note.
        places = [
            ("1", "slash", "#filter"),
            ("2", "f", "#since"),
            ("3", "shift+f2", "#detail"),
            ("4", "e", "#cl-note"),
        ]
        for mode, key, selector in places:
            if mode == target:
                continue
            await pilot.press(f"alt+{mode}")
            await settle(pilot)
            await pilot.press(key)
            await settle(pilot)
            if selector:
                widget = app.screen.query_one(selector)
                (widget.query_one(Input) if isinstance(widget, Field) else widget).focus()
                await settle(pilot)
            focused = app.focused
            assert isinstance(focused, Input), (mode, focused)
            before = focused.value
            await pilot.press("7")
            await settle(pilot)
            assert focused.value == before + "7", mode  # the digit went into the field
            assert isinstance(app.screen, MODES[mode])
            await pilot.press(f"f{target}")
            await settle(pilot)
            assert isinstance(app.screen, MODES[target]), (mode, app.screen)
            assert focused.value == before + "7"


async def test_plain_digits_switch_mode_where_no_field_has_the_focus(demo_db, open_app):
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for key in ("2", "3", "4", "1"):
            app.screen.set_focus(None)
            await pilot.press(key)
            await settle(pilot)
            assert isinstance(app.screen, MODES[key])


async def test_an_accepted_offer_is_not_changed_by_a_mode_key(demo_db, open_app):
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        editor = app.screen
        debt_id = editor.debt.id
        before = {o.label: o.terms for o in app.store.list_offers(debt_id)}
        editor.query_one("#A-count", Field).focus()
        await pilot.press("alt+4", "alt+2", "alt+1")
        await settle(pilot)
        after = {o.label: o.terms for o in app.store.list_offers(debt_id)}
        assert after == before


@pytest.mark.parametrize("start", ["en", "zh_CN"])
async def test_switching_language_keeps_the_place_in_every_mode(demo_db, open_app, start):
    app = open_app(demo_db, start)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("down", "down")
        await settle(pilot)
        focused_debt = app.focused_debt_id
        # Visit every mode once, leave a half-typed wizard step behind.
        for key in ("2", "3", "4", "1"):
            await pilot.press(key)
            await settle(pilot)
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("shift+f2")
        await settle(pilot)
        await type_into(pilot, "detail", "Shop closed")
        wizard = app.screen
        # In every mode, switch there and back again.
        for key, kind in MODES.items():
            await pilot.press(f"alt+{key}")
            await settle(pilot)
            for _round in range(2):
                await pilot.press("ctrl+l")
                await settle(pilot)
                assert app.is_running
                assert isinstance(app.screen, kind), (key, app.screen)
                assert app.focused_debt_id == focused_debt
                assert wizard.wizard.step == 2
                assert wizard.wizard.texts["detail"] == "Shop closed"
                assert wizard.wizard.debt.id == focused_debt
        await pilot.press("alt+3")
        await settle(pilot)
        assert app.screen.query_one("#detail", Field).text == "Shop closed"
        assert app.store.load_draft(focused_debt)["data"]["detail"] == "Shop closed"


async def test_ctrl_l_after_wizard_and_checklist_never_crashes(demo_db, open_app):
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for _try in range(8):
            await pilot.press("3", "4", "ctrl+l")
            await settle(pilot)
            await pilot.press("3")
            await settle(pilot)
            assert app.is_running and isinstance(app.screen, WizardScreen)
