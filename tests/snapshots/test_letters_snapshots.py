"""What the Letters screen looks like, in both languages, for the example debt 快闪借: a kind
its record cannot fill yet (no plan saved), and a notice built from its logged incidents."""

from __future__ import annotations

import pytest

from parley.store import Store

from .conftest import SNAP_SIZE, settle

STATES = {
    "needs_a_plan": (),
    "stop_collection": ("down", "down", "down"),
}


def open_letters(path, *keys: str):
    async def run_before(pilot) -> None:
        await settle(pilot)
        with Store.open(path) as store:
            debt_id = next(d.id for d in store.list_debts() if d.lender == "快闪借")
        pilot.app.screen.select_debt(debt_id)
        for key in ("L", *keys):
            await pilot.press(key)
            await settle(pilot)

    return run_before


@pytest.mark.parametrize("state", list(STATES))
def test_letters_screen(snap_compare, demo_db, open_app, lang, state):
    app = open_app(demo_db, lang)
    run_before = open_letters(demo_db, *STATES[state])
    assert snap_compare(app, terminal_size=SNAP_SIZE, run_before=run_before)
