"""The store reads behind the timeline: pages, counts, follow-ups, contacts, last channel."""

from __future__ import annotations

from datetime import date, datetime

from parley.engine.debt import Debt
from parley.store.records import AbuseFlag, Event, EventKind

TODAY = date(2026, 11, 30)


def test_pages_counts_follow_ups_and_contacts(store):
    a = store.add_debt(Debt(lender="A"))
    b = store.add_debt(Debt(lender="B"))
    for day in range(1, 11):
        store.add_event(
            Event(
                a,
                EventKind.COLLECTION_CONTACT,
                datetime(2026, 11, day, 22 if day % 2 else 10),
                channel="phone",
                abuse=frozenset({AbuseFlag.NIGHT_CALL}) if day % 2 else frozenset(),
            )
        )
    store.add_event(
        Event(
            b,
            EventKind.CALL_MADE,
            datetime(2026, 11, 20, 9),
            channel="hotline",
            follow_up=date(2026, 12, 5),
        )
    )
    store.add_event(
        Event(b, EventKind.CALL_MADE, datetime(2026, 11, 21, 9), follow_up=date(2026, 12, 2))
    )
    store.add_event(
        Event(a, EventKind.LETTER, datetime(2026, 11, 1, 9), follow_up=date(2026, 11, 2))
    )

    first, second = store.list_events(limit=8), store.list_events(limit=8, offset=8)
    assert len(first) == 8 and len(second) == 5
    assert not {e.id for e in first} & {e.id for e in second}
    assert store.count_events() == 13
    assert store.count_events(debt_id=a, kinds=[EventKind.COLLECTION_CONTACT]) == 10
    assert store.count_events(since=date(2026, 11, 20), until=date(2026, 11, 20)) == 1

    assert store.next_follow_ups(TODAY) == {b: date(2026, 12, 2)}
    assert [f[2] for f in store.follow_ups(date(2026, 11, 1))] == [
        date(2026, 11, 2),
        date(2026, 12, 2),
        date(2026, 12, 5),
    ]
    contacts = store.collection_contacts()
    assert list(contacts) == [a] and len(contacts[a]) == 10
    assert sum(abusive for _at, abusive in contacts[a]) == 5
    assert store.last_channel() == "hotline"  # the latest event with a channel

    store.delete_debt(b)  # a deleted debt's follow-ups are no longer due
    assert store.next_follow_ups(TODAY) == {}
    assert store.count_events() == 11
