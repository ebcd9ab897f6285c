"""What the checklist mode looks like on the example agreement, with a second version that
raises the instalment and an accepted offer to compare it with."""

from __future__ import annotations

import pytest

from parley.store import Store
from parley.store.demo import AGREEMENT_TEXT
from parley.store.records import OfferStatus

from .conftest import SNAP_SIZE, settle

LENDER = "安盈消费金融"

STATES = {
    "checklist": (),
    "findings": ("n", "n"),
    "figures": ("f",),
    "diff": ("v",),
    "load_file": ("l",),
    "paste": ("p",),
}


def prepare(path) -> int:
    """Accept offer A and add a second version whose instalment and fee changed."""
    with Store.open(path) as store:
        debt_id = next(d.id for d in store.list_debts() if d.lender == LENDER)
        offer = next(o for o in store.list_offers(debt_id) if o.label == "A")
        store.set_offer_status(offer.id, OfferStatus.ACCEPTED)
        changed = AGREEMENT_TEXT.replace("556.11", "598.00").replace("45.00", "60.00")
        store.add_agreement_version(debt_id, changed, "协议-第二版.txt")
    return debt_id


@pytest.mark.parametrize("state", list(STATES))
def test_checklist_mode(snap_compare, demo_db, open_app, lang, state):
    debt_id = prepare(demo_db)
    app = open_app(demo_db, lang)

    async def run_before(pilot) -> None:
        await settle(pilot)
        app.focused_debt_id = debt_id
        for key in ("4", *STATES[state]):
            await pilot.press(key)
            await settle(pilot)

    assert snap_compare(app, terminal_size=SNAP_SIZE, run_before=run_before)
