"""Choosing the folder an export goes into, and writing attached files out of the vault.

The folder is typed (prefilled with a sensible one beside the data file); it is created
0700 if missing. Copies out of the vault are plain files, so a locked data file gets a warning.
"""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input

from parley.engine.errors import InputError
from parley.i18n import N_, _
from parley.tui.widgets.field import Field
from parley.tui.widgets.text import Plain


def parse_folder(text: str) -> Path:
    path = Path(text.strip()).expanduser()
    if path.exists() and not path.is_dir():
        raise InputError(_("{path} is a file; choose a folder.").format(path=path))
    return path.absolute()


class FolderScreen(ModalScreen[Path | None]):
    BINDINGS = [
        Binding("escape", "cancel", N_("Cancel"), id="folder.cancel", tooltip=N_("Write nothing")),
    ]

    def __init__(self, question: str, default: Path) -> None:
        super().__init__()
        self.question = question
        self.default = default

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide"):
            yield Plain(self.question, classes="dialog-text")
            yield Field(_("Folder"), parse_folder, value=str(self.default), id="folder")
            with Horizontal(classes="dialog-buttons"):
                yield Button(_("Export (Enter)"), id="ok", variant="primary")
                yield Button(_("Cancel (Esc)"), id="cancel")

    def on_mount(self) -> None:
        self.query_one("#folder", Field).focus()

    @on(Input.Submitted)
    @on(Button.Pressed, "#ok")
    def _ok(self, event) -> None:
        event.stop()
        field = self.query_one("#folder", Field)
        if field.valid and field.value is not None:
            self.dismiss(field.value)
        else:
            field.reveal()

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


def export_files(screen, attachments, folder: Path) -> None:
    """Write each attachment's checked content into `folder` and say where (or what failed)."""
    from parley.store import StoreError, vault_out

    app = screen.app
    written = []
    try:
        for a in attachments:
            written.append(vault_out.export(app.store, a, folder))
    except (OSError, StoreError) as error:
        app.notify(
            _("Cannot write {path}: {reason}").format(
                path=folder, reason=getattr(error, "strerror", None) or error
            ),
            severity="error",
        )
        return
    app.notify(_("Files saved in {path}").format(path=folder), timeout=10)
    if written:
        app.warn_if_locked()


def ask_and_export_files(screen, attachments) -> None:
    """Ask where, then write an event's attached files there."""
    from parley import clock

    app = screen.app
    if not attachments:
        app.notify(_("No file is attached to this event yet."))
        return
    folder = Path(app.store.path).parent / f"parley-files-{clock.today().isoformat()}"
    app.push_screen(
        FolderScreen(_("Where should the attached files go?"), folder),
        lambda chosen: chosen and export_files(screen, attachments, chosen),
    )
