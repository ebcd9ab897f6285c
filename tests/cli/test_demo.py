"""`parley demo` writes a believable example into a new file and never over existing data."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from datetime import date, timedelta

from parley.engine.debt import LegalStage, LenderKind, Method
from parley.store import Store
from parley.store.records import EventKind, OfferStatus

TODAY = date(2026, 11, 30)  # pinned by tests/conftest.py


def parley(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "parley", *args], capture_output=True, text=True, timeout=60
    )


def test_demo_fills_a_new_file_with_every_stage(tmp_path):
    path = tmp_path / "demo.db"
    result = parley("demo", "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert str(path) in result.stdout
    with Store.open(path) as store:
        debts = store.list_debts()
        assert 6 <= len(debts) <= 8
        assert len({d.kind for d in debts}) >= 4
        overdue = {d.lender: (TODAY - d.first_missed).days for d in debts if d.first_missed}
        assert any(1 <= days <= 30 for days in overdue.values())
        assert any(days > 90 for days in overdue.values())
        assert any(d.first_missed is None and d.outstanding > 0 for d in debts)  # current
        assert any(d.legal_stage is LegalStage.LAWYER_LETTER for d in debts)
        assert any(d.method is Method.FLAT for d in debts)
        assert any(d.amount_received < d.principal and d.fee_upfront > 0 for d in debts)
        assert any(d.kind is LenderKind.EX_P2P for d in debts)
        for d in debts:
            assert d.first_missed is None or d.first_missed < TODAY
        assert all(store.list_payments(d.id) for d in debts if d.instalments_paid)

        events = store.list_events()
        assert len(events) >= 12
        contacts = [e for e in events if e.kind is EventKind.COLLECTION_CONTACT]
        assert len(contacts) >= 3 and any(e.abuse for e in contacts)
        assert any(not p.written for e in events for p in e.promises)
        assert all(e.occurred_at.date() <= TODAY for e in events)

        with_offers = [d for d in debts if store.list_offers(d.id)]
        assert len(with_offers) == 1
        offers = store.list_offers(with_offers[0].id)
        assert [o.label for o in offers] == ["A", "B"]
        assert all(o.status is OfferStatus.PROPOSED for o in offers)
        [agreement] = store.list_agreements(with_offers[0].id)
        assert "全部欠款立即到期" in agreement.text  # an acceleration clause to find
        assert "管理费" in agreement.text  # a fee beyond the instalment
        assert store.load_settings().monthly_income > 0


def test_demo_refuses_a_file_that_already_has_debts(tmp_path):
    path = tmp_path / "demo.db"
    assert parley("demo", "--db", str(path)).returncode == 0
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    result = parley("demo", "--db", str(path))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "already holds debts" in result.stderr
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_demo_dates_follow_today(tmp_path):
    from parley.store.demo import fill

    later = TODAY + timedelta(days=400)
    with Store.open(tmp_path / "later.db") as store:
        fill(store, later)
        assert max(e.occurred_at.date() for e in store.list_events()) <= later
        days = sorted((later - d.first_missed).days for d in store.list_debts() if d.first_missed)
        assert days[0] >= 1 and days[-1] > 90
