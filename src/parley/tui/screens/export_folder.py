"""Choosing the folder an export goes into, and writing attached files out of the vault.

The folder is typed (prefilled in the folder the last export went to); it is created 0700
if missing. Copies out of the vault are plain files, so a locked data file gets a warning.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input

from parley.engine.errors import InputError
from parley.i18n import N_, _
from parley.store import StoreError
from parley.tui.widgets.field import Field
from parley.tui.widgets.text import Plain, literal


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


def export_files(screen, attachments, folder: Path, on_done=None) -> None:
    """Write each attachment's checked content into `folder`, in a worker with a progress
    bar; says where they went (or what failed) when it is done."""
    from parley.tui.screens.file_export import ExportProgressScreen

    screen.app.push_screen(ExportProgressScreen(list(attachments), folder, on_done))


def ask_and_export_files(screen, attachments) -> None:
    """Ask which file (when there are several: one, or all of them), then where; then write
    it there. The folder offered is in the one the last export went to."""
    from parley.tui.screens.file_export import ALL, PickFileScreen

    app = screen.app
    attachments = list(attachments)
    if not attachments:
        app.notify(_("No file is attached to this event yet."))
        return
    if len(attachments) == 1:
        _ask_folder(screen, attachments)
        return

    def picked(choice: int | None) -> None:
        if choice is not None:
            _ask_folder(screen, attachments if choice == ALL else [attachments[choice]])

    app.push_screen(PickFileScreen(attachments), picked)


def _ask_folder(screen, chosen) -> None:
    from parley import clock
    from parley.tui.screens.save_as import export_folder, remember_folder

    app = screen.app
    default = export_folder(app) / f"parley-files-{clock.today().isoformat()}"
    question = (
        _("Where should {name} go?").format(name=Path(chosen[0].path).name)
        if len(chosen) == 1
        else _("Where should the attached files go?")
    )

    def written(paths) -> None:
        if paths:
            with contextlib.suppress(StoreError):  # remembering is a convenience
                remember_folder(app, paths[0].parent.parent)

    def answered(folder: Path | None) -> None:
        if folder is not None:
            export_files(screen, chosen, folder, written)

    app.push_screen(FolderScreen(literal(question), default), answered)
