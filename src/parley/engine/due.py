"""What comes due next: follow-ups, instalments of accepted deals, and the 30/90-day
windows of overdue debts, soonest first, with the days left (negative: overdue)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from parley.engine.debt import Debt
from parley.engine.schedule import Instalment
from parley.engine.triage import BEST_WINDOW, LATEST_WINDOW
from parley.i18n import N_, _

# Overdue items stay on the list this long, then drop off (they are still in the timeline).
LOOKBACK_DAYS = 14
# Instalments further ahead than this are left out, except each deal's next one.
HORIZON_DAYS = 60


class DueKind(StrEnum):
    FOLLOW_UP = "follow_up"
    INSTALMENT = "instalment"
    WINDOW_30 = "window_30"
    WINDOW_90 = "window_90"

    def label(self) -> str:
        return _(_LABELS[self])


_LABELS = {
    DueKind.FOLLOW_UP: N_("Follow-up"),
    DueKind.INSTALMENT: N_("Instalment"),
    DueKind.WINDOW_30: N_("30-day window ends"),
    DueKind.WINDOW_90: N_("90-day window ends"),
}


@dataclass(frozen=True)
class FollowUp:
    debt_id: int | None
    day: date
    summary: str = ""
    event_id: int | None = None


@dataclass(frozen=True)
class DueItem:
    kind: DueKind
    day: date
    days_left: int  # 0 = today; negative = overdue
    debt_id: int | None
    detail: str = ""  # the follow-up's summary
    amount: int | None = None  # instalments: minor units
    number: int | None = None  # instalments: 1-based
    of: int | None = None  # instalments: how many in the deal

    @property
    def overdue(self) -> bool:
        return self.days_left < 0


def what_is_due(
    today: date,
    *,
    follow_ups: Iterable[FollowUp] = (),
    instalments: dict[int, Sequence[Instalment]] | None = None,
    debts: Iterable[Debt] = (),
    lookback: int = LOOKBACK_DAYS,
    horizon: int = HORIZON_DAYS,
    windows: tuple[int, int] = (BEST_WINDOW, LATEST_WINDOW),
) -> list[DueItem]:
    """Everything due from `lookback` days ago to `horizon` days ahead, soonest first.
    `instalments` maps a debt id to its accepted deal's schedule; `windows` are the best
    and latest windows in days (settings)."""
    oldest = today - timedelta(days=lookback)
    latest = today + timedelta(days=horizon)
    items: list[DueItem] = []
    for f in follow_ups:
        if oldest <= f.day <= latest:
            items.append(
                DueItem(DueKind.FOLLOW_UP, f.day, (f.day - today).days, f.debt_id, f.summary)
            )
    for debt_id, schedule in (instalments or {}).items():
        upcoming = [i for i in schedule if i.due >= today]
        for inst in schedule:
            nearest = bool(upcoming) and inst is upcoming[0]
            if not (oldest <= inst.due <= latest or nearest):
                continue
            items.append(
                DueItem(
                    DueKind.INSTALMENT,
                    inst.due,
                    (inst.due - today).days,
                    debt_id,
                    amount=inst.payment,
                    number=inst.n,
                    of=len(schedule),
                )
            )
    for debt in debts:
        if debt.first_missed is None or debt.first_missed >= today:
            continue
        for kind, limit in zip((DueKind.WINDOW_30, DueKind.WINDOW_90), windows, strict=True):
            day = debt.first_missed + timedelta(days=limit)
            if oldest <= day <= latest:
                items.append(DueItem(kind, day, (day - today).days, debt.id))
    order = {k: i for i, k in enumerate(DueKind)}
    items.sort(key=lambda i: (i.day, order[i.kind], i.debt_id or 0, i.number or 0))
    return items
