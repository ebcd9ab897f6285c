"""Today's date and the current time, pinnable with PARLEY_TODAY (ISO date) for demos and tests."""

from __future__ import annotations

import os
from datetime import date, datetime, time


def _pinned() -> date | None:
    text = os.environ.get("PARLEY_TODAY")
    if not text:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        from parley.engine.errors import InputError
        from parley.i18n import _

        raise InputError(
            _("PARLEY_TODAY must be a date like 2026-11-30, not “{text}”.").format(text=text)
        ) from None


def today() -> date:
    pinned = _pinned()
    return pinned if pinned else date.today()


def now() -> datetime:
    pinned = _pinned()
    if pinned:
        return datetime.combine(pinned, time(10, 0))
    return datetime.now().replace(microsecond=0)
