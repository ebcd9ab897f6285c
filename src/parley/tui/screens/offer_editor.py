"""The offer editor: the debt's baseline and offers A and B, recomputed at every keystroke."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import (
    Checkbox,
    DataTable,
    Select,
    TabbedContent,
    TabPane,
)

from parley import clock
from parley.engine.errors import InputError
from parley.engine.money import format_money
from parley.engine.offers import OfferKind, OfferResult, OfferTerms
from parley.engine.rates import parse_rate
from parley.i18n import N_, _, ngettext
from parley.i18n import format as fmt
from parley.tui.screens.base import TitledScreen
from parley.tui.screens.offer_fields import (
    FIELDS,
    balances,
    field_of,
    rate_text,
    short_money,
    terms_to_texts,
)
from parley.tui.screens.offer_history import OfferHistoryPart
from parley.tui.storage import DEBTS, OFFERS, SETTINGS, DataChanged, Failed, write
from parley.tui.widgets.chart import LineChart, Series
from parley.tui.widgets.field import Field
from parley.tui.widgets.figures import baseline_line, figures_table, lines_note, overpaid_line
from parley.tui.widgets.footer import TranslatedFooter
from parley.tui.widgets.header import SafeHeader
from parley.tui.widgets.text import Plain, PlainLabel, PlainSelect, PlainTable

LABELS = ("A", "B")
SAVE_DELAY = 0.3  # seconds of quiet typing before an edit is written to disk
# Seconds of quiet typing before the chart and the schedule follow the figures: refilling a
# schedule re-lays out the screen, most of a keystroke's cost. The figures never wait.
VISUALS_DELAY = 0.15


class OfferEditorScreen(OfferHistoryPart, TitledScreen):
    BINDINGS = [
        Binding(
            "escape",
            "back",
            N_("Back"),
            id="offers.back",
            tooltip=N_("Back to the debts table; offers are saved"),
        ),
        Binding(
            "ctrl+o",
            "other_offer",
            N_("Other offer"),
            id="offers.other",
            tooltip=N_("Jump between offer A's and offer B's terms"),
        ),
        Binding(
            "ctrl+r",
            "history",
            N_("History"),
            id="offers.history",
            tooltip=N_("Every offer saved for this debt; bring an earlier one back"),
            priority=True,
        ),
        Binding(
            "ctrl+g",
            "cycle_tab",
            N_("Chart/schedule"),
            id="offers.tabs",
            tooltip=N_("Show the chart or either schedule"),
        ),
    ]

    def __init__(self, debt_id: int) -> None:
        super().__init__()
        self.debt_id = debt_id
        self.today = clock.today()
        self.texts: dict[str, dict[str, str]] = {}
        self.kinds: dict[str, OfferKind] = {}
        self.flags: dict[str, dict[str, bool]] = {}
        self.status: dict[str, str] = {}
        self.record_ids: dict[str, int | None] = {}
        self.terms: dict[str, OfferTerms | None] = {}
        self.results: dict[str, OfferResult | None] = {}
        self.stale: dict[str, bool] = {}
        self._save_timers: dict[str, object] = {}
        self._visuals_timer = None
        self._visuals_due: set[str] = set()  # schedules to refill when the timer fires
        self._load()

    # --- state ----------------------------------------------------------------------------

    def _load(self) -> None:
        from parley.engine.offers import baseline
        from parley.store.records import OfferStatus

        store = self.app_store()
        self.debt = store.get_debt(self.debt_id)
        # "Value today" discounts at the contract rate until the user types another rate.
        self.discount_rate = self.debt.annual_rate
        self.baseline = baseline(
            self.debt, today=self.today, settings=self.settings(), discount_rate=self.discount_rate
        )
        self.contract = self._contract_rate()
        latest = {}
        for record in store.list_offers(self.debt_id):
            if record.label in LABELS:
                latest[record.label] = record  # later records replace earlier ones
        defaults = self._default_terms()
        for label in LABELS:
            record = latest.get(label)
            terms = record.terms if record else defaults[label]
            self.texts[label] = terms_to_texts(terms)
            self.kinds[label] = terms.kind
            self.flags[label] = {
                "waive_penalty": terms.waive_penalty,
                "deferral_interest_waived": terms.deferral_interest_waived,
            }
            self.status[label] = record.status.value if record else OfferStatus.DRAFT.value
            self.record_ids[label] = record.id if record else None
            self.stale[label] = False
            self._evaluate(label, terms)

    def _contract_rate(self):
        """The loan's own APR, lines, penalty and interest paid above the line."""
        from parley.engine.contract_rate import contract_rate

        payments = [(p.paid_on, p.amount) for p in self.app_store().list_payments(self.debt_id)]
        return contract_rate(self.debt, self.settings(), self.today, payments)

    def _offer_lines(self) -> dict:
        from parley.engine.contract_rate import offer_lines_above

        return {
            label: offer_lines_above(result.apr, self.debt, self.settings(), self.today)
            for label, result in self.results.items()
            if result is not None
        }

    def _default_terms(self) -> dict[str, OfferTerms]:
        return {
            "A": OfferTerms(kind=OfferKind.FREEZE, rate=0.0, count=36),
            "B": OfferTerms(
                kind=OfferKind.RESTRUCTURE, rate=min(self.debt.annual_rate, 0.12), count=24
            ),
        }

    def app_store(self):
        return self.app.store

    def settings(self):
        return self.app.settings

    def _evaluate(self, label: str, terms: OfferTerms) -> InputError | None:
        from parley.engine.offers import evaluate

        try:
            result = evaluate(
                self.debt,
                terms,
                today=self.today,
                settings=self.settings(),
                discount_rate=self.discount_rate,
            )
        except InputError as error:
            self.stale[label] = True
            return error
        self.terms[label] = terms
        self.results[label] = result
        self.stale[label] = False
        return None

    # --- layout ---------------------------------------------------------------------------

    def screen_title(self) -> str:
        return _("Offers for {lender} (debt ID {id})").format(
            lender=self.debt.lender, id=self.debt.id
        )

    def compose(self) -> ComposeResult:
        yield SafeHeader()
        # The figures stay in view while the terms below scroll: they answer every keystroke.
        yield Plain(self._debt_line(), id="debt-line")
        yield Plain(self._figures(), id="figures")
        yield Plain(baseline_line(self.baseline), id="baseline-line")
        yield Plain(self._lines_note(), id="lines-line")
        over = overpaid_line(self.contract)
        # Shown only when there is something to claim back.
        yield Plain(over, id="overpaid-line").set_class(not over.plain, "-hidden")
        yield Plain("", id="warnings")
        with VerticalScroll(id="offer-body"):
            yield Field(
                _("Discount rate for “value today”"),
                parse_rate,
                value=rate_text(self.discount_rate),
                required=True,
                id="discount-rate",
                tooltip=_(
                    "Payments later are worth less today; at the contract rate a deal that "
                    "only moves payments later saves nothing"
                ),
                inline=True,
            )
            with Horizontal(id="offer-forms"):
                for label in LABELS:
                    yield self._offer_form(label)
            with TabbedContent(id="offer-tabs"):
                with TabPane(_("Balance over time"), id="tab-chart"):
                    yield LineChart(id="chart", y_format=short_money, x_label=_("months"))
                for label in LABELS:
                    with TabPane(_("Schedule {label}").format(label=label), id=f"tab-{label}"):
                        yield PlainTable(
                            id=f"schedule-{label}", zebra_stripes=True, cursor_type="row"
                        )
        yield TranslatedFooter()

    def _offer_form(self, label: str) -> Vertical:
        from parley.store.records import OfferStatus

        texts = self.texts[label]
        children = [
            Plain(_("Offer {label}").format(label=label), classes="offer-title"),
            PlainLabel(_("Kind of deal"), classes="field-label"),
            PlainSelect(
                [(k.label(), k.value) for k in OfferKind],
                value=self.kinds[label].value,
                allow_blank=False,
                compact=True,
                id=f"{label}-kind",
            ),
            PlainLabel(_("Status"), classes="field-label"),
            PlainSelect(
                [(s.label(), s.value) for s in OfferStatus],
                value=self.status[label],
                allow_blank=False,
                compact=True,
                id=f"{label}-status",
            ),
        ]
        for name, msgid, parser, required, tip in FIELDS:
            children.append(
                Field(
                    _(msgid),
                    parser,
                    value=texts[name],
                    required=required,
                    id=f"{label}-{name}",
                    tooltip=_(tip),
                    inline=True,
                )
            )
        children.append(
            Checkbox(
                _("Penalty interest waived"),
                self.flags[label]["waive_penalty"],
                id=f"{label}-waive_penalty",
            )
        )
        children.append(
            Checkbox(
                _("Agreed in writing: no interest during the pause"),
                self.flags[label]["deferral_interest_waived"],
                id=f"{label}-deferral_interest_waived",
                tooltip=_(
                    "Without it, interest keeps running at the offer's rate while payments pause"
                ),
            )
        )
        return Vertical(*children, id=f"offer-{label}", classes="offer-form")

    def on_mount(self) -> None:
        self._refresh_figures()
        self._refresh_chart()
        for label in LABELS:
            self._refresh_schedule(label)
        self.query_one("#A-rate", Field).focus()

    def _debt_line(self) -> str:
        d = self.debt
        line = ngettext(
            "{lender} · owed {owed} · contract rate {rate} · {n} instalment left",
            "{lender} · owed {owed} · contract rate {rate} · {n} instalments left",
            d.remaining_instalments,
        ).format(
            lender=d.lender,
            owed=format_money(d.outstanding),
            rate=fmt.percent(d.annual_rate, 2),
            n=d.remaining_instalments,
        )
        if self.baseline.penalty:
            from parley.engine.penalty import penalty_rate

            # Says where the baseline's high cost comes from; the multiple is a setting.
            line += " · " + _("penalty interest so far {amount} at {rate} a year").format(
                amount=format_money(self.baseline.penalty),
                rate=fmt.percent(penalty_rate(d, self.settings()), 2),
            )
        return line

    def _lines_note(self):
        from parley.engine.contract_rate import lpr_line

        return lines_note(self.contract, lpr_line(self.debt, self.settings(), on=self.today))

    def _figures(self):
        return figures_table(
            self.baseline,
            dict(self.results),
            self.stale,
            self.settings().income_share_limit,
            contract=self.contract,
            offer_lines=self._offer_lines(),
        )

    def _refresh_figures(self) -> None:
        if not self.is_mounted:
            return
        self.query_one("#figures", Plain).show(self._figures())
        warnings = []
        for label in LABELS:
            result = self.results.get(label)
            if result:
                warnings += [f"{label}: {w}" for w in result.warnings]
        self.query_one("#warnings", Plain).show("\n".join(warnings))

    def _refresh_chart(self) -> None:
        series = [Series(_("If nothing changes"), balances(self.baseline, self.today), "grey62")]
        styles = {"A": "cyan", "B": "magenta"}
        for label in LABELS:
            result = self.results.get(label)
            if result:
                series.append(
                    Series(
                        _("Offer {label}").format(label=label),
                        balances(result, self.today),
                        styles[label],
                    )
                )
        self.query_one("#chart", LineChart).plot(series, x_label=_("months"))

    def _refresh_schedule(self, label: str) -> None:
        table = self.query_one(f"#schedule-{label}", DataTable)
        table.clear(columns=True)
        table.add_columns(
            _("No."), _("Due"), _("Payment"), _("Principal"), _("Interest"), _("Fee"), _("Balance")
        )
        result = self.results.get(label)
        if not result:
            return
        table.add_rows(
            (
                str(i.n),
                i.due.isoformat(),
                format_money(i.payment),
                format_money(i.principal),
                format_money(i.interest),
                format_money(i.fee),
                format_money(i.balance),
            )
            for i in result.schedule.instalments
        )

    # --- live editing ----------------------------------------------------------------------

    def _label_of(self, widget_id: str | None) -> tuple[str, str] | None:
        if not widget_id or "-" not in widget_id:
            return None
        label, name = widget_id.split("-", 1)
        return (label, name) if label in LABELS else None

    @on(Field.Changed)
    def _field_changed(self, event: Field.Changed) -> None:
        if event.field.id == "discount-rate":
            self._discount_changed(event.field)
            return
        found = self._label_of(event.field.id)
        if found:
            label, name = found
            self.texts[label][name] = event.field.text
            self.recompute(label)

    @on(Select.Changed)
    def _select_changed(self, event: Select.Changed) -> None:
        found = self._label_of(event.select.id)
        if not found:
            return
        label, name = found
        if name == "kind":
            self.kinds[label] = OfferKind(event.value)
            self.recompute(label)
        elif name == "status":
            self.status[label] = str(event.value)
            self._save_now(label)

    @on(Checkbox.Changed)
    def _checkbox_changed(self, event: Checkbox.Changed) -> None:
        found = self._label_of(event.checkbox.id)
        if found:
            label, name = found
            self.flags[label][name] = event.value
            self.recompute(label)

    def _discount_changed(self, field: Field) -> None:
        from parley.engine.offers import baseline

        if not field.valid:
            return
        self.discount_rate = field.value.annual
        self.baseline = baseline(
            self.debt, today=self.today, settings=self.settings(), discount_rate=self.discount_rate
        )
        self.query_one("#baseline-line", Plain).show(baseline_line(self.baseline))
        for label in LABELS:
            terms = self.terms.get(label)
            if terms is not None:
                self._evaluate(label, terms)
        self._refresh_figures()

    def recompute(self, label: str) -> None:
        """Rebuild one offer from its fields; bad input keeps the last figures, marked stale."""
        fields = {
            f.id.split("-", 1)[1]: f for f in self.query(f"#offer-{label} Field").results(Field)
        }
        if any(not f.valid for f in fields.values()):
            self.stale[label] = True
            self._refresh_figures()
            return
        values = {name: f.value for name, f in fields.items()}
        kind, down = values["down"]
        terms = OfferTerms(
            kind=self.kinds[label],
            rate=values["rate"].annual,
            count=values["count"],
            down_payment=down if kind == "amount" else 0,
            down_payment_pct=down if kind == "pct" else None,
            deferral_months=values["deferral_months"],
            deferral_fee_pct=values["deferral_fee"],
            deferral_interest_waived=self.flags[label]["deferral_interest_waived"],
            fee_per_instalment=values["fee"],
            waived_amount=values["waived"],
            waive_penalty=self.flags[label]["waive_penalty"],
            first_due=values["first_due"],
        )
        error = self._evaluate(label, terms)
        if error is not None:
            target = field_of(error.field)
            if target in fields:
                fields[target].error = str(error)
            else:
                self.notify(str(error), severity="error")
            self._refresh_figures()
            return
        self._refresh_figures()
        self._refresh_visuals_soon(label)
        self._schedule_save(label)

    def _refresh_visuals_soon(self, label: str) -> None:
        self._visuals_due.add(label)
        if self._visuals_timer is not None:
            self._visuals_timer.stop()
        self._visuals_timer = self.set_timer(VISUALS_DELAY, self._refresh_visuals)

    def _refresh_visuals(self) -> None:
        self._visuals_timer = None
        if not self.is_mounted:
            return
        self._refresh_chart()
        for label in sorted(self._visuals_due):
            self._refresh_schedule(label)
        self._visuals_due.clear()

    # --- saving ---------------------------------------------------------------------------

    def _schedule_save(self, label: str) -> None:
        timer = self._save_timers.get(label)
        if timer is not None:
            timer.stop()
        self._save_timers[label] = self.set_timer(SAVE_DELAY, lambda: self._save_now(label))

    def _save_now(self, label: str) -> bool:
        """Write one offer now; False when the file refused (the message is shown)."""
        from parley.store.records import OfferRecord, OfferStatus

        timer = self._save_timers.pop(label, None)
        if timer is not None:
            timer.stop()
        terms = self.terms.get(label)
        if terms is None:
            return True
        record = OfferRecord(
            debt_id=self.debt_id,
            label=label,
            terms=terms,
            status=OfferStatus(self.status[label]),
            proposed_by="me",
            id=self.record_ids[label],
        )
        saved = write(
            self.app,
            lambda: self.app.store.save_offer(record),
            changed=OFFERS,
            debt_id=self.debt_id,
            origin=self,
            retry=lambda: self._save_now(label),
        )
        if isinstance(saved, Failed):
            return False
        self.record_ids[label] = saved
        return True

    def _flush(self) -> bool:
        """Write every edit still waiting for its quiet moment; False if the file refused."""
        return all([self._save_now(label) for label in list(self._save_timers)])

    def on_unmount(self) -> None:
        self._flush()

    # --- changes made elsewhere -------------------------------------------------------------

    def data_changed(self, change: DataChanged) -> None:
        if change.origin is self:
            return
        if SETTINGS in change.what:
            # Income, caps and the income share: every figure depends on them.
            for label in LABELS:
                terms = self.terms.get(label)
                if terms is not None:
                    self._evaluate(label, terms)
            if self.is_mounted:
                self._refresh_figures()
        if change.what & {OFFERS, DEBTS} and change.debt_id in (None, self.debt_id):
            self.call_later(self._reload_from_store)

    async def _reload_from_store(self) -> None:
        """Offers or the debt changed elsewhere (the wizard saved, a status was set): show
        what the store holds now, after writing anything typed here first."""
        self._flush()
        self._load()
        await self.recompose()
        self._refresh_chart()
        for label in LABELS:
            self._refresh_schedule(label)

    # --- actions --------------------------------------------------------------------------

    def action_back(self) -> None:
        if not self._flush():
            return  # the file refused: stay, with everything typed still here
        self.app.pop_screen()

    def action_other_offer(self) -> None:
        focused = self.focused
        inside_a = focused is not None and any(
            a.id == "offer-A" for a in focused.ancestors_with_self
        )
        self.query_one(f"#{'B' if inside_a else 'A'}-rate", Field).focus()

    def action_cycle_tab(self) -> None:
        tabs = self.query_one(TabbedContent)
        order = ["tab-chart", "tab-A", "tab-B"]
        tabs.active = (
            order[(order.index(tabs.active) + 1) % len(order)] if tabs.active in order else order[0]
        )
