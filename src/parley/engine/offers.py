"""What a negotiation can win, as terms, and what each deal costs against doing nothing.

CONTRACT (other modules rely on these names): `OfferKind`, `OfferTerms`, `OfferResult`,
`evaluate`, `baseline`.

Definitions every figure here follows:

- The *balance* is the debt's `outstanding`: what the lender says is owed now. A partial
  waiver (`waived_amount`) comes off it, counted against principal first (which matters
  for a deferral fee, charged on the principal still owed).
- *Penalty interest* (罚息) runs while the debt is overdue (`first_missed` before today):
  simple interest, actual/365, on overdue principal (the missed instalments' principal,
  or all principal left once the lender has called in the debt): engine/penalty.py.
  It is paid at the start unless the offer waives it.
- The *baseline* is carrying on as now: the balance repaid over the contract's
  `remaining_instalments` at the contract rate and method with its per-instalment fee,
  first instalment one month after today, plus the penalty so far.
- An offer's *APR/EAR* come from the borrower's own cash flows of the deal: money in = the
  balance being repaid (after any waiver) less what is paid at once (down payment, penalty
  not waived, deferral fee); money out = each instalment with its fee, in the month it
  falls due (a deferral leaves its months empty). The same rule gives the baseline's APR.
- *Savings* = baseline total paid - offer total paid; totals count every payment (down
  payment, penalty, fees and instalments).
- *Value today* discounts every payment to today at `discount_rate` (nominal annual,
  monthly periods; default the debt's contract rate), so a deal that only moves payments
  later saves nothing: *savings today* = baseline value today - offer value today.
- A *deferral* accrues interest at the offer's rate on the principal parked during it
  (simple, added to what is repaid) unless the lender agreed in writing that it does not
  (`deferral_interest_waived`). Lenders commonly grant at most one year.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from parley.engine.cost import Cost, periodic_cost
from parley.engine.debt import Debt, Method, Settings
from parley.engine.errors import InputError
from parley.engine.money import format_money, percent_of, round_minor
from parley.engine.rates import caps_exceeded
from parley.engine.schedule import MAX_COUNT, Schedule, add_months, build_schedule, rows
from parley.i18n import N_, _, language
from parley.i18n.format import percent

MAX_RATE = 10.0  # 1000% a year, as for typed rates
MAX_DEFERRAL = 120  # months
USUAL_DEFERRAL = 12  # months: the longest holiday lenders commonly grant (the seed's guide)


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
    # Interest runs during a deferral unless the lender agreed in writing that it does not.
    deferral_interest_waived: bool = False
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
    balance: int = 0  # what is repaid: the outstanding balance less any waiver
    penalty: int = 0  # penalty interest paid at the start (0 when waived)
    deferral_fee: int = 0  # extension fee paid at the start of a deferral
    deferral_interest: int = 0  # interest run up during a deferral, repaid in the instalments
    discount_rate: float = 0.0  # nominal annual rate `value_today` is discounted at
    value_today: int = 0  # every payment discounted to today at `discount_rate`
    savings_today: int = 0  # baseline value_today - this value_today

    @property
    def instalment(self) -> int:
        return self.schedule.first_payment


# --- the balance, penalty interest and the baseline ----------------------------------------


def principal_left(debt: Debt) -> int:
    """The part of the balance that is principal, as far as the record tells."""
    if debt.principal > 0:
        return max(min(debt.principal - debt.principal_repaid, debt.outstanding), 0)
    return debt.outstanding


def penalty_due(debt: Debt, today: date, settings: Settings | None = None) -> int:
    """Penalty interest run up so far: on overdue principal, see engine/penalty.py."""
    from parley.engine.penalty import penalty_accrued

    return penalty_accrued(debt, today, settings or Settings()).amount


def _months_between(start: date, end: date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month


def _share(payment: int, settings: Settings) -> float | None:
    from parley.engine.affordability import income_share

    return income_share(payment, settings.monthly_income)


def _share_warning(share: float | None, settings: Settings) -> list[str]:
    if share is None or share <= settings.income_share_limit:
        return []
    return [
        _(
            "The first instalment takes {share} of your monthly income, above the {limit} you set."
        ).format(share=percent(share), limit=percent(settings.income_share_limit))
    ]


def _cost_warning(cost: Cost) -> list[str]:
    if cost.solved:
        return []
    return [_("The true annual rate could not be worked out: {reason}").format(reason=cost.reason)]


def _empty(warning: str) -> OfferResult:
    return OfferResult(
        schedule=Schedule((), 0),
        down_payment=0,
        total_paid=0,
        total_interest=0,
        total_fees=0,
        apr=None,
        ear=None,
        savings=0,
        income_share=None,
        warnings=[warning],
    )


def present_value(upfront: int, payments: Sequence[int], annual_rate: float) -> int:
    """`upfront` paid today plus `payments[k]` at the end of month k+1, discounted to today
    at `annual_rate` (nominal annual, monthly periods): what the payments are worth now."""
    monthly = annual_rate / 12
    later = sum(p / (1 + monthly) ** (k + 1) for k, p in enumerate(payments) if p)
    return upfront + round_minor(later)


def discount_rate_for(debt: Debt, discount_rate: float | None) -> float:
    """The rate money is discounted at: the one given, else the debt's contract rate."""
    return debt.annual_rate if discount_rate is None else discount_rate


