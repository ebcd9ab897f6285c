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
        write_pack(app.store, app.settings, debt_id, folder)
    except OSError as error:
        app.notify(
            _("Cannot write {path}: {reason}").format(path=folder, reason=error.strerror),
            severity="error",
        )
        return
    export_files(screen, attachments_of(app.store, debt_id), folder / "files")
