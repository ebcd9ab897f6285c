"""Add or edit a debt. Each field is checked as it is typed; an invalid debt cannot be saved."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import partial

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Select, Static

from parley import clock
from parley.engine.debt import Debt, Intensity, LegalStage, LenderKind, Method
from parley.engine.errors import InputError
from parley.engine.inputs import parse_count, parse_date, parse_text
from parley.engine.money import parse_money, to_decimal_str
from parley.engine.rates import parse_rate
from parley.i18n import N_, _
from parley.tui.screens.discard import DiscardGuard
from parley.tui.storage import DEBTS, Failed, write
from parley.tui.widgets.field import Field, attention, labelled, required_legend
from parley.tui.widgets.text import Plain, PlainLabel, PlainSelect


def _money_text(value: int | None) -> str:
    return "" if value is None else to_decimal_str(value)


def _date_text(value: date | None) -> str:
    return value.isoformat() if value else ""


class DebtFormScreen(DiscardGuard, ModalScreen[int | None]):
    """Dismisses with the saved debt's id, or None when cancelled."""

    BINDINGS = [
        Binding("ctrl+s", "save", N_("Save"), id="form.save", tooltip=N_("Save this debt")),
        Binding(
            "escape",
            "cancel",
            N_("Cancel"),
            id="form.cancel",
            tooltip=N_("Close without saving (asks first if you changed anything)"),
        ),
    ]

    def __init__(self, debt: Debt | None) -> None:
        super().__init__()
        self.debt = debt
        self.today = clock.today()

    def compose(self) -> ComposeResult:
        d = self.debt or Debt(lender="")
        title = _("Edit debt") if self.debt else _("Add a debt")
        money = partial(parse_money)
        with Vertical(id="debt-form", classes="dialog wide"):
            yield Plain(title, classes="dialog-title")
            with VerticalScroll():
                with Grid(classes="form-grid"):
                    yield Field(
                        _("Lender"), partial(parse_text, max_length=80), value=d.lender, id="lender"
                    )
                    yield _select(_("Kind of lender"), "kind", LenderKind, d.kind)
                    yield Field(
                        _("Contract number"),
                        parse_text,
                        value=d.contract_no,
                        required=False,
                        id="contract_no",
                    )
                    yield Field(
                        _("Contract principal"),
                        partial(parse_money, allow_zero=False),
                        value=_money_text(d.principal or None),
                        placeholder="50,000 / 5万",
                        id="principal",
                    )
                    yield Field(
                        _("Amount actually received"),
                        money,
                        value=_money_text(d.received),
                        required=False,
                        placeholder=_("if fees were cut up front"),
                        id="received",
                        tooltip=_(
                            "Below the principal when a fee was deducted before you got "
                            "the money (砍头息)."
                        ),
                    )
                    yield Field(
                        _("Start date"),
                        parse_date,
                        value=_date_text(d.start_date),
                        required=False,
                        placeholder="2025-06-01",
                        id="start_date",
                    )
                    yield Field(
                        _("Number of instalments"), parse_count, value=str(d.term), id="term"
                    )
                    yield _select(_("Repayment method"), "method", Method, d.method)
                    yield Field(
                        _("Rate as stated"),
                        parse_rate,
                        value=d.rate_text,
                        placeholder="24% / 日息0.05% / 月息1.5%",
                        id="rate",
                    )
                    yield Field(
                        _("Penalty rate (blank: 1.5 × the rate)"),
                        parse_rate,
                        value="" if d.penalty_rate is None else f"{d.penalty_rate * 100:g}%",
                        required=False,
                        id="penalty_rate",
                    )
                    yield Field(
                        _("Fee deducted up front"),
                        money,
                        value=_money_text(d.fee_upfront or None),
                        required=False,
                        id="fee_upfront",
                    )
                    yield Field(
                        _("Fee per instalment"),
                        money,
                        value=_money_text(d.fee_per_instalment or None),
                        required=False,
                        id="fee_per_instalment",
                    )
                    yield Field(
                        _("One-off fee"),
                        money,
                        value=_money_text(d.fee_one_off or None),
                        required=False,
                        id="fee_one_off",
                    )
                    yield Field(
                        _("Instalments already paid"),
                        partial(parse_count, low=0),
                        value=str(d.instalments_paid),
                        id="instalments_paid",
                    )
                    yield Field(
                        _("Principal repaid so far"),
                        money,
                        value=_money_text(d.principal_repaid or None),
                        required=False,
                        id="principal_repaid",
                    )
                    yield Field(
                        _("Interest repaid so far"),
                        money,
                        value=_money_text(d.interest_repaid or None),
                        required=False,
                        id="interest_repaid",
                    )
                    yield Field(
                        _("Owed now (as the lender states it)"),
                        money,
                        value=_money_text(d.outstanding or None),
                        id="outstanding",
                    )
                    yield Field(
                        _("First missed payment"),
                        parse_date,
                        value=_date_text(d.first_missed),
                        required=False,
                        placeholder=_("blank if none missed"),
                        id="first_missed",
                    )
                    yield _select(
                        _("Collection intensity"),
                        "collection_intensity",
                        Intensity,
                        d.collection_intensity,
                    )
                    yield _select(_("Legal stage"), "legal_stage", LegalStage, d.legal_stage)
                    yield Field(
                        _("Notes"),
                        partial(parse_text, max_length=2000),
                        value=d.notes,
                        required=False,
                        id="notes",
                    )
                    with Vertical(classes="field-like"):
                        yield PlainLabel(" ")
                        yield Checkbox(
                            _("Reported to the credit bureau"),
                            d.credit_reported,
                            id="credit_reported",
                        )
                        yield Checkbox(
                            _("Whole debt called in (加速到期)"),
                            d.accelerated,
                            id="accelerated",
                            tooltip=_(
                                "The lender has declared everything due: penalty interest then "
                                "runs on all the principal left, not only on missed instalments"
                            ),
                        )
            yield Plain("", id="form-status")
            with Horizontal(classes="dialog-buttons"):
                yield Button(_("Save (Ctrl+S)"), id="save", variant="primary")
                yield Button(_("Cancel (Esc)"), id="cancel")

    def on_mount(self) -> None:
        self.query_one("#lender", Field).focus()
        self.call_after_refresh(self._check_all)
        self.call_after_refresh(self.remember_pristine)

    @on(Field.Changed)
    def _field_changed(self, event: Field.Changed) -> None:
        self._check_all()

    def _fields(self) -> dict[str, Field]:
        return {f.id: f for f in self.query(Field) if f.id}

    def _check_all(self) -> bool:
        fields = self._fields()
        # Cross-field checks are shown at the later field, where the mistake usually is.
        cross = {
            "received": N_("The amount received cannot be more than the principal."),
            "instalments_paid": N_("More instalments paid than the contract has."),
            "first_missed": N_(
                "The first missed payment cannot be before the start date or in the future."
            ),
        }
        for name in cross:
            if fields[name].error in {_(m) for m in cross.values()}:
                fields[name]._check(fields[name].text, announce=False)
        principal = fields["principal"].value
        received = fields["received"].value
        if (
            principal is not None
            and received is not None
            and received > principal
            and fields["received"].valid
        ):
            fields["received"].error = _(cross["received"])
        term = fields["term"].value
        paid = fields["instalments_paid"].value
        if (
            term is not None
            and paid is not None
            and paid > term
            and fields["instalments_paid"].valid
        ):
            fields["instalments_paid"].error = _(cross["instalments_paid"])
        start = fields["start_date"].value
        missed = fields["first_missed"].value
        if (
            missed is not None
            and fields["first_missed"].valid
            and (missed > self.today or (start and missed < start))
        ):
            fields["first_missed"].error = _(cross["first_missed"])
        bad = [f for f in fields.values() if not f.valid]
        status = self.query_one("#form-status", Static)
        if bad:
            status.update(attention(bad))
            status.add_class("error")
        else:
            status.update(required_legend())
            status.remove_class("error")
        return not bad

    def _build(self) -> Debt:
        f = {name: field.value for name, field in self._fields().items()}
        rate = f["rate"]
        penalty = f["penalty_rate"]
        method = self.query_one("#method", Select).value
        if rate.flat:
            method = Method.FLAT
        base = self.debt or Debt(lender="")
        return replace(
            base,
            lender=f["lender"],
            kind=LenderKind(self.query_one("#kind", Select).value),
            contract_no=f["contract_no"] or "",
            principal=f["principal"],
            received=f["received"],
            start_date=f["start_date"],
            term=f["term"],
            method=Method(method),
            rate_text=self._fields()["rate"].text.strip(),
            annual_rate=rate.annual,
            penalty_rate=None if penalty is None else penalty.annual,
            fee_upfront=f["fee_upfront"] or 0,
            fee_per_instalment=f["fee_per_instalment"] or 0,
            fee_one_off=f["fee_one_off"] or 0,
            instalments_paid=f["instalments_paid"],
            principal_repaid=f["principal_repaid"] or 0,
            interest_repaid=f["interest_repaid"] or 0,
            outstanding=f["outstanding"],
            first_missed=f["first_missed"],
            collection_intensity=Intensity(self.query_one("#collection_intensity", Select).value),
            legal_stage=LegalStage(self.query_one("#legal_stage", Select).value),
            credit_reported=self.query_one("#credit_reported", Checkbox).value,
            accelerated=self.query_one("#accelerated", Checkbox).value,
            notes=f["notes"] or "",
        )

    def action_save(self) -> None:
        if not self._check_all():
            for field in self._fields().values():
                field.reveal()
            first_bad = next(f for f in self._fields().values() if not f.valid)
            first_bad.focus()
            self.notify(_("Not saved: {error}").format(error=first_bad.error), severity="error")
            return
        try:
            debt = self._build()
        except InputError as error:  # pragma: no cover - every field was validated above
            self.notify(str(error), severity="error")
            return
        store = self.app.store

        def save() -> int:
            if debt.id is None:
                return store.add_debt(debt)
            store.update_debt(debt)
            return debt.id

        debt_id = write(
            self.app, save, changed=DEBTS, debt_id=debt.id, origin=self, retry=self.action_save
        )
        if isinstance(debt_id, Failed):
            return  # the form stays open with everything typed
        self.notify(_("Saved {lender}.").format(lender=debt.lender))
        self.dismiss(debt_id)

    def action_cancel(self) -> None:
        self.close_or_ask(
            _("Discard your changes to this debt?")
            if self.debt
            else _("Discard this new debt? What you typed is not saved.")
        )

    @on(Button.Pressed, "#save")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()


def _select(label: str, name: str, enum, value) -> Vertical:
    select = PlainSelect(
        [(member.label(), member.value) for member in enum],
        value=value.value,
        allow_blank=False,
        compact=True,
        id=name,
    )
    return labelled(label, select)
