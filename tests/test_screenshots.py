"""The screenshots the README links show what their names say (they are made by
scripts/screenshots.py from the real app; a key that changed meaning once left them showing
the wrong wizard step)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

SHOTS = Path(__file__).resolve().parent.parent / "screenshots"

WIZARD_STEPS = {
    "wizard-debt-en": "Step 1 of 6",
    "wizard-hardship-zh": "第 2 步，共 6 步",
    "wizard-budget-en": "Step 3 of 6",
    "wizard-proposals-en": "Step 4 of 6",
    "wizard-proposals-zh": "第 4 步，共 6 步",
    "wizard-safety-en": "Step 5 of 6",
    "wizard-script-en": "Step 6 of 6",
    "wizard-script-zh": "第 6 步，共 6 步",
}
MODE_TITLES = {
    "debts-en": "Parley · Debts",
    "debts-zh": "Parley · 债务",
    "timeline-en": "Parley · Timeline",
    "timeline-zh": "Parley · 时间线",
    "checklist-en": "Parley · Checklist",
    "checklist-findings-zh": "Parley · 核对清单",
    "plan-en": "Parley · Plan",
    "plan-zh": "Parley · 计划",
}


def _text(name: str) -> str:
    svg = (SHOTS / f"{name}.svg").read_text(encoding="utf-8")
    return html.unescape(" ".join(re.findall(r">([^<>]*)</text>", svg))).replace("\xa0", " ")


@pytest.mark.parametrize("name", sorted(WIZARD_STEPS))
def test_wizard_screenshots_show_the_step_they_are_named_for(name):
    assert WIZARD_STEPS[name] in _text(name)


@pytest.mark.parametrize("name", sorted(MODE_TITLES))
def test_mode_screenshots_show_their_mode(name):
    assert MODE_TITLES[name] in _text(name)
