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


def start_copy(screen, source: Path, *, then_save: bool = False) -> None:
    """Copy `source` in a thread; `screen.attached(attachment, then_save)` runs when it is
    kept (`then_save`: the form is saved once the file is in)."""
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
        app.call_from_thread(_finish, screen, copied, then_save)

    screen.run_worker(work, thread=True, exclusive=True, group="attach")


def _finish(screen, copied, then_save: bool) -> None:
    from parley.store import vault
    from parley.tui.storage import Failed, write

    screen.query_one("#attach-progress", ProgressBar).remove_class("-busy")
    # Through the one write path: a busy or read-only file says so and offers to try again
    # (the copy is made again from the file still named in the field).
    attachment = write(
        screen.app,
        lambda: vault.record(screen.app.store, copied),
        changed=frozenset(),
        origin=screen,
        retry=lambda: attach_from_field(screen, then_save=then_save),
    )
    if isinstance(attachment, Failed):
        return
    screen.attached(attachment, then_save)


def _failed(screen, source: Path, error: OSError) -> None:
    from parley.tui.widgets.field import Field

    screen.query_one("#attach-progress", ProgressBar).remove_class("-busy")
    box = screen.query_one("#new_file", Field)
    box.error = _("Cannot read {path}: {reason}").format(
        path=source, reason=error.strerror or error
    )
    box.reveal()


def attach_from_field(screen, *, then_save: bool = False) -> bool:
    """Copy the file named in the form's attach field into the vault in a worker, with the
    progress bar (a recording can be a gigabyte: never on the UI thread); False when refused.
    Saving with a file named but not attached yet passes `then_save`."""
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
    try:
        vault.check_size(screen.app.store, box.value)
        start_copy(screen, box.value, then_save=then_save)
    except InputError as error:
        box.error = str(error)
        box.reveal()
        return False
    except OSError as error:
        box.error = _("Cannot read {path}: {reason}").format(path=box.value, reason=error.strerror)
        box.reveal()
        return False
    return True
