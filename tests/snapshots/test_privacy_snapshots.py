"""What the passphrase screen and the quick-hide view look like, in both languages."""

from __future__ import annotations

from parley import i18n
from parley.store import Store, crypto
from parley.tui.app import ParleyApp
from parley.tui.screens.passphrase import UnlockApp

from .conftest import SNAP_SIZE, keys_then_settle

SECRET = "snapshot passphrase"


def test_passphrase_screen(snap_compare, demo_db, lang):
    crypto.lock(demo_db, SECRET)
    i18n.set_language(lang)
    app = UnlockApp(demo_db)
    assert snap_compare(app, terminal_size=SNAP_SIZE, run_before=keys_then_settle())


def test_passphrase_screen_after_a_wrong_try(snap_compare, demo_db, lang):
    crypto.lock(demo_db, SECRET)
    i18n.set_language(lang)
    app = UnlockApp(demo_db)
    keys = ("w", "r", "o", "n", "g", "enter")
    assert snap_compare(app, terminal_size=SNAP_SIZE, run_before=keys_then_settle(*keys))


def test_hidden_view(snap_compare, demo_db, open_app, lang):
    app = open_app(demo_db, lang)
    assert snap_compare(app, terminal_size=SNAP_SIZE, run_before=keys_then_settle("f12"))


def test_hidden_view_of_a_locked_file(snap_compare, demo_db, lang):
    crypto.lock(demo_db, SECRET)
    store = Store.open(demo_db, passphrase=SECRET)
    try:
        app = ParleyApp(store, lang=lang)
        assert snap_compare(app, terminal_size=SNAP_SIZE, run_before=keys_then_settle("f12"))
    finally:
        store.close()
