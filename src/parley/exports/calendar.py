"""The .ics calendar: every instalment of accepted deals and every follow-up.

Each instalment carries two reminders, three days and one day before, so a second
default cannot happen for want of a reminder. UIDs are built from record ids, so
importing an updated file replaces the old entries instead of doubling them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from parley.engine.debt import Settings
from parley.engine.money import format_money
from parley.exports.sources import accepted_deals
from parley.i18n import _
from parley.private_files import write_private

REMINDERS = (timedelta(days=3), timedelta(days=1))  # before the instalment's day
PRODID = "-//Parley//Negotiation record//EN"


def _all_day(uid: str, day: date, summary: str, description: str, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    event.add("summary", summary)
    event.add("description", description)
    event.add("transp", "TRANSPARENT")
    return event


def build_calendar(store, settings: Settings, *, debt_id: int | None = None) -> Calendar:
    """The calendar for every live debt, or for one."""
    stamp = datetime.now(UTC).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", _("Parley: instalments and follow-ups"))
    lenders = {d.id: d.lender for d in store.list_debts()}
    if debt_id is not None:
        lenders.setdefault(debt_id, store.get_debt(debt_id).lender)
    for key, (offer, schedule) in sorted(accepted_deals(store, settings, debt_id=debt_id).items()):
        lender = lenders.get(key, "")
        for inst in schedule:
            summary = _("Pay {lender}: {amount} (instalment {n} of {count})").format(
                lender=lender, amount=format_money(inst.payment), n=inst.n, count=len(schedule)
            )
            description = _(
                "Instalment {n} of {count} of the agreed plan (offer {label}). "
                "Pay on or before this day; keep the receipt."
            ).format(n=inst.n, count=len(schedule), label=offer.label)
            event = _all_day(
                f"parley-debt{key}-offer{offer.id}-instalment{inst.n}@parley",
                inst.due,
                summary,
                description,
                stamp,
            )
            for before in REMINDERS:
                alarm = Alarm()
                alarm.add("action", "DISPLAY")
                alarm.add("description", summary)
                alarm.add("trigger", -before)
                event.add_component(alarm)
            cal.add_component(event)
    for event_id, owner, day, text in store.follow_ups(date.min, debt_id=debt_id):
        lender = lenders.get(owner, "") if owner is not None else ""
        summary = _("Follow up with {lender}").format(lender=lender) if lender else _("Follow up")
        cal.add_component(
            _all_day(f"parley-event{event_id}-follow-up@parley", day, summary, text, stamp)
        )
    return cal


def write_calendar(cal: Calendar, target: Path) -> int:
    """Write the file readable by the user only; returns how many entries it holds."""
    write_private(target, cal.to_ical())
    return len(cal.walk("VEVENT"))
