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


async def test_lpr_table_penalty_multiple_and_windows(demo_db, open_app):
    from datetime import date
    from decimal import Decimal

    from textual.widgets import Static

    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("comma")
        await pilot.pause()
        table = str(app.screen.query_one("#lpr-table", Static).render())
        # Every published row since the reform is shown, oldest first.
        assert "2019-08-20 4.25%" in table and "2025-05-20 3.00%" in table
        assert table.index("2019-08-20") < table.index("2025-05-20")

        # A rate published later is added as a dated row; the shipped rows stay.
        await type_into(pilot, "lpr_date", "2026-06-22")
        await type_into(pilot, "lpr", "2.9%")
        caps = app.store.load_settings().caps
        assert caps.lpr_added == ((date(2026, 6, 22), Decimal("0.029")),)
        assert caps.lpr_on(date(2026, 1, 1))[1] == Decimal("0.03")
        assert "2026-06-22 2.90% *" in str(app.screen.query_one("#lpr-table", Static).render())

        await type_into(pilot, "penalty_multiple", "1.3")
        assert app.store.load_settings().penalty_multiple == 1.3
        await type_into(pilot, "penalty_multiple", "0.5")
        assert "1 to 5" in app.screen.query_one("#penalty_multiple", Field).error
        assert app.store.load_settings().penalty_multiple == 1.3
        await type_into(pilot, "penalty_multiple", "1.3倍")

        await type_into(pilot, "best_window", "20")
        await type_into(pilot, "latest_window", "60")
        saved = app.store.load_settings()
        assert (saved.best_window, saved.latest_window) == (20, 60)
