"""Copying an attached file into the vault in a worker thread, with a progress bar.

The worker only reads, hashes and encrypts files; the database row is written back on the
app's thread when the copy is done, so the store's connection is never used from two threads.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import ProgressBar

from parley.i18n import _


def attach_label(store) -> str:
    from parley.store.privacy import vault_limit_mb

    return _("Attach a file (a private copy is kept; up to {limit} MB)").format(
        limit=vault_limit_mb(store)
    )


def start_copy(screen, source: Path) -> None:
    """Copy `source` in a thread; `screen.attached(attachment)` runs when it is kept."""
    from parley.store import vault

    app = screen.app
    store = app.store
    bar = screen.query_one("#attach-progress", ProgressBar)
    bar.update(total=max(source.stat().st_size, 1), progress=0)
    bar.add_class("-busy")

    def progress(done: int, total: int) -> None:
        app.call_from_thread(bar.update, total=max(total, 1), progress=done)

    def work() -> None:
        try:
            copied = vault.copy_in(store.path, store.passphrase, source, progress)
        except OSError as error:
            app.call_from_thread(_failed, screen, source, error)
            return
        app.call_from_thread(_finish, screen, copied)

    screen.run_worker(work, thread=True, exclusive=True, group="attach")


def _finish(screen, copied) -> None:
    from parley.store import vault

    attachment = vault.record(screen.app.store, copied)
    screen.query_one("#attach-progress", ProgressBar).remove_class("-busy")
    screen.attached(attachment)


def _failed(screen, source: Path, error: OSError) -> None:
    from parley.tui.widgets.field import Field

    screen.query_one("#attach-progress", ProgressBar).remove_class("-busy")
    screen.query_one("#new_file", Field).error = _("Cannot read {path}: {reason}").format(
        path=source, reason=error.strerror or error
    )


def attach_from_field(screen, *, in_worker: bool) -> bool:
    """Copy the file named in the form's attach field into the vault; False when refused.

    In a worker (with the progress bar) when the user asks; straight away when saving,
    so that nothing typed is left behind."""
    from parley.engine.errors import InputError
    from parley.store import vault
    from parley.tui.widgets.field import Field

    box = screen.query_one("#new_file", Field)
    if not box.text.strip():
        return True
    if not box.valid:
        box.reveal()
        box.focus()
        return False
    store = screen.app.store
    try:
        vault.check_size(store, box.value)
        if in_worker:
            start_copy(screen, box.value)
            return True
        attachment = vault.put(store, box.value)
    except InputError as error:
        box.error = str(error)
        return False
    except OSError as error:
        box.error = _("Cannot read {path}: {reason}").format(path=box.value, reason=error.strerror)
        return False
    screen.attached(attachment)
    return True
