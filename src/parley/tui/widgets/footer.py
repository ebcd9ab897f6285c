"""A footer whose key descriptions follow the language chosen at runtime."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from parley.i18n import _


class TranslatedFooter(Footer):
    """Bindings hold English msgids; this footer translates them each time it is composed."""

    def __init__(self) -> None:
        # Compact: more keys fit on an 80-column terminal.
        super().__init__(compact=True)

    def compose(self) -> ComposeResult:
        if not self._bindings_ready:
            return
        seen: set[str] = set()
        palette = None
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
            yield FooterKey(
                binding.key,
                self.app.get_key_display(binding),
                _(binding.description),
                binding.action,
                disabled=not enabled,
                tooltip=_(tooltip or binding.tooltip) if (tooltip or binding.tooltip) else "",
            ).data_bind(compact=Footer.compact)
        if palette and self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE:
            binding, enabled = palette
            yield FooterKey(
                binding.key,
                self.app.get_key_display(binding),
                _("Commands"),
                binding.action,
                classes="-command-palette",
                disabled=not enabled,
                tooltip=_("Search every command that applies here"),
            )
