"""Triage follows the seed's order: rate band, then collection, then legal risk, then rate."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import count

from parley.engine.collection import CollectionSummary
from parley.engine.cost import Cost
from parley.engine.debt import Debt, Intensity, LegalStage, Settings
from parley.engine.triage import ABOVE_24, ABOVE_36, ABOVE_LPR, BELOW, rank_debts, stage

TODAY = date(2026, 11, 30)
_ids = count(1)


def debt(**changes) -> Debt:
    return Debt(lender="L", id=next(_ids), principal=1_000_000, term=12, **changes)


def apr(value: float) -> Cost:
    return Cost(value, None, None, True)


def ranked_ids(debts, costs, **kw):
    ranked = rank_debts(debts, today=TODAY, settings=Settings(), costs=costs, **kw)
    return [r.debt for r in ranked], ranked


def test_collection_and_court_outrank_a_hundredth_of_a_percent():
    quiet = debt()
    sued = debt(collection_intensity=Intensity.HIGH, legal_stage=LegalStage.JUDGMENT)
    order, ranked = ranked_ids([quiet, sued], {quiet.id: apr(0.3001), sued.id: apr(0.30)})
    assert order == [sued, quiet]
    assert {r.band for r in ranked} == {ABOVE_24}


def test_bands_come_first():
    above_36 = debt()
    band_24 = debt(collection_intensity=Intensity.HIGH)
    above_lpr = debt(legal_stage=LegalStage.JUDGMENT)
    below = debt(collection_intensity=Intensity.HIGH)
    costs = {
        above_36.id: apr(0.3601),
        band_24.id: apr(0.36),  # exactly 36% is not above it
        above_lpr.id: apr(0.24),  # exactly 24% is not above it
        below.id: apr(0.12),  # exactly 4 x 3.0% is not above it
    }
    order, ranked = ranked_ids([below, above_lpr, band_24, above_36], costs)
    assert order == [above_36, band_24, above_lpr, below]
    assert [r.band for r in ranked] == [ABOVE_36, ABOVE_24, ABOVE_LPR, BELOW]


def test_four_times_lpr_is_that_of_the_contract_date():
    # 13% on 2023-09-01 is below 4 x 3.45% = 13.8%; the same rate on 2025-06-01 is above 12%.
    old = debt(start_date=date(2023, 9, 1))
    new = debt(start_date=date(2025, 6, 1))
    _order, ranked = ranked_ids([old, new], {old.id: apr(0.13), new.id: apr(0.13)})
    bands = {r.debt.id: r.band for r in ranked}
    assert bands == {new.id: ABOVE_LPR, old.id: BELOW}
    assert {r.debt.id: r.caps_exceeded for r in ranked} == {new.id: ["4xLPR"], old.id: []}


def test_an_unknown_rate_in_court_is_not_last():
    # Only the balance an agency claims is known: no rate can be worked out.
    sold = Debt(lender="Agency", id=next(_ids), outstanding=800_000, legal_stage=LegalStage.LAWSUIT)
    cheap = debt(annual_rate=0.10)
    costly = debt(annual_rate=0.30)
    order, ranked = ranked_ids([cheap, costly, sold], None)
    assert order == [sold, costly, cheap]
    assert ranked[0].reasons[0] == "rate unknown"
    assert "lawsuit filed" in ranked[0].reasons


def test_each_row_says_why():
    harsh = debt(first_missed=TODAY - timedelta(days=12))
    summary = CollectionSummary(
        last_7=4, last_30=9, abusive_30=3, abusive=3, day=5, night=4, intensity=Intensity.HIGH
    )
    _order, [row] = ranked_ids([harsh], {harsh.id: apr(0.3906)}, collection={harsh.id: summary})
    assert row.reason == "above 36% (39.06%); abuse logged 3 times in 30 days; 12 days overdue"


def test_the_windows_are_settings():
    late = debt(first_missed=TODAY - timedelta(days=25))
    assert stage(late, TODAY, Settings(best_window=20, latest_window=60)).value == "overdue_31_90"
    assert stage(late, TODAY, Settings()).value == "overdue_1_30"


def test_the_due_list_uses_the_windows_from_settings():
    from parley.engine.due import DueKind, what_is_due

    late = debt(first_missed=TODAY - timedelta(days=10))
    items = what_is_due(TODAY, debts=[late], windows=(20, 60))
    assert [(i.kind, i.days_left) for i in items] == [
        (DueKind.WINDOW_30, 10),
        (DueKind.WINDOW_90, 50),
    ]