def baseline(
    debt: Debt, *, today: date, settings: Settings, discount_rate: float | None = None
) -> OfferResult:
    """The debt's remaining schedule if nothing changes (penalty interest while overdue)."""
    rate = discount_rate_for(debt, discount_rate)
    key = (
        debt.outstanding,
        debt.principal,
        debt.principal_repaid,
        debt.annual_rate,
        debt.penalty_rate,
        settings.penalty_multiple,
        debt.accelerated,
        debt.instalments_paid,
        debt.term,
        debt.remaining_instalments,
        debt.method,
        debt.fee_per_instalment,
        debt.first_missed,
        today,
        settings.monthly_income,
        settings.income_share_limit,
        settings.caps,
        language(),
        rate,
    )
    result = _baseline(key, debt, today, settings, rate)
    # The cached result is shared: hand out lists the caller may change freely.
    return replace(result, warnings=list(result.warnings), caps_exceeded=list(result.caps_exceeded))


_cache: dict[tuple, OfferResult] = {}


def _baseline(key: tuple, debt: Debt, today: date, settings: Settings, rate: float) -> OfferResult:
    # The baseline is the same for every offer typed against a debt, so it is worked out
    # once; the offer alone is recomputed on each keystroke.
    found = _cache.get(key)
    if found is None:
        if len(_cache) > 512:
            _cache.clear()
        found = _cache[key] = _compute_baseline(debt, today, settings, rate)
    return found


def _compute_baseline(debt: Debt, today: date, settings: Settings, rate: float) -> OfferResult:
    balance = debt.outstanding
    if balance <= 0:
        return replace(
            _empty(_("Enter the balance the lender says you owe now.")), discount_rate=rate
        )
    schedule = build_schedule(
        balance,
        debt.annual_rate,
        debt.remaining_instalments,
        debt.method,
        start=today,
        fee_per_instalment=debt.fee_per_instalment,
    )
    penalty = penalty_due(debt, today, settings)
    flows = schedule.payments_by_period()
    cost = periodic_cost(balance - penalty, flows)
    share = _share(schedule.first_payment, settings)
    return OfferResult(
        schedule=schedule,
        down_payment=0,
        total_paid=penalty + schedule.total_paid,
        total_interest=schedule.total_interest,
        total_fees=schedule.total_fees,
        apr=cost.apr,
        ear=cost.ear,
        savings=0,
        income_share=share,
        caps_exceeded=caps_exceeded(cost.apr, settings.caps),
        warnings=_cost_warning(cost) + _share_warning(share, settings),
        balance=balance,
        penalty=penalty,
        discount_rate=rate,
        value_today=present_value(penalty, flows, rate),
    )


def baseline_instalment(debt: Debt) -> int:
    """The baseline's first instalment, without building its schedule or solving its APR.

    Equal to `baseline(...).instalment`; the debts table sums it for a thousand debts.
    """
    if debt.outstanding <= 0:
        return 0
    first = rows(debt.outstanding, debt.annual_rate, debt.remaining_instalments, debt.method)[0]
    return first[1] + first[2] + debt.fee_per_instalment


# --- offers --------------------------------------------------------------------------------


def check_terms(debt: Debt, terms: OfferTerms) -> None:
    """Raise InputError, naming the OfferTerms field, for terms that cannot be a deal."""
    if not 1 <= terms.count <= MAX_COUNT:
        raise InputError(
            _("The number of instalments must be between 1 and {max}.").format(max=MAX_COUNT),
            field="count",
        )
    if not (math.isfinite(terms.rate) and 0 <= terms.rate <= MAX_RATE):
        raise InputError(_("The rate must be between 0% and 1000% a year."), field="rate")
    for name in ("down_payment", "fee_per_instalment", "waived_amount"):
        if getattr(terms, name) < 0:
            raise InputError(_("An amount cannot be negative."), field=name)
    for name in ("down_payment_pct", "deferral_fee_pct"):
        value = getattr(terms, name)
        if value is not None and not (math.isfinite(value) and 0 <= value <= 1):
            raise InputError(_("A percentage must be between 0% and 100%."), field=name)
    if not 0 <= terms.deferral_months <= MAX_DEFERRAL:
        raise InputError(
            _("A deferral must be between 0 and {max} months.").format(max=MAX_DEFERRAL),
            field="deferral_months",
        )
    if terms.waived_amount > max(debt.outstanding, 0):
        raise InputError(
            _("The amount waived cannot be more than the balance owed."), field="waived_amount"
        )


