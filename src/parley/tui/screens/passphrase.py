"""Asking for the passphrase of a locked data file: at start-up, and to come back from hiding.

An empty passphrase is refused without counting as a try; three wrong ones end the app
cleanly (the file is never touched by a wrong one).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual import on
from textual.app import App, ComposeResult
from textual.containers import Center, Vertical
from textual.screen import Screen
from textual.widgets import Input, Static

from parley.i18n import _
from parley.tui.crash import RedactedCrash
from parley.tui.widgets.text import Plain

TRIES = 3

# Returns None when the passphrase fits, else the sentence to show.
Checker = Callable[[str], "str | None"]


class PassphrasePrompt(Vertical):
    """A password field that calls `check` on Enter and counts the wrong tries."""

    DEFAULT_CSS = """
    PassphrasePrompt { width: 64; height: auto; padding: 1 2; border: round $primary; }
    PassphrasePrompt #passphrase-error { color: $error; height: auto; }
    PassphrasePrompt .dialog-text { height: auto; margin-bottom: 1; }
    """

    def __init__(self, lead: str, check: Checker, on_done: Callable[[bool], None]) -> None:
        super().__init__(id="passphrase-prompt")
        self.lead = lead
        self.check = check
        self.on_done = on_done
        self.wrong = 0

    def compose(self) -> ComposeResult:
        yield Plain(self.lead, classes="dialog-text")
        yield Input(password=True, placeholder=_("Passphrase"), id="passphrase")
        yield Plain("", id="passphrase-error")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted, "#passphrase")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        box = self.query_one(Input)
        error = self.query_one("#passphrase-error", Static)
        typed = box.value
        box.value = ""
        if not typed.strip():
            error.update(_("The passphrase cannot be empty."))
            return
        problem = self.check(typed)
        if problem is None:
            self.on_done(True)
            return
        self.wrong += 1
        if self.wrong >= TRIES:
            self.on_done(False)
            return
        left = TRIES - self.wrong
        error.update(
            _("Wrong passphrase. Tries left: {n}.").format(n=left) if problem == "" else problem
        )


class PassphraseScreen(Screen[bool]):
    """Full screen: nothing of the data shows until the passphrase fits."""

    DEFAULT_CSS = """
    PassphraseScreen { align: center middle; }
    PassphraseScreen #passphrase-title { width: 64; text-style: bold; margin-bottom: 1; }
    """

    def __init__(self, path: Path, check: Checker) -> None:
        super().__init__()
        self.path = path
        self.check = check

    def compose(self) -> ComposeResult:
        with Center():
            yield Plain("Parley", id="passphrase-title")
        with Center():
            yield PassphrasePrompt(
                _(
                    "{name} is locked. Type its passphrase to open it. "
                    "After three wrong tries Parley closes; the file is not changed."
                ).format(name=self.path.name),
                self.check,
                self.dismiss,
            )


class UnlockApp(RedactedCrash, App[object]):
    """Runs before the main app when the data file is locked; returns the opened Store."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.store = None
        self.failure: str | None = None  # a reason other than the passphrase, to print
        self.title = "Parley"

    def crash_folder(self) -> Path:
        return self.path.parent

    def on_mount(self) -> None:
        self.push_screen(PassphraseScreen(self.path, self._try), self._done)

    def _try(self, passphrase: str) -> str | None:
        from parley.store import Store, StoreError
        from parley.store.crypto import WrongPassphrase

        try:
            self.store = Store.open(self.path, passphrase=passphrase)
        except WrongPassphrase:
            return ""
        except StoreError as error:
            self.failure = str(error)
            self.exit(None)
            return self.failure
        return None

    def _done(self, ok: bool | None) -> None:
        self.exit(self.store if ok else None)
