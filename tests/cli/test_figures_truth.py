"""The figures the verbs state hold up: caps at the contract's precision and date, month
ends, terms in days, and interest paid above the line in the evidence pack."""

from __future__ import annotations

from datetime import date

from parley.engine.debt import Debt, LenderKind, Method
from parley.store.db import Store
from parley.store.records import Payment
from tests.cli.test_plan import parley, plan_json


def test_a_24_percent_loan_is_not_flagged_above_24_percent():
    data = plan_json("--principal", "12000", "--rate", "24%", "--term", "12")
    assert abs(data["apr"] - 0.24) < 1e-5  # the fen rounding: 24.0002%
    assert "24%" not in data["caps_exceeded"]
    assert data["caps_exceeded"] == ["4xLPR"]  # 4 x 3.0% = 12% today


def test_month_end_start_keeps_the_day():
    data = plan_json(
        "--principal", "12000", "--rate", "24%", "--term", "4", "--start", "2025-01-31"
    )
    assert [i["due"] for i in data["schedule"]] == [
        "2025-02-28",
        "2025-03-31",
        "2025-04-30",
        "2025-05-31",
    ]


def test_four_times_lpr_is_that_of_the_start_date():
    old = plan_json(
        "--principal", "10000", "--rate", "13%", "--term", "12", "--start", "2023-09-01"
    )
    assert "4xLPR" not in old["caps_exceeded"]  # 4 x 3.45% = 13.8%
    new = plan_json(
        "--principal", "10000", "--rate", "13%", "--term", "12", "--start", "2025-06-01"
    )
    assert new["caps_exceeded"] == ["4xLPR"]  # 4 x 3.0% = 12%


def test_a_term_in_days():
    data = plan_json(
        "--principal", "10000", "--rate", "0.05%/天", "--term", "90d", "--start", "2026-01-01"
    )
    [only] = data["schedule"]
    assert only["due"] == "2026-04-01"
    assert only["interest"] == "450.00"  # 10,000 x 0.05% x 90
    assert abs(data["apr"] - 0.1825) < 1e-12
    bad = parley("plan", "--principal", "10000", "--rate", "18%", "--term", "90x")
    assert bad.returncode == 2 and "--term" in bad.stderr and "Traceback" not in bad.stderr


def test_rates_as_written_in_contracts():
    data = plan_json("--principal", "12000", "--rate", "月息2分", "--term", "12")
    assert (
        data["installment"]
        == plan_json("--principal", "12000", "--rate", "24%", "--term", "12")["installment"]
    )


def test_the_evidence_pack_states_interest_paid_above_the_line(tmp_path):
    path = tmp_path / "parley.db"
    with Store.open(path) as store:
        debt_id = store.add_debt(
            Debt(
                lender="私人借款",
                kind=LenderKind.OTHER,
                principal=1_200_000,
                fee_upfront=200_000,
                start_date=date(2026, 1, 15),
                term=12,
                method=Method.INTEREST_ONLY,
                rate_text="月息2%",
                annual_rate=0.24,
                instalments_paid=3,
                interest_repaid=72_000,
                outstanding=1_200_000,
            )
        )
        for month in (2, 3, 4):
            store.add_payment(Payment(debt_id, date(2026, month, 15), 24_000, ""))
    out = tmp_path / "pack"
    result = parley("evidence", "--db", str(path), "--debt", str(debt_id), "--out", str(out))
    assert result.returncode == 0, result.stderr
    text = (out / "evidence.md").read_text(encoding="utf-8")
    # 720.00 of interest paid; 4 x 3.0% on the 10,000.00 received allows 300.00.
    assert "| Of which interest and fees | CN¥720.00 |" in text
    assert "| Interest allowed at 4 × LPR (12.00%) | CN¥300.00 |" in text
    assert "ask to offset it against principal | CN¥420.00 |" in text
    assert "| Cut from the loan before it arrived | CN¥2,000.00 |" in text


def test_a_called_in_debt_survives_csv_import(tmp_path):
    csv = tmp_path / "debts.csv"
    csv.write_text(
        "lender,principal,outstanding,accelerated\n某贷,1000,900,yes\n", encoding="utf-8"
    )
    db = tmp_path / "p.db"
    result = parley("import", str(csv), "--db", str(db))
    assert result.returncode == 0, result.stderr
    with Store.open(db) as store:
        [debt] = store.list_debts()
    assert debt.accelerated is True
