"""Add a version of an agreement: from a text file (the path is checked as it is typed) or
pasted. Both dismiss with (text, source), or None when cancelled."""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static, TextArea

from parley.engine.errors import InputError
from parley.i18n import N_, _, ngettext
from parley.tui.widgets.field import Field
from parley.tui.widgets.text import Plain

MAX_BYTES = 1_000_000  # an agreement is a few pages; anything larger is the wrong file
PASTED = "pasted"  # stored as the source of a pasted version; shown translated

Loaded = tuple[str, str]  # (text, source)

_KEYS = [
    Binding(
        "ctrl+s",
        "load",
        N_("Add version"),
        id="agreement.add",
        tooltip=N_("Keep this text as a new version"),
    ),
    Binding(
        "escape", "cancel", N_("Cancel"), id="agreement.cancel", tooltip=N_("Close without adding")
    ),
]


def read_path(text: str) -> tuple[Path, str]:
    """The file's path and its text; InputError (translated) when it cannot be used."""
    from parley.commands.scan import read_agreement

    path = Path(text.strip()).expanduser()
    if path.is_file() and path.stat().st_size > MAX_BYTES:
        raise InputError(
            _("{path} is too large for an agreement. Check that it is the right file.").format(
                path=path
            )
        )
    content = read_agreement(path)
    if not content.strip():
        raise InputError(_("{path} is empty.").format(path=path))
    return path, content


def _summary(text: str) -> str:
    lines = text.splitlines()
    first = next((line.strip() for line in lines if line.strip()), "")
    return ngettext(
        "{n} line. It starts: {first}", "{n} lines. It starts: {first}", len(lines)
    ).format(n=len(lines), first=first[:60])


class LoadFileScreen(ModalScreen[Loaded | None]):
    BINDINGS = _KEYS

    def __init__(self, path: str = "") -> None:
        super().__init__()
        self.path_text = path  # kept here so a language switch does not lose it

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide", id="load-dialog"):
            yield Plain(_("Load an agreement from a file"), classes="dialog-title")
            yield Plain(
                _(
                    "Give the path of a text file (UTF-8 or GB18030). Each load adds a new "
                    "version; earlier versions are kept."
                ),
                classes="dialog-text",
            )
            yield Field(
                _("File"),
                read_path,
                value=self.path_text,
                placeholder=_("for example ~/Documents/agreement.txt"),
                id="agreement-path",
                tooltip=_("A plain-text file; ~ means your home folder"),
            )
            yield Plain("", id="load-preview", classes="dim")
            with Horizontal(classes="dialog-buttons"):
                yield Button(_("Add version (Ctrl+S)"), id="load", variant="primary")
                yield Button(_("Cancel (Esc)"), id="cancel")

    def on_mount(self) -> None:
        self._update()
        self.query_one(Field).focus()

    @on(Field.Changed)
    def _changed(self, event: Field.Changed) -> None:
        self.path_text = event.field.text
        self._update()

    def _update(self) -> None:
        field = self.query_one(Field)
        ok = field.valid and field.value is not None
        self.query_one("#load", Button).disabled = not ok
        self.query_one("#load-preview", Static).update(_summary(field.value[1]) if ok else "")

    @on(Button.Pressed, "#load")
    def action_load(self) -> None:
        field = self.query_one(Field)
        if not field.valid or field.value is None:
            field.reveal()
            field.focus()
            return
        path, text = field.value
        self.dismiss((text, str(path)))

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


class PasteScreen(ModalScreen[Loaded | None]):
    BINDINGS = _KEYS

    def __init__(self, text: str = "") -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide", id="paste-dialog"):
            yield Plain(_("Paste an agreement"), classes="dialog-title")
            yield Plain(
                _("Paste the agreement's full text below. It is kept as a new version."),
                classes="dialog-text",
            )
            area = TextArea(self.text, id="paste-text", soft_wrap=True, tab_behavior="focus")
            area.tooltip = _("Paste with your terminal's paste key (often Ctrl+Shift+V)")
            yield area
            yield Plain("", id="paste-error", classes="field-error")
            with Horizontal(classes="dialog-buttons"):
                yield Button(_("Add version (Ctrl+S)"), id="load", variant="primary")
                yield Button(_("Cancel (Esc)"), id="cancel")

    def on_mount(self) -> None:
        self._update()
        self.query_one(TextArea).focus()

    @on(TextArea.Changed)
    def _changed(self, event: TextArea.Changed) -> None:
        self.text = event.text_area.text
        self._update()

    def _update(self) -> None:
        empty = not self.text.strip()
        self.query_one("#load", Button).disabled = empty
        self.query_one("#paste-error", Static).update(
            _("Paste the agreement's text first.") if empty else _summary(self.text)
        )
        self.query_one("#paste-error").set_class(empty, "-invalid")

    @on(Button.Pressed, "#load")
    def action_load(self) -> None:
        if not self.text.strip():
            self.query_one(TextArea).focus()
            return
        self.dismiss((self.text, PASTED))

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
