"""Repayment schedules, exact to the minor unit.

CONTRACT (other modules rely on these names): `Instalment`, `Schedule`, `build_schedule`.

Interest for a period is rounded half-up to the minor unit once, on the balance at the
start of the period; the principal part is what is left of the payment. The last
instalment takes whatever principal is still owed, so the principal parts always add up
exactly to the principal and the balance ends at zero.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from math import floor

from parley.engine.debt import Method
from parley.engine.errors import InputError
from parley.i18n import _

MAX_COUNT = 600  # 50 years of monthly instalments: longer is a typo


@dataclass(frozen=True)
class Instalment:
    n: int  # 1-based
    due: date
    payment: int  # principal + interest + fee
    principal: int
    interest: int
    fee: int
    balance: int  # principal still owed after this instalment


@dataclass(frozen=True)
class Schedule:
    instalments: tuple[Instalment, ...]
    principal: int
    # Periods from the start to each payment; a bullet loan has one payment after `count`.
    periods: tuple[int, ...] = ()

    @property
    def total_paid(self) -> int:
        return sum(i.payment for i in self.instalments)

    @property
    def total_interest(self) -> int:
        return sum(i.interest for i in self.instalments)

    @property
    def total_fees(self) -> int:
        return sum(i.fee for i in self.instalments)

    @property
    def first_payment(self) -> int:
        return self.instalments[0].payment if self.instalments else 0

    def payments_by_period(self, offset: int = 0) -> list[int]:
        """Payment in each period 1..last (zeros where nothing falls due), after `offset`
        empty periods: the cash flows an IRR is solved on."""
        periods = self.periods or tuple(range(1, len(self.instalments) + 1))
        flows = [0] * (offset + (periods[-1] if periods else 0))
        for period, inst in zip(periods, self.instalments, strict=True):
            flows[offset + period - 1] += inst.payment
        return flows


_new = object.__new__


def _round(value: float) -> int:
    # Half-up for the non-negative amounts computed here; once per figure.
    return floor(value + 0.5)


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def add_months(day: date, months: int, keep_day: int | None = None) -> date:
    """`day` moved by whole months, clamped to the month's end (Jan 31 + 1 -> Feb 28).

    `keep_day` is the contract's day of the month when `day` is itself a clamped date:
    Feb 28 + 1 with keep_day 31 is Mar 31, not Mar 28.
    """
    total = day.month - 1 + months
    year, month = day.year + total // 12, total % 12 + 1
    last = 29 if month == 2 and calendar.isleap(year) else _MONTH_DAYS[month - 1]
    return date(year, month, min(keep_day or day.day, last))


def contract_day(start: date, first_due: date | None = None) -> int:
    """The day of the month instalments fall on: the start's day, or the first due date's
    when it was set apart from the start (a month-end first date clamped from the start's
    day keeps the start's day: start Jan 31, first due Feb 28 -> the 31st)."""
    if first_due is None:
        return start.day
    last = calendar.monthrange(first_due.year, first_due.month)[1]
    if first_due.day == last and start.day > first_due.day:
        return start.day
    return first_due.day


def due_date(anchor: date, k: int, periods_per_year: int = 12, keep_day: int | None = None) -> date:
    """Date of period `k` counted from `anchor` (k = 1 is one period later); monthly dates
    fall on `keep_day` (default the anchor's day), clamped to the month's end."""
    if periods_per_year == 12:
        return add_months(anchor, k, keep_day)
    if periods_per_year == 52:
        return anchor + timedelta(weeks=k)
    if periods_per_year == 365:
        return anchor + timedelta(days=k)
    return add_months(anchor, k * (12 // periods_per_year))


def check_terms(principal: int, count: int, periods_per_year: int = 12) -> None:
    if not 1 <= count <= MAX_COUNT:
        raise InputError(
            _("The number of instalments must be between 1 and {max}.").format(max=MAX_COUNT),
            field="count",
        )
    if principal <= 0:
        raise InputError(_("The amount borrowed must be more than zero."), field="principal")
    if periods_per_year not in (1, 2, 3, 4, 6, 12, 52, 365):
        raise InputError(_("Payments must fall due every day, week or month."))


def rows(
    principal: int, annual_rate: float, count: int, method: Method, periods_per_year: int = 12
) -> list[tuple[int, int, int]]:
    """(period, principal part, interest) for each payment, without dates or fees.

    The fast core of `build_schedule`: ranking and solvers use it directly.
    """
    i = annual_rate / periods_per_year
    out: list[tuple[int, int, int]] = []
    balance = principal
    if method is Method.ANNUITY:
        if i < 1e-12:  # too small to change a fen, and numpy's formula divides by ~0
            payment = _round(principal / count)
        else:
            # numpy-financial's pmt formula, in plain floats: importing numpy for it took
            # longer than drawing the first screen (tests check it against npf.pmt).
            grown = (1.0 + i) ** count
            payment = _round(principal * grown / ((grown - 1.0) / i))
        for k in range(1, count):
            interest = _round(balance * i)
            part = min(max(payment - interest, 0), balance)
            balance -= part
            out.append((k, part, interest))
        out.append((count, balance, _round(balance * i)))
    elif method is Method.EQUAL_PRINCIPAL:
        part = principal // count
        for k in range(1, count):
            out.append((k, part, _round(balance * i)))
            balance -= part
        out.append((count, balance, _round(balance * i)))
    elif method is Method.FLAT:
        # 等本等息: every period's interest is charged on the original principal.
        interest = _round(principal * i)
        part = principal // count
        for k in range(1, count):
            out.append((k, part, interest))
        out.append((count, principal - part * (count - 1), interest))
    elif method is Method.INTEREST_ONLY:
        interest = _round(principal * i)
        for k in range(1, count):
            out.append((k, 0, interest))
        out.append((count, principal, interest))
    elif method is Method.BULLET:
        # 到期一次还本付息: simple interest for the whole term, paid with the principal.
        out.append((count, principal, _round(principal * i * count)))
    else:  # pragma: no cover - every Method is handled above
        raise ValueError(method)
    return out


def build_schedule(
    principal: int,
    annual_rate: float,
    count: int,
    method: Method = Method.ANNUITY,
    *,
    start: date,
    fee_per_instalment: int = 0,
    periods_per_year: int = 12,
    first_due: date | None = None,
) -> Schedule:
    """Instalments for `principal` (minor units) at a nominal `annual_rate` over `count` periods.

    The first instalment falls due one period after `start` (or on `first_due`, with later
    ones a period apart). Monthly dates keep the day of the month, clamped to the month's
    end. Principal parts add up exactly to `principal`; the last instalment absorbs rounding.
    A bullet loan has a single instalment, `count` periods after `start`.
    """
    check_terms(principal, count, periods_per_year)
    if annual_rate < 0:
        raise InputError(_("A rate cannot be negative."), field="rate")
    if fee_per_instalment < 0:
        raise InputError(_("A fee cannot be negative."), field="fee_per_instalment")
    if first_due is not None:
        anchor, shift = first_due, -1
    else:
        anchor, shift = start, 0
    day = contract_day(start, first_due)
    instalments = []
    periods = []
    balance = principal
    for n, (period, part, interest) in enumerate(
        rows(principal, annual_rate, count, method, periods_per_year), start=1
    ):
        balance -= part
        # Filled in directly: the frozen dataclass __init__ is the slowest step of a
        # 360-instalment recompute, which runs on every keystroke.
        inst = _new(Instalment)
        inst.__dict__.update(
            n=n,
            due=due_date(anchor, period + shift, periods_per_year, day),
            payment=part + interest + fee_per_instalment,
            principal=part,
            interest=interest,
            fee=fee_per_instalment,
            balance=balance,
        )
        instalments.append(inst)
        periods.append(period)
    return Schedule(tuple(instalments), principal, tuple(periods))


MAX_DAYS = 3650  # a term in days longer than ten years is a typo


def build_day_schedule(
    principal: int,
    annual_rate: float,
    days: int,
    *,
    start: date,
    fee: int = 0,
    daily_rate: float | None = None,
) -> Schedule:
    """A short loan repaid in one payment `days` after `start`: simple interest by the
    actual days, at `daily_rate` when the contract quotes one (0.05% a day), else at
    annual_rate / 365."""
    if not 1 <= days <= MAX_DAYS:
        raise InputError(
            _("A term in days must be between 1 and {max}.").format(max=MAX_DAYS), field="count"
        )
    check_terms(principal, 1)
    if annual_rate < 0 or (daily_rate is not None and daily_rate < 0):
        raise InputError(_("A rate cannot be negative."), field="rate")
    per_day = annual_rate / 365 if daily_rate is None else daily_rate
    interest = _round(principal * per_day * days)
    inst = Instalment(
        n=1,
        due=start + timedelta(days=days),
        payment=principal + interest + fee,
        principal=principal,
        interest=interest,
        fee=fee,
        balance=0,
    )
    return Schedule((inst,), principal, (1,))
