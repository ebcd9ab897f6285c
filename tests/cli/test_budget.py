"""`parley budget`: the household plan on the command line, with its JSON contract."""

from __future__ import annotations

import json
from datetime import date

import pytest

from parley.cli import main
from parley.engine.budget import Budget, IncomeSource
from parley.engine.debt import Debt, LenderKind
from parley.store import Store

KEYS = {
    "income",
    "essentials",
    "available",
    "lump_sum",
    "feasible",
    "shortfall",
    "monthly_total",
    "debt_free",
    "debts",
    "months",
}
DEBT_KEYS = {
    "id",
    "lender",
    "rank",
    "kind",
    "instalment",
    "count",
    "down_payment",
    "first_due",
    "total",
    "principal_left",
    "reason",
}


def two_debts(path, essentials=900_000):
    with Store.open(path) as store:
        for lender, principal in (("大额贷", 3_600_000), ("小额贷", 1_200_000)):
            store.add_debt(
                Debt(
                    lender,
                    kind=LenderKind.ONLINE,
                    principal=principal,
                    outstanding=principal,
                    annual_rate=0.10,
                    term=12,
                    start_date=date(2026, 1, 1),
                )
            )
        store.save_budget(Budget((IncomeSource("工资", 1_000_000),), (("housing", essentials),), 0))
    return path


def run_json(capsys, *args):
    assert main(["budget", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_the_json_contract_with_figures_worked_out_by_hand(tmp_path, capsys):
    # 1,000.00 a month for 48,000.00 of principal: 48 months, 750.00 and 250.00 (3:1).
    db = two_debts(tmp_path / "p.db")
    data = run_json(capsys, "--db", str(db))
    assert set(data) == KEYS
    assert (data["income"], data["essentials"], data["available"]) == (
        "10000.00",
        "9000.00",
        "1000.00",
    )
    assert data["lump_sum"] == "0.00" and data["shortfall"] == "0.00" and data["feasible"]
    assert data["monthly_total"] == "1000.00"
    assert data["debt_free"] == "2030-11"
    by_lender = {d["lender"]: d for d in data["debts"]}
    big, small = by_lender["大额贷"], by_lender["小额贷"]
    assert sorted(d["rank"] for d in data["debts"]) == [1, 2]
    assert set(big) == DEBT_KEYS
    assert (big["instalment"], big["count"]) == ("750.00", 48)
    assert (small["instalment"], small["total"], small["principal_left"]) == (
        "250.00",
        "12000.00",
        "12000.00",
    )
    assert big["first_due"] == "2026-12-30" and big["kind"] == "freeze"
    assert data["months"][0] == {
        "month": "2026-12",
        "paid": "1000.00",
        "owed_after": "47000.00",
        "debt_ratio": 0.39,
    }
    assert len(data["months"]) == 48 and data["months"][-1]["owed_after"] == "0.00"


def test_overrides_are_for_this_run_only(tmp_path, capsys):
    db = two_debts(tmp_path / "p.db")
    # 2,000.00 a month: 24 months of 1,500.00 and 500.00.
    data = run_json(capsys, "--db", str(db), "--income", "12000", "--essentials", "1万")
    assert data["available"] == "2000.00"
    assert [d["count"] for d in data["debts"]] == [24, 24]
    assert data["debt_free"] == "2028-11"
    assert run_json(capsys, "--db", str(db))["available"] == "1000.00"  # nothing was saved
    with Store.open(db) as store:
        assert store.load_budget().income == 1_000_000


def test_essentials_above_income_explain_what_that_means(tmp_path, capsys):
    db = two_debts(tmp_path / "p.db", essentials=1_100_000)
    data = run_json(capsys, "--db", str(db))
    assert data["available"] == "0.00" and not data["feasible"]
    # 1,000.00 of essentials uncovered + 600.00 and 200.00 to start both over 60 months
    assert data["shortfall"] == "1800.00"
    assert data["debt_free"] is None and data["months"] == []
    assert all("mediation" in d["reason"] for d in data["debts"])
    assert main(["budget", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "deferral" in out and "mediation" in out


def test_a_debt_with_no_principal_left_is_skipped_and_said_why(tmp_path, capsys):
    db = tmp_path / "p.db"
    with Store.open(db) as store:
        store.add_debt(Debt("还清了", principal=100_000, principal_repaid=100_000, outstanding=0))
        store.save_budget(Budget((IncomeSource("", 500_000),)))
    data = run_json(capsys, "--db", str(db))
    [debt] = data["debts"]
    assert debt["kind"] is None and debt["count"] == 0 and "Nothing is owed" in debt["reason"]


def test_an_empty_file_has_nothing_to_plan(tmp_path, capsys):
    db = tmp_path / "p.db"
    Store.open(db).close()
    data = run_json(capsys, "--db", str(db))
    assert data["debts"] == [] and data["months"] == [] and data["debt_free"] is None
    assert main(["budget", "--db", str(db)]) == 0
    assert "nothing to plan" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--income", "-5"], "--income: An amount cannot be negative."),
        (["--essentials", "abc"], "--essentials: “abc” is not an amount"),
        (["--lump", "1.234"], "--lump: An amount can have at most two decimal places."),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path, capsys, args, words):
    db = two_debts(tmp_path / "p.db")
    assert main(["budget", "--db", str(db), *args]) == 2
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1


def test_bad_input_in_chinese(tmp_path, capsys):
    db = two_debts(tmp_path / "p.db")
    assert main(["--lang", "zh_CN", "budget", "--db", str(db), "--income", "-5"]) == 2
    err = capsys.readouterr().err
    assert "金额不能是负数" in err and err.count("\n") == 1


def test_no_file_at_all(tmp_path, capsys):
    assert main(["budget", "--db", str(tmp_path / "none.db")]) == 2
    assert "There is no Parley data file" in capsys.readouterr().err
