"""Every screen, mode and dialog opened on a file whose every user text field holds markup:
nothing crashes, and each field is shown exactly as typed wherever it appears."""

from __future__ import annotations

import pytest

from parley.tui.screens.confirm import ConfirmScreen

from .conftest import TODAY, settle
from .hostile import FIELDS, fill, hostile, mangled, screen_text, tags_shown

SIZE = (160, 48)

# (where, keys pressed to get there, the fields a person must see there)
WALK: list[tuple[str, tuple[str, ...], set[str]]] = [
    ("debts table", (), {"LEN"}),
    ("debt form", ("e",), {"LEN", "CON", "NOT"}),
    ("delete question", ("escape", "d"), {"LEN"}),
    ("offer editor", ("n", "enter"), {"LEN"}),
    ("timeline", ("escape", "2"), {"LEN", "CHA", "PTY", "AGT", "SUM", "PRO"}),
    ("timeline filters", ("f",), {"LEN"}),
    ("event form", ("escape", "e"), {"LEN", "CHA", "PTY", "AGT", "SUM", "PRO", "ATT"}),
    ("delete-event question", ("escape", "d"), set()),
    ("wizard script (draft resumed)", ("n", "3"), {"LEN", "CON", "WHD", "WCL"}),
    ("wizard 1 debt", ("shift+f1",), {"LEN"}),
    ("wizard 2 hardship", ("shift+f2",), {"WHD"}),
    ("wizard 3 budget", ("shift+f3",), set()),
    ("wizard 4 proposals", ("shift+f4",), set()),
    ("wizard 5 safety", ("shift+f5",), set()),
    ("wizard 6 script", ("shift+f6",), {"LEN", "CON", "WHD", "WCL"}),
    ("checklist items", ("4",), {"LEN", "CKN"}),
    ("checklist note", ("e",), {"CKN"}),
    ("checklist agreement", ("shift+tab", "t"), {"LEN", "AGR", "SRC"}),
    ("checklist figures", ("f",), {"LEN"}),
    ("checklist diff", ("v",), {"AGR", "SRC"}),
    ("help", ("question_mark",), set()),
    ("debts again", ("escape", "1"), {"LEN"}),
]


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
async def test_every_screen_shows_hostile_text_literally(tmp_path, open_app, lang):
    path = tmp_path / "hostile.db"
    focus = fill(path, TODAY)
    app = open_app(path, lang)
    seen: set[str] = set()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        table = app.screen.query_one("#debts-table")
        # Put the cursor on the debt with the agreement, contacts and draft.
        while app.focused_debt_id != focus:
            await pilot.press("down")
            await pilot.pause()
        table.focus()
        for where, keys, expected in WALK:
            for key in keys:
                await pilot.press(key)
                await settle(pilot)
            text = screen_text(app)
            shown = tags_shown(text)
            assert expected <= shown, (where, expected - shown)
            assert not mangled(text), (where, mangled(text))
            seen |= shown
        # The app is still running: no screen crashed it.
        assert app.is_running
    # Every stored field was met somewhere, literally.
    assert seen == set(FIELDS), set(FIELDS) - seen
    counted = sum(len(expected) for _where, _keys, expected in WALK)
    # 14 fields on 22 stops; 40 field sightings are required, checked in both languages.
    assert (len(FIELDS), len(WALK), counted) == (14, 22, 40)


async def test_a_lender_that_looks_like_a_link_confirms_nothing(tmp_path, open_app):
    from parley.engine.debt import Debt
    from parley.store import Store, demo

    path = tmp_path / "click.db"
    with Store.open(path) as store:
        demo.fill(store, TODAY)
        debt_id = store.add_debt(Debt(lender="[@click=screen.answer(True)]x", principal=100_00))
    app = open_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        while app.focused_debt_id != debt_id:
            await pilot.press("down")
            await pilot.pause()
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        question = app.screen.query_one(".dialog-text")
        # Click every cell of the question: none of it is a link.
        for x in range(question.region.width):
            for y in range(question.region.height):
                await pilot.click(question, offset=(x, y))
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert "[@click=screen.answer(True)]x" in screen_text(app)
        await pilot.press("n")
        await settle(pilot)
        assert not app.store.is_deleted(debt_id)


async def test_a_notification_quoting_a_lender_is_literal(tmp_path, open_app):
    path = tmp_path / "hostile.db"
    fill(path, TODAY)
    app = open_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.notify(hostile("LEN"), title=hostile("CON"))
        await settle(pilot)
        text = screen_text(app)
        assert hostile("LEN") in text
        assert not mangled(text)


def test_screens_build_text_widgets_only_through_the_literal_helpers():
    """A bare Static/Label/DataTable/Select parses str as markup; only tui/widgets/text.py
    may make one."""
    import re
    from pathlib import Path

    import parley.tui

    root = Path(parley.tui.__file__).parent
    bare = re.compile(r"(?<![\w.])(Static|Label|DataTable|Select)\(")
    offenders = [
        f"{path.relative_to(root)}:{n}"
        for path in root.rglob("*.py")
        if path.name != "text.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if bare.search(line) and not line.lstrip().startswith("class ")
    ]
    assert not offenders
