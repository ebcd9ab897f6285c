"""Settings are edited in their own screen and saved as soon as each value is valid."""

from __future__ import annotations

from parley.tui.screens.settings import SettingsScreen
from parley.tui.widgets.field import Field

from .conftest import SIZE, settle, shown_text, type_into


async def test_caps_are_saved_and_bad_values_refused(demo_db, open_app):
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("comma")
        await pilot.pause()
        assert isinstance(app.screen, SettingsScreen)
        # The income is the budget's (6,500.00 + 2,000.00 in the example): shown, not edited.
        income = shown_text(app.screen.query_one("#monthly_income"))
        assert "8,500.00" in income and "Plan (5)" in income

        await type_into(pilot, "lpr", "3.1")
        before = app.store.load_settings().caps
        assert abs(before.lpr - 0.031) < 1e-12
        await pilot.press("x")  # "3.1x": refused at the field, the saved value stays
        await pilot.pause()
        lpr = app.screen.query_one("#lpr", Field)
        assert "not a percentage" in lpr.error
        assert app.store.load_settings().caps == before

        await type_into(pilot, "lpr", "3.5%")
        caps = app.store.load_settings().caps
        assert abs(caps.lpr - 0.035) < 1e-12

        await pilot.press("escape")
        await settle(pilot)
        assert app.store.load_settings().monthly_income == 850_000  # untouched


async def test_language_chosen_in_settings_is_kept(demo_db, open_app):
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("comma")
        await pilot.pause()
        app.screen.query_one("#language").value = "zh_CN"
        await settle(pilot)
        assert app.store.load_settings().language == "zh_CN"
    reopened = open_app(demo_db, None)  # no --lang: the saved choice applies
    async with reopened.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "债务" in reopened.screen.title
