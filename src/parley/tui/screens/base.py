"""What every mode screen shares: a header naming the mode, and the translated footer."""

from __future__ import annotations

from textual import events, on
from textual.app import ComposeResult
from textual.screen import Screen

from parley.tui.storage import DataChanged
from parley.tui.widgets.footer import TranslatedFooter
from parley.tui.widgets.header import SafeHeader


class TitledScreen(Screen):
    """A screen whose header title follows the language.

    The title is set before a recompose and on mount, never inside `compose` or after a
    recompose: a title change while the old Header is being removed fires that Header's
    watcher after it lost its children (`NoMatches: HeaderTitle`)."""

    def screen_title(self) -> str:
        return "Parley"

    @on(events.Mount)
    def _show_title(self) -> None:
        self.title = self.screen_title()

    async def recompose(self) -> None:
        self.title = self.screen_title()
        await super().recompose()


class ModeScreen(TitledScreen):
    """Subclasses implement `compose_body` and may implement `reload` (called when data changed)."""

    MODE_TITLE = ""  # N_-marked

    def __init__(self) -> None:
        super().__init__()
        self._stale = False

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

    def data_changed(self, change: DataChanged) -> None:
        if not change.touches(self.SHOWS, self):
            return
        if self.is_current:
            self.reload()
        else:
            self._stale = True

    def on_screen_resume(self) -> None:
        if self._stale:
            self._stale = False
            self.reload()

    def reload(self) -> None:
        """Re-read what this screen shows from the store."""
