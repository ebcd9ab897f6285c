"""The header every Parley screen shows: Textual's, made safe to replace while it updates."""

from __future__ import annotations

from textual import events
from textual.css.query import NoMatches
from textual.dom import NoScreen
from textual.widgets import Header
from textual.widgets._header import HeaderTitle


class SafeHeader(Header):
    """Textual's Header refreshes its title from an async watcher. A language switch
    recomposes every screen, and a watcher queued just before runs when the old Header has
    already lost its children: `NoMatches: No nodes match 'HeaderTitle'`. This Header's
    watcher does nothing once the Header is on its way out."""

    def _on_mount(self, event: events.Mount) -> None:
        # Replaces Header._on_mount (and Widget's, which only matters for scrolling).
        event.prevent_default()

        async def set_title() -> None:
            if self._closing or not self.is_attached:
                return
            try:
                self.query_one(HeaderTitle).update(self.format_title())
            except (NoMatches, NoScreen):
                return  # being removed by a recompose; the new Header shows the title

        self.watch(self.app, "title", set_title)
        self.watch(self.app, "sub_title", set_title)
        self.watch(self.screen, "title", set_title)
        self.watch(self.screen, "sub_title", set_title)
