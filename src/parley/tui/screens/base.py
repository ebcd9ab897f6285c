"""What every mode screen shares: a header naming the mode, and the translated footer."""

from __future__ import annotations

from contextlib import suppress

from textual import events, on
from textual._context import NoActiveAppError
from textual.app import ComposeResult
from textual.screen import Screen
from textual.timer import Timer

from parley.tui.storage import DataChanged
from parley.tui.widgets.footer import TranslatedFooter
from parley.tui.widgets.header import SafeHeader


class TitledScreen(Screen):
    """A screen whose header title follows the language.

    The title is set before a recompose and on mount, never inside `compose` or after a
    recompose: a title change while the old Header is being removed fires that Header's
    watcher after it lost its children (`NoMatches: HeaderTitle`)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # The app's first screen: Textual re-parses every stylesheet before showing it,
        # though none has changed since the app parsed them (~10 ms of the launch); what
        # that refresh also did, and is needed, is the app's own first styling (Textual
        # styles the app only after making its first screen, whose colours derive from it).
        with suppress(NoActiveAppError):
            app = self.app
            if not app._dom_ready:
                app.stylesheet.update(app)
                self._css_update_count = app._css_update_count

    def screen_title(self) -> str:
        return "Parley"

    @on(events.Mount)
    def _show_title(self) -> None:
        self.title = self.screen_title()
        # Textual marks a screen's styles current only if it was already mounted when the
        # CSS was last refreshed; a mode screen never is, so every visit to it re-parsed
        # the whole stylesheet. Mounting applied the current CSS: say so.
        self._css_update_count = self.app._css_update_count

    async def recompose(self) -> None:
        self.title = self.screen_title()
        await super().recompose()


class ModeScreen(TitledScreen):
    """Subclasses implement `compose_body` and may implement `reload` (called when data changed)."""

    MODE_TITLE = ""  # N_-marked

    def __init__(self) -> None:
        super().__init__()
        self._stale = False
        self._stale_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield SafeHeader()
        yield from self.compose_body()
        yield TranslatedFooter()

    def screen_title(self) -> str:
        from parley.i18n import _

        return f"Parley · {_(self.MODE_TITLE)}" if self.MODE_TITLE else "Parley"

    def compose_body(self) -> ComposeResult:
        yield from ()

    # What this screen shows (tui/storage names); it reloads when a write touches any.
    SHOWS: frozenset[str] = frozenset()

    # Seconds of quiet before a screen seen behind a dialog reloads: typing in settings
    # saves at every keystroke, and re-reading a thousand debts each time is lag.
    BEHIND_DIALOG_DELAY = 0.25

    def data_changed(self, change: DataChanged) -> None:
        if not change.touches(self.SHOWS, self):
            return
        seen = self._seen()
        if seen == "top":
            self.reload()
            return
        # Not on top: reload once, later. Textual's `is_current` also counts the screen
        # right under a full screen (the offer editor), which nobody can see.
        self._stale = True
        if seen == "behind":
            if self._stale_timer is not None:
                self._stale_timer.stop()
            self._stale_timer = self.set_timer(self.BEHIND_DIALOG_DELAY, self._reload_if_stale)

    def _seen(self) -> str:
        """ "top", "behind" (under dialogs that let it show through) or "hidden"."""
        try:
            stack = self.app.screen_stack
        except Exception:  # not in the active mode
            return "hidden"
        if not stack or self not in stack:
            return "hidden"
        above = stack[stack.index(self) + 1 :]
        if not above:
            return "top"
        return "behind" if all(s.styles.background.a < 1 for s in above) else "hidden"

    def _reload_if_stale(self) -> None:
        self._stale_timer = None
        if self._stale and self._seen() != "hidden":
            self._stale = False
            self.reload()

    def on_screen_resume(self) -> None:
        self._reload_if_stale()

    def reload(self) -> None:
        """Re-read what this screen shows from the store."""
