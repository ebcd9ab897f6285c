"""A footer whose key descriptions follow the language chosen at runtime, and that shows only
the keys that fit whole: on a narrow terminal the rest are in help (?) and the palette."""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from parley import i18n
from parley.i18n import _


class TranslatedFooter(Footer):
    """Bindings hold English msgids; this footer translates them each time it is composed."""

    def __init__(self) -> None:
        # Compact: more keys fit on an 80-column terminal.
        super().__init__(compact=True)
        self._shown: tuple | None = None
        self._composed: tuple | None = None  # the keys on show, all but whether each applies
        self._composed_width = 0  # the terminal width the keys were last chosen for
        self._rebuild_asked = False

    def bindings_changed(self, screen: Screen) -> None:
        # Textual rebuilds the footer whenever bindings are re-checked (every table refill,
        # every cursor move); rebuilding sixteen keys costs more than the refill itself, so
        # only when other keys are to be shown: when only which of them apply changed, they
        # are greyed or lit in place.
        shown = (i18n.language(), _signature(_shown_bindings(screen)))
        if shown == self._shown and self._bindings_ready:
            return
        self._shown = shown
        # Textual's Footer.bindings_changed, except that changes before the rebuild runs
        # share one rebuild (it reads the bindings as they are then).
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if not (self.is_attached and screen is self.screen):
            return
        if _without_state(shown) == self._composed:
            enabled = {action: on for _key, action, _words, on, _tip in shown[1]}
            for key in self.query(FooterKey):
                # As FooterKey's constructor marks it: a class for the look, a flag for clicks.
                off = not enabled.get(key.action, True)
                key._disabled = off
                key.set_class(off, "-disabled")
            return
        if not self._rebuild_asked:
            self._rebuild_asked = True
            # Next, not after the next refresh: a new screen's keys then make its first
            # frame, instead of a second layout and paint of the whole screen.
            self.call_next(self._rebuild)

    async def _rebuild(self) -> None:
        self._rebuild_asked = False
        await self.recompose()

    def on_resize(self) -> None:
        # What fits depends on the width: choose again (the first layout resizes the footer
        # to the width its keys were just chosen for: nothing to do then).
        if self._bindings_ready and self.app.size.width != self._composed_width:
            self.call_after_refresh(self.recompose)

    def compose(self) -> ComposeResult:
        # Nothing until the screen's first bindings signal, as in Textual's Footer: before
        # it, the widget to be focused has not yet shadowed the screen's keys with its own.
        if not self._bindings_ready:
            return
        bindings = _shown_bindings(self.screen)
        self._composed = _without_state((i18n.language(), _signature(bindings)))
        keys: list[FooterKey] = []
        palette_key = None
        for binding, enabled, tooltip in bindings:
            if _is_palette(binding, self.app):
                if self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE:
                    palette_key = FooterKey(
                        binding.key,
                        self.app.get_key_display(binding),
                        _("Commands"),
                        binding.action,
                        classes="-command-palette",
                        disabled=not enabled,
                        tooltip=_("Search every command that applies here"),
                    )
                continue
            keys.append(
                FooterKey(
                    binding.key,
                    self.app.get_key_display(binding),
                    _(binding.description),
                    binding.action,
                    disabled=not enabled,
                    tooltip=_(tooltip or binding.tooltip) if (tooltip or binding.tooltip) else "",
                ).data_bind(compact=Footer.compact)
            )
        room = self._composed_width = self.app.size.width
        if palette_key is not None:
            room -= _width(palette_key) + 1  # and its left border
        # Whole keys only, in order, while they fit: a key cut in the middle shows half a
        # Chinese character, or the palette key drawn over it.
        for key in keys:
            room -= _width(key) + 1  # and the gap after it
            if room < 0:
                break
            yield key
        if palette_key is not None:
            yield palette_key


def _is_palette(binding: Binding, app) -> bool:
    return binding.action == "app.command_palette" or binding.key == app.COMMAND_PALETTE_BINDING


def _shown_bindings(screen: Screen) -> list[tuple[Binding, bool, str]]:
    """(binding, applies now, tooltip) of each key the footer shows, help first; one binding
    per action; the palette's last."""
    seen: set[str] = set()
    found: list[tuple[Binding, bool, str]] = []
    palette = None
    # Help first, so it is visible even on a narrow terminal.
    entries = sorted(
        screen.active_bindings.values(), key=lambda entry: entry[1].action != "app.help"
    )
    for _node, binding, enabled, tooltip in entries:
        if _is_palette(binding, screen.app):
            palette = (binding, enabled, tooltip)
            continue
        if not binding.show or binding.action in seen:
            continue
        seen.add(binding.action)
        found.append((binding, enabled, tooltip))
    if palette is not None:
        found.append(palette)
    return found


def _signature(bindings: list[tuple[Binding, bool, str]]) -> tuple:
    return tuple(
        (b.key, b.action, b.description, enabled, tooltip) for b, enabled, tooltip in bindings
    )


def _without_state(shown: tuple) -> tuple:
    """Which keys, with what words: all but whether each applies now."""
    language, entries = shown
    return language, tuple((key, action, words, tip) for key, action, words, _on, tip in entries)


def _width(key: FooterKey) -> int:
    """Cells a compact footer key takes: its key, a space, its description."""
    return cell_len(key.key_display) + (1 + cell_len(key.description) if key.description else 0)
