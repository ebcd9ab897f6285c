"""The plan month by month (paid to whom, owed after, debt ratio) and its totals against
doing nothing, nominal and discounted.

Discounting: every payment is brought back to today at the one-year LPR (the dated,
editable setting), compounded monthly, a payment in month k (k = 1 next month) divided
by (1 + LPR/12) ** k. Down payments and penalty interest paid now are not discounted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from parley.engine.budget.asks import Ask, Placement
from parley.engine.debt import Settings
from parley.engine.offers import baseline
from parley.engine.schedule import add_months


@dataclass(frozen=True)
class Month:
    index: int  # 0 = next month
    month: date  # the first day of that month
    paid: int  # from the money for debts
    to: tuple[tuple[int, int], ...]  # (position of the ask in the plan, amount)
    owed_after: int
    debt_ratio: float | None  # owed after / yearly income; None without income


@dataclass(frozen=True)
class Totals:
    plan: int  # every down payment and instalment the plan pays
    baseline: int  # the same debts carried on as now (penalty so far included)
    plan_pv: int
    baseline_pv: int
    rate: float  # the annual rate used to discount

    @property
    def saving(self) -> int:
        return self.baseline - self.plan

    @property
    def saving_pv(self) -> int:
        return self.baseline_pv - self.plan_pv


def month_of(today: date, index: int) -> date:
    return add_months(today.replace(day=1), index + 1)


def present_value(flows: Sequence[int], annual_rate: float, *, first_period: int = 1) -> int:
    """Flows one a month, the first `first_period` months from now, discounted to today."""
    factor = 1.0 + annual_rate / 12
    total = 0.0
    for k, amount in enumerate(flows, start=first_period):
        if amount:
            total += amount / factor**k
    return int(total + 0.5)


def months(asks: Sequence[Ask], today: date, yearly_income: int) -> tuple[Month, ...]:
    planned = [(n, a) for n, a in enumerate(asks) if a.planned and a.payments]
    end = max((a.end for _n, a in planned), default=0)
    owed = sum(a.total - a.down_payment for _n, a in planned)
    owed += sum(a.principal_left for a in asks if a.placement is Placement.MEDIATION)
    paid = [0] * end
    to: list[list[tuple[int, int]]] = [[] for _ in range(end)]
    for n, a in planned:
        for k, amount in enumerate(a.payments, start=a.start):
            if amount:
                paid[k] += amount
                to[k].append((n, amount))
    out = []
    for j in range(end):
        owed -= paid[j]
        ratio = owed / yearly_income if yearly_income > 0 else None
        out.append(Month(j, month_of(today, j), paid[j], tuple(to[j]), owed, ratio))
    return tuple(out)


def totals(asks: Sequence[Ask], *, today: date, settings: Settings) -> Totals:
    """The planned debts' plan against carrying on as now."""
    rate = settings.caps.lpr
    plan = base = plan_pv = base_pv = 0
    for ask in asks:
        if not ask.planned:
            continue
        plan += ask.total
        plan_pv += ask.down_payment + present_value(ask.payments, rate, first_period=ask.start + 1)
        now = baseline(ask.debt, today=today, settings=settings)
        base += now.total_paid
        base_pv += now.penalty + present_value(now.schedule.payments_by_period(), rate)
    return Totals(plan, base, plan_pv, base_pv, rate)
