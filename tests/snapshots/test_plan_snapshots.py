"""What the Plan mode looks like on the example data, in both languages."""

from __future__ import annotations

import pytest

from .conftest import SNAP_SIZE, settle


def typed(field_id: str | None, text: str = "", *, clear: bool = False, then=()):
    """Open the Plan mode, type into one of the budget's fields, then press `then`."""

    async def run_before(pilot) -> None:
        from textual.widgets import Input

        await settle(pilot)
        await pilot.press("5")
        await settle(pilot)
        if field_id is not None:
            box = pilot.app.screen.query_one(f"#{field_id}").query_one(Input)
            if clear:
                box.value = ""
            box.focus()
            await pilot.pause()
            await pilot.press(*text)
            await settle(pilot)
        for key in then:
            await pilot.press(key)
            await settle(pilot)

    return run_before


STATES = {
    "plan": typed(None),
    "refused": typed("essential-housing", "x"),
    "short": typed("essential-housing", "8000", clear=True),
    "use_confirm": typed(None, then=("shift+f2",)),
}


@pytest.mark.parametrize("state", list(STATES))
def test_plan_mode(snap_compare, demo_db, open_app, lang, state):
    app = open_app(demo_db, lang)
    assert snap_compare(app, terminal_size=SNAP_SIZE, run_before=STATES[state])
