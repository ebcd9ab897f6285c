"""The Letters screen as a person uses it: pick, read, edit, save, mark sent."""

from __future__ import annotations

import stat

from textual.widgets import OptionList, TextArea

from parley.store import Store
from parley.store.letters import list_letters
from parley.store.records import EventKind
from parley.tui.screens.letters.screen import LettersScreen
from tests.app.conftest import settle, shown_text, type_into

KSJ = "快闪借"


def _debt_id(path, lender=KSJ):
    with Store.open(path) as store:
        return next(d.id for d in store.list_debts() if d.lender == lender)


async def _open(pilot, lender=KSJ):
    await settle(pilot)
    pilot.app.screen.select_debt(_debt_id(pilot.app.store.path, lender))
    await settle(pilot)
    await pilot.press("L")
    await settle(pilot)
    assert isinstance(pilot.app.screen, LettersScreen)
    return pilot.app.screen


async def _pick(pilot, screen, kind: str):
    kinds = screen.query_one("#letter-kinds", OptionList)
    kinds.highlighted = [o.id for o in kinds.options].index(kind)
    await settle(pilot)


async def test_missing_facts_are_named_and_a_letter_shows_its_blanks(demo_db, open_app):
    app = open_app(demo_db, "en")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot)
        preview = shown_text(screen.query_one("#letter-preview"))
        assert "needs a plan" in preview
        assert not app.screen.check_action("save", ())
        await _pick(pilot, screen, "stop_collection")
        preview = shown_text(screen.query_one("#letter-preview"))
        assert "[your full name]" in preview and "22:40" in preview
        await pilot.press("v")
        await settle(pilot)
        assert "【你的姓名】" in shown_text(screen.query_one("#letter-preview"))


async def test_an_edit_is_kept_as_a_new_version(demo_db, open_app):
    app = open_app(demo_db, "en")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot)
        await _pick(pilot, screen, "complaint")
        await pilot.press("e")
        await settle(pilot)
        editor = screen.query_one("#letter-editor", TextArea)
        assert editor.has_focus
        editor.text = editor.text.replace("[your full name]", "Li Lei")
        await pilot.press("ctrl+s")
        await settle(pilot)
    with Store.open(demo_db) as store:
        kept = list_letters(store, _debt_id(demo_db))
    assert [(k.kind, k.version, k.edited) for k in kept] == [("complaint", 1, True)]
    assert "Li Lei" in kept[0].text


async def test_save_writes_a_private_file_logs_it_and_mark_sent_sets_the_reply_due(
    demo_db, open_app, tmp_path
):
    app = open_app(demo_db, "zh_CN")
    folder = tmp_path / "out"
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot)
        await _pick(pilot, screen, "stop_collection")
        await pilot.press("w")
        await settle(pilot)
        await type_into(pilot, "letter-folder", str(folder))
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("m")
        await settle(pilot)
        await type_into(pilot, "sent-channel", "App [/] 消息")
        await pilot.press("ctrl+s")
        await settle(pilot)
    files = list(folder.iterdir())
    assert len(files) == 1 and files[0].suffix == ".docx"
    assert stat.S_IMODE(files[0].stat().st_mode) == 0o600
    with Store.open(demo_db) as store:
        debt_id = _debt_id(demo_db)
        letters = store.list_events(debt_id=debt_id, kinds=[EventKind.LETTER])
        kept = list_letters(store, debt_id)
    assert len(letters) == 2  # drafted (with the file attached), then sent
    sent, drafted = letters
    assert drafted.attachments[0].path == str(files[0])
    assert sent.channel == "App [/] 消息" and sent.follow_up is not None
    assert kept[-1].sent_on is not None and kept[-1].reply_due == sent.follow_up


async def test_esc_closes_the_letters_after_a_language_switch(demo_db, open_app):
    app = open_app(demo_db, "en")
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(pilot)
        await pilot.press("ctrl+l")
        # Wait for the screen to be put together again in Chinese, however busy the machine.
        for _ in range(100):
            await settle(pilot)
            status = app.screen.query("#letter-status")
            if status and "协商" in shown_text(status.first()):
                break
        assert not app.screen.query_one("#letter-editor", TextArea).display
        await pilot.press("escape")
        for _ in range(100):
            await settle(pilot)
            if not isinstance(app.screen, LettersScreen):
                break
        assert not isinstance(app.screen, LettersScreen)
