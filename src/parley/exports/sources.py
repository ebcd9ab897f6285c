"""What the due panel, the debts table and the exports read from the store: each accepted
deal's instalments, follow-ups and collection-contact summaries. Safe in a worker thread."""

from __future__ import annotations

from datetime import date, timedelta

from parley.engine.collection import Contact, summarize
from parley.engine.debt import Debt, Settings
from parley.engine.due import LOOKBACK_DAYS, DueItem, FollowUp, what_is_due
from parley.engine.schedule import Instalment
from parley.store.records import OfferRecord


def accepted_schedule(debt: Debt, offer: OfferRecord, settings: Settings) -> tuple[Instalment, ...]:
    """The instalments of an accepted deal. A deal without a first due date runs from the
    day it was last saved, so its dates do not drift as the days pass."""
    from parley import clock
    from parley.engine.offers import evaluate

    stamp = offer.updated_at or offer.created_at
    anchor = stamp.date() if stamp else clock.today()
    return evaluate(debt, offer.terms, today=anchor, settings=settings).schedule.instalments


def accepted_deals(
    store, settings: Settings, *, debt_id: int | None = None
) -> dict[int, tuple[OfferRecord, tuple[Instalment, ...]]]:
    """Debt id -> (accepted offer, its instalments), for live debts."""
    from parley.engine.errors import InputError

    debts = [store.get_debt(debt_id)] if debt_id is not None else store.list_debts()
    out = {}
    for debt in debts:
        offer = store.accepted_offer(debt.id)
        if offer is None:
            continue
        try:
            out[debt.id] = (offer, accepted_schedule(debt, offer, settings))
        except InputError:
            continue  # an accepted offer the engine cannot schedule has no dates to show
    return out


def due_items(store, settings: Settings, today: date) -> list[DueItem]:
    debts = store.list_debts()
    follow_ups = [
        FollowUp(debt_id, day, summary, event_id)
        for event_id, debt_id, day, summary in store.follow_ups(
            today - timedelta(days=LOOKBACK_DAYS)
        )
    ]
    deals = accepted_deals(store, settings)
    return what_is_due(
        today,
        follow_ups=follow_ups,
        instalments={debt_id: schedule for debt_id, (_o, schedule) in deals.items()},
        debts=debts,
        windows=(settings.best_window, settings.latest_window),
    )


def collection_summaries(store, today: date, *, debt_id: int | None = None):
    """Debt id -> CollectionSummary for every debt with a logged collection contact."""
    return {
        key: summarize([Contact(at, abusive) for at, abusive in contacts], today)
        for key, contacts in store.collection_contacts(debt_id=debt_id).items()
    }
