"""`parley export` and `parley import` end to end, as a user would run them."""

from __future__ import annotations

import csv
import json
import stat
import subprocess
import sys

from parley.store import Store


def parley(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "parley", *args], capture_output=True, text=True, timeout=60
    )


def test_json_export_import_export_is_equal(tmp_path):
    first_db, second_db = tmp_path / "a.db", tmp_path / "b.db"
    assert parley("demo", "--db", str(first_db)).returncode == 0
    out = tmp_path / "export.json"
    result = parley("export", "--db", str(first_db), "--format", "json", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    result = parley("import", str(out), "--db", str(second_db))
    assert result.returncode == 0, result.stderr
    assert "7 debts" in result.stdout
    again = parley("export", "--db", str(second_db), "--format", "json")
    assert again.returncode == 0
    first, second = json.loads(out.read_text(encoding="utf-8")), json.loads(again.stdout)
    first.pop("exported_at"), second.pop("exported_at")
    assert first == second


def test_csv_export_writes_one_file_per_table_in_yuan(tmp_path):
    db = tmp_path / "a.db"
    parley("demo", "--db", str(db))
    folder = tmp_path / "csv"
    result = parley("export", "--db", str(db), "--format", "csv", "--out", str(folder))
    assert result.returncode == 0, result.stderr
    names = {p.name for p in folder.iterdir()}
    assert {"debts.csv", "payments.csv", "events.csv", "offers.csv", "agreements.csv"} <= names
    with (folder / "debts.csv").open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    with Store.open(db) as store:
        debts = store.list_debts()
    assert [r["lender"] for r in rows] == [d.lender for d in debts]
    assert rows[0]["principal"] == f"{debts[0].principal // 100}.{debts[0].principal % 100:02d}"
    # The debts file of a CSV export can be imported back.
    result = parley("import", str(folder / "debts.csv"), "--db", str(tmp_path / "c.db"))
    assert result.returncode == 0, result.stderr
    with Store.open(tmp_path / "c.db") as store:
        back = store.list_debts()
    assert [(d.lender, d.principal, d.outstanding) for d in back] == [
        (d.lender, d.principal, d.outstanding) for d in debts
    ]


def test_bad_import_exits_2_names_the_row_and_imports_nothing(tmp_path):
    bad = tmp_path / "debts.csv"
    bad.write_text(
        "lender,principal,start_date\nGood,1000,2025-01-01\nBad,1000,31/02/2025\n",
        encoding="utf-8",
    )
    db = tmp_path / "x.db"
    result = parley("import", str(bad), "--db", str(db))
    assert result.returncode == 2
    assert "Line 3" in result.stderr and "start_date" in result.stderr
    assert "Traceback" not in result.stderr
    with Store.open(db) as store:
        assert store.is_empty()


def test_import_in_chinese(tmp_path):
    bad = tmp_path / "x.json"
    bad.write_text("{broken", encoding="utf-8")
    result = parley("import", str(bad), "--db", str(tmp_path / "x.db"), "--lang", "zh_CN")
    assert result.returncode == 2
    assert "JSON" in result.stderr and "not valid" not in result.stderr


def test_export_of_a_missing_file_is_an_error(tmp_path):
    result = parley("export", "--db", str(tmp_path / "none.db"), "--format", "json")
    assert result.returncode == 2 and "none.db" in result.stderr
    assert not (tmp_path / "none.db").exists()
