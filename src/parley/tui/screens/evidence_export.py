"""The evidence pack with its attached files, written to a folder the user picks."""

from __future__ import annotations

from pathlib import Path

from parley.i18n import _


def ask_and_write_pack(screen, debt_id: int) -> None:
    from parley.exports.evidence import default_folder
    from parley.tui.screens.export_folder import FolderScreen

    store = screen.app.store
    default = default_folder(store, store.get_debt(debt_id))
    screen.app.push_screen(
        FolderScreen(_("Where should the evidence pack and its files go?"), default),
        lambda folder: _write(screen, debt_id, folder),
    )


def _write(screen, debt_id: int, folder: Path | None) -> None:
    from parley.exports.attachments import attachments_of
    from parley.exports.evidence import write_pack
    from parley.tui.screens.export_folder import export_files

    if folder is None:
        return
    app = screen.app
    try:
        # The pack is text and quick; the attached files can be large: they go in a worker.
        write_pack(app.store, app.settings, debt_id, folder)
    except OSError as error:
        from parley.store.vault_out import failure_message

        app.notify(failure_message(error, folder), severity="error")
        return
    attachments = attachments_of(app.store, debt_id)
    if attachments:
        export_files(screen, attachments, folder / "files")
    else:
        app.notify(_("Evidence pack saved in {path}").format(path=folder), timeout=10)
        app.warn_if_locked()
