"""What goes into the store comes back out unchanged, and deleting is undoable."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from parley.engine.debt import Debt, Intensity, LegalStage, LenderKind, Method, Settings
from parley.engine.offers import OfferKind, OfferTerms
from parley.engine.rates import CapSettings
from parley.store import NotFound
from parley.store.records import (
    AbuseFlag,
    Attachment,
    ChecklistItem,
    Event,
    EventKind,
    OfferRecord,
    OfferStatus,
    Payment,
    Promise,
)

TODAY = date(2026, 11, 30)


def full_debt() -> Debt:
    # Every field away from its default, so a column that is dropped or mangled shows.
    return Debt(
        lender="快闪借",
        kind=LenderKind.EX_P2P,
        contract_no="KSJ-1",
        principal=1_000_000,
        received=900_000,
        start_date=date(2025, 3, 31),
        term=24,
        method=Method.FLAT,
        rate_text="日息0.05%",
        annual_rate=0.1825,
        penalty_rate=0.27375,
        fee_upfront=100_000,
        fee_per_instalment=1_500,
        fee_one_off=20_000,
        instalments_paid=5,
        principal_repaid=208_333,
        interest_repaid=91_250,
        outstanding=791_667,
        first_missed=date(2026, 10, 1),
        collection_intensity=Intensity.HIGH,
        legal_stage=LegalStage.LAWSUIT,
        credit_reported=True,
        notes="line one\nline two",
    )


def test_every_debt_field_has_a_column(store):
    columns = {r[1] for r in store.conn.execute("PRAGMA table_info(debts)")}
    missing = {f.name for f in dataclasses.fields(Debt)} - columns
    assert not missing, f"add a migration for the new Debt fields {missing}"


def test_debt_round_trip_and_money_stored_as_integers(store):
    debt = full_debt()
    debt_id = store.add_debt(debt)
    assert debt.id == debt_id
    assert store.get_debt(debt_id) == debt
    row = store.conn.execute(
        "SELECT typeof(principal), typeof(outstanding), kind, start_date FROM debts"
    ).fetchone()
    assert row == ("integer", "integer", "ex_p2p", "2025-03-31")
    debt.outstanding = 700_000
    debt.legal_stage = LegalStage.JUDGMENT
    store.update_debt(debt)
    assert store.get_debt(debt_id).outstanding == 700_000
    assert store.get_debt(debt_id).legal_stage is LegalStage.JUDGMENT


def test_soft_delete_restore_and_purge(store):
    keep = store.add_debt(Debt("Keep"))
    gone = store.add_debt(Debt("Gone"))
    store.add_payment(Payment(gone, date(2026, 1, 5), 50_000))
    store.add_event(
        Event(gone, EventKind.CALL_MADE, datetime(2026, 11, 1, 9), promises=[Promise("p")])
    )
    store.add_event(Event(keep, EventKind.CALL_MADE, datetime(2026, 11, 2, 9)))

    store.delete_debt(gone)
    assert [d.lender for d in store.list_debts()] == ["Keep"]
    assert not store.is_empty()
    assert store.is_deleted(gone)
    assert [d.lender for d in store.list_debts(include_deleted=True)] == ["Keep", "Gone"]
    # Its events are kept (but not shown in the timeline) until purged.
    assert [e.debt_id for e in store.list_events()] == [keep]
    assert len(store.list_events(debt_id=gone)) == 1
    assert len(store.list_events(include_deleted=True)) == 2

    store.restore_debt(gone)
    assert [d.lender for d in store.list_debts()] == ["Keep", "Gone"]
    assert store.list_payments(gone)[0].amount == 50_000

    store.purge_debt(gone)
    with pytest.raises(NotFound):
        store.get_debt(gone)
    for table in ("payments", "promises"):
        assert store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    assert [e.debt_id for e in store.list_events(include_deleted=True)] == [keep]


def test_a_deleted_debt_alone_is_still_data(store):
    store.delete_debt(store.add_debt(Debt("Only")))
    assert not store.is_empty()


def test_foreign_keys_are_enforced(store):
    with pytest.raises(sqlite3.IntegrityError):
        store.add_payment(Payment(999, date(2026, 1, 1), 100))


def test_payments_in_date_order(store):
    debt_id = store.add_debt(Debt("L"))
    store.add_payment(Payment(debt_id, date(2026, 3, 1), 300, "third"))
    store.add_payment(Payment(debt_id, date(2026, 1, 1), 100, "first"))
    pid = store.add_payment(Payment(debt_id, date(2026, 2, 1), 200, "second"))
    assert [p.note for p in store.list_payments(debt_id)] == ["first", "second", "third"]
    store.delete_payment(pid)
    assert [p.amount for p in store.list_payments(debt_id)] == [100, 300]


def test_offers_keep_terms_and_one_accepted_deal(store):
    debt_id = store.add_debt(Debt("L"))
    terms_a = OfferTerms(
        kind=OfferKind.DEFERRAL,
        rate=0.154,
        count=24,
        down_payment_pct=0.3,
        deferral_months=6,
        deferral_fee_pct=0.01,
        deferral_interest_waived=True,
        fee_per_instalment=4_500,
        waived_amount=120_000,
        waive_penalty=False,
        first_due=date(2027, 1, 15),
        method=Method.EQUAL_PRINCIPAL,
    )
    a = OfferRecord(debt_id, "A", terms_a, OfferStatus.PROPOSED, "me")
    b = OfferRecord(debt_id, "B", OfferTerms(kind=OfferKind.FREEZE), proposed_by="lender")
    store.save_offer(a)
    store.save_offer(b)
    [got_a, got_b] = store.list_offers(debt_id)
    assert got_a.terms == terms_a
    assert got_b.proposed_by == "lender" and got_b.status is OfferStatus.DRAFT
    assert store.accepted_offer(debt_id) is None

    store.set_offer_status(a.id, OfferStatus.ACCEPTED)
    assert store.accepted_offer(debt_id).label == "A"
    store.set_offer_status(b.id, OfferStatus.ACCEPTED)
    assert store.accepted_offer(debt_id).label == "B"
    statuses = {o.label: o.status for o in store.list_offers(debt_id)}
    assert statuses == {"A": OfferStatus.REJECTED, "B": OfferStatus.ACCEPTED}

    b.label = "B2"
    store.save_offer(b)
    assert [o.label for o in store.list_offers(debt_id)] == ["A", "B2"]


def test_events_round_trip_with_promises_and_attachments(store):
    debt_id = store.add_debt(Debt("L"))
    event = Event(
        debt_id,
        EventKind.COLLECTION_CONTACT,
        datetime(2026, 11, 28, 23, 15),
        channel="电话",
        party="催收员",
        agent_id="A123",
        agent_verified=True,
        summary="威胁联系家人",
        follow_up=date(2026, 12, 3),
        abuse=frozenset({AbuseFlag.NIGHT_CALL, AbuseFlag.THREAT}),
        promises=[Promise("停息挂账", written=False), Promise("减免罚息", written=True)],
        attachments=[
            Attachment("/home/u/rec.m4a", 1234, "ab" * 32, datetime(2026, 11, 28, 23, 40))
        ],
    )
    store.add_event(event)
    assert store.list_events() == [event]
    event.promises = [Promise("only one", written=True)]
    event.attachments = []
    event.summary = "edited"
    store.update_event(event)
    assert store.get_event(event.id) == event
    assert store.conn.execute("SELECT count(*) FROM promises").fetchone()[0] == 1
    store.delete_event(event.id)
    assert store.list_events() == []
    assert store.conn.execute("SELECT count(*) FROM promises").fetchone()[0] == 0


def test_event_filters(store):
    a = store.add_debt(Debt("A"))
    b = store.add_debt(Debt("B"))
    when = [datetime(2026, 11, d, 12) for d in (1, 10, 20, 30)]
    for i, t in enumerate(when):
        kind = EventKind.COLLECTION_CONTACT if i % 2 else EventKind.CALL_MADE
        store.add_event(Event(a if i < 2 else b, kind, t, summary=str(i)))
    assert [e.summary for e in store.list_events()] == ["3", "2", "1", "0"]
    assert [e.summary for e in store.list_events(debt_id=a)] == ["1", "0"]
    got = store.list_events(kinds=[EventKind.COLLECTION_CONTACT])
    assert [e.summary for e in got] == ["3", "1"]
    # since and until are whole days, both included.
    got = store.list_events(since=date(2026, 11, 10), until=date(2026, 11, 20))
    assert [e.summary for e in got] == ["2", "1"]
    assert [e.summary for e in store.list_events(limit=1)] == ["3"]


def test_contact_counts_cover_the_last_7_and_30_days(store):
    debt_id = store.add_debt(Debt("L"))
    other = store.add_debt(Debt("Other"))
    # Day offsets before TODAY; the 7-day window is today and the 6 days before it.
    offsets = [0, 1, 6, 7, 15, 29, 30, 45]
    for k in offsets:
        store.add_event(
            Event(
                debt_id,
                EventKind.COLLECTION_CONTACT,
                datetime.combine(TODAY - timedelta(days=k), datetime.min.time()).replace(
                    hour=23, minute=59
                ),
            )
        )
    store.add_event(Event(debt_id, EventKind.CALL_MADE, datetime(2026, 11, 30, 9)))
    store.add_event(Event(other, EventKind.COLLECTION_CONTACT, datetime(2026, 11, 30, 9)))
    store.add_event(Event(debt_id, EventKind.COLLECTION_CONTACT, datetime(2026, 12, 1, 9)))
    in_7 = sum(1 for k in offsets if k <= 6)
    in_30 = sum(1 for k in offsets if k <= 29)
    assert (in_7, in_30) == (3, 6)  # by hand: 0, 1, 6 / 0, 1, 6, 7, 15, 29
    assert store.contact_counts(debt_id, TODAY) == (in_7, in_30)
    assert store.all_contact_counts(TODAY) == {debt_id: (3, 6), other: (1, 1)}
    summary = {d.lender: (n7, n30) for d, n7, n30 in store.debt_summary(TODAY)}
    assert summary == {"L": (3, 6), "Other": (1, 1)}


def test_agreement_versions_and_checklist(store):
    debt_id = store.add_debt(Debt("L"))
    first = store.add_agreement_version(debt_id, "第一版", "pasted")
    second = store.add_agreement_version(debt_id, "第二版", "/tmp/a.txt")
    assert (first.version, second.version) == (1, 2)
    assert [a.text for a in store.list_agreements(debt_id)] == ["第一版", "第二版"]

    store.set_checklist_item(ChecklistItem(debt_id, "agent_id_checked", True, TODAY, "工号 A1"))
    store.set_checklist_item(ChecklistItem(debt_id, "official_channel", False))
    store.set_checklist_item(ChecklistItem(debt_id, "official_channel", True, TODAY))
    items = store.checklist(debt_id)
    assert items["agent_id_checked"] == ChecklistItem(
        debt_id, "agent_id_checked", True, TODAY, "工号 A1"
    )
    assert items["official_channel"].checked
    assert len(items) == 2


def test_wizard_drafts(store):
    debt_id = store.add_debt(Debt("L"))
    assert store.load_draft(debt_id) is None
    store.save_draft(debt_id, 3, {"hardship": "job_loss", "evidence": ["payslips"]})
    store.save_draft(debt_id, 4, {"hardship": "illness"})
    assert store.load_draft(debt_id) == {"step": 4, "data": {"hardship": "illness"}}
    store.delete_draft(debt_id)
    assert store.load_draft(debt_id) is None


def test_settings_round_trip(store):
    assert store.load_settings() == Settings()
    settings = Settings(
        monthly_income=850_000,
        currency="CNY",
        language="zh_CN",
        caps=CapSettings(
            lpr_multiple=4, fixed=(0.24,), lpr_added=((date(2026, 2, 20), Decimal("0.0295")),)
        ),
        income_share_limit=0.25,
        penalty_multiple=1.3,
        best_window=20,
        latest_window=60,
    )
    store.save_settings(settings)
    assert store.load_settings() == settings
    # The income is kept once, in the budget, as its one source.
    lines = store.conn.execute("SELECT kind, amount FROM budget_lines").fetchall()
    assert lines == [("income", 850_000)]
    assert (
        store.conn.execute("SELECT 1 FROM settings WHERE key='monthly_income'").fetchone() is None
    )
