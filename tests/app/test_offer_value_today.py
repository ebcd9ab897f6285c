"""The offer editor: savings in total and in value today, at a rate the user can change,
and deferral interest that runs unless the lender agreed in writing."""

from __future__ import annotations

from textual.widgets import Checkbox, Select

from parley.engine.money import format_money
from parley.tui.screens.offer_editor import OfferEditorScreen

from .conftest import SIZE, settle, shown_text, type_into


async def open_editor(pilot) -> OfferEditorScreen:
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)
    assert isinstance(pilot.app.screen, OfferEditorScreen)
    return pilot.app.screen


async def test_value_today_at_the_rate_the_user_types(demo_db, open_app):
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_editor(pilot)
        debt = screen.debt
        # By default "value today" discounts at the contract rate, and says so.
        assert screen.baseline.discount_rate == debt.annual_rate
        line = shown_text(screen.query_one("#baseline-line"))
        assert "36.00% a year" in line and format_money(debt.outstanding) in line
        # At 0% nothing is discounted: value today is the plain total.
        await type_into(pilot, "discount-rate", "0%")
        await settle(pilot)
        a = screen.results["A"]
        assert a.savings_today == a.savings
        assert screen.baseline.value_today == screen.baseline.total_paid
        # At 12% a year, 1% a month: offer A (a freeze, no payment today) by hand.
        await type_into(pilot, "discount-rate", "12%")
        await settle(pilot)
        a = screen.results["A"]
        by_hand = sum(row.payment / 1.01 ** (k + 1) for k, row in enumerate(a.schedule.instalments))
        assert abs(a.value_today - by_hand) <= 0.5
        figures = shown_text(screen.query_one("#figures"))
        assert "Saves in value today" in figures and format_money(a.savings_today) in figures


async def test_deferral_interest_runs_unless_agreed_in_writing(demo_db, open_app):
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_editor(pilot)
        debt = screen.debt
        screen.query_one("#B-kind", Select).value = "deferral"
        await settle(pilot)
        await type_into(pilot, "B-rate", "12%")
        await type_into(pilot, "B-deferral_months", "6")
        await settle(pilot)
        left = min(debt.principal - debt.principal_repaid, debt.outstanding)
        # Six months at 1% a month, simple, on the principal parked.
        assert screen.results["B"].deferral_interest == round(left * 0.06)
        box = screen.query_one("#B-deferral_interest_waived", Checkbox)
        box.focus()
        await pilot.press("space")
        await settle(pilot)
        assert screen.results["B"].deferral_interest == 0
        await type_into(pilot, "B-deferral_months", "18")
        await settle(pilot)
        warnings = shown_text(screen.query_one("#warnings"))
        assert "longer than the one year" in warnings
