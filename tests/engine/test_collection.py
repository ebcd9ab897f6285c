from __future__ import annotations

from datetime import date, datetime

from parley.engine.collection import Contact, effective, is_night, summarize
from parley.engine.debt import Intensity

TODAY = date(2026, 11, 30)


def at(day: int, hour: int = 12, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, 0)


def test_night_is_from_nine_in_the_evening_to_eight_in_the_morning():
    assert is_night(at(1, 21)) and is_night(at(1, 23)) and is_night(at(1, 7))
    assert not is_night(at(1, 8)) and not is_night(at(1, 20))


def test_windows_count_today_and_the_days_before():
    contacts = [
        Contact(at(30)),
        Contact(at(24)),
        Contact(at(23)),
        Contact(at(1)),
        Contact(at(31, month=10)),
    ]
    s = summarize(contacts, TODAY)
    assert (s.last_7, s.last_30) == (2, 4)
    assert s.total == 5 and s.intensity is Intensity.MEDIUM  # 2 in 7 days


def test_levels_follow_the_thresholds():
    assert summarize([], TODAY).intensity is Intensity.NONE
    assert summarize([Contact(at(10))], TODAY).intensity is Intensity.LOW
    assert summarize([Contact(at(d)) for d in (5, 8, 11, 14)], TODAY).intensity is Intensity.MEDIUM
    assert summarize([Contact(at(d)) for d in range(24, 29)], TODAY).intensity is Intensity.HIGH
    assert summarize([Contact(at(10), abusive=True)], TODAY).intensity is Intensity.HIGH
    # An abusive contact long ago is counted, but does not make collection high today.
    old = summarize([Contact(at(1, month=6), abusive=True)], TODAY)
    assert old.abusive == 1 and old.intensity is Intensity.NONE


def test_day_and_night_counts():
    s = summarize([Contact(at(29, 22)), Contact(at(29, 6)), Contact(at(29, 14))], TODAY)
    assert (s.day, s.night) == (1, 2)


def test_the_harsher_of_stated_and_logged_wins():
    assert effective(Intensity.HIGH, Intensity.LOW) is Intensity.HIGH
    assert effective(Intensity.NONE, Intensity.MEDIUM) is Intensity.MEDIUM
