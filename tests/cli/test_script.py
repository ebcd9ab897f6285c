"""`parley script`: the call script without the app, with the engine's figures."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from parley.engine.offers import OfferKind, OfferTerms, evaluate
from parley.engine.proposals import suggest
from parley.engine.script import money_in
from parley.store import Store, demo
from parley.store.records import OfferRecord, OfferStatus

TODAY = date(2026, 11, 30)


def parley(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "parley", *args], capture_output=True, text=True, timeout=60
    )


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "parley.db"
    with Store.open(path) as store:
        demo.fill(store, TODAY)
    return path


def first_debt_without_offers(path):
    with Store.open(path) as store:
        debt = next(d for d in store.list_debts() if not store.list_offers(d.id))
        return debt, store.load_settings()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_suggested_offers_when_there_are_none(db, lang):
    debt, settings = first_debt_without_offers(db)
    a, b = suggest(debt, today=TODAY, settings=settings)
    out = parley("script", "--db", str(db), "--debt", str(debt.id), "--lang", lang)
    assert out.returncode == 0, out.stderr
    for terms in (a.terms, b.terms):
        result = evaluate(debt, terms, today=TODAY, settings=settings)
        assert money_in(lang, result.instalment) in out.stdout
        assert money_in(lang, result.total_paid) in out.stdout
    assert debt.lender in out.stdout
    assert ("协商通话稿" if lang == "zh_CN" else "Call script") in out.stdout


def test_the_two_most_recent_offers_are_used(db, tmp_path):
    debt, settings = first_debt_without_offers(db)
    old = OfferTerms(kind=OfferKind.FREEZE, count=12)
    newer = {
        "A": OfferTerms(kind=OfferKind.FREEZE, count=20),
        "B": OfferTerms(kind=OfferKind.RESTRUCTURE, rate=0.06, count=30),
    }
    with Store.open(db) as store:
        store.save_offer(OfferRecord(debt.id, "A", old))
        for label, terms in newer.items():
            store.save_offer(OfferRecord(debt.id, label, terms, OfferStatus.PROPOSED))
    target = tmp_path / "script.md"
    out = parley("script", "--db", str(db), "--debt", str(debt.id), "--out", str(target))
    assert out.returncode == 0, out.stderr
    assert str(target) in out.stdout
    assert target.stat().st_mode & 0o777 == 0o600
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# ")
    for terms in newer.values():
        result = evaluate(debt, terms, today=TODAY, settings=settings)
        assert money_in("en", result.instalment) in text
    stale = evaluate(debt, old, today=TODAY, settings=settings)
    assert money_in("en", stale.instalment) not in text


@pytest.mark.parametrize(
    ("lang", "words"), [("en", "There is no debt number 999."), ("zh_CN", "999")]
)
def test_a_bad_debt_id_is_one_line_and_exit_2(db, lang, words):
    out = parley("script", "--db", str(db), "--debt", "999", "--lang", lang)
    assert out.returncode == 2
    assert out.stdout == ""
    assert len(out.stderr.strip().splitlines()) == 1
    assert words in out.stderr
    if lang == "zh_CN":
        assert "There is no" not in out.stderr


def test_a_missing_data_file_and_a_non_number(tmp_path):
    out = parley("script", "--db", str(tmp_path / "none.db"), "--debt", "1")
    assert out.returncode == 2 and len(out.stderr.strip().splitlines()) == 1
    out = parley("script", "--db", str(tmp_path / "none.db"), "--debt", "one")
    assert out.returncode == 2 and len(out.stderr.strip().splitlines()) == 1


def debt_without_draft(path):
    with Store.open(path) as store:
        return next(d for d in store.list_debts() if store.load_draft(d.id) is None)


@pytest.mark.parametrize(
    ("lang", "blank", "invented"),
    [("en", "[your situation]", "lost my job"), ("zh_CN", "【你的情况】", "失业")],
)
def test_no_draft_and_no_options_invents_nothing(db, lang, blank, invented):
    debt = debt_without_draft(db)
    out = parley("script", "--db", str(db), "--debt", str(debt.id), "--lang", lang)
    assert out.returncode == 0, out.stderr
    assert blank in out.stdout and invented not in out.stdout
    # Costs were never entered: no "living costs ¥0.00", no "leaving ¥8,500 for all my debts".
    assert money_in(lang, 0) not in out.stdout


def test_hardship_income_and_costs_options(db):
    debt = debt_without_draft(db)
    out = parley(
        "script", "--db", str(db), "--debt", str(debt.id),
        "--hardship", "job_loss", "--income", "6000", "--costs", "3,500",
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert "I lost my job." in out.stdout
    assert "CN¥6,000.00" in out.stdout and "CN¥3,500.00" in out.stdout
    assert "That leaves CN¥2,500.00 a month" in out.stdout  # 6,000 - 3,500
    own = parley(
        "script", "--db", str(db), "--debt", str(debt.id), "--hardship", "My shop closed in May."
    )
    assert own.returncode == 0, own.stderr
    assert "My shop closed in May." in own.stdout and "[your situation]" not in own.stdout


def test_no_income_means_no_affordability_sentence(tmp_path):
    path = tmp_path / "parley.db"
    with Store.open(path) as store:
        demo.fill(store, TODAY)
        settings = store.load_settings()
        settings.monthly_income = 0
        store.save_settings(settings)
        debt = next(d for d in store.list_debts() if store.load_draft(d.id) is None)
    out = parley("script", "--db", str(path), "--debt", str(debt.id))
    assert out.returncode == 0, out.stderr
    assert "I can pay" not in out.stdout and "income" not in out.stdout
    zero = parley("script", "--db", str(path), "--debt", str(debt.id), "--income", "0")
    assert "I have no regular income" in zero.stdout and "I can pay" not in zero.stdout


def test_a_bad_income_is_one_line_and_exit_2(db):
    out = parley("script", "--db", str(db), "--debt", "1", "--income", "lots")
    assert out.returncode == 2 and out.stdout == ""
    assert "--income" in out.stderr and len(out.stderr.strip().splitlines()) == 1
