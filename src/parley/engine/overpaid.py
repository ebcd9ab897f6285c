"""Interest and fees already paid above the legal line: the amount to ask the lender to
offset against principal (先冲抵本金).

Method (every step is a figure on the result):
1. Principal is the money actually received (SPC private-lending provisions art. 26:
   interest taken out in advance is not principal). Anything cut up front (砍头息) and any
   one-off fee paid at the start count as charges already paid.
2. Each recorded payment is booked the way the lender books it: against the contract's
   instalments in order, fees and interest of an instalment first, then its principal.
   What goes to contract principal repays the money received until it is all repaid;
   everything else the borrower paid (interest, fees, penalty, and principal on money
   never received) is *interest and fees paid*.
3. *Allowed* interest runs at the governing line's rate on the money received still
   outstanding between one dated payment and the next, up to the last payment: simple
   interest, whole months at rate/12 (as contracts charge them) and odd days at rate/365.
4. Excess = interest and fees paid - allowed, never below zero.

Without recorded payments, or when they add up to less than the debt's own record of
principal and interest repaid, the contract's schedule stands in for them (the
instalments counted as paid, on their due dates), and `source` says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from parley.engine.debt import Debt, Settings
from parley.engine.legal_lines import Line, governing_line
from parley.engine.money import round_minor
from parley.engine.schedule import add_months, rows

SOURCE_PAYMENTS = "payments"  # the recorded, dated payments
SOURCE_CONTRACT = "contract"  # no payments recorded: the instalments counted as paid
SOURCE_NONE = "none"  # nothing paid, or nothing to measure against


@dataclass(frozen=True)
class Overpaid:
    amount: int  # interest and fees paid above the line: the offset to ask for
    line: Line | None  # the governing line measured against (None: no line governs)
    interest_and_fees_paid: int
    allowed: int  # interest the line allows on the money received, up to the last payment
    payments_used: list[tuple[date, int]] = field(default_factory=list)
    received: int = 0  # money actually received
    cut_upfront: int = 0  # principal - received (砍头息)
    fee_one_off: int = 0
    total_paid: int = 0  # every payment used, plus the one-off fee
    principal_returned: int = 0  # of the money received, how much has been paid back
    source: str = SOURCE_NONE
    apr_paid: float | None = None  # XIRR of the received amount against the payments


def _interval(start: date, end: date) -> float:
    """Years between two dates: whole months as 1/12, the odd days as /365."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if months > 0 and add_months(start, months) > end:
        months -= 1
    months = max(months, 0)
    return months / 12 + (end - add_months(start, months)).days / 365


def contract_payments(debt: Debt) -> list[tuple[date, int]]:
    """The instalments the record counts as paid, on their due dates (no payments recorded)."""
    if debt.start_date is None or debt.principal <= 0 or debt.instalments_paid <= 0:
        return []
    found = []
    for period, part, interest in rows(
        debt.principal, debt.annual_rate, min(debt.term, 600), debt.method
    )[: debt.instalments_paid]:
        found.append(
            (add_months(debt.start_date, period), part + interest + debt.fee_per_instalment)
        )
    return found


def overpaid_interest(
    debt: Debt, payments: Sequence[tuple[date, int]], settings: Settings
) -> Overpaid:
    """Interest and fees paid above the governing line, from the contract and `payments`
    (dated amounts the borrower paid, positive)."""
    received = debt.amount_received
    cut = max(debt.principal - received, 0)
    line = governing_line(debt, settings)
    used = sorted((d, a) for d, a in payments if a > 0)
    source = SOURCE_PAYMENTS
    stated = debt.principal_repaid + debt.interest_repaid
    if not used or sum(a for _d, a in used) < stated:
        # The payments recorded show less than the debt says was repaid: measuring them
        # alone would understate the excess, so the contract's paid instalments stand in.
        by_contract = contract_payments(debt)
        if by_contract or not used:
            used = by_contract
            source = SOURCE_CONTRACT if used else SOURCE_NONE
    base = Overpaid(0, line, 0, 0, list(used), received, cut, debt.fee_one_off, source=source)
    if debt.start_date is None or received <= 0 or not used:
        return base

    # The lender's booking: principal part of each contract instalment, in order.
    booked = []
    if debt.principal > 0 and debt.term >= 1:
        for _p, part, interest in rows(
            debt.principal, debt.annual_rate, min(debt.term, 600), debt.method
        ):
            booked.append([interest + debt.fee_per_instalment, part])
    returned = 0  # contract principal paid back so far
    allowed = 0.0
    rate = float(line.rate) if line is not None else 0.0
    last = debt.start_date
    k = 0
    for day, amount in used:
        outstanding = max(received - returned, 0)
        if day > last:
            allowed += outstanding * rate * _interval(last, day)
            last = day
        left = amount
        while left > 0 and k < len(booked):
            charges, part = booked[k]
            take = min(left, charges)
            booked[k][0] -= take
            left -= take
            take = min(left, part)
            booked[k][1] -= take
            returned += take
            left -= take
            if booked[k] == [0, 0]:
                k += 1
    total_paid = sum(a for _d, a in used) + debt.fee_one_off
    principal_returned = min(returned, received)
    charges_paid = total_paid - principal_returned
    allowed_minor = round_minor(allowed)
    excess = max(charges_paid - allowed_minor, 0) if line is not None else 0

    from parley.engine.cost import dated_cost

    flows = [(debt.start_date, received - debt.fee_one_off)] + [(d, -a) for d, a in used]
    cost = dated_cost(flows)
    return Overpaid(
        amount=excess,
        line=line,
        interest_and_fees_paid=charges_paid,
        allowed=allowed_minor,
        payments_used=list(used),
        received=received,
        cut_upfront=cut,
        fee_one_off=debt.fee_one_off,
        total_paid=total_paid,
        principal_returned=principal_returned,
        source=source,
        apr_paid=cost.apr if cost.solved else None,
    )
