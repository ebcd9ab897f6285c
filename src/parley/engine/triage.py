"""Which debt to deal with first: overdue stage, time windows, true cost and ranking.

Order of priority, from the practitioners' rule for when money is short: debts above
24% APR first, then the higher APR, then the harsher collection, then the greater legal
risk.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import lru_cache

from parley.engine.cost import Cost, dated_cost, periodic_cost
from parley.engine.debt import Debt, Intensity, LegalStage, Method, Settings
from parley.engine.rates import caps
from parley.engine.schedule import rows
from parley.i18n import N_, _, language

BEST_WINDOW = 30  # days: lenders' risk systems have not flagged the account yet
LATEST_WINDOW = 90  # days: after this, collection escalates
PAY_FIRST_ABOVE = 0.24  # APR above which a debt is paid first


class Stage(StrEnum):
    CURRENT = "current"
    OVERDUE_1_30 = "overdue_1_30"
    OVERDUE_31_90 = "overdue_31_90"
    OVERDUE_90_PLUS = "overdue_90_plus"
    LAWYER_LETTER = "lawyer_letter"
    LAWSUIT = "lawsuit"
    JUDGMENT = "judgment"

    def label(self) -> str:
        return _(_STAGE_LABELS[self])


_STAGE_LABELS = {
    Stage.CURRENT: N_("Up to date"),
    Stage.OVERDUE_1_30: N_("1-30 days overdue"),
    Stage.OVERDUE_31_90: N_("31-90 days overdue"),
    Stage.OVERDUE_90_PLUS: N_("Over 90 days overdue"),
    Stage.LAWYER_LETTER: N_("Lawyer's letter received"),
    Stage.LAWSUIT: N_("Lawsuit filed"),
    Stage.JUDGMENT: N_("Judgment given"),
}

_LEGAL = {
    LegalStage.LAWYER_LETTER: Stage.LAWYER_LETTER,
    LegalStage.LAWSUIT: Stage.LAWSUIT,
    LegalStage.JUDGMENT: Stage.JUDGMENT,
}
_LEGAL_RISK = {s: i for i, s in enumerate(LegalStage)}


def days_overdue(debt: Debt, today: date) -> int:
    """Days since the first missed payment's due date (0 when none, or due today or later)."""
    if debt.first_missed is None:
        return 0
    return max((today - debt.first_missed).days, 0)


def stage(debt: Debt, today: date) -> Stage:
    """The debt's stage; a legal step outranks the count of days."""
    if debt.legal_stage in _LEGAL:
        return _LEGAL[debt.legal_stage]
    days = days_overdue(debt, today)
    if days == 0:
        return Stage.CURRENT
    if days <= BEST_WINDOW:
        return Stage.OVERDUE_1_30
    if days <= LATEST_WINDOW:
        return Stage.OVERDUE_31_90
    return Stage.OVERDUE_90_PLUS


def window_days_left(debt: Debt, today: date) -> tuple[int | None, int | None]:
    """Days left in the 30- and 90-day windows (0 = last day); None when passed or not overdue."""
    days = days_overdue(debt, today)
    if days == 0:
        return None, None
    return tuple(  # type: ignore[return-value]
        limit - days if days <= limit else None for limit in (BEST_WINDOW, LATEST_WINDOW)
    )


@lru_cache(maxsize=4096)
def _contract_cost(
    principal: int,
    received: int,
    annual_rate: float,
    term: int,
    method: Method,
    fee_per_instalment: int,
    fee_one_off: int,
    lang: str,  # the reason for an unsolved cost is text in this language
) -> Cost:
    if principal <= 0 or term < 1:
        return Cost.unsolved(N_("Enter the contract's principal and number of instalments."))
    payments = [0] * term
    for period, part, interest in rows(principal, annual_rate, min(term, 600), method):
        payments[period - 1] += part + interest + fee_per_instalment
    return periodic_cost(received - fee_one_off, payments)


def debt_true_cost(debt: Debt, payments: Sequence[tuple[date, int]] = ()) -> Cost:
    """What the loan really costs, from its cash flows.

    Without `payments`: the amount actually received against the contract schedule at the
    contract rate with its fees (a one-off fee counts as paid at the start). With dated
    `payments` (amounts the borrower paid, positive): XIRR on them plus the amount
    received on the start date.
    """
    if payments:
        if debt.start_date is None:
            return Cost.unsolved(N_("Enter the date the money arrived."))
        flows = [(debt.start_date, debt.amount_received)]
        flows += [(day, -amount) for day, amount in payments]
        return dated_cost(flows)
    return _contract_cost(
        debt.principal,
        debt.amount_received,
        debt.annual_rate,
        debt.term,
        debt.method,
        debt.fee_per_instalment,
        debt.fee_one_off,
        language(),
    )


@dataclass
class Ranked:
    debt: Debt
    rank: int  # 1 = deal with first
    cost: Cost
    caps_exceeded: list[str] = field(default_factory=list)
    stage: Stage = Stage.CURRENT
    days_overdue: int = 0
    window_30_left: int | None = None
    window_90_left: int | None = None


def rank_debts(
    debts: Sequence[Debt],
    *,
    today: date,
    settings: Settings,
    intensity: Mapping[int, Intensity] | None = None,
    costs: Mapping[int, Cost] | None = None,
) -> list[Ranked]:
    """Debts in the order to deal with them: above 24% APR first, then APR (highest
    first), then collection intensity, then legal risk. `intensity` and `costs` are keyed
    by debt id and override the debt's own figures (costs: e.g. from actual payments)."""
    limits = [(c.code, c.rate + 1e-9) for c in caps(settings.caps)]
    entries = []
    for index, debt in enumerate(debts):
        cost = (costs or {}).get(debt.id) if debt.id is not None else None
        if cost is None:
            cost = debt_true_cost(debt)
        level = debt.collection_intensity
        if intensity and debt.id is not None and debt.id in intensity:
            level = intensity[debt.id]
        apr = cost.apr if cost.solved and cost.apr is not None else -1.0
        key = (
            apr <= PAY_FIRST_ABOVE,
            -apr,
            -level.level,
            -_LEGAL_RISK[debt.legal_stage],
            index,
        )
        entries.append((key, debt, cost))
    entries.sort(key=lambda e: e[0])
    ranked = []
    for rank, (_key, debt, cost) in enumerate(entries, start=1):
        w30, w90 = window_days_left(debt, today)
        ranked.append(
            Ranked(
                debt=debt,
                rank=rank,
                cost=cost,
                caps_exceeded=[code for code, rate in limits if (cost.apr or 0.0) > rate],
                stage=stage(debt, today),
                days_overdue=days_overdue(debt, today),
                window_30_left=w30,
                window_90_left=w90,
            )
        )
    return ranked


def debt_ratio(total_owed: int, monthly_income: int) -> float | None:
    """负债率: total owed / annual income; None without an income."""
    if monthly_income <= 0:
        return None
    return total_owed / (monthly_income * 12)
