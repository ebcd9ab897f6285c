"""The example data with offer A of 安盈消费金融 accepted, and one event with a file."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from parley.store import Store, demo
from parley.store.records import Attachment, Event, EventKind, OfferStatus, Promise

TODAY = date(2026, 11, 30)


@pytest.fixture
def deal_db(tmp_path):
    path = tmp_path / "parley.db"
    with Store.open(path) as store:
        demo.fill(store, TODAY)
        debt = next(d for d in store.list_debts() if d.lender == "安盈消费金融")
        offer = next(o for o in store.list_offers(debt.id) if o.label == "A")
        store.set_offer_status(offer.id, OfferStatus.ACCEPTED)
        store.add_event(
            Event(
                debt.id,
                EventKind.AGREEMENT_SIGNED,
                datetime(2026, 11, 29, 21, 30),
                party="<script>alert(1)</script> & co",
                summary="Signed | with e-signature",
                promises=[Promise("No penalty interest", written=True)],
                attachments=[
                    Attachment("/evidence/call.m4a", 1234, "ab" * 32, datetime(2026, 11, 29, 22))
                ],
            )
        )
    return path
