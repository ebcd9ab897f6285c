"""Every key that works where you are, with what it does."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable

from parley.i18n import N_, _
from parley.tui.keys import anywhere_keys, key_names
from parley.tui.widgets.text import Plain, PlainTable


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding(
            "escape,q,question_mark",
            "dismiss",
            N_("Close"),
            id="help.close",
            tooltip=N_("Back to where you were"),
        ),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="help", classes="dialog wide"):
            yield Plain(_("Keys"), classes="dialog-title")
            yield PlainTable(id="help-table", cursor_type="row", zebra_stripes=True)
            yield Plain(
                _(
                    "Arrows, Page Up/Down, Home and End move in lists and tables; Tab moves "
                    "between fields. F1 to F4 (or Alt+1 to Alt+4) switch modes even "
                    "while you type in a field. Ctrl+P searches every command. Forms (a debt, "
                    "an event) are saved with Ctrl+S; settings, offers, checklist notes and "
                    "the wizard are saved as you type."
                ),
                id="help-note",
                classes="dialog-text",
            )

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns(_("Key"), _("What it does"), _("More"))
        below = self.app.screen_stack[-2] if len(self.app.screen_stack) > 1 else self.app.screen
        seen: set[tuple[str, str]] = set()
        also = anywhere_keys()
        for _node, binding, _enabled, tooltip in below.active_bindings.values():
            # Parley's own bindings carry an id; the widgets' built-in ones (arrows, paging)
            # are summarised in one translated line below instead.
            if not binding.description or not binding.id:
                continue
            key = (binding.key, binding.action)
            if key in seen:
                continue
            seen.add(key)
            more = tooltip or binding.tooltip
            shown = self.app.get_key_display(binding)
            if binding.action in also:
                shown = f"{shown} / {key_names(also[binding.action])}"
            table.add_row(
                shown,
                _(binding.description),
                _(more) if more else "",
            )
        table.focus()

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)
