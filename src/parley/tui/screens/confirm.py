"""A yes/no question, answered by keyboard."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button

from parley.i18n import N_, _
from parley.tui.widgets.text import Plain, literal


class ConfirmScreen(ModalScreen[bool]):
    DEFAULT_CSS = """
    ConfirmScreen .confirm-question { height: auto; max-height: 50vh; }
    """
    BINDINGS = [
        Binding("y", "answer(True)", N_("Yes"), id="confirm.yes", tooltip=N_("Go ahead")),
        Binding(
            "n,escape", "answer(False)", N_("No"), id="confirm.no", tooltip=N_("Leave it as it is")
        ),
    ]

    def __init__(self, question: str, yes: str) -> None:
        super().__init__()
        self.question = question
        self.yes = yes

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            # A long question scrolls; the buttons stay in view on a small terminal.
            with VerticalScroll(classes="confirm-question"):
                yield Plain(self.question, classes="dialog-text")
            with Horizontal(classes="dialog-buttons"):
                yield Button(literal(f"{self.yes} (y)"), id="yes", variant="error")
                yield Button(_("Cancel (n)"), id="no")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
