"""The wizard resumes the draft changed last, and never one of a deleted debt."""

from __future__ import annotations

from parley.engine.debt import Debt


def test_latest_draft_is_the_one_changed_last(store, monkeypatch):
    first = store.add_debt(Debt(lender="A"))
    second = store.add_debt(Debt(lender="B"))
    assert store.latest_draft() is None
    monkeypatch.setenv("PARLEY_TODAY", "2026-11-29")
    store.save_draft(second, 4, {"income": "5000"})
    monkeypatch.setenv("PARLEY_TODAY", "2026-11-30")
    store.save_draft(first, 2, {"hardship": "illness"})
    assert store.latest_draft() == {"debt_id": first, "step": 2, "data": {"hardship": "illness"}}
    store.delete_debt(first)
    assert store.latest_draft()["debt_id"] == second
    store.delete_draft(second)
    assert store.latest_draft() is None
