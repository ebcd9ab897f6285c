"""What every step of the call-script wizard looks like, in both languages."""

from __future__ import annotations

import pytest

from .conftest import SNAP_SIZE, keys_then_settle

# Step 3 shows the household budget (edited in Plan mode): nothing to type there.
BUDGET = ("3", "shift+f3")

STATES = {
    "step1_debt": ("3",),
    "step2_hardship": ("3", "shift+f2", "tab", "tab", "tab", "space", "tab", "tab", "space"),
    "step3_budget": BUDGET,
    "step4_proposals": (*BUDGET, "ctrl+n"),
    "step5_safety": (*BUDGET, "shift+f5", "space"),
    "step6_script": (*BUDGET, "shift+f6"),
}


@pytest.mark.parametrize("state", list(STATES))
def test_wizard_step(snap_compare, demo_db, open_app, lang, state):
    app = open_app(demo_db, lang)
    assert snap_compare(app, terminal_size=SNAP_SIZE, run_before=keys_then_settle(*STATES[state]))
