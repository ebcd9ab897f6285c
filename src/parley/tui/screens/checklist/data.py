"""What the checklist shows for one debt, read from the store in one go."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from parley.engine.checklist import Review
from parley.engine.debt import Debt
from parley.store.records import Agreement, ChecklistItem


@dataclass
class Loaded:
    """Everything the screen shows for one debt, read and computed off the UI thread."""

    debts: list[Debt]
    debt_id: int | None
    versions: list[Agreement] = field(default_factory=list)
    items: dict[str, ChecklistItem] = field(default_factory=dict)
    reviews: dict[int, Review] = field(default_factory=dict)  # by version number
    offer_label: str | None = None  # "A", "B": the accepted offer
    offer_error: str | None = None  # why the accepted offer could not be evaluated


def load(store, settings, debt_id: int | None, today: date) -> Loaded:
    from parley.engine.checklist import review
    from parley.engine.errors import InputError
    from parley.engine.offers import evaluate

    debts = store.list_debts()
    ids = [d.id for d in debts]
    if debt_id not in ids:
        with_agreement = [i for i in ids if store.list_agreements(i)]
        debt_id = (with_agreement or ids or [None])[0]
    if debt_id is None:
        return Loaded(debts, None)
    debt = next(d for d in debts if d.id == debt_id)
    loaded = Loaded(debts, debt_id, store.list_agreements(debt_id), store.checklist(debt_id))
    record = store.accepted_offer(debt_id)
    terms = result = None
    if record is not None:
        loaded.offer_label = record.label
        try:
            result = evaluate(debt, record.terms, today=today, settings=settings)
            terms = record.terms
        except InputError as error:
            loaded.offer_error = str(error)
    start = (terms.first_due if terms and terms.first_due else None) or today
    for agreement in loaded.versions:
        loaded.reviews[agreement.version] = review(
            agreement.text, terms=terms, offer=result, start=start, caps=settings.caps
        )
    return loaded