def evaluate(
    debt: Debt,
    terms: OfferTerms,
    *,
    today: date,
    settings: Settings,
    discount_rate: float | None = None,
) -> OfferResult:
    """Schedule, totals, APR/EAR, savings against `baseline` (in total and in value today
    at `discount_rate`, default the contract rate), income share and cap checks."""
    check_terms(debt, terms)
    rate_today = discount_rate_for(debt, discount_rate)
    base = baseline(debt, today=today, settings=settings, discount_rate=rate_today)
    balance = debt.outstanding - terms.waived_amount
    if balance <= 0:
        if debt.outstanding <= 0:
            return replace(
                _empty(_("Enter the balance the lender says you owe now.")),
                discount_rate=rate_today,
            )
        return replace(
            _empty(_("The waiver clears the whole balance: nothing is left to repay.")),
            savings=base.total_paid,
            discount_rate=rate_today,
            savings_today=base.value_today,
        )
    warnings: list[str] = []
    penalty = 0 if terms.waive_penalty else penalty_due(debt, today, settings)
    if terms.down_payment_pct is not None:
        down = percent_of(balance, terms.down_payment_pct)
    else:
        down = terms.down_payment
    if down >= balance:
        warnings.append(
            _("The down payment of {down} is not less than the balance of {balance}.").format(
                down=format_money(down), balance=format_money(balance)
            )
        )
        down = balance

    rate, method, months, fee, capitalised = terms.rate, terms.method, 0, 0, 0
    financed = balance - down
    if terms.kind is OfferKind.FREEZE:
        rate, method = 0.0, Method.ANNUITY  # interest stops; the balance is split evenly
    elif terms.kind is OfferKind.DEFERRAL:
        months = terms.deferral_months
        # Waivers come off principal first, so the fee is on what principal is left.
        left = max(principal_left(debt) - terms.waived_amount, 0)
        fee = percent_of(left, terms.deferral_fee_pct)
        if months and not terms.deferral_interest_waived:
            # Unless the lender agreed otherwise in writing, interest keeps running on the
            # principal parked during the pause, at the deal's rate, simple.
            parked = min(financed, left)
            capitalised = round_minor(parked * terms.rate / 12 * months)
        if months > USUAL_DEFERRAL:
            warnings.append(
                _(
                    "A deferral of {months} months is longer than the one year lenders "
                    "commonly grant."
                ).format(months=months)
            )
    first_due = add_months(terms.first_due or add_months(today, 1), months)
    upfront = down + penalty + fee
    if financed > 0:
        schedule = build_schedule(
            financed + capitalised,
            rate,
            terms.count,
            method,
            start=today,
            first_due=first_due,
            fee_per_instalment=terms.fee_per_instalment,
        )
        offset = max(_months_between(today, first_due) - 1, 0)
        flows = schedule.payments_by_period(offset=offset)
        cost = periodic_cost(balance - upfront, flows)
    else:
        schedule = Schedule((), 0)
        flows = []
        cost = Cost.unsolved(N_("Nothing is left to repay in instalments."))
    total_paid = upfront + schedule.total_paid
    value_today = present_value(upfront, flows, rate_today)
    share = _share(schedule.first_payment, settings) if schedule.instalments else None
    savings = base.total_paid - total_paid
    warnings += _cost_warning(cost) + _share_warning(share, settings)
    if savings < 0:
        warnings.append(
            _("This deal costs {amount} more in total than carrying on as now.").format(
                amount=format_money(-savings)
            )
        )
    return OfferResult(
        schedule=schedule,
        down_payment=down,
        total_paid=total_paid,
        total_interest=schedule.total_interest + capitalised,
        total_fees=schedule.total_fees + fee,
        apr=cost.apr,
        ear=cost.ear,
        savings=savings,
        income_share=share,
        caps_exceeded=caps_exceeded(cost.apr, settings.caps),
        warnings=warnings,
        balance=balance,
        penalty=penalty,
        deferral_fee=fee,
        deferral_interest=capitalised,
        discount_rate=rate_today,
        value_today=value_today,
        savings_today=base.value_today - value_today,
    )
