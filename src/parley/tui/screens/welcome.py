"""First run: load the example data or start with an empty table."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button

from parley.i18n import N_, _
from parley.tui.widgets.text import Plain


class WelcomeScreen(ModalScreen[bool]):
    BINDINGS = [
        Binding(
            "d",
            "choose(True)",
            N_("Example data"),
            id="welcome.demo",
            tooltip=N_("Load example debts to explore"),
        ),
        Binding(
            "e",
            "choose(False)",
            N_("Start empty"),
            id="welcome.empty",
            tooltip=N_("Start with an empty table"),
        ),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="welcome", classes="dialog"):
            yield Plain(_("Welcome to Parley"), classes="dialog-title")
            yield Plain(
                _(
                    "There is nothing here yet. You can look around with example debts first, "
                    "or start entering your own. Either way, everything stays in one file on "
                    "this computer and nothing is sent anywhere."
                ),
                classes="dialog-text",
            )
            with Horizontal(classes="dialog-buttons"):
                yield Button(_("Load example data (d)"), id="demo", variant="primary")
                yield Button(_("Start empty (e)"), id="empty")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "demo")

    def action_choose(self, demo: bool) -> None:
        self.dismiss(demo)
