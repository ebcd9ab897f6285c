"""A footer whose key descriptions follow the language chosen at runtime, and that shows only
the keys that fit whole: on a narrow terminal the rest are in help (?) and the palette."""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import ComposeResult
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
        self._composed_width = 0  # the terminal width the keys were last chosen for
        self._rebuild_asked = False

    def bindings_changed(self, screen: Screen) -> None:
        # Textual rebuilds the footer whenever bindings are re-checked (every table refill,
        # every cursor move); rebuilding sixteen keys costs more than the refill itself, so
        # only when what the footer would show has changed.
        shown = (
            i18n.language(),
            tuple(
                (b.key, b.action, b.description, enabled, tooltip)
                for _node, b, enabled, tooltip in screen.active_bindings.values()
            ),
        )
        if shown == self._shown and self._bindings_ready:
            return
        self._shown = shown
        # Textual's Footer.bindings_changed, except that changes before the rebuild runs
        # share one rebuild (it reads the bindings as they are then): a new screen changes
        # its bindings twice before its first frame.
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen and not self._rebuild_asked:
            self._rebuild_asked = True
            self.call_after_refresh(self._rebuild)

    async def _rebuild(self) -> None:
        self._rebuild_asked = False
        await self.recompose()

    def on_resize(self) -> None:
        # What fits depends on the width: choose again (the first layout resizes the footer
        # to the width its keys were just chosen for: nothing to do then).
        if self._bindings_ready and self.app.size.width != self._composed_width:
            self.call_after_refresh(self.recompose)

    def compose(self) -> ComposeResult:
        if not self._bindings_ready:
            return
        seen: set[str] = set()
        palette = None
        keys: list[FooterKey] = []
        # Help first, so it is visible even on a narrow terminal.
        entries = sorted(
            self.screen.active_bindings.values(), key=lambda entry: entry[1].action != "app.help"
        )
        for _node, binding, enabled, tooltip in entries:
            if (
                binding.action == "app.command_palette"
                or binding.key == self.app.COMMAND_PALETTE_BINDING
            ):
                palette = (binding, enabled)
                continue
            if not binding.show or binding.action in seen:
                continue
            seen.add(binding.action)
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
        palette_key = None
        if palette and self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE:
            binding, enabled = palette
            palette_key = FooterKey(
                binding.key,
                self.app.get_key_display(binding),
                _("Commands"),
                binding.action,
                classes="-command-palette",
                disabled=not enabled,
                tooltip=_("Search every command that applies here"),
            )
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


def _width(key: FooterKey) -> int:
    """Cells a compact footer key takes: its key, a space, its description."""
    return cell_len(key.key_display) + (1 + cell_len(key.description) if key.description else 0)
