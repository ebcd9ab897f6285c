"""The named figures a call script may say, each taken from the engine, never worked out
in the text.

`gather(inp)` returns `Facts`: name -> `Figure(value, kind)`. The writer says a number
only through a figure's name, and every sentence (`Said`) records the names it used, so
a test can trace each number in the script back to the engine figure it claims to be.
A fact the user has not given is simply absent: the writer leaves a visible blank or
says nothing, never a guess.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from parley import clock
from parley.engine.debt import Debt, Settings
from parley.engine.hardship import Evidence, Hardship
from parley.engine.offers import OfferKind, OfferResult, OfferTerms, principal_left

PUSHBACK_DOWN_PAYMENT = 0.30  # what lenders, ex-P2P platforms above all, ask up front


@dataclass
class ScriptInput:
    """What the user entered, the debt, and the engine's results for offers A and B.

    Money in minor units. `None` means the user has not said: the script leaves a blank
    (hardship) or says nothing about it (income, costs), never a made-up value.
    """

    debt: Debt
    hardship: Hardship | None
    hardship_since: date | None
    evidence: Collection[Evidence]
    monthly_income: int | None  # after the hardship; 0 = entered as none; None = not given
    essential_costs: int | None
    max_instalment: int | None  # the most the user can pay a month, from income and costs
    offer_a: OfferTerms
    result_a: OfferResult
    offer_b: OfferTerms
    result_b: OfferResult
    baseline: OfferResult
    caller_name: str = ""
    hardship_detail: str = ""  # the user's own words
    settings: Settings = field(default_factory=Settings)
    today: date | None = None  # None: the clock's today
    payments: Sequence[tuple[date, int]] = ()  # dated payments recorded, for interest overpaid


class Kind(StrEnum):
    MONEY = "money"
    PERCENT = "percent"
    DATE = "date"
    COUNT = "count"


@dataclass(frozen=True)
class Figure:
    value: int | float | Decimal | date
    kind: Kind
    source: str  # the engine figure it is, e.g. "triage.debt_true_cost(debt).apr"


class Said(str):
    """A sentence of the script, with the names of the figures it states."""

    figures: tuple[str, ...]

    def __new__(cls, text: str, figures: Sequence[str] = ()) -> Said:
        made = super().__new__(cls, text)
        made.figures = tuple(figures)
        return made


def said_figures(text: str) -> tuple[str, ...]:
    return getattr(text, "figures", ())


@dataclass
class Facts:
    """Named figures, plus which legal lines apply (codes, for choosing the wording)."""

    figures: dict[str, Figure] = field(default_factory=dict)
    rate_line_code: str | None = None  # the governing line the contract APR is above
    penalty_line_code: str | None = None  # the governing line the penalty rate is above
    overpaid_line_code: str | None = None

    def add(self, name: str, value, kind: Kind, source: str) -> None:
        if value is not None:
            self.figures[name] = Figure(value, kind, source)

    def __contains__(self, name: object) -> bool:
        return name in self.figures

    def __getitem__(self, name: str) -> Figure:
        return self.figures[name]

    def value(self, name: str, default=None):
        found = self.figures.get(name)
        return found.value if found is not None else default

    def __iter__(self) -> Iterator[str]:
        return iter(self.figures)


def _count(result: OfferResult, terms: OfferTerms) -> int:
    return len(result.schedule.instalments) or terms.count


def _option(facts: Facts, name: str, terms: OfferTerms, result: OfferResult) -> None:
    add = facts.add
    src = f"offers.evaluate(offer {name})"
    add(f"{name}.instalment", result.instalment, Kind.MONEY, f"{src}.instalment")
    add(f"{name}.count", _count(result, terms), Kind.COUNT, f"{src}.schedule")
    add(f"{name}.total", result.total_paid, Kind.MONEY, f"{src}.total_paid")
    add(f"{name}.balance", result.balance, Kind.MONEY, f"{src}.balance")
    add(f"{name}.rate", terms.rate, Kind.PERCENT, f"offer {name}.rate")
    add(f"{name}.fees", result.total_fees, Kind.MONEY, f"{src}.total_fees")
    if result.down_payment > 0:
        add(f"{name}.down", result.down_payment, Kind.MONEY, f"{src}.down_payment")
    if result.schedule.instalments:
        first = result.schedule.instalments[0].due
        add(f"{name}.first_due", first, Kind.DATE, f"{src}.schedule[0].due")
    if terms.waived_amount > 0:
        add(f"{name}.waived", terms.waived_amount, Kind.MONEY, f"offer {name}.waived_amount")
    if OfferKind(terms.kind) is OfferKind.DEFERRAL:
        add(f"{name}.deferral_months", terms.deferral_months, Kind.COUNT, f"offer {name}")
        add(f"{name}.deferral_fee_pct", terms.deferral_fee_pct, Kind.PERCENT, f"offer {name}")
        add(f"{name}.deferral_fee", result.deferral_fee, Kind.MONEY, f"{src}.deferral_fee")
        add(
            f"{name}.deferral_interest",
            result.deferral_interest,
            Kind.MONEY,
            f"{src}.deferral_interest",
        )
    add(f"{name}.savings", abs(result.savings), Kind.MONEY, f"|{src}.savings|")
    add(f"{name}.savings_today", abs(result.savings_today), Kind.MONEY, f"|{src}.savings_today|")
    add(f"{name}.discount_rate", result.discount_rate, Kind.PERCENT, f"{src}.discount_rate")


def gather(inp: ScriptInput) -> Facts:
    """Every figure the script may state, from the engine and what the user entered."""
    from parley.engine.legal_lines import is_above, lines_for
    from parley.engine.overpaid import overpaid_interest
    from parley.engine.penalty import penalty_accrued
    from parley.engine.triage import days_overdue, debt_true_cost

    debt, settings = inp.debt, inp.settings
    today = inp.today or clock.today()
    facts = Facts()
    add = facts.add
    add("today", today, Kind.DATE, "today")
    if debt.outstanding > 0:
        add("outstanding", debt.outstanding, Kind.MONEY, "debt.outstanding")
    if debt.principal > 0:
        add("principal", debt.principal, Kind.MONEY, "debt.principal")
        add("principal_left", principal_left(debt), Kind.MONEY, "offers.principal_left")
        if debt.amount_received < debt.principal:
            add("received", debt.amount_received, Kind.MONEY, "debt.amount_received")
            cut = debt.principal - debt.amount_received
            add("cut_upfront", cut, Kind.MONEY, "debt.principal - debt.amount_received")
    if debt.first_missed and debt.first_missed <= today:
        add("first_missed", debt.first_missed, Kind.DATE, "debt.first_missed")
        add("days_overdue", days_overdue(debt, today), Kind.COUNT, "triage.days_overdue")

    lines = [line for line in lines_for(debt, settings) if line.applies]
    add("lpr_multiple", settings.caps.lpr_multiple, Kind.COUNT, "settings.caps.lpr_multiple")
    # The loan's own rate: the contract's cash flows, never the penalty.
    cost = debt_true_cost(debt)
    if cost.solved and cost.apr is not None:
        add("contract_apr", cost.apr, Kind.PERCENT, "triage.debt_true_cost(debt).apr")
        over = [line for line in lines if is_above(cost.apr, line)]
        if over:
            top = max(over, key=lambda line: line.rate)
            facts.rate_line_code = top.code
            add("rate_line", top.rate, Kind.PERCENT, f"legal_lines.lines_for: {top.code}")

    penalty = penalty_accrued(debt, today, settings)
    if penalty.amount > 0:
        add("penalty", penalty.amount, Kind.MONEY, "penalty.penalty_accrued.amount")
        add("penalty_rate", penalty.annual_rate, Kind.PERCENT, "penalty.penalty_accrued.rate")
        add("penalty_base", penalty.base_principal, Kind.MONEY, "penalty.base_principal")
        over = [line for line in lines if line.code in penalty.lines_above]
        if over:
            top = max(over, key=lambda line: line.rate)
            facts.penalty_line_code = top.code
            add("penalty_line", top.rate, Kind.PERCENT, f"legal_lines.lines_for: {top.code}")

    overpaid = overpaid_interest(debt, list(inp.payments), settings)
    if overpaid.amount > 0 and overpaid.line is not None:
        facts.overpaid_line_code = overpaid.line.code
        add("overpaid", overpaid.amount, Kind.MONEY, "overpaid.overpaid_interest.amount")
        add("overpaid_line", overpaid.line.rate, Kind.PERCENT, "overpaid_interest.line.rate")
        add(
            "interest_paid",
            overpaid.interest_and_fees_paid,
            Kind.MONEY,
            "overpaid_interest.interest_and_fees_paid",
        )

    if inp.monthly_income is not None:
        add("income", inp.monthly_income, Kind.MONEY, "entered: monthly income")
    if inp.essential_costs is not None:
        add("costs", inp.essential_costs, Kind.MONEY, "entered: essential costs")
    if inp.monthly_income and inp.essential_costs is not None:
        left = inp.monthly_income - inp.essential_costs
        add("left", left, Kind.MONEY, "income - costs")
    if inp.max_instalment:
        add("limit", inp.max_instalment, Kind.MONEY, "wizard.limit (share of income, costs)")
    if inp.hardship_since is not None:
        add("hardship_since", inp.hardship_since, Kind.DATE, "entered: since")

    _option(facts, "A", inp.offer_a, inp.result_a)
    _option(facts, "B", inp.offer_b, inp.result_b)
    ceiling = max(inp.result_a.instalment, inp.result_b.instalment)
    add("ceiling", ceiling, Kind.MONEY, "max(A.instalment, B.instalment)")

    base = inp.baseline
    add("baseline.balance", base.balance, Kind.MONEY, "offers.baseline.balance")
    add("baseline.count", len(base.schedule.instalments), Kind.COUNT, "offers.baseline")
    add("baseline.rate", debt.annual_rate, Kind.PERCENT, "debt.annual_rate")
    add("baseline.total", base.total_paid, Kind.MONEY, "offers.baseline.total_paid")
    add("baseline.penalty", base.penalty, Kind.MONEY, "offers.baseline.penalty")
    if base.schedule.instalments:
        first = base.schedule.instalments[0].due
        add("baseline.first_due", first, Kind.DATE, "offers.baseline.schedule[0].due")

    # What the lender will call "the full amount": its own figure when the user has it.
    owed = debt.outstanding or base.total_paid or inp.result_a.total_paid
    add("owed", owed, Kind.MONEY, "debt.outstanding or baseline total")
    from parley.engine.money import percent_of

    add("pushback_share", PUSHBACK_DOWN_PAYMENT, Kind.PERCENT, "PUSHBACK_DOWN_PAYMENT")
    add("pushback_asked", percent_of(owed, PUSHBACK_DOWN_PAYMENT), Kind.MONEY, "30% of owed")
    downs = [r.down_payment for r in (inp.result_a, inp.result_b) if r.down_payment > 0]
    if downs:
        add("down_max", max(downs), Kind.MONEY, "max(A.down, B.down)")
        if owed > 0:
            add("down_share", round(max(downs) / owed, 2), Kind.PERCENT, "down_max / owed")
    return facts
