"""Today's date and the current time, pinnable with PARLEY_TODAY (ISO date) for demos and tests."""

from __future__ import annotations

import os
from datetime import date, datetime, time


def today() -> date:
    pinned = os.environ.get("PARLEY_TODAY")
    return date.fromisoformat(pinned) if pinned else date.today()


def now() -> datetime:
    pinned = os.environ.get("PARLEY_TODAY")
    if pinned:
        return datetime.combine(date.fromisoformat(pinned), time(10, 0))
    return datetime.now().replace(microsecond=0)
