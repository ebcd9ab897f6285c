"""Plan mode: the budget form beside the plan it gives, re-solved on every valid keystroke."""

from __future__ import annotations

import contextlib

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Checkbox, DataTable, Input, Static

from parley import clock
from parley.engine.budget import Plan
from parley.i18n import N_, _
from parley.tui.keys import Key, bindings
from parley.tui.screens.base import ModeScreen
from parley.tui.screens.plan import view
from parley.tui.screens.plan.form import BudgetForm
from parley.tui.storage import DEBTS, EVENTS, OFFERS, SETTINGS, Failed, write
from parley.tui.widgets.chart import LineChart, Series
from parley.tui.widgets.field import Field
from parley.tui.widgets.tables import cursor_id
from parley.tui.widgets.text import Plain, PlainTable

# Shift+F-keys: letters would be typed into the budget's fields, and F1–F5 switch modes
# from anywhere (keys.APP_KEYS), as in the wizard.
PLAN_KEYS: tuple[Key, ...] = (
    Key(
        "plan.use",
        "shift+f2",
        "use_plan",
        N_("Use this plan"),
        N_("Write each debt's ask as its proposed offer A"),
    ),
    Key(
        "plan.pin",
        "shift+f3",
        "pin",
        N_("Pin"),
        N_("Fix this debt's ask (its accepted deal, if any) and plan the rest around it"),
    ),
    Key(
        "plan.pay",
        "shift+f4",
        "pay",
        N_("Record payment"),
        N_("Record a payment against this debt's accepted deal"),
    ),
    Key(
        "plan.what_if",
        "shift+f5",
        "what_if",
        N_("What if I miss one"),
        N_("What one missed instalment would cost under the agreement"),
    ),
)


