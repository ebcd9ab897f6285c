"""The quick-hide view: a blank screen with a neutral title, shown at once on F12 (or Ctrl+\\).

Nothing of the data is on it: no figures, no lender, not even the file's name. The same key
brings the work back; on a locked file only the passphrase does.
"""

from __future__ import annotations

import hmac

from textual.app import ComposeResult
from textual.containers import Center, Middle
from textual.screen import Screen

from parley.i18n import _
from parley.tui.screens.passphrase import PassphrasePrompt
from parley.tui.widgets.text import Plain

NEUTRAL_TITLE = "Terminal"


class HiddenScreen(Screen[None]):
    DEFAULT_CSS = """
    HiddenScreen { background: $background; align: center middle; }
    HiddenScreen #hidden-hint { color: $text-disabled; width: auto; }
    """

    def compose(self) -> ComposeResult:
        if self.app.store.locked:
            with Middle(), Center():
                yield PassphrasePrompt(
                    _("Locked. Type the passphrase to continue."), self._check, self._done
                )
        else:
            with Middle(), Center():
                yield Plain(_("Press F12 to continue."), id="hidden-hint")

    def _check(self, typed: str) -> str | None:
        secret = self.app.store.passphrase or ""
        if hmac.compare_digest(typed.encode("utf-8"), secret.encode("utf-8")):
            return None
        return ""

    def _done(self, ok: bool) -> None:
        if ok:
            self.app.reveal()
        else:
            self.app.exit(0)
