"""The plan month by month (paid to whom, owed after, debt ratio) and its totals against
doing nothing, nominal and discounted.

Discounting as the offer editor does it (`offers.present_value`): each debt's payments are
brought back to today at its own contract rate, monthly, a payment in month k (k = 1 next
month) divided by (1 + rate/12) ** k; what is paid now (down payments, penalty interest)
is not discounted. The baseline's figure is its own `value_today`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from parley.engine.budget.asks import Ask, Placement
from parley.engine.debt import Settings
from parley.engine.offers import baseline, present_value
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
    plan_pv: int  # in today's money, each debt at its contract rate
    baseline_pv: int

    @property
    def saving(self) -> int:
        return self.baseline - self.plan

    @property
    def saving_pv(self) -> int:
        return self.baseline_pv - self.plan_pv


def month_of(today: date, index: int) -> date:
    return add_months(today.replace(day=1), index + 1)


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
    plan = base = plan_pv = base_pv = 0
    for ask in asks:
        if not ask.planned:
            continue
        plan += ask.total
        flows = (0,) * ask.start + ask.payments
        plan_pv += present_value(ask.down_payment, flows, ask.debt.annual_rate)
        now = baseline(ask.debt, today=today, settings=settings)
        base += now.total_paid
        base_pv += now.value_today
    return Totals(plan, base, plan_pv, base_pv)
