"""Privacy settings: the vault's size limit and the idle timeout, and how to lock the file."""

from __future__ import annotations

from functools import partial

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Vertical
from textual.screen import ModalScreen

from parley.engine.inputs import parse_count
from parley.i18n import N_, _
from parley.store import privacy
from parley.tui.widgets.field import Field
from parley.tui.widgets.text import Plain


class PrivacySettingsScreen(ModalScreen[None]):
    BINDINGS = [
        Binding(
            "escape",
            "close",
            N_("Close"),
            id="privacy.close",
            tooltip=N_("Back; settings are already saved"),
        ),
    ]

    def compose(self) -> ComposeResult:
        store = self.app.store
        with Vertical(id="privacy", classes="dialog wide"):
            yield Plain(_("Privacy"), classes="dialog-title")
            with Grid(classes="form-grid"):
                yield Field(
                    _("Largest file the vault keeps (MB)"),
                    partial(parse_count, low=1, high=privacy.MAX_VAULT_LIMIT_MB),
                    value=str(privacy.vault_limit_mb(store)),
                    id="vault_limit",
                    tooltip=_("Attached files are copied into a private folder beside the data"),
                )
                yield Field(
                    _("Hide the screen after this many idle minutes (0: never)"),
                    partial(parse_count, low=0, high=privacy.MAX_IDLE_MINUTES),
                    value=str(privacy.idle_minutes(store)),
                    id="idle",
                    tooltip=_("F12 hides it at once, whatever this says"),
                )
            yield Plain(self._lock_text(), classes="dialog-text")

    def _lock_text(self) -> Text:
        store = self.app.store
        if store.locked:
            lines = _(
                "This data file is locked: it, its backups and its vault are encrypted. "
                "`parley passwd` changes the passphrase; `parley unlock` removes it."
            )
        else:
            lines = _(
                "This data file is not encrypted. Close Parley and run `parley lock` to lock "
                "it with a passphrase. A passphrase cannot be recovered."
            )
        return Text(lines)

    @on(Field.Changed)
    def _changed(self, event: Field.Changed) -> None:
        field = event.field
        if not field.valid or field.value is None:
            return
        if field.id == "vault_limit":
            privacy.set_vault_limit_mb(self.app.store, field.value)
        elif field.id == "idle":
            privacy.set_idle_minutes(self.app.store, field.value)
            self.app.idle_minutes = field.value

    def action_close(self) -> None:
        self.dismiss(None)
