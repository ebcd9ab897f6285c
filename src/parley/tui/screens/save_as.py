"""Where to save an export: a path to confirm or change, the last folder remembered, and
nothing replaced without asking."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input

from parley.engine.errors import InputError
from parley.i18n import N_, _, ngettext
from parley.i18n import format as fmt
from parley.tui.widgets.field import Field
from parley.tui.widgets.text import Plain


def export_folder(app) -> Path:
    """The folder the last export went to, if it is still there; else the data file's."""
    remembered = app.settings.export_folder
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    return Path(app.store.path).resolve().parent


def remember_folder(app, folder: Path) -> None:
    folder = str(folder.resolve())
    if app.settings.export_folder != folder:
        app.settings = replace(app.settings, export_folder=folder)
        app.store.save_settings(app.settings)


def _parse_path(text: str) -> Path:
    if "\0" in text:
        raise InputError(_("A path cannot contain a NUL character."))
    return Path(text.strip()).expanduser()


class SaveAsScreen(ModalScreen[Path | None]):
    """Dismisses with the path to write (a file, or with `folder=True` a folder whose
    `names` will be written), or None when cancelled.

    The path must be in a folder that exists; a file that is already there is replaced only
    after the user says yes.
    """

    BINDINGS = [
        Binding("ctrl+s", "save", N_("Save"), id="save_as.save", tooltip=N_("Save here")),
        Binding("escape", "cancel", N_("Cancel"), id="save_as.cancel", tooltip=N_("Save nothing")),
    ]

    def __init__(
        self, title: str, suggested: Path, *, folder: bool = False, names: tuple[str, ...] = ()
    ) -> None:
        super().__init__()
        self.title_text = title
        self.suggested = suggested
        self.folder = folder
        self.names = names

    def compose(self) -> ComposeResult:
        with Vertical(id="save-as", classes="dialog wide"):
            yield Plain(self.title_text, classes="dialog-title")
            yield Field(
                _("Folder") if self.folder else _("Save as"),
                _parse_path,
                value=str(self.suggested),
                id="save-path",
            )
            yield Plain(
                _("Enter or Ctrl+S saves; a file already there is replaced only if you say so.")
                if not self.folder
                else _("The files {names} go into this folder; it is created if missing.").format(
                    names=fmt.names(self.names)
                ),
                classes="dialog-text dim",
            )
            with Horizontal(classes="dialog-buttons"):
                yield Button(_("Save (Ctrl+S)"), id="save", variant="primary")
                yield Button(_("Cancel (Esc)"), id="cancel")

    def on_mount(self) -> None:
        self.query_one("#save-path", Field).focus()

    def _refuse(self, message: str) -> None:
        field = self.query_one("#save-path", Field)
        field.error = message
        field.reveal()
        field.focus()

    def action_save(self) -> None:
        field = self.query_one("#save-path", Field)
        if not field.valid:
            field.reveal()
            field.focus()
            return
        path: Path = field.value
        if self.folder:
            if path.exists() and not path.is_dir():
                self._refuse(_("{path} is a file, not a folder.").format(path=path))
                return
            if not path.parent.is_dir():
                self._refuse(_("The folder {path} does not exist.").format(path=path.parent))
                return
            existing = [path / name for name in self.names if (path / name).exists()]
        else:
            if path.is_dir():
                self._refuse(_("{path} is a folder: add a file name.").format(path=path))
                return
            if not path.parent.is_dir():
                self._refuse(_("The folder {path} does not exist.").format(path=path.parent))
                return
            existing = [path] if path.exists() else []
        if not existing:
            self.dismiss(path)
            return
        from parley.tui.screens.confirm import ConfirmScreen

        def answered(yes: bool | None) -> None:
            if yes:
                self.dismiss(path)
            else:
                field.focus()

        self.app.push_screen(
            ConfirmScreen(
                # Text: a path is shown as typed, never read as markup.
                Text(
                    ngettext(
                        "{files} is already there. Replace it?",
                        "{files} are already there. Replace them?",
                        len(existing),
                    ).format(files=fmt.names(str(p) for p in existing))
                ),
                _("Replace"),
            ),
            answered,
        )

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#save")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()
