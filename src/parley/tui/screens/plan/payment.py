"""Record a payment against a debt's accepted deal: the date paid and the amount."""

from __future__ import annotations

from functools import partial

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from parley.engine.errors import InputError
from parley.engine.inputs import parse_date
from parley.engine.money import parse_money, to_decimal_str
from parley.i18n import N_, _
from parley.tui.widgets.field import Field
from parley.tui.widgets.text import Plain


class PaymentScreen(ModalScreen[bool]):
    BINDINGS = [
        Binding("escape", "close", N_("Cancel"), id="payment.cancel", tooltip=N_("Record nothing")),
        Binding("ctrl+s", "save", N_("Save"), id="payment.save", tooltip=N_("Record this payment")),
    ]

    def __init__(self, offer_id: int, title: str, day: str, amount: int) -> None:
        super().__init__()
        self.offer_id = offer_id
        self.heading = title
        self.day = day
        self.amount = amount

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="payment"):
            yield Plain(self.heading, classes="dialog-title")
            yield Field(_("Paid on"), parse_date, value=self.day, id="paid_on")
            yield Field(
                _("Amount"),
                partial(parse_money, allow_zero=False),
                value=to_decimal_str(self.amount) if self.amount else "",
                id="amount",
            )
            yield Plain("", id="form-status", classes="error")
            with Horizontal(classes="dialog-buttons"):
                yield Button(_("Save (Ctrl+S)"), id="save", variant="primary")
                yield Button(_("Cancel (Esc)"), id="cancel")

    def on_mount(self) -> None:
        self.query_one("#amount", Field).focus()

    @on(Button.Pressed, "#save")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self) -> None:
        self.action_close()

    def action_save(self) -> None:
        fields = list(self.query(Field))
        for f in fields:
            f.reveal()
        if not all(f.valid for f in fields):
            return
        day = self.query_one("#paid_on", Field).value
        amount = self.query_one("#amount", Field).value
        from parley.tui.storage import EVERYTHING, Failed, write

        try:
            # Through the one write path: a busy or read-only file says so, the dialog keeps
            # what was typed, and a retry saves it.
            saved = write(
                self.app,
                lambda: self.app.store.record_payment(self.offer_id, day, amount),
                changed=EVERYTHING,  # a payment moves figures on every screen
                origin=self,
                retry=self.action_save,
            )
        except InputError as error:
            self.query_one("#form-status", Static).update(str(error))
            return
        if not isinstance(saved, Failed):
            self.dismiss(True)

    def action_close(self) -> None:
        self.dismiss(False)
