"""What the timeline mode, its due panel and the event form look like, in both languages."""

from __future__ import annotations

import pytest

from parley.store import Store
from parley.store.records import OfferStatus

from .conftest import SNAP_SIZE, keys_then_settle

STATES = {
    "timeline": ("2",),
    "event_form": ("2", "a"),
    "per_debt": ("t",),  # from the debts table: the rank-1 debt only
}


@pytest.mark.parametrize("state", list(STATES))
def test_timeline_mode(snap_compare, demo_db, open_app, lang, state):
    app = open_app(demo_db, lang)
    assert snap_compare(app, terminal_size=SNAP_SIZE, run_before=keys_then_settle(*STATES[state]))


def test_due_panel_with_an_accepted_deal(snap_compare, demo_db, open_app, lang):
    with Store.open(demo_db) as store:
        debt = next(d for d in store.list_debts() if d.lender == "安盈消费金融")
        offer = next(o for o in store.list_offers(debt.id) if o.label == "A")
        store.set_offer_status(offer.id, OfferStatus.ACCEPTED)
    app = open_app(demo_db, lang)
    assert snap_compare(app, terminal_size=SNAP_SIZE, run_before=keys_then_settle("2"))
