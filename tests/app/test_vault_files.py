"""Attached files in the app: one or all written out of the vault in a worker, copies that no
record needs removed, and the file refusing a write met with a retry, as a user would see."""

from __future__ import annotations

import errno
import hashlib
import sqlite3
import stat
from pathlib import Path

import pytest
from textual.widgets import OptionList

from parley.store import Store, crypto
from parley.tui.app import ParleyApp
from parley.tui.screens.confirm import ConfirmScreen
from parley.tui.screens.event_form import EventFormScreen
from parley.tui.screens.export_folder import FolderScreen
from parley.tui.screens.file_export import ExportProgressScreen, PickFileScreen
from parley.tui.screens.timeline import TimelineScreen
from parley.tui.storage import StoreErrorScreen
from parley.tui.widgets.field import Field

from .conftest import SIZE, settle, type_into
from .hostile import screen_text
from .test_plan import accept_a_deal, open_plan

SECRET = "tea at four 四点喝茶"
TEXTS = {
    "en": {"saved": "Saved", "files": "2 files saved", "plain": "not encrypted"},
    "zh_CN": {"saved": "已保存", "files": "2 个文件已保存", "plain": "没有加密"},
}


def _messages(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


def _vault(db: Path) -> list[Path]:
    folder = db.with_name(db.name + ".vault")
    return sorted(folder.iterdir()) if folder.is_dir() else []


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


async def _new_event_with(pilot, files: list[Path]) -> EventFormScreen:
    await settle(pilot)
    await pilot.press("2")
    await settle(pilot)
    await pilot.press("a")
    await pilot.pause()
    form = pilot.app.screen
    assert isinstance(form, EventFormScreen)
    form.query_one("#when", Field).set_text("2026-11-30 09:00")
    for path in files:
        form.query_one("#new_file", Field).set_text(str(path))
        await pilot.pause()
        form.action_attach()
        await settle(pilot)
    assert len(form.state.attachments) == len(files)
    return form


async def _export_to(pilot, folder: Path, pick: int | None) -> None:
    """Press "Export files", pick an option when asked (0 is "all"), give the folder."""
    pilot.app.screen.query_one("#export-files").press()
    await pilot.pause()
    if pick is not None:
        picker = pilot.app.screen
        assert isinstance(picker, PickFileScreen)
        picker.query_one("#files", OptionList).highlighted = pick
        await pilot.press("enter")
        await pilot.pause()
    chooser = pilot.app.screen
    assert isinstance(chooser, FolderScreen)
    chooser.query_one("#folder", Field).set_text(str(folder))
    await pilot.pause()
    chooser.query_one("#ok").press()
    await pilot.pause()
    await settle(pilot)


@pytest.fixture
def evidence(tmp_path) -> list[Path]:
    call = tmp_path / "call [b]1[i].m4a"
    call.write_bytes(b"recorded threat " * 100_000)  # 1,600,000 bytes: two vault chunks
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(b"%PDF demand letter " * 500)
    return [call, letter]


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
async def test_one_file_or_all_go_to_a_chosen_folder_and_nothing_is_replaced(
    demo_db, tmp_path, evidence, lang
):
    words = TEXTS[lang]
    crypto.lock(demo_db, SECRET)
    store = Store.open(demo_db, passphrase=SECRET)
    out = tmp_path / "out"
    try:
        app = ParleyApp(store, lang=lang)
        async with app.run_test(size=SIZE) as pilot:
            await _new_event_with(pilot, evidence)
            call, letter = evidence
            expected = {call.name: _sha(call), letter.name: _sha(letter)}
            for path in evidence:
                path.unlink()  # only the vault holds them now

            await _export_to(pilot, out, pick=2)  # the second file only
            assert [p.name for p in out.iterdir()] == ["letter.pdf"]
            assert _sha(out / "letter.pdf") == expected["letter.pdf"]
            assert stat.S_IMODE((out / "letter.pdf").stat().st_mode) == 0o600
            assert any(words["saved"] in m and "letter.pdf" in m for m in _messages(app))
            assert any(words["plain"] in m for m in _messages(app)), _messages(app)

            await _export_to(pilot, out, pick=0)  # all of them, beside the first copy
            assert sorted(p.name for p in out.iterdir()) == sorted(
                ["letter.pdf", "letter-2.pdf", call.name]
            )
            assert _sha(out / "letter.pdf") == _sha(out / "letter-2.pdf")
            assert _sha(out / call.name) == expected[call.name]
            assert any(words["files"] in m for m in _messages(app))
            # The folder is remembered for the next export.
            assert app.settings.export_folder == str(tmp_path.resolve())
    finally:
        store.close()


async def test_the_export_runs_in_a_worker_showing_its_progress(
    demo_db, tmp_path, evidence, monkeypatch
):
    import threading

    from parley.store import vault_out

    seen: list[tuple[str, list[int]]] = []
    real = vault_out.write_out

    def watched(a, copy, passphrase, folder, progress=None):
        heard: list[int] = []
        seen.append((threading.current_thread().name, heard))

        def told(done: int) -> None:
            heard.append(done)
            progress(done)

        return real(a, copy, passphrase, folder, told)

    monkeypatch.setattr(vault_out, "write_out", watched)
    app = ParleyApp(Store.open(demo_db), lang="en")
    try:
        async with app.run_test(size=SIZE) as pilot:
            form = await _new_event_with(pilot, evidence[:1])
            await _export_to(pilot, tmp_path / "out", pick=None)
            [(thread, heard)] = seen
            assert thread != threading.main_thread().name  # never on the UI thread
            size = evidence[0].stat().st_size
            # The bar moved as the copy was read, and reached the end.
            assert len(heard) > 1 and heard == sorted(heard) and heard[-1] == size
            assert app.screen is form and not app.screen.query(ExportProgressScreen)
    finally:
        app.store.close()


async def test_failures_are_told_in_the_users_language_and_leave_no_part_file(
    demo_db, tmp_path, evidence, monkeypatch
):
    from parley.store import vault_out

    app = ParleyApp(Store.open(demo_db), lang="zh_CN")
    try:
        async with app.run_test(size=SIZE) as pilot:
            await _new_event_with(pilot, evidence[:1])
            blocker = tmp_path / "a-file"
            blocker.write_text("not a folder", encoding="utf-8")
            await _export_to(pilot, blocker / "inside", pick=None)
            assert any("不是文件夹" in m for m in _messages(app)), _messages(app)

            real = vault_out.open_private

            class Full:
                def __init__(self, f):
                    self.f = f

                def __enter__(self):
                    return self

                def __exit__(self, *exc):
                    self.f.close()

                def write(self, _data):
                    raise OSError(errno.ENOSPC, "No space left on device")

            monkeypatch.setattr(vault_out, "open_private", lambda p, m: Full(real(p, m)))
            out = tmp_path / "full"
            await _export_to(pilot, out, pick=None)
            assert any("磁盘已满" in m for m in _messages(app)), _messages(app)
            assert list(out.iterdir()) == []  # the half-written file was removed
            assert isinstance(app.screen, EventFormScreen)  # nothing was lost
    finally:
        app.store.close()


async def test_cancelling_a_form_removes_the_copies_it_made_unless_saved_elsewhere(
    demo_db, tmp_path, evidence
):
    app = ParleyApp(Store.open(demo_db), lang="en")
    try:
        async with app.run_test(size=SIZE) as pilot:
            form = await _new_event_with(pilot, evidence[:1])
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert isinstance(app.screen, TimelineScreen)
            assert len(_vault(demo_db)) == 1
            # A second form attaches the same recording and a new file, then is cancelled.
            form = await _new_event_with(pilot, evidence)
            await pilot.press("escape")
            await pilot.pause()
            assert isinstance(app.screen, ConfirmScreen)  # an attached file is a change
            await pilot.press("y")
            await settle(pilot)
            assert form not in app.screen_stack
            [kept] = _vault(demo_db)
            [saved] = app.store.list_events(limit=1)[0].attachments
            assert saved.sha256 == _sha(evidence[0])
            from parley.store import vault

            assert vault.check(app.store, saved, rehash=True) == "same"
            # Deleting the event that needed it removes the copy.
            app.screen.action_delete()
            await pilot.pause()
            await pilot.press("y")
            await settle(pilot)
            assert not kept.exists() and _vault(demo_db) == []
    finally:
        app.store.close()


async def test_the_timeline_offers_the_selected_events_files(demo_db, tmp_path, evidence):
    app = ParleyApp(Store.open(demo_db), lang="en")
    try:
        async with app.run_test(size=SIZE) as pilot:
            await _new_event_with(pilot, evidence)
            await pilot.press("ctrl+s")
            await settle(pilot)
            timeline = app.screen
            [command] = [
                c for c in timeline.palette_commands() if c.title.startswith("Export this event")
            ]
            command.callback()
            await pilot.pause()
            assert isinstance(app.screen, PickFileScreen)
            labels = [str(o.prompt) for o in app.screen.query_one(OptionList).options]
            assert labels[0] == "All 2 files"
            assert labels[1].startswith(evidence[0].name)  # shown as typed, not as markup
    finally:
        app.store.close()


async def test_a_busy_file_while_attaching_offers_a_retry_that_keeps_the_file(
    demo_db, tmp_path, evidence
):
    app = ParleyApp(Store.open(demo_db, busy_ms=50), lang="en")
    other = sqlite3.connect(demo_db, isolation_level=None)
    try:
        async with app.run_test(size=SIZE) as pilot:
            form = await _new_event_with(pilot, [])
            other.execute("BEGIN IMMEDIATE")  # another Parley holds the file
            form.query_one("#new_file", Field).set_text(str(evidence[1]))
            await pilot.pause()
            form.action_attach()
            await settle(pilot)
            assert isinstance(app.screen, StoreErrorScreen)
            assert form.state.attachments == []
            assert form.query_one("#new_file", Field).text == str(evidence[1])  # kept
            other.execute("ROLLBACK")
            await pilot.press("r")
            await settle(pilot)
            assert app.screen is form
            assert [a.sha256 for a in form.state.attachments] == [_sha(evidence[1])]
            assert [p.suffix for p in _vault(demo_db)] == [""]  # one copy, no .part left
    finally:
        other.close()
        app.store.close()


async def test_a_payment_on_a_busy_or_read_only_file_is_kept_and_retried(demo_db):
    debt = accept_a_deal(demo_db)
    app = ParleyApp(Store.open(demo_db, busy_ms=50), lang="zh_CN")
    other = sqlite3.connect(demo_db, isolation_level=None)
    try:
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_plan(pilot)
            table = screen.query_one("#plan-table")
            table.focus()
            table.move_cursor(row=table.get_row_index(str(debt.id)))
            await pilot.pause()
            await pilot.press("shift+f4")
            await pilot.pause()
            dialog = app.screen
            await type_into(pilot, "amount", "123.45")
            other.execute("BEGIN IMMEDIATE")
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert isinstance(app.screen, StoreErrorScreen)
            await pilot.press("escape")  # keep editing: the amount is still there
            await pilot.pause()
            assert app.screen is dialog
            assert dialog.query_one("#amount", Field).text == "123.45"
            await pilot.press("ctrl+s")
            await settle(pilot)
            other.execute("ROLLBACK")
            await pilot.press("r")  # try again, now the file is free
            await settle(pilot)
            assert dialog not in app.screen_stack
            offer = app.store.accepted_offer(debt.id)
            assert [p.amount for p in app.store.offer_payments(offer.id)] == [12_345]
    finally:
        other.close()
        app.store.close()


async def test_a_language_switch_during_an_export_keeps_it_going(
    demo_db, tmp_path, evidence, monkeypatch
):
    import threading

    from parley.store import vault_out

    gate = threading.Event()
    real = vault_out.write_out

    def held(a, copy, passphrase, folder, progress=None):
        progress(5)
        gate.wait(timeout=60)  # until the test has switched the language
        return real(a, copy, passphrase, folder, progress)

    monkeypatch.setattr(vault_out, "write_out", held)
    app = ParleyApp(Store.open(demo_db), lang="en")
    try:
        async with app.run_test(size=SIZE) as pilot:
            form = await _new_event_with(pilot, evidence[:1])
            form.query_one("#export-files").press()
            await pilot.pause()
            app.screen.query_one("#folder", Field).set_text(str(tmp_path / "out"))
            await pilot.pause()
            app.screen.query_one("#ok").press()
            await pilot.pause()
            dialog = app.screen
            assert isinstance(dialog, ExportProgressScreen)
            await pilot.press("ctrl+l")
            await pilot.pause()
            assert "正在导出 1 个文件" in screen_text(app)
            gate.set()
            await settle(pilot)
            assert dialog not in app.screen_stack and app.screen is form
            assert _sha(tmp_path / "out" / evidence[0].name) == _sha(evidence[0])
    finally:
        gate.set()
        app.store.close()
