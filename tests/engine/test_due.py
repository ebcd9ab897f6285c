from __future__ import annotations

from datetime import date, timedelta

from parley.engine.debt import Debt
from parley.engine.due import DueKind, FollowUp, what_is_due
from parley.engine.schedule import Instalment

TODAY = date(2026, 11, 30)


def inst(n: int, due: date) -> Instalment:
    return Instalment(n, due, 10_000, 9_000, 1_000, 0, 0)


def test_everything_due_soonest_first_with_days_left():
    debt = Debt(lender="L", first_missed=TODAY - timedelta(days=40), id=1)
    schedule = [inst(n, TODAY + timedelta(days=10 + 30 * (n - 1))) for n in range(1, 13)]
    items = what_is_due(
        TODAY,
        follow_ups=[
            FollowUp(2, TODAY + timedelta(days=3), "call back"),
            FollowUp(2, TODAY - timedelta(days=2)),
        ],
        instalments={3: schedule},
        debts=[debt],
    )
    days = [i.day for i in items]
    assert days == sorted(days)
    follow = next(i for i in items if i.kind is DueKind.FOLLOW_UP)
    assert follow.days_left == -2 and follow.overdue
    window = next(i for i in items if i.kind is DueKind.WINDOW_30)
    assert window.days_left == -10 and window.overdue and window.debt_id == 1
    assert next(i for i in items if i.kind is DueKind.WINDOW_90).days_left == 50
    instalments = [i for i in items if i.kind is DueKind.INSTALMENT]
    assert [i.number for i in instalments] == [1, 2]  # within the 60-day horizon
    assert instalments[0].amount == 10_000 and instalments[0].of == 12


def test_old_overdue_items_drop_off_but_the_next_instalment_always_shows():
    items = what_is_due(
        TODAY,
        follow_ups=[FollowUp(1, TODAY - timedelta(days=40))],
        instalments={1: [inst(1, TODAY + timedelta(days=200))]},
        debts=[Debt(lender="L", first_missed=TODAY - timedelta(days=200), id=1)],
    )
    assert [(i.kind, i.days_left) for i in items] == [(DueKind.INSTALMENT, 200)]
