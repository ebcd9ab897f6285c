"""Quick hide, the idle timeout, and the passphrase screens, driven as a user would."""

from __future__ import annotations

import pytest

from parley.store import Store, crypto
from parley.tui.app import ParleyApp
from parley.tui.screens.hidden import HiddenScreen
from parley.tui.screens.passphrase import PassphraseScreen, UnlockApp

from .conftest import SIZE, settle

SECRET = "tea at four 四点喝茶"


def _screen_text(app) -> str:
    return app.export_screenshot().replace("&#160;", " ")


def _lenders(path) -> list[str]:
    with Store.open(path) as store:
        return [d.lender for d in store.list_debts()]


async def _type(pilot, text: str) -> None:
    for ch in text:
        await pilot.press(ch if ch != " " else "space")


@pytest.mark.parametrize("key", ["f12", "ctrl+backslash"])
async def test_the_hide_key_blanks_everything_and_brings_it_back(demo_db, open_app, key):
    lenders = _lenders(demo_db)
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert lenders[0] in _screen_text(app)
        await pilot.press(key)
        await pilot.pause()
        assert isinstance(app.screen, HiddenScreen)
        shown = _screen_text(app)
        assert not any(name in shown for name in lenders)
        assert "CN¥" not in shown and "%" not in shown and "parley.db" not in shown
        assert app.title == "Terminal" and app.sub_title == ""
        # No key or palette brings data up while hidden.
        for other in ("1", "2", "ctrl+p", "question_mark"):
            await pilot.press(other)
            await pilot.pause()
            assert isinstance(app.screen, HiddenScreen)
        # A notification waits: nothing over the neutral view.
        app.notify("Owed: CN¥1,234.00")
        await pilot.pause()
        assert "1,234" not in _screen_text(app)
        await pilot.press(key)
        await settle(pilot)
        assert not isinstance(app.screen, HiddenScreen)
        assert lenders[0] in _screen_text(app)
        assert app.title == "Parley"
        assert any("1,234" in str(n.message) for n in app._notifications)


async def test_idle_hiding_is_off_by_default_and_hides_after_the_set_minutes(demo_db, open_app):
    from parley.store import privacy

    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        far = app._last_input + 10 * 3600
        assert not app.hide_if_idle(now=far)
        assert not app.hidden
        privacy.set_idle_minutes(app.store, 5)
        app.idle_minutes = privacy.idle_minutes(app.store)
        assert not app.hide_if_idle(now=app._last_input + 4 * 60 + 59)
        assert app.hide_if_idle(now=app._last_input + 5 * 60)
        await pilot.pause()
        assert isinstance(app.screen, HiddenScreen)


@pytest.fixture
def locked_db(demo_db):
    crypto.lock(demo_db, SECRET)
    return demo_db


async def test_on_a_locked_file_only_the_passphrase_brings_the_work_back(locked_db):
    store = Store.open(locked_db, passphrase=SECRET)
    try:
        app = ParleyApp(store, lang="en")
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("f12")
            await pilot.pause()
            assert isinstance(app.screen, HiddenScreen)
            await pilot.press("f12")
            await pilot.pause()
            assert isinstance(app.screen, HiddenScreen)
            await _type(pilot, "wrong")
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, HiddenScreen)
            assert "Tries left: 2" in _screen_text(app)
            await _type(pilot, SECRET)
            await pilot.press("enter")
            await settle(pilot)
            assert not isinstance(app.screen, HiddenScreen)
    finally:
        store.close()


async def test_three_wrong_passphrases_while_hidden_close_the_app(locked_db):
    store = Store.open(locked_db, passphrase=SECRET)
    try:
        app = ParleyApp(store, lang="en")
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("f12")
            for _ in range(3):
                await _type(pilot, "nope")
                await pilot.press("enter")
                await pilot.pause()
        assert app.return_code == 0
    finally:
        store.close()


async def test_the_start_up_screen_refuses_empty_and_stops_after_three_wrong(locked_db):
    before = locked_db.read_bytes()
    app = UnlockApp(locked_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, PassphraseScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert "cannot be empty" in _screen_text(app)
        for _ in range(3):
            await _type(pilot, "wrong")
            await pilot.press("enter")
            await pilot.pause()
    assert app.return_value is None
    assert locked_db.read_bytes() == before


async def test_the_start_up_screen_opens_the_file_with_the_right_passphrase(locked_db):
    app = UnlockApp(locked_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await _type(pilot, SECRET)
        await pilot.press("enter")
        await pilot.pause()
    store = app.return_value
    try:
        assert store.locked and store.list_debts()
    finally:
        store.close()


async def test_the_vault_limit_is_shown_changed_and_enforced(demo_db, open_app, tmp_path):
    from parley.store import privacy
    from parley.tui.screens.event_form import EventFormScreen
    from parley.tui.screens.privacy_settings import PrivacySettingsScreen
    from parley.tui.widgets.field import Field

    big = tmp_path / "video.mp4"
    big.write_bytes(b"\0" * (2 * 1024 * 1024 + 1))
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.action_privacy()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PrivacySettingsScreen)
        field = screen.query_one("#vault_limit", Field)
        assert field.text == "100"
        field.set_text("2")
        await pilot.pause()
        assert privacy.vault_limit_mb(app.store) == 2
        await pilot.press("escape")
        await pilot.press("2")
        await settle(pilot)
        await pilot.press("a")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, EventFormScreen)
        assert "up to 2 MB" in _screen_text(app)
        box = form.query_one("#new_file", Field)
        box.set_text(str(big))
        await pilot.pause()
        form.action_attach()
        await settle(pilot)
        assert "over the vault's limit of 2 MB" in box.error
        assert form.state.attachments == []


async def test_files_and_the_evidence_pack_export_decrypted_to_a_chosen_folder(locked_db, tmp_path):
    import hashlib

    from parley.tui.screens.event_form import EventFormScreen
    from parley.tui.screens.export_folder import FolderScreen
    from parley.tui.widgets.field import Field

    recording = tmp_path / "call.m4a"
    recording.write_bytes(b"recorded threat " * 4096)
    expected = hashlib.sha256(recording.read_bytes()).hexdigest()
    store = Store.open(locked_db, passphrase=SECRET)
    try:
        app = ParleyApp(store, lang="en")
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("2")
            await settle(pilot)
            await pilot.press("a")
            await pilot.pause()
            form = app.screen
            assert isinstance(form, EventFormScreen)
            form.query_one("#when", Field).set_text("2026-11-30 09:00")
            form.query_one("#new_file", Field).set_text(str(recording))
            await pilot.pause()
            form.action_attach()
            await settle(pilot)
            assert [a.sha256 for a in form.state.attachments] == [expected]
            # The vault copy is encrypted: the recording's bytes are nowhere in it.
            [copy] = list(locked_db.with_name("parley.db.vault").iterdir())
            assert b"recorded threat" not in copy.read_bytes()
            recording.unlink()
            form.query_one("#export-files").press()
            await pilot.pause()
            chooser = app.screen
            assert isinstance(chooser, FolderScreen)
            chooser.query_one("#folder", Field).set_text(str(tmp_path / "out"))
            await pilot.pause()
            chooser.query_one("#ok").press()
            await settle(pilot)
            exported = tmp_path / "out" / "call.m4a"
            assert hashlib.sha256(exported.read_bytes()).hexdigest() == expected
            messages = [str(n.message) for n in app._notifications]
            assert any("not encrypted" in m for m in messages)
    finally:
        store.close()
