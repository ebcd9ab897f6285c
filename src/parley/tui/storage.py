"""Every write the app makes to the data file goes through `write`: one place that turns a
storage failure into a message with a retry, and a success into a `DataChanged` message so
every screen showing that data refreshes from the store (the one source of truth).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Button

from parley.i18n import N_, _
from parley.store import StoreError
from parley.tui.widgets.text import Plain, literal

if TYPE_CHECKING:
    from textual.app import App

T = TypeVar("T")

# What a write changed; a screen refreshes when it shows any of them.
DEBTS = "debts"
OFFERS = "offers"
EVENTS = "events"
AGREEMENTS = "agreements"
CHECKLIST = "checklist"
DRAFTS = "drafts"
SETTINGS = "settings"
EVERYTHING = frozenset({DEBTS, OFFERS, EVENTS, AGREEMENTS, CHECKLIST, DRAFTS, SETTINGS})


class DataChanged(Message):
    """Posted to the app after a write: what changed, for which debt, and who wrote it (the
    writer already shows its own change and need not reload)."""

    def __init__(
        self, what: frozenset[str], debt_id: int | None = None, origin: object | None = None
    ) -> None:
        super().__init__()
        self.what = what
        self.debt_id = debt_id
        self.origin = origin

    def touches(self, shown: frozenset[str], screen: object) -> bool:
        return bool(self.what & shown) and self.origin is not screen


@dataclass(frozen=True)
class Failed:
    """What `write` returns when the data file refused the write (the message is shown)."""

    error: StoreError


def write(
    app: App,
    action: Callable[[], T],
    *,
    changed: frozenset[str] | set[str] | str,
    debt_id: int | None = None,
    origin: object | None = None,
    retry: Callable[[], Any] | None = None,
) -> T | Failed:
    """Run one store write. On success, tell every screen what changed. On a storage error
    (busy, read-only, full...) show what happened and offer `retry`; the caller keeps what
    the user typed, because nothing was saved."""
    try:
        result = action()
    except StoreError as error:
        show_store_error(app, error, retry)
        return Failed(error)
    what = frozenset({changed} if isinstance(changed, str) else changed)
    app.post_message(DataChanged(what, debt_id, origin))
    return result


def show_store_error(app: App, error: StoreError, retry: Callable[[], Any] | None) -> None:
    from parley.store.errors import StoreReadOnly

    # A read-only file will not become writable by trying again from here.
    can_retry = retry is not None and not isinstance(error, StoreReadOnly)

    def answered(again: bool | None) -> None:
        if again and retry is not None:
            retry()

    if isinstance(app.screen, StoreErrorScreen):
        app.screen.dismiss(False)
    app.push_screen(StoreErrorScreen(str(error), can_retry), answered)


class StoreErrorScreen(ModalScreen[bool]):
    """The data file refused a change: what happened, and try again or keep editing."""

    BINDINGS = [
        Binding(
            "r", "answer(True)", N_("Try again"), id="store.retry", tooltip=N_("Save once more")
        ),
        Binding(
            "escape",
            "answer(False)",
            N_("Keep editing"),
            id="store.keep",
            tooltip=N_("Back to what you typed; nothing of it is lost"),
        ),
    ]

    def __init__(self, message: str, can_retry: bool) -> None:
        super().__init__()
        self.message = message
        self.can_retry = can_retry

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="store-error"):
            yield Plain(_("Not saved"), classes="dialog-title")
            yield Plain(literal(self.message), classes="dialog-text")
            yield Plain(_("What you typed is still in the form."), classes="dialog-text", id="kept")
            with Horizontal(classes="dialog-buttons"):
                if self.can_retry:
                    yield Button(_("Try again (r)"), id="retry", variant="primary")
                yield Button(_("Keep editing (Esc)"), id="keep")

    def on_mount(self) -> None:
        self.query_one("#retry" if self.can_retry else "#keep", Button).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "answer" and parameters and parameters[0] is True:
            return self.can_retry
        return True

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "retry")

    def action_answer(self, again: bool) -> None:
        self.dismiss(again)
