"""After the deal: are the payments on track, what is due next, and what one missed
instalment would cost under an acceleration clause (加速到期).

Payments are matched to what the deal asks in date order (the down payment first, due the
day the deal starts, then each instalment). Standing:
- missed: something that fell due before today is not fully paid;
- late: everything due is paid, but at least one payment came after its due date;
- on track: everything due so far was paid by its due date; done when nothing is left.
If one instalment is missed and the agreement lets the lender call in the whole debt, the
whole of what the deal still asks is demanded at once, and penalty interest (罚息) runs on
the principal still owed: simple interest, actual/365, shown for 30 days.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from parley.engine.money import round_minor
from parley.engine.schedule import Schedule
from parley.i18n import N_, _

PENALTY_DAYS = 30


class Standing(StrEnum):
    ON_TRACK = "on_track"
    LATE = "late"
    MISSED = "missed"
    DONE = "done"

    def label(self) -> str:
        return _(_LABELS[self])


_LABELS = {
    Standing.ON_TRACK: N_("On track"),
    Standing.LATE: N_("Paid late"),
    Standing.MISSED: N_("Missed"),
    Standing.DONE: N_("Repaid"),
}


@dataclass(frozen=True)
class Tracking:
    standing: Standing
    paid: int  # every payment recorded against the deal
    due_so_far: int  # everything the deal asked up to today
    behind: int  # due so far and not paid (0 when up to date)
    next_due: date | None  # the next date something is owed
    next_amount: int  # what is still owed on that date
    demanded_if_missed: int  # acceleration: everything the deal still asks, at once
    principal_if_missed: int  # principal of the instalments not yet fully paid: penalty runs on it
    penalty_rate: float  # annual
    penalty_if_missed: int  # penalty interest for PENALTY_DAYS days on that principal
    acceleration: bool | None  # the agreement has an acceleration clause; None: not known


def track(
    schedule: Schedule,
    *,
    start: date,
    down_payment: int,
    payments: Sequence[tuple[date, int]],
    today: date,
    penalty_rate: float,
    acceleration: bool | None = None,
) -> Tracking:
    owed = [(start, down_payment, 0)] if down_payment > 0 else []
    owed += [(i.due, i.payment, i.principal) for i in schedule.instalments]
    ordered = sorted(payments)
    paid = sum(amount for _day, amount in ordered)
    covered_on: list[date | None] = []
    running, k, cum = 0, 0, 0
    for _due, amount, _principal in owed:
        cum += amount
        while running < cum and k < len(ordered):
            running += ordered[k][1]
            k += 1
        covered_on.append(ordered[k - 1][0] if running >= cum and k else None)
        if running >= cum and not k:
            covered_on[-1] = start  # nothing to pay (zero amounts)
    due_so_far = sum(amount for due, amount, _p in owed if due < today)
    missed = any(
        due < today and (day is None or day > today)
        for (due, _a, _p), day in zip(owed, covered_on, strict=True)
    )
    late = any(
        day is not None and day > due for (due, _a, _p), day in zip(owed, covered_on, strict=True)
    )
    left = max(sum(a for _d, a, _p in owed) - paid, 0)
    if left == 0:
        standing = Standing.DONE
    elif missed:
        standing = Standing.MISSED
    elif late:
        standing = Standing.LATE
    else:
        standing = Standing.ON_TRACK
    next_due, next_amount, cum = None, 0, 0
    principal = 0
    for (due, amount, part), day in zip(owed, covered_on, strict=True):
        cum += amount
        if day is None:
            if next_due is None:
                next_due, next_amount = due, min(amount, cum - paid)
            principal += part  # of each instalment not yet fully paid
    penalty = round_minor(principal * penalty_rate * PENALTY_DAYS / 365)
    return Tracking(
        standing=standing,
        paid=paid,
        due_so_far=due_so_far,
        behind=max(due_so_far - paid, 0),
        next_due=next_due,
        next_amount=next_amount,
        demanded_if_missed=left,
        principal_if_missed=principal,
        penalty_rate=penalty_rate,
        penalty_if_missed=penalty,
        acceleration=acceleration,
    )
