"""Every numeric field of the offer editor, the settings, the debt form and the wizard fed
nan, inf, 1e308, -0 and full-width digits: refused at the field in the user's language, or
read as the number it stands for; never a crash."""

from __future__ import annotations

import pytest
from rich.cells import cell_len
from textual.widgets import Input

from parley import i18n
from parley.tui.screens.debt_form import DebtFormScreen
from parley.tui.screens.offer_editor import OfferEditorScreen
from parley.tui.screens.plan.screen import PlanScreen
from parley.tui.screens.settings import SettingsScreen
from parley.tui.screens.wizard.screen import WizardScreen
from parley.tui.widgets.field import Field

from .conftest import settle
from .hostile import screen_text

SIZE = (160, 48)
OFFER = [
    f"{label}-{name}"
    for label in "AB"
    for name in (
        "rate",
        "count",
        "down",
        "deferral_months",
        "deferral_fee",
        "fee",
        "waived",
        "first_due",
    )
]
SETTINGS = ["income_share_limit", "lpr", "lpr_date", "lpr_multiple", "fixed"]
DEBT = [
    "principal",
    "received",
    "start_date",
    "term",
    "rate",
    "penalty_rate",
    "fee_upfront",
    "fee_per_instalment",
    "fee_one_off",
    "instalments_paid",
    "principal_repaid",
    "interest_repaid",
    "outstanding",
    "first_missed",
]
# The household budget (Plan mode): the wizard shows these, it has no fields of its own.
PLAN_BUDGET = ["income-0", "essential-housing", "lump_sum"]
WIZARD_OFFERS = [
    f"{label}-{name}"
    for label in "AB"
    for name in ("rate", "count", "down", "deferral_months", "deferral_fee")
]
REFUSED = ["nan", "NaN%", "inf", "-Infinity", "1e308", "9" * 40]
READ_OR_REFUSED = ["-0", "３０", "１２．５%"]


async def feed(pilot, field_ids: list[str]) -> int:
    """Type every bad value into every field; the number of (field, value) pairs tried."""
    screen = pilot.app.screen
    tried = 0
    for field_id in field_ids:
        field = screen.query_one(f"#{field_id}", Field)
        box = field.query_one(Input)
        original = box.value
        for value in REFUSED + READ_OR_REFUSED:
            box.value = value
            await settle(pilot)
            assert pilot.app.is_running
            assert pilot.app.screen is screen
            if value in REFUSED:
                assert field.error, (field_id, value)
                field.reveal()
                await pilot.pause()
                # The message wraps to its column (narrow in Plan's budget): look for as much
                # of its start as surely fits on one line.
                room = field.query_one(".field-error").size.width // 2
                probe = ""
                for ch in field.error.split("\n")[0][:20]:
                    if cell_len(probe + ch) > room:
                        break
                    probe += ch
                assert probe in screen_text(pilot.app), (field_id, value)
                if i18n.language() == "zh_CN":
                    assert any("\u4e00" <= ch <= "\u9fff" for ch in field.error), field.error
            tried += 1
        box.value = original
        await settle(pilot)
    return tried


# Each stop: the keys that reach it (from the one before), the screen, its number fields,
# and the keys that leave it.
STOPS = [
    (("enter",), OfferEditorScreen, OFFER, ("escape",)),
    (("comma",), SettingsScreen, SETTINGS, ("escape",)),
    (("e",), DebtFormScreen, DEBT, ("escape",)),
    (("5",), PlanScreen, PLAN_BUDGET, ()),
    (("f3", "shift+f4"), WizardScreen, WIZARD_OFFERS, ()),  # F3 leaves a Plan field
]


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
async def test_bad_numbers_are_refused_at_every_field(demo_db, open_app, lang):
    app = open_app(demo_db, lang)
    tried = 0
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for enter, screen, field_ids, leave in STOPS:
            for key in enter:
                await pilot.press(key)
                await settle(pilot)
            assert isinstance(app.screen, screen)
            tried += await feed(pilot, field_ids)
            for key in leave:
                await pilot.press(key)
                await settle(pilot)
    fields = sum(len(field_ids) for _enter, _screen, field_ids, _leave in STOPS)
    assert (fields, tried) == (48, 48 * 9)


async def test_a_huge_fee_shows_figures_instead_of_crashing(demo_db, open_app):
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, OfferEditorScreen)
        screen.query_one("#A-fee", Field).query_one(Input).value = "999999999"
        await settle(pilot)
        assert app.is_running and app.screen is screen
        figures = screen_text(app)
        assert "over 1,000%" in figures
