"""Which debt to deal with first: overdue stage, time windows, true cost and ranking.

Order of priority, from the practitioners' rule for when money is short: the rate's band
first (above 36%, above 24% up to 36%, above 4 x LPR up to 24%, the rest), then within a
band the harsher collection, then the greater legal risk, then the higher rate. A debt
whose rate cannot be worked out is placed by its legal stage and collection (see `_band`).
Rates are compared with the lines at basis-point precision.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache

from parley.engine.cost import Cost, dated_cost, periodic_cost
from parley.engine.debt import Debt, Intensity, LegalStage, Method, Settings
from parley.engine.rates import above, caps_exceeded
from parley.engine.schedule import rows
from parley.i18n import N_, _, language, ngettext
from parley.i18n.format import percent

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


def windows(settings: Settings | None = None) -> tuple[int, int]:
    """The best and latest windows in days (30 and 90 unless changed in settings)."""
    if settings is None:
        return BEST_WINDOW, LATEST_WINDOW
    return settings.best_window, settings.latest_window


def stage(debt: Debt, today: date, settings: Settings | None = None) -> Stage:
    """The debt's stage; a legal step outranks the count of days."""
    if debt.legal_stage in _LEGAL:
        return _LEGAL[debt.legal_stage]
    best, latest = windows(settings)
    days = days_overdue(debt, today)
    if days == 0:
        return Stage.CURRENT
    if days <= best:
        return Stage.OVERDUE_1_30
    if days <= latest:
        return Stage.OVERDUE_31_90
    return Stage.OVERDUE_90_PLUS


def window_days_left(
    debt: Debt, today: date, settings: Settings | None = None
) -> tuple[int | None, int | None]:
    """Days left in the best and latest windows (0 = last day); None when passed or not
    overdue."""
    days = days_overdue(debt, today)
    if days == 0:
        return None, None
    return tuple(  # type: ignore[return-value]
        limit - days if days <= limit else None for limit in windows(settings)
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


# Rate bands, most urgent first.
ABOVE_36, ABOVE_24, ABOVE_LPR, BELOW = 0, 1, 2, 3


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
    band: int = BELOW
    reasons: list[str] = field(default_factory=list)  # why it ranks here, most weighty first

    @property
    def reason(self) -> str:
        return _("; ").join(self.reasons)


def _band(apr: float | None, lpr_line: Decimal, level: Intensity, legal: LegalStage) -> int:
    if apr is None:
        # Unknown rate (e.g. only the balance a collection agency claims): a court case
        # or harsh collection is as urgent as a costly loan, so it is not left last.
        if legal in (LegalStage.LAWSUIT, LegalStage.JUDGMENT):
            return ABOVE_36
        if legal is LegalStage.LAWYER_LETTER or level is Intensity.HIGH:
            return ABOVE_24
        if level is Intensity.MEDIUM:
            return ABOVE_LPR
        return BELOW
    if above(apr, RATE_36):
        return ABOVE_36
    if above(apr, PAY_FIRST_ABOVE):
        return ABOVE_24
    if above(apr, lpr_line):
        return ABOVE_LPR
    return BELOW


RATE_36 = 0.36


def _reasons(
    band: int,
    apr: float | None,
    lpr_line: Decimal,
    debt: Debt,
    level: Intensity,
    summary,
    days: int,
    multiple: int,
) -> list[str]:
    found = []
    if apr is None:
        found.append(_("rate unknown"))
    elif band == ABOVE_36:
        found.append(_("above 36% ({rate})").format(rate=percent(apr)))
    elif band == ABOVE_24:
        found.append(_("24–36% ({rate})").format(rate=percent(apr)))
    elif band == ABOVE_LPR:
        found.append(
            _("above {multiple} × LPR of the contract date ({line})").format(
                multiple=multiple, line=percent(float(lpr_line))
            )
        )
    else:
        found.append(
            _("at or below {multiple} × LPR ({rate})").format(multiple=multiple, rate=percent(apr))
        )
    if summary is not None and summary.abusive_30:
        found.append(
            ngettext(
                "abuse logged {n} time in 30 days",
                "abuse logged {n} times in 30 days",
                summary.abusive_30,
            ).format(n=summary.abusive_30)
        )
    elif summary is not None and summary.last_7:
        found.append(
            ngettext(
                "contacted {n} time this week", "contacted {n} times this week", summary.last_7
            ).format(n=summary.last_7)
        )
    elif level is not Intensity.NONE:
        found.append(_("collection: {level}").format(level=level.label().lower()))
    legal = {
        LegalStage.JUDGMENT: N_("judgment given"),
        LegalStage.LAWSUIT: N_("lawsuit filed"),
        LegalStage.LAWYER_LETTER: N_("lawyer's letter received"),
    }.get(debt.legal_stage)
    if legal:
        found.append(_(legal))
    elif days:
        found.append(ngettext("{n} day overdue", "{n} days overdue", days).format(n=days))
    return found


def rank_debts(
    debts: Sequence[Debt],
    *,
    today: date,
    settings: Settings,
    intensity: Mapping[int, Intensity] | None = None,
    costs: Mapping[int, Cost] | None = None,
    collection: Mapping[int, object] | None = None,
) -> list[Ranked]:
    """Debts in the order to deal with them: by rate band (above 36%, 24-36%, above 4 x
    the LPR of the contract date, the rest), then collection intensity, then legal risk,
    then the rate (highest first). `intensity`, `costs` and `collection` (CollectionSummary,
    for the reasons) are keyed by debt id; the first two override the debt's own figures
    (costs: e.g. from actual payments)."""
    caps = settings.caps
    entries = []
    for index, debt in enumerate(debts):
        cost = (costs or {}).get(debt.id) if debt.id is not None else None
        if cost is None:
            cost = debt_true_cost(debt)
        level = debt.collection_intensity
        if intensity and debt.id is not None and debt.id in intensity:
            level = intensity[debt.id]
        apr = cost.apr if cost.solved and cost.apr is not None else None
        lpr_line = caps.lpr_on(debt.start_date)[1] * caps.lpr_multiple
        band = _band(apr, lpr_line, level, debt.legal_stage)
        key = (
            band,
            -level.level,
            -_LEGAL_RISK[debt.legal_stage],
            -(apr if apr is not None else -1.0),
            index,
        )
        entries.append((key, debt, cost, band, level, apr, lpr_line))
    entries.sort(key=lambda e: e[0])
    ranked = []
    for rank, (_key, debt, cost, band, level, apr, lpr_line) in enumerate(entries, start=1):
        w30, w90 = window_days_left(debt, today, settings)
        days = days_overdue(debt, today)
        summary = (collection or {}).get(debt.id) if debt.id is not None else None
        ranked.append(
            Ranked(
                debt=debt,
                rank=rank,
                cost=cost,
                caps_exceeded=caps_exceeded(apr, caps, on=debt.start_date),
                stage=stage(debt, today, settings),
                days_overdue=days,
                window_30_left=w30,
                window_90_left=w90,
                band=band,
                reasons=_reasons(
                    band, apr, lpr_line, debt, level, summary, days, caps.lpr_multiple
                ),
            )
        )
    return ranked


def debt_ratio(total_owed: int, monthly_income: int) -> float | None:
    """负债率: total owed / annual income; None without an income."""
    if monthly_income <= 0:
        return None
    return total_owed / (monthly_income * 12)
