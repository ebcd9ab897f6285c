"""The true cost of a loan or a deal, solved from the cash flows the borrower sees.

APR = periodic IRR x periods per year (the nominal, IRR-based annual rate China's
disclosure rule asks for); EAR = (1 + periodic IRR) ** periods - 1. For dated, irregular
flows the XIRR (actual/365) is the EAR, and the APR is its monthly-compounded nominal
equivalent. When no rate solves the flows the result says so (`solved=False` and a
reason); it is never NaN and never an exception.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from parley.engine.debt import Method
from parley.engine.errors import InputError
from parley.engine.money import round_minor
from parley.engine.schedule import Schedule, add_months, build_day_schedule, build_schedule
from parley.i18n import N_, _

_NO_MONEY = N_("Nothing was received, so there is no rate to work out.")
_NO_PAYMENTS = N_("There are no payments, so there is no rate to work out.")
_UNDERPAID = N_(
    "The payments add up to less than the money received, so this is not a cost to solve."
)
_NO_RATE = N_("No interest rate fits these payments; check the amounts and dates.")


@dataclass(frozen=True)
class Cost:
    apr: float | None  # nominal annual rate, a fraction
    ear: float | None  # effective annual rate, a fraction
    periodic_rate: float | None  # rate per payment period (None for dated flows)
    solved: bool
    reason: str | None = None  # why it is not solved, in the user's language

    @classmethod
    def unsolved(cls, reason: str) -> Cost:
        return cls(None, None, None, False, _(reason))


def _finite(value: float | None) -> bool:
    return value is not None and math.isfinite(value) and value > -1.0


def periodic_cost(received: int, payments: Sequence[int], periods_per_year: int = 12) -> Cost:
    """Cost of receiving `received` now and paying `payments[k]` at the end of period k+1."""
    if received <= 0:
        return Cost.unsolved(_NO_MONEY)
    total = sum(payments)
    if not payments or total <= 0:
        return Cost.unsolved(_NO_PAYMENTS)
    if total < received:
        return Cost.unsolved(_UNDERPAID)
    if total == received:
        return Cost(0.0, 0.0, 0.0, True)
    import pyxirr

    flows = [float(received)]
    flows += [-float(p) for p in payments]
    # A starting guess near the answer (simple interest on the average balance) makes the
    # solver converge in a few steps even over 360 periods.
    guess = 2.0 * (total - received) / (received * (len(payments) + 1))
    rate = pyxirr.irr(flows, guess=guess, silent=True)
    if not _finite(rate):
        rate = pyxirr.irr(flows, silent=True)
    if not _finite(rate):
        return Cost.unsolved(_NO_RATE)
    return Cost(
        apr=rate * periods_per_year,
        ear=compounded(rate, periods_per_year),
        periodic_rate=rate,
        solved=True,
    )


def compounded(rate: float, times: float) -> float:
    """(1 + rate) ** times - 1; infinity when it is too large for a float (an absurd fee on
    daily payments), which the formatting shows as "over 1,000%" rather than crashing."""
    try:
        return (1.0 + rate) ** times - 1.0
    except OverflowError:
        return math.inf


def dated_cost(flows: Sequence[tuple[date, int]]) -> Cost:
    """Cost of dated flows: money received positive, money paid negative (XIRR, actual/365)."""
    received = sum(a for _d, a in flows if a > 0)
    paid = -sum(a for _d, a in flows if a < 0)
    if received <= 0:
        return Cost.unsolved(_NO_MONEY)
    if paid <= 0:
        return Cost.unsolved(_NO_PAYMENTS)
    if paid < received:
        return Cost.unsolved(_UNDERPAID)
    days = {d for d, _a in flows}
    if len(days) < 2:
        return Cost.unsolved(_NO_RATE)
    import pyxirr

    ordered = sorted(flows, key=lambda f: f[0])
    ear = pyxirr.xirr(
        [d for d, _a in ordered],
        [float(a) for _d, a in ordered],
        silent=True,
        day_count=pyxirr.DayCount.ACT_365F,
    )
    if not _finite(ear):
        return Cost.unsolved(_NO_RATE)
    apr = 12.0 * ((1.0 + ear) ** (1.0 / 12.0) - 1.0)
    return Cost(apr=apr, ear=ear, periodic_rate=None, solved=True)


@dataclass(frozen=True)
class LoanQuote:
    """A loan as the borrower lives it: what arrives, what is paid, what it really costs."""

    schedule: Schedule
    cost: Cost
    principal: int
    received: int  # what actually arrived (below principal when a fee was cut up front)
    down_payment: int
    upfront_fees: int  # one-off fee + deferral fee, paid at the start
    total_paid: int  # down payment + up-front fees + every instalment
    total_interest: int
    total_fees: int  # per-instalment + up-front fees + any amount cut from the loan
    deferral_months: int = 0


def loan_cost(
    principal: int,
    annual_rate: float,
    count: int,
    method: Method = Method.ANNUITY,
    *,
    start: date,
    received: int | None = None,
    fee_per_instalment: int = 0,
    fee_one_off: int = 0,
    down_payment: int = 0,
    deferral_months: int = 0,
    deferral_fee: int = 0,
    interest_during_deferral: bool = False,
) -> LoanQuote:
    """Schedule and true cost of a loan of `principal`.

    `received` below `principal` means a fee was cut up front (砍头息). A one-off fee, a
    down payment and a deferral fee are paid at the start. A deferral puts `deferral_months`
    months with no payments before the first instalment (interest added to the balance
    during it only when `interest_during_deferral`). The APR is solved on what the borrower
    actually sees: money in = received minus what is paid at the start; money out = the
    instalments.
    """
    got = principal if received is None else received
    for value, field in (
        (got, "received"),
        (fee_per_instalment, "fee_per_instalment"),
        (fee_one_off, "fee_one_off"),
        (down_payment, "down_payment"),
        (deferral_fee, "deferral_fee"),
    ):
        if value < 0:
            raise InputError(_("An amount cannot be negative."), field=field)
    if got > principal:
        raise InputError(
            _("The amount received cannot be more than the amount borrowed."), field="received"
        )
    if not 0 <= deferral_months <= 120:
        raise InputError(_("A deferral must be between 0 and 120 months."), field="deferral_months")
    if down_payment >= principal:
        raise InputError(
            _("The down payment must be less than the amount borrowed."), field="down_payment"
        )
    financed = principal - down_payment
    if interest_during_deferral and deferral_months:
        financed += round_minor(financed * annual_rate / 12 * deferral_months)
    schedule = build_schedule(
        financed,
        annual_rate,
        count,
        method,
        start=start,
        # Counted from the start so a month-end date is kept (Jan 31 -> Apr 30 -> May 31).
        first_due=add_months(start, deferral_months + 1),
        fee_per_instalment=fee_per_instalment,
    )
    upfront = fee_one_off + deferral_fee
    cost = periodic_cost(
        got - down_payment - upfront, schedule.payments_by_period(offset=deferral_months)
    )
    return LoanQuote(
        schedule=schedule,
        cost=cost,
        principal=principal,
        received=got,
        down_payment=down_payment,
        upfront_fees=upfront,
        total_paid=down_payment + upfront + schedule.total_paid,
        total_interest=schedule.total_interest + (financed - (principal - down_payment)),
        total_fees=schedule.total_fees + upfront + (principal - got),
        deferral_months=deferral_months,
    )


def day_loan_cost(
    principal: int,
    annual_rate: float,
    days: int,
    *,
    start: date,
    received: int | None = None,
    fee: int = 0,
    daily_rate: float | None = None,
) -> LoanQuote:
    """A short loan repaid in one payment after `days` days (simple interest by the actual
    days). Its period is the term itself: APR = the period's rate x 365 / days, EAR = that
    rate compounded 365 / days times a year."""
    got = principal if received is None else received
    if got < 0:
        raise InputError(_("An amount cannot be negative."), field="received")
    if got > principal:
        raise InputError(
            _("The amount received cannot be more than the amount borrowed."), field="received"
        )
    schedule = build_day_schedule(
        principal, annual_rate, days, start=start, fee=fee, daily_rate=daily_rate
    )
    paid = schedule.total_paid
    if got <= 0:
        cost = Cost.unsolved(_NO_MONEY)
    else:
        rate = paid / got - 1.0
        cost = Cost(
            apr=rate * 365 / days,
            ear=compounded(rate, 365 / days),
            periodic_rate=rate,
            solved=True,
        )
    return LoanQuote(
        schedule=schedule,
        cost=cost,
        principal=principal,
        received=got,
        down_payment=0,
        upfront_fees=0,
        total_paid=paid,
        total_interest=schedule.total_interest,
        total_fees=schedule.total_fees + (principal - got),
    )
