from __future__ import annotations

import json
import subprocess
import sys


def parley(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "parley", *args], capture_output=True, text=True, timeout=60
    )


def test_apr_json_shape_and_values():
    out = parley("apr", "--received", "10000", "--payment", "888.49", "--count", "12", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert set(data) >= {"apr", "ear", "periodic_rate", "total_paid", "cost", "caps_exceeded"}
    assert abs(data["apr"] - 0.12) < 1e-4
    assert abs(data["ear"] - (1.01**12 - 1)) < 1e-4
    assert data["total_paid"] == "10661.88"
    assert data["cost"] == "661.88"
    # 12.0000x% is the fen rounding of a 12% loan: equal to 4 x 3.0% LPR, so not above it.
    assert data["caps_exceeded"] == []


def test_apr_daily_payments():
    out = parley(
        "apr",
        "--received",
        "1000",
        "--payment",
        "10.5",
        "--count",
        "100",
        "--every",
        "day",
        "--json",
    )
    data = json.loads(out.stdout)
    assert abs(data["periodic_rate"] * 365 - data["apr"]) < 1e-12


def test_apr_from_flows_file(tmp_path):
    flows = tmp_path / "flows.csv"
    flows.write_text("date,amount\n2025-01-01,1000\n2026-01-01,-1100\n", encoding="utf-8")
    data = json.loads(parley("apr", "--flows", str(flows), "--json").stdout)
    assert abs(data["ear"] - 0.10) < 1e-9
    assert data["periodic_rate"] is None
    assert data["cost"] == "100.00"


def test_bad_row_names_the_line(tmp_path):
    flows = tmp_path / "flows.csv"
    flows.write_text("date,amount\n2025-01-01,1000\n2025-13-01,-1100\n", encoding="utf-8")
    out = parley("apr", "--flows", str(flows))
    assert out.returncode == 2
    assert "line 3" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def test_no_solution_is_said_not_crashed():
    out = parley("apr", "--received", "10000", "--payment", "100", "--count", "12", "--json")
    assert out.returncode == 0
    data = json.loads(out.stdout)
    assert data["apr"] is None and data["reason"]


def test_letters_in_amount_exit_2_in_both_languages():
    en = parley("apr", "--received", "ten", "--payment", "100", "--count", "12")
    assert en.returncode == 2
    assert en.stderr.count("\n") == 1 and "not an amount" in en.stderr
    zh = parley("--lang", "zh_CN", "apr", "--received", "ten", "--payment", "100", "--count", "3")
    assert zh.returncode == 2
    assert zh.stderr.count("\n") == 1 and "金额" in zh.stderr and "Traceback" not in zh.stderr


def test_text_output_in_chinese():
    out = parley(
        "apr", "--lang", "zh_CN", "--received", "1万", "--payment", "1000", "--count", "12"
    )
    assert out.returncode == 0
    assert "¥10,000.00" in out.stdout and "CN¥" not in out.stdout
    assert "年化" in out.stdout
