from __future__ import annotations

from datetime import date, timedelta

from icalendar import Calendar

from parley.exports.calendar import build_calendar, write_calendar
from parley.exports.sources import accepted_deals
from parley.store import Store


def test_ics_parses_back_with_every_instalment_and_two_reminders(deal_db, tmp_path):
    out = tmp_path / "plan.ics"
    with Store.open(deal_db) as store:
        settings = store.load_settings()
        deals = accepted_deals(store, settings)
        ((_debt_id, (_offer, schedule)),) = deals.items()
        count = write_calendar(build_calendar(store, settings), out)
        follow_ups = store.follow_ups(date.min)
    assert out.stat().st_mode & 0o777 == 0o600
    cal = Calendar.from_ical(out.read_bytes())
    events = cal.walk("VEVENT")
    assert count == len(events) == len(schedule) + len(follow_ups)
    instalments = [e for e in events if "instalment" in str(e["UID"])]
    assert [e.decoded("DTSTART") for e in instalments] == [i.due for i in schedule]
    for event in instalments:
        triggers = sorted(a.decoded("TRIGGER") for a in event.walk("VALARM"))
        assert triggers == [timedelta(days=-3), timedelta(days=-1)]
    assert len({str(e["UID"]) for e in events}) == len(events)  # every UID distinct


def test_uids_are_stable_between_exports(deal_db):
    with Store.open(deal_db) as store:
        settings = store.load_settings()
        first = [str(e["UID"]) for e in build_calendar(store, settings).walk("VEVENT")]
        again = [str(e["UID"]) for e in build_calendar(store, settings).walk("VEVENT")]
    assert first == again
