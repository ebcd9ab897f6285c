"""The household budget, plan pins and payments against deals, on real files."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from parley.engine.budget import Budget, IncomeSource
from parley.engine.debt import Debt
from parley.engine.errors import InputError
from parley.engine.offers import OfferKind, OfferTerms
from parley.store import OfferRecord, OfferStatus, Store
from parley.store.transfer import export_data, import_data

BUDGET = Budget(
    (IncomeSource("工资", 600_000), IncomeSource("side job", 250_000)),
    (("housing", 300_000), ("food", 150_000), ("medical", 50_000)),
    lump_sum=200_000,
    keep_share_rule=False,
)


def test_a_new_file_has_an_empty_budget(store):
    assert store.load_budget() == Budget()
    assert store.load_settings().monthly_income == 0


def test_the_budget_round_trips_and_its_income_is_the_settings_income(db_path):
    with Store.open(db_path) as store:
        store.save_budget(BUDGET)
    with Store.open(db_path) as store:
        assert store.load_budget() == BUDGET
        # One source of truth: every screen reads the budget's total as the income.
        assert store.load_settings().monthly_income == 850_000
        settings = store.load_settings()
        settings.currency = "USD"
        store.save_settings(settings)  # the same income: the two sources are kept
        assert store.load_budget().incomes == BUDGET.incomes
        settings.monthly_income = 900_000  # a different income replaces the sources
        store.save_settings(settings)
        assert store.load_budget().incomes == (IncomeSource("", 900_000),)
        assert store.load_budget().essentials == BUDGET.essentials


def test_a_wrong_budget_is_refused_whole(store):
    store.save_budget(BUDGET)
    bad = Budget((IncomeSource("pay", -1),), BUDGET.essentials)
    with pytest.raises(InputError):
        store.save_budget(bad)
    assert store.load_budget() == BUDGET
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute("INSERT INTO budget_lines (kind, amount) VALUES ('income', -5)")


def test_the_share_limit_comes_from_the_settings(store):
    settings = store.load_settings()
    settings.income_share_limit = 0.25
    store.save_settings(settings)
    assert store.load_budget().share_limit == 0.25


def test_pins_survive_reopening_and_go_with_their_debt(db_path):
    terms = OfferTerms(kind=OfferKind.FREEZE, count=24, first_due=date(2026, 12, 30))
    with Store.open(db_path) as store:
        kept = store.add_debt(Debt("Kept"))
        gone = store.add_debt(Debt("Gone"))
        store.pin_ask(kept, terms)
        store.pin_ask(gone, terms)
        store.pin_ask(kept, OfferTerms(kind=OfferKind.FREEZE, count=12))
        store.delete_debt(gone)
    with Store.open(db_path) as store:
        assert store.pinned_asks() == {kept: OfferTerms(kind=OfferKind.FREEZE, count=12)}
        store.unpin_ask(kept)
        assert store.pinned_asks() == {}
        store.purge_debt(gone)
        assert store.conn.execute("SELECT count(*) FROM plan_pins").fetchone()[0] == 0


def test_payments_are_recorded_against_an_accepted_offer(store):
    debt_id = store.add_debt(Debt("Lender"))
    offer = OfferRecord(debt_id, "A", OfferTerms(kind=OfferKind.FREEZE, count=12))
    offer_id = store.save_offer(offer)
    with pytest.raises(InputError):
        store.record_payment(offer_id, date(2026, 12, 30), 50_000)  # only proposed so far
    store.set_offer_status(offer_id, OfferStatus.ACCEPTED)
    store.record_payment(offer_id, date(2026, 12, 30), 50_000)
    store.record_payment(offer_id, date(2027, 1, 29), 50_000, "app transfer")
    with pytest.raises(InputError):
        store.record_payment(offer_id, date(2027, 2, 28), 0)
    paid = store.offer_payments(offer_id)
    assert [(p.paid_on, p.amount) for p in paid] == [
        (date(2026, 12, 30), 50_000),
        (date(2027, 1, 29), 50_000),
    ]
    assert all(p.debt_id == debt_id and p.offer_id == offer_id for p in paid)
    assert len(store.list_payments(debt_id)) == 2


def test_export_and_import_carry_the_budget_pins_and_deal_payments(tmp_path):
    with Store.open(tmp_path / "a.db") as store:
        debt_id = store.add_debt(Debt("Lender"))
        offer_id = store.save_offer(OfferRecord(debt_id, "A", OfferTerms(count=12)))
        store.set_offer_status(offer_id, OfferStatus.ACCEPTED)
        store.record_payment(offer_id, date(2026, 12, 30), 50_000)
        store.save_budget(BUDGET)
        store.pin_ask(debt_id, OfferTerms(count=12))
        data = export_data(store)
    with Store.open(tmp_path / "b.db") as copy:
        import_data(copy, data)
        assert copy.load_budget() == BUDGET
        assert copy.load_settings().monthly_income == 850_000
        assert copy.pinned_asks() == {debt_id: OfferTerms(count=12)}
        assert copy.offer_payments(offer_id)[0].amount == 50_000
    # Into a file with data, new ids follow the offer and the file keeps its own budget.
    with Store.open(tmp_path / "c.db") as other:
        other.add_debt(Debt("Mine"))
        other.save_budget(Budget((IncomeSource("mine", 100),)))
        import_data(other, data)
        assert other.load_budget().incomes == (IncomeSource("mine", 100),)
        [new_debt] = [d for d in other.list_debts() if d.lender == "Lender"]
        [offer] = other.list_offers(new_debt.id)
        assert [p.amount for p in other.offer_payments(offer.id)] == [50_000]


def test_an_export_from_before_the_budget_brings_its_income_along(tmp_path):
    with Store.open(tmp_path / "a.db") as store:
        data = export_data(store)
    data["schema_version"] = 2
    for table in ("budget", "budget_lines", "plan_pins"):
        del data["tables"][table]
    data["tables"]["settings"].append({"key": "monthly_income", "value": "700000"})
    with Store.open(tmp_path / "b.db") as copy:
        import_data(copy, data)
        assert copy.load_settings().monthly_income == 700_000
        assert copy.load_budget().incomes == (IncomeSource("", 700_000),)
