"""What the debts mode, the debt form, the offer editor, help, settings and welcome look like."""

from __future__ import annotations

import pytest

from .conftest import SNAP_SIZE, keys_then_settle

STATES = {
    "debts": (),
    "sorted_by_apr": ("s",),
    "debt_form": ("a",),
    "debt_form_invalid": ("a", "tab", "tab", "tab", "1", "x"),
    "offer_editor": ("enter",),
    "help": ("question_mark",),
    "settings": ("comma",),
}


@pytest.mark.parametrize("state", list(STATES))
def test_debts_mode(snap_compare, demo_db, open_app, lang, state):
    app = open_app(demo_db, lang)
    assert snap_compare(app, terminal_size=SNAP_SIZE, run_before=keys_then_settle(*STATES[state]))


def test_welcome(snap_compare, empty_db, open_app, lang):
    app = open_app(empty_db, lang)
    assert snap_compare(app, terminal_size=SNAP_SIZE, run_before=keys_then_settle())
