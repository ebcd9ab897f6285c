"""Offers saved before deferral interest became the default still load, with it on."""

from __future__ import annotations

import json
import sqlite3

from parley.engine.debt import Debt
from parley.engine.offers import OfferKind, OfferTerms
from parley.store import Store
from parley.store.records import OfferRecord


def test_an_offer_saved_with_the_old_flag_loads_with_interest_running(tmp_path):
    path = tmp_path / "parley.db"
    with Store.open(path) as store:
        debt_id = store.add_debt(Debt("L", outstanding=100_000))
        terms = OfferTerms(kind=OfferKind.DEFERRAL, rate=0.12, count=12, deferral_months=6)
        offer_id = store.save_offer(OfferRecord(debt_id, "A", terms))
    # As an older Parley wrote it: the flag that is gone, and not the one that replaced it.
    conn = sqlite3.connect(path)
    (text,) = conn.execute("SELECT terms FROM offers WHERE id = ?", (offer_id,)).fetchone()
    data = json.loads(text)
    data.pop("deferral_interest_waived")
    data["interest_during_deferral"] = False
    conn.execute("UPDATE offers SET terms = ? WHERE id = ?", (json.dumps(data), offer_id))
    conn.commit()
    conn.close()
    with Store.open(path) as store:
        (loaded,) = store.list_offers(debt_id)
    # "No interest" must now be marked as agreed in writing; the old default was not that.
    assert loaded.terms.deferral_interest_waived is False
    assert loaded.terms.deferral_months == 6
