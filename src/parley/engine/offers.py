"""What a negotiation can win, as terms, and what each deal costs against doing nothing.

CONTRACT (other modules rely on these names): `OfferKind`, `OfferTerms`, `OfferResult`,
`evaluate`, `baseline`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from parley.engine.debt import Debt, Method, Settings
from parley.engine.schedule import Schedule
from parley.i18n import N_, _


class OfferKind(StrEnum):
    RATE_REDUCTION = "rate_reduction"  # interest cut to a new rate; rate 0 = interest waived
    FREEZE = "freeze"  # 停息挂账: balance parked, repaid in N interest-free instalments
    DEFERRAL = "deferral"  # M months' holiday (fee: % of principal), then instalments
    RESTRUCTURE = "restructure"  # N instalments (36-60 typical) at a rate, optional down payment

    def label(self) -> str:
        return _(_KIND_LABELS[self])


_KIND_LABELS = {
    OfferKind.RATE_REDUCTION: N_("Rate reduction or waiver"),
    OfferKind.FREEZE: N_("Freeze and park"),
    OfferKind.DEFERRAL: N_("Deferral"),
    OfferKind.RESTRUCTURE: N_("Restructure"),
}


@dataclass(frozen=True)
class OfferTerms:
    """A proposed deal. Money in minor units, rates and percentages as fractions."""

    kind: OfferKind = OfferKind.RESTRUCTURE
    rate: float = 0.0  # nominal annual rate of the new instalments
    count: int = 36  # number of instalments
    down_payment: int = 0  # paid before the first instalment
    down_payment_pct: float | None = None  # of the balance; when set, replaces down_payment
    deferral_months: int = 0
    deferral_fee_pct: float = 0.0  # extension fee, fraction of the principal outstanding
    interest_during_deferral: bool = False
    fee_per_instalment: int = 0
    waived_amount: int = 0  # partial waiver, applied to principal first
    waive_penalty: bool = True  # penalty interest and liquidated damages waived
    first_due: date | None = None  # None: one month after today
    method: Method = Method.ANNUITY


@dataclass(frozen=True)
class OfferResult:
    schedule: Schedule
    down_payment: int
    total_paid: int  # down payment + every instalment + every fee
    total_interest: int
    total_fees: int
    apr: float | None  # None when no rate solves the cash flows
    ear: float | None
    savings: int  # baseline total_paid - this total_paid (negative: the deal costs more)
    income_share: float | None  # first full instalment / monthly income; None without income
    caps_exceeded: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def instalment(self) -> int:
        return self.schedule.first_payment


def baseline(debt: Debt, *, today: date, settings: Settings) -> OfferResult:
    """The debt's remaining schedule if nothing changes (penalty interest while overdue)."""
    raise NotImplementedError


def evaluate(debt: Debt, terms: OfferTerms, *, today: date, settings: Settings) -> OfferResult:
    """Schedule, totals, APR/EAR, savings against `baseline`, income share and cap checks."""
    raise NotImplementedError
