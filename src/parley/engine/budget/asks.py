"""One debt's place in the household plan: its priority, its kind of ask, and the terms.

Every ask repays the principal left, interest-free, in equal instalments (the last one
absorbs the rounding, as every schedule here does), so the plan repays each debt's
principal left exactly to the fen; interest and charges beyond it are asked to be waived.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache

from parley.engine.debt import Debt, Intensity, LegalStage, LenderKind, Method
from parley.engine.money import format_money, percent_of
from parley.engine.offers import OfferKind, OfferTerms
from parley.engine.proposals import P2P_DOWN_PAYMENT, UNDER_HALF
from parley.engine.schedule import add_months, rows
from parley.engine.triage import PAY_FIRST_ABOVE, Ranked
from parley.i18n import N_, _, language, ngettext
from parley.i18n.format import percent

MAX_COUNT = 60  # the longest restructure lenders commonly accept
LONGEST_DEFERRAL = 12  # months
_LICENSED = (LenderKind.BANK, LenderKind.CONSUMER_FINANCE)
_HARSH_LEGAL = (LegalStage.LAWSUIT, LegalStage.JUDGMENT)


class Placement(StrEnum):
    NOW = "now"  # instalments from next month
    DEFERRAL = "deferral"  # a holiday of at most 12 months, then instalments
    LATER = "later"  # the money is taken for longer than a deferral: come back to it
    MEDIATION = "mediation"  # the budget cannot carry it at all
    SKIPPED = "skipped"  # nothing to plan: no principal left
    PINNED = "pinned"  # the user fixed this ask (e.g. the lender already accepted it)

    def label(self) -> str:
        return _(_PLACEMENT_LABELS[self])


_PLACEMENT_LABELS = {
    Placement.NOW: N_("Now"),
    Placement.DEFERRAL: N_("Deferral"),
    Placement.LATER: N_("Later"),
    Placement.MEDIATION: N_("Mediation"),
    Placement.SKIPPED: N_("Skipped"),
    Placement.PINNED: N_("Pinned"),
}
PLANNED = (Placement.NOW, Placement.DEFERRAL, Placement.LATER, Placement.PINNED)


@dataclass(frozen=True)
class Ask:
    """What the plan asks of one lender, and what it pays, month by month."""

    debt: Debt
    rank: int  # 1 = first in the plan's order
    tier: int  # 1 = above 24% or harsh collection, 2 = inside its 30-day window, 3 = the rest
    placement: Placement
    principal_left: int
    reason: str
    kind: OfferKind | None = None
    terms: OfferTerms | None = None  # None when there is nothing to ask now
    down_payment: int = 0  # from the lump sum, before the first instalment
    count: int = 0
    start: int = 0  # the month of the first instalment (0 = next month)
    payments: tuple[int, ...] = ()  # one per month from `start` (0 where nothing falls due)
    first_due: date | None = None

    @property
    def instalment(self) -> int:
        return next((p for p in self.payments if p), 0)

    @property
    def total(self) -> int:
        return self.down_payment + sum(self.payments)

    @property
    def planned(self) -> bool:
        return self.placement in PLANNED

    @property
    def end(self) -> int:
        """The month after the last payment (0 when nothing is planned)."""
        return self.start + len(self.payments) if self.planned and self.payments else 0


def join(*sentences: str) -> str:
    # Chinese runs sentences together; English separates them with a space.
    sep = "" if language() == "zh_CN" else " "
    return sep.join(s for s in sentences if s)


def tier_of(entry: Ranked) -> tuple[int, str]:
    """The plan's priority for a debt, and why."""
    debt, apr = entry.debt, entry.cost.apr if entry.cost.solved else None
    # Compared as shown (two decimals of a percent): 24.00% is not above 24%.
    shown = round(apr, 4) if apr is not None else None
    harsh = debt.collection_intensity is Intensity.HIGH or debt.legal_stage in _HARSH_LEGAL
    return _tier(shown, harsh, entry.window_30_left, language())


