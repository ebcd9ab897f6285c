"""The household plan: one budget, every open debt, a month to be free.

`Budget` (model) holds income, essentials and lump sums; `solve` gives one ask per debt
(asks, solver) and the month-by-month path with its totals (path). Pure: no I/O.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from parley.engine.budget.asks import Ask, Placement
from parley.engine.budget.model import CATEGORIES, Budget, IncomeSource, category_label
from parley.engine.budget.path import Month, Totals, month_of, months, totals
from parley.engine.budget.solver import lay_out
from parley.engine.debt import Debt, Intensity, Settings
from parley.engine.offers import OfferTerms

__all__ = [
    "CATEGORIES",
    "Ask",
    "Budget",
    "IncomeSource",
    "Month",
    "Placement",
    "Plan",
    "Totals",
    "category_label",
    "month_of",
    "solve",
]


@dataclass(frozen=True)
class Plan:
    today: date
    budget: Budget
    asks: tuple[Ask, ...]  # in the plan's order; skipped debts last
    months: tuple[Month, ...]
    shortfall: int  # more money a month the budget would need to carry every debt
    lump_left: int
    totals: Totals
    notes: tuple[str, ...]

    @property
    def available(self) -> int:
        return self.budget.available

    @property
    def feasible(self) -> bool:
        waiting = (Placement.LATER, Placement.MEDIATION)
        return self.shortfall == 0 and not any(a.placement in waiting for a in self.asks)

    @property
    def monthly_total(self) -> int:
        return self.months[0].paid if self.months else 0

    @property
    def debt_free(self) -> date | None:
        """The month of the last payment; None when a debt is left unplanned (or none is)."""
        if any(a.placement is Placement.MEDIATION for a in self.asks) or not self.months:
            return None
        return self.months[-1].month

    @property
    def owed_now(self) -> int:
        """What the plan starts from, after the down payments."""
        if not self.months:
            return sum(a.principal_left for a in self.asks if a.placement is Placement.MEDIATION)
        return self.months[0].owed_after + self.months[0].paid


def solve(
    budget: Budget,
    debts: Sequence[Debt],
    *,
    today: date,
    settings: Settings,
    pinned: Mapping[int, OfferTerms] | None = None,
    intensity: Mapping[int, Intensity] | None = None,
) -> Plan:
    layout = lay_out(
        budget, debts, today=today, settings=settings, pinned=pinned, intensity=intensity
    )
    return Plan(
        today=today,
        budget=budget,
        asks=layout.asks,
        months=months(layout.asks, today, budget.income * 12),
        shortfall=layout.shortfall,
        lump_left=layout.lump_left,
        totals=totals(layout.asks, today=today, settings=settings),
        notes=layout.notes,
    )
