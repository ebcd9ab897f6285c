"""The two questions a letter asks: where to save it, and how and when it was sent."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Select

from parley.engine.errors import InputError
from parley.engine.inputs import parse_count, parse_date
from parley.i18n import N_, _
from parley.tui.widgets.field import Field, labelled
from parley.tui.widgets.text import Plain, PlainSelect

FORMATS = ((".docx", "Word (.docx)"), (".md", "Markdown (.md)"), (".txt", "Text (.txt)"))


def _folder(text: str) -> Path:
    path = Path(text.strip()).expanduser()
    if path.exists() and not path.is_dir():
        raise InputError(_("{path} is a file; choose a folder.").format(path=path))
    return path


_SAVE_KEYS = [
    Binding("ctrl+s", "save", N_("Save"), id="letter.save.ok", tooltip=N_("Write the file")),
    Binding("escape", "cancel", N_("Cancel"), id="letter.save.cancel", tooltip=N_("Close")),
]


class SaveLetterDialog(ModalScreen[tuple[Path, str] | None]):
    """Dismisses with (folder, suffix), or None."""

    BINDINGS = _SAVE_KEYS

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide"):
            yield Plain(_("Save the letter"), classes="dialog-title")
            yield Field(_("Folder"), _folder, value=str(self.folder), id="letter-folder")
            yield labelled(
                _("Format"),
                PlainSelect(
                    [(label, suffix) for suffix, label in FORMATS],
                    value=".docx",
                    allow_blank=False,
                    id="letter-format",
                ),
            )
            yield Plain(
                _("The file is readable only by you; an existing file is never replaced."),
                classes="dialog-text",
            )
            with Horizontal(classes="dialog-buttons"):
                yield Button(_("Save (ctrl+s)"), id="save", variant="primary")
                yield Button(_("Cancel (esc)"), id="cancel")

    def on_mount(self) -> None:
        self.query_one("#letter-folder", Field).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self.action_save()
        else:
            self.dismiss(None)

    def action_save(self) -> None:
        field = self.query_one("#letter-folder", Field)
        if not field.valid:
            field.reveal()
            return
        suffix = self.query_one("#letter-format", Select).value
        self.dismiss((field.value, str(suffix)))

    def action_cancel(self) -> None:
        self.dismiss(None)


_SENT_KEYS = [
    Binding("ctrl+s", "save", N_("Save"), id="letter.sent.ok", tooltip=N_("Record the sending")),
    Binding("escape", "cancel", N_("Cancel"), id="letter.sent.cancel", tooltip=N_("Close")),
]


class SentDialog(ModalScreen[tuple[date, str, int] | None]):
    """Dismisses with (sent on, channel, reply days), or None."""

    BINDINGS = _SENT_KEYS

    def __init__(self, today: date, reply_days: int) -> None:
        super().__init__()
        self.today = today
        self.reply_days = reply_days

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Plain(_("Mark the letter as sent"), classes="dialog-title")
            yield Field(_("Sent on"), parse_date, value=self.today.isoformat(), id="sent-on")
            yield Field(
                _("How it was sent (app message, email, post...)"),
                str.strip,
                id="sent-channel",
            )
            yield Field(
                _("Days they have to reply"),
                lambda t: parse_count(t, low=1, high=90),
                value=str(self.reply_days),
                id="sent-days",
            )
            with Horizontal(classes="dialog-buttons"):
                yield Button(_("Save (ctrl+s)"), id="save", variant="primary")
                yield Button(_("Cancel (esc)"), id="cancel")

    def on_mount(self) -> None:
        self.query_one("#sent-channel", Field).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self.action_save()
        else:
            self.dismiss(None)

    def action_save(self) -> None:
        fields = [self.query_one(f"#{i}", Field) for i in ("sent-on", "sent-channel", "sent-days")]
        bad = [f for f in fields if not f.valid]
        for f in bad:
            f.reveal()
        if bad:
            return
        self.dismiss((fields[0].value, fields[1].value, fields[2].value))

    def action_cancel(self) -> None:
        self.dismiss(None)
