"""The household plan as the store holds it: the budget, every open debt, the pins and the
collection log, solved by `engine.budget`; and how each accepted deal is being kept.

Shared by the Plan mode and `parley budget`, so both show the same figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from parley.engine.budget import Budget, Plan, solve
from parley.engine.budget.tracking import Tracking, track


def collection_intensity(store, today: date, debts) -> dict:
    """The log's contacts raise a debt's collection intensity (never lower what was stated)."""
    from parley.engine.collection import effective
    from parley.exports.sources import collection_summaries

    logged = collection_summaries(store, today)
    return {
        d.id: effective(d.collection_intensity, logged[d.id].intensity)
        for d in debts
        if d.id in logged
    }


def stored_plan(store, today: date, budget: Budget | None = None) -> Plan:
    """Solve the stored budget (or `budget`, e.g. as being edited) against every open debt."""
    debts = store.list_debts()
    return solve(
        budget if budget is not None else store.load_budget(),
        debts,
        today=today,
        settings=store.load_settings(),
        pinned=store.pinned_asks(),
        intensity=collection_intensity(store, today, debts),
    )


@dataclass(frozen=True)
class Deal:
    debt_id: int
    offer_id: int
    label: str
    tracking: Tracking


def deals(store, today: date) -> dict[int, Deal]:
    """Each debt's accepted offer and how its payments stand, by debt id."""
    from parley.engine.clauses import scan
    from parley.engine.offers import evaluate
    from parley.engine.penalty import penalty_rate

    accepted = store.accepted_offers()
    if not accepted:
        return {}
    settings = store.load_settings()
    found = {}
    for debt in store.list_debts():
        offer = accepted.get(debt.id)
        if offer is None:
            continue
        # The deal runs from the day it was accepted (its own first due date when it names one).
        stamp = offer.updated_at or offer.created_at
        start = stamp.date() if stamp else today
        result = evaluate(debt, offer.terms, today=start, settings=settings)
        versions = store.list_agreements(debt.id)
        accel = None
        if versions and any(f.code == "acceleration" for f in scan(versions[-1].text)):
            accel = True
        tracking = track(
            result.schedule,
            start=start,
            down_payment=result.down_payment + result.penalty + result.deferral_fee,
            payments=[(p.paid_on, p.amount) for p in store.offer_payments(offer.id)],
            today=today,
            penalty_rate=penalty_rate(debt, settings),
            acceleration=accel,
        )
        found[debt.id] = Deal(debt.id, offer.id, offer.label, tracking)
    return found


@dataclass(frozen=True)
class Replacement:
    debt_id: int
    lender: str
    new: str  # the plan's ask, in one line
    old: str | None  # the offer A it replaces, in one line; None when there was none


def _describe(debt, terms, today: date, settings) -> str:
    from parley.engine.money import format_money
    from parley.engine.offers import evaluate
    from parley.i18n import ngettext

    result = evaluate(debt, terms, today=today, settings=settings)
    n = len(result.schedule.instalments)
    return ngettext(
        "{kind}, {n} instalment of {amount}",
        "{kind}, {n} instalments of {amount}",
        n,
    ).format(kind=terms.kind.label(), n=n, amount=format_money(result.instalment))


def plan_replacements(store, plan: Plan) -> list[Replacement]:
    """What "use this plan" would write: each ask as the debt's offer A, and what it replaces."""
    from parley.engine.budget import Placement

    settings = store.load_settings()
    found = []
    for ask in plan.asks:
        if ask.terms is None or ask.placement is Placement.PINNED:
            continue
        old = _offer_a(store, ask.debt.id)
        found.append(
            Replacement(
                ask.debt.id,
                ask.debt.lender,
                _describe(ask.debt, ask.terms, plan.today, settings),
                _describe(ask.debt, old.terms, plan.today, settings) if old else None,
            )
        )
    return found


def _offer_a(store, debt_id: int):
    offers = [o for o in store.list_offers(debt_id) if o.label == "A"]
    return offers[-1] if offers else None


def use_plan(store, plan: Plan) -> int:
    """Write each ask as the debt's proposed offer A (the offer editor and `parley script`
    read the latest A); a draft or proposed A is updated, an answered one kept. Returns the
    number written."""
    from parley.engine.budget import Placement
    from parley.store.records import OfferRecord, OfferStatus

    written = 0
    for ask in plan.asks:
        if ask.terms is None or ask.placement is Placement.PINNED:
            continue
        old = _offer_a(store, ask.debt.id)
        keep = old is not None and old.status in (OfferStatus.DRAFT, OfferStatus.PROPOSED)
        record = OfferRecord(
            debt_id=ask.debt.id,
            label="A",
            terms=ask.terms,
            status=OfferStatus.PROPOSED,
            proposed_by="me",
            created_at=old.created_at if keep else None,
            id=old.id if keep else None,
        )
        store.save_offer(record)
        written += 1
    return written