@lru_cache(maxsize=4096)
def _tier(apr: float | None, harsh: bool, window: int | None, lang: str) -> tuple[int, str]:
    # Cached: the reasons are re-read on every re-solve while the budget is typed.
    if apr is not None and apr > PAY_FIRST_ABOVE:
        return 1, _("It costs {apr} a year, above {line}: it comes first.").format(
            apr=percent(apr), line=percent(PAY_FIRST_ABOVE, 0)
        )
    if harsh:
        return 1, _("Collection is harsh: it comes first.")
    if window is not None:
        return 2, ngettext(
            "{n} day is left in its 30-day window: settle it before the window closes.",
            "{n} days are left in its 30-day window: settle it before the window closes.",
            window,
        ).format(n=window)
    return 3, ""


def kind_of(debt: Debt, left: int, lump_left: int) -> tuple[OfferKind, int, str]:
    """The kind of ask, the down payment taken from the lump sum, and why."""
    if debt.kind is LenderKind.EX_P2P:
        wanted = percent_of(left, P2P_DOWN_PAYMENT)
        down = min(wanted, max(lump_left, 0), max(left - 1, 0))
        pct = percent(P2P_DOWN_PAYMENT, 0)
        if down >= wanted:
            why = _(
                "Ex-P2P platforms usually want about {pct} up front: {down} from your lump "
                "sum, the rest interest-free."
            ).format(pct=pct, down=format_money(down))
        elif down > 0:
            why = _(
                "Ex-P2P platforms usually want about {pct} up front; your lump sum covers "
                "{down}, the rest interest-free."
            ).format(pct=pct, down=format_money(down))
        else:
            why = _(
                "Ex-P2P platforms usually want about {pct} up front; with no lump sum left, "
                "offer the rest interest-free."
            ).format(pct=pct)
        return OfferKind.FREEZE, down, why
    if debt.principal > 0 and debt.principal - debt.principal_repaid < debt.principal * UNDER_HALF:
        share = (debt.principal - debt.principal_repaid) / debt.principal
        why = _("Only {share} of the principal is left: ask for the interest to be waived.")
        return OfferKind.RATE_REDUCTION, 0, why.format(share=percent(share, 0))
    if debt.kind in _LICENSED:
        why = _("A licensed lender has room to accept repaying the principal only.")
        return OfferKind.RATE_REDUCTION, 0, why
    return OfferKind.FREEZE, 0, _("Ask to stop the interest and repay the principal left.")


def terms_for(
    debt: Debt, kind: OfferKind, left: int, down: int, count: int, start: int, today: date
) -> OfferTerms:
    """Offer terms that `offers.evaluate` turns into exactly this ask's schedule."""
    return OfferTerms(
        kind=OfferKind.DEFERRAL if start else kind,
        rate=0.0,
        count=count,
        down_payment=down,
        deferral_months=start,
        waived_amount=max(debt.outstanding - left, 0),  # interest and charges waived
        waive_penalty=True,
        first_due=add_months(today, 1),
        method=Method.ANNUITY,
    )


@lru_cache(maxsize=65536)
def payments(amount: int, count: int) -> tuple[int, ...]:
    """The interest-free schedule's payments (the offer engine's own rows)."""
    return tuple(part + interest for _k, part, interest in rows(amount, 0.0, count, Method.ANNUITY))


@lru_cache(maxsize=65536)
def largest(amount: int, count: int) -> int:
    """The largest payment of `payments(amount, count)`, without building it."""
    each = int(amount / count + 0.5)  # rows() rounds half-up the same way
    if each * (count - 1) <= amount:
        return max(each, amount - each * (count - 1))
    return min(each, amount)


@lru_cache(maxsize=65536)
def fit_count(amount: int, low: int, cap: int | None) -> int | None:
    """The fewest instalments from `low` (up to 60, never more than fen owed) whose largest
    payment is within `cap`; None when none is."""
    high = min(MAX_COUNT, max(amount, 1))
    for count in range(min(max(low, 1), high), high + 1):
        if cap is None or largest(amount, count) <= cap:
            return count
    return None