class PlanScreen(ModeScreen):
    MODE_TITLE = N_("Plan")
    BINDINGS = bindings(PLAN_KEYS)
    KEYS = PLAN_KEYS
    SHOWS = frozenset({DEBTS, OFFERS, EVENTS, SETTINGS})
    DEFAULT_CSS = """
    PlanScreen #plan-summary { height: auto; padding: 0 1; background: $boost; }
    PlanScreen #plan-body { height: 1fr; }
    PlanScreen #plan-right { width: 1fr; height: 1fr; }
    PlanScreen #plan-table { height: 1fr; min-height: 5; }
    PlanScreen #plan-detail { height: auto; max-height: 5; padding: 0 1; }
    PlanScreen #plan-chart { height: 1fr; min-height: 6; max-height: 14; }
    PlanScreen #plan-invalid { height: auto; padding: 0 1; color: $error; display: none; }
    """

    def __init__(self) -> None:
        super().__init__()
        self.plan: Plan | None = None
        self.deals: dict = {}
        self.pins: dict = {}
        self.budget = None

    def compose_body(self) -> ComposeResult:
        store = self.app.store
        self.budget = store.load_budget()
        self._solve(self.budget)
        yield Plain(view.summary(self.plan), id="plan-summary")
        yield Plain(
            _("A figure is wrong: the plan shows the last budget that was valid."),
            id="plan-invalid",
        )
        with Horizontal(id="plan-body"):
            yield BudgetForm(self.budget, id="budget-form")
            with Vertical(id="plan-right"):
                table = PlainTable(id="plan-table", cursor_type="row", zebra_stripes=True)
                table.tooltip = _("F2 uses this plan; F3 pins a debt's ask")
                yield table
                yield Plain("", id="plan-detail")
                yield LineChart(id="plan-chart", y_format=self._y_format)

    def on_mount(self) -> None:
        self._show()

    def reload(self) -> None:
        self.call_later(self.recompose)

    async def recompose(self) -> None:
        # A language switch or a change elsewhere rebuilds the form; the table, detail and
        # chart are filled in from the plan once it is there.
        await super().recompose()
        self._show()

    # --- solving --------------------------------------------------------------------------

    def _solve(self, budget) -> None:
        from parley.household import deals, stored_plan

        store, today = self.app.store, clock.today()
        self.pins = store.pinned_asks()
        self.plan = stored_plan(store, today, budget)
        self.deals = deals(store, today)

    def _y_format(self, value: int) -> str:
        if self.plan is not None and self.plan.budget.income > 0:
            return f"{value / 10:.0f}%"
        from parley.engine.money import format_money

        return format_money(value * 100).split(".")[0]

    @on(Field.Changed)
    @on(Checkbox.Changed)
    @on(Input.Changed, ".source > Input")
    def _edited(self, event) -> None:
        if event is not None:
            event.stop()
        form = self.query_one(BudgetForm)
        budget = form.value()
        self.query_one("#plan-invalid").display = budget is None
        if budget is None or budget == self.budget:
            return
        store = self.app.store
        # The budget's income is the app's income: every mode measures against it, so the
        # write tells every screen the settings changed (tui/storage.py); on a refused write
        # the form keeps what was typed and the retry writes it again.
        if isinstance(
            write(
                self.app,
                lambda: store.save_budget(budget),
                changed=SETTINGS,
                origin=self,
                retry=lambda: self._edited(None),
            ),
            Failed,
        ):
            return
        self.budget = budget
        self.app.settings = store.load_settings()
        self._solve(budget)
        self._show()

    # --- showing --------------------------------------------------------------------------

    def _show(self) -> None:
        plan = self.plan
        if plan is None:
            return
        self.query_one("#plan-summary", Static).update(view.summary(plan))
        table = self.query_one("#plan-table", DataTable)
        keep = cursor_id(table)
        if keep is None:  # a fresh table (after a reload): the debt the user was on
            keep = self.app.focused_debt_id
        table.clear(columns=True)
        for label in (
            "#",
            _("Debt"),
            _("Ask"),
            _("Instalment"),
            _("Months"),
            _("First due"),
            _("Deal"),
            _("Reason"),
        ):
            table.add_column(label, width=60 if label == _("Reason") else None)
        for ask in plan.asks:
            deal = self.deals.get(ask.debt.id)
            table.add_row(
                *view.ask_cells(ask, deal.tracking if deal else None, ask.debt.id in self.pins),
                key=str(ask.debt.id),
            )
        if not plan.asks:
            table.add_row(
                "", Text(_("No open debts: add one in Debts (1) and it is planned here."))
            )
        if keep is not None:
            with contextlib.suppress(Exception):  # the debt is gone
                table.move_cursor(row=table.get_row_index(str(keep)))
        points, ratio = view.path_points(plan)
        label = _("debt ratio, month by month") if ratio else _("owed, month by month")
        chart = self.query_one("#plan-chart", LineChart)
        if plan.months:
            chart.plot([Series(label, points, "cyan")], x_label=view.month_text(plan))
        else:
            chart.plot([])
        self._show_detail()
        self.refresh_bindings()

    def _selected(self):
        if self.plan is None:
            return None
        debt_id = cursor_id(self.query_one("#plan-table", DataTable)) if self.is_mounted else None
        return next((a for a in self.plan.asks if a.debt.id == debt_id), None)

    @on(DataTable.RowHighlighted, "#plan-table")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.row_key.value:
            self.app.focused_debt_id = int(event.row_key.value)
        self._show_detail()

    def _show_detail(self) -> None:
        ask = self._selected()
        deal = self.deals.get(ask.debt.id) if ask else None
        self.query_one("#plan-detail", Static).update(
            view.detail(ask, deal.tracking if deal else None, deal.label if deal else "")
        )

    # --- actions --------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        if action in ("pin", "pay", "what_if"):
            ask = self._selected()
            if ask is None:
                return False
            if action in ("pay", "what_if"):
                return ask.debt.id in self.deals
        if action == "use_plan":
            return bool(self.plan and any(a.terms for a in self.plan.asks))
        return True

    def action_use_plan(self) -> None:
        from parley.household import plan_replacements
        from parley.tui.screens.confirm import ConfirmScreen

        plan = self.plan
        if plan is None:
            return
        changes = plan_replacements(self.app.store, plan)
        if not changes:
            return
        lines = [_("Write each ask as the debt's proposed offer A?"), ""]
        for change in changes:
            if change.old:
                lines.append(
                    _("{lender}: {new} (replaces {old})").format(
                        lender=change.lender, new=change.new, old=change.old
                    )
                )
            else:
                lines.append(
                    _("{lender}: {new} (new)").format(lender=change.lender, new=change.new)
                )
        self.app.push_screen(
            ConfirmScreen(Text("\n".join(lines)), _("Use this plan")), self._after_use
        )

    def _after_use(self, yes: bool | None) -> None:
        from parley.household import use_plan

        if not yes or self.plan is None:
            return
        written = use_plan(self.app.store, self.plan)
        self.notify(
            _(
                "{n} asks written as proposed offers A: the offer editor and the script use them."
            ).format(n=written),
            timeout=8,
        )
        self.app.refresh_data()

    def action_pin(self) -> None:
        ask = self._selected()
        if ask is None:
            return
        store = self.app.store
        if ask.debt.id in self.pins:
            store.unpin_ask(ask.debt.id)
            self.notify(_("Unpinned: the plan chooses this debt's ask again."))
        else:
            accepted = store.accepted_offer(ask.debt.id)
            terms = accepted.terms if accepted else ask.terms
            if terms is None:
                self.notify(
                    _("There is no ask to pin: the plan has none for this debt now."),
                    severity="warning",
                )
                return
            store.pin_ask(ask.debt.id, terms)
            self.notify(
                _("Pinned the accepted offer: the plan works around it.")
                if accepted
                else _("Pinned this ask: the plan works around it.")
            )
        self._solve(self.budget)
        self._show()

    def action_pay(self) -> None:
        from parley.tui.screens.plan.payment import PaymentScreen

        ask = self._selected()
        deal = self.deals.get(ask.debt.id) if ask else None
        if deal is None:
            return
        title = _("Payment to {lender}, deal {label}").format(
            lender=ask.debt.lender, label=deal.label
        )
        self.app.push_screen(
            PaymentScreen(
                deal.offer_id, title, clock.today().isoformat(), deal.tracking.next_amount
            ),
            self._after_payment,
        )

    def _after_payment(self, saved: bool | None) -> None:
        if saved:
            self.notify(_("Payment recorded."))
            self._solve(self.budget)
            self._show()

    def action_what_if(self) -> None:
        ask = self._selected()
        deal = self.deals.get(ask.debt.id) if ask else None
        if deal is not None:
            self.notify(view.what_if(deal.tracking), title=ask.debt.lender, timeout=12)

    def palette_commands(self):
        from textual.app import SystemCommand

        for key in PLAN_KEYS:
            if self.check_action(key.action, ()):
                yield SystemCommand(_(key.description), _(key.tooltip), self._run(key.action))

    def _run(self, action: str):
        async def run() -> None:
            await self.run_action(action)

        return run
