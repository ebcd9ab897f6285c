"""Penalty interest (罚息) run up so far, and the rate it is charged at.

Penalty interest runs on overdue principal: each missed instalment's principal part from
its own due date, or all principal left from the first missed date once the lender has
declared the whole debt due (`debt.accelerated`). Simple interest, actual/365. The rate is
the debt's stated penalty rate, or `settings.penalty_multiple` x the contract rate (1.5x
is common). Interest that fell due and was not paid is not itself charged penalty here:
compounding on interest is a separate claim the lender must show in the contract.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from parley.engine.debt import Debt, Settings
from parley.engine.money import round_minor
from parley.engine.schedule import add_months, rows


@dataclass(frozen=True)
class PenaltyFigure:
    amount: int  # minor units run up to `today`
    annual_rate: float  # the penalty rate, annual fraction
    base_principal: int  # overdue principal it runs on today
    lines_above: list[str] = field(default_factory=list)  # legal_lines codes it is above
    missed: int = 0  # instalments overdue (all remaining ones when accelerated)
    days: int = 0  # days since the first missed due date


def penalty_rate(debt: Debt, settings: Settings) -> float:
    if debt.penalty_rate is not None:
        return debt.penalty_rate
    return debt.annual_rate * settings.penalty_multiple


def principal_left(debt: Debt) -> int:
    """Principal still owed, as far as the record tells (never above the balance)."""
    if debt.principal > 0:
        return max(min(debt.principal - debt.principal_repaid, debt.outstanding), 0)
    return max(debt.outstanding, 0)


def overdue_principal(debt: Debt, today: date) -> list[tuple[date, int]]:
    """(due date, principal part) of each instalment overdue on `today`; with acceleration,
    one entry: all principal left from the first missed date."""
    if debt.first_missed is None or debt.first_missed >= today:
        return []
    left = principal_left(debt)
    if left <= 0:
        return []
    if debt.accelerated or debt.principal <= 0 or debt.term < 1:
        return [(debt.first_missed, left)]
    parts = [
        part
        for _period, part, _interest in rows(
            debt.principal, debt.annual_rate, min(debt.term, 600), debt.method
        )
    ]
    found: list[tuple[date, int]] = []
    total = 0
    # Missed instalments fall due a month apart from the first missed one, which keeps
    # the contract's day of the month (Jan 31 -> Feb 28 -> Mar 31).
    for j, k in enumerate(range(debt.instalments_paid, len(parts))):
        due = add_months(debt.first_missed, j)
        if due >= today:
            break
        part = min(parts[k], left - total)
        if part <= 0:
            break
        found.append((due, part))
        total += part
    return found


def penalty_accrued(debt: Debt, today: date, settings: Settings) -> PenaltyFigure:
    """Penalty interest on overdue principal up to `today`, with the lines its rate is above."""
    from parley.engine.legal_lines import lines_above

    rate = penalty_rate(debt, settings)
    over = lines_above(rate, debt, settings)
    overdue = overdue_principal(debt, today)
    if not overdue:
        return PenaltyFigure(0, rate, 0, over)
    exact = sum(part * rate * (today - due).days / 365 for due, part in overdue)
    return PenaltyFigure(
        amount=round_minor(exact),
        annual_rate=rate,
        base_principal=sum(part for _due, part in overdue),
        lines_above=over,
        missed=len(overdue) if not debt.accelerated else max(debt.term - debt.instalments_paid, 1),
        days=(today - overdue[0][0]).days,
    )
