"""Every offer ever saved for a debt, newest first; any of them can be brought back as the
current A or B. Saving in the wizard, or editing, never makes an offer unreachable."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen

from parley.engine.money import format_money
from parley.engine.offers import OfferTerms
from parley.i18n import N_, _, ngettext
from parley.i18n import format as fmt
from parley.store.records import OfferRecord
from parley.tui.screens.offer_fields import terms_to_texts
from parley.tui.widgets.tables import cursor_id
from parley.tui.widgets.text import Plain, PlainTable


def offer_line(terms: OfferTerms) -> str:
    """One offer's terms in a few words, for lists and questions."""
    parts = [
        terms.kind.label(),
        fmt.percent(terms.rate, 2),
        ngettext("{n} instalment", "{n} instalments", terms.count).format(n=terms.count),
    ]
    if terms.down_payment_pct:
        parts.append(_("down {share}").format(share=fmt.percent(terms.down_payment_pct, 0)))
    elif terms.down_payment:
        parts.append(_("down {amount}").format(amount=format_money(terms.down_payment)))
    return " · ".join(parts)


class OfferHistoryScreen(ModalScreen[OfferRecord | None]):
    """Pick an earlier offer to make it the current one under its label again."""

    BINDINGS = [
        Binding(
            "enter",
            "restore",
            N_("Bring back"),
            id="history.restore",
            tooltip=N_("Make this offer the current A or B again"),
        ),
        Binding(
            "escape",
            "dismiss_none",
            N_("Close"),
            id="history.close",
            tooltip=N_("Back to the offer editor"),
        ),
    ]

    def __init__(self, records: list[OfferRecord], current: dict[str, int | None]) -> None:
        super().__init__()
        # Newest first: the one just replaced is at the top.
        self.records = sorted(records, key=lambda r: (r.created_at or 0, r.id or 0), reverse=True)
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide", id="offer-history"):
            yield Plain(_("Offer history"), classes="dialog-title")
            yield PlainTable(id="history-table", cursor_type="row", zebra_stripes=True)
            yield Plain(
                _("Enter brings the offer back as the current one; nothing is deleted."),
                classes="dialog-text",
            )

    def on_mount(self) -> None:
        table = self.query_one(PlainTable)
        table.add_columns(_("Offer"), _("Saved"), _("Status"), _("Terms"), "")
        now_ids = set(self.current.values())
        for record in self.records:
            table.add_row(
                record.label,
                record.created_at.strftime("%Y-%m-%d %H:%M") if record.created_at else "",
                record.status.label(),
                offer_line(record.terms),
                _("current") if record.id in now_ids else "",
                key=str(record.id),
            )
        table.focus()

    def on_data_table_row_selected(self) -> None:
        self.action_restore()

    def action_restore(self) -> None:
        chosen = cursor_id(self.query_one(PlainTable))
        record = next((r for r in self.records if r.id == chosen), None)
        self.dismiss(record)

    def action_dismiss_none(self) -> None:
        self.dismiss(None)


class OfferHistoryPart:
    """The offer editor's history key: mixed into OfferEditorScreen, which holds the texts,
    statuses and record ids these methods use."""

    def action_history(self) -> None:
        if not self._flush():
            return
        self.app.push_screen(
            OfferHistoryScreen(self.app.store.list_offers(self.debt_id), dict(self.record_ids)),
            self._restore,
        )

    async def _restore(self, record) -> None:
        """An earlier offer becomes the current one under its label, as a new record: the
        one it replaces stays in the history too."""
        if record is None or record.id == self.record_ids.get(record.label):
            return
        label = record.label if record.label in self.texts else next(iter(self.texts))
        self.texts[label] = terms_to_texts(record.terms)
        self.kinds[label] = record.terms.kind
        self.flags[label] = {
            "waive_penalty": record.terms.waive_penalty,
            "deferral_interest_waived": record.terms.deferral_interest_waived,
        }
        self.status[label] = record.status.value
        self.record_ids[label] = None
        self._evaluate(label, record.terms)
        self._save_now(label)
        await self.recompose()
        self._refresh_chart()
        self._refresh_schedule(label)
        self.notify(_("Offer {label} brought back.").format(label=label))
