from __future__ import annotations

import json
import subprocess
import sys

import pytest


def parley(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "parley", *args], capture_output=True, text=True, timeout=60
    )


def plan_json(*args: str) -> dict:
    out = parley("plan", *args, "--json")
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_annuity_plan_json_shape():
    data = plan_json(
        "--principal", "10000", "--rate", "12%", "--term", "12", "--start", "2026-01-31"
    )
    keys = {
        "installment",
        "total_paid",
        "total_interest",
        "total_fees",
        "apr",
        "ear",
        "income_share",
        "caps_exceeded",
        "warnings",
        "schedule",
    }
    assert keys <= set(data)
    assert data["installment"] == "888.49"
    assert data["income_share"] is None
    assert len(data["schedule"]) == 12
    first, last = data["schedule"][0], data["schedule"][-1]
    assert set(first) == {"n", "due", "payment", "principal", "interest", "fee", "balance"}
    assert first["due"] == "2026-02-28" and first["interest"] == "100.00"
    assert last["balance"] == "0.00"
    assert abs(data["apr"] - 0.12) < 1e-5


def test_flat_rate_implies_flat_method():
    data = plan_json("--principal", "12000", "--rate", "flat 1.5%/month", "--term", "12")
    assert data["installment"] == "1180.00"
    assert abs(data["apr"] - 0.317) < 0.001
    assert "36%" not in data["caps_exceeded"] and "24%" in data["caps_exceeded"]


def test_income_share_warning_and_fee_cut():
    data = plan_json(
        "--principal",
        "10000",
        "--rate",
        "12%",
        "--term",
        "12",
        "--received",
        "9500",
        "--income",
        "4000",
    )
    assert data["income_share"] == pytest.approx(888.49 / 4000)
    assert len(data["warnings"]) == 2
    assert data["total_fees"] == "500.00"


def test_down_payment_and_deferral():
    data = plan_json(
        "--principal",
        "10000",
        "--rate",
        "0%",
        "--term",
        "10",
        "--down",
        "30%",
        "--defer",
        "3",
        "--defer-fee",
        "1%",
        "--start",
        "2026-01-31",
    )
    assert data["installment"] == "700.00"
    assert data["schedule"][0]["due"] == "2026-05-31"
    assert data["total_paid"] == "10100.00"  # 3,000 down + 7,000 + 100 fee


@pytest.mark.parametrize(
    "args",
    [
        ["--principal", "12abc", "--rate", "12%", "--term", "12"],
        ["--principal", "1000", "--rate", "12%", "--term", "-3"],
        ["--principal", "1000", "--rate", "10000%", "--term", "12"],
        ["--principal", "1000", "--rate", "12%", "--term", "12", "--start", "2026-02-30"],
    ],
)
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_bad_arguments_exit_2_with_one_line(args, lang):
    out = parley("--lang", lang, "plan", *args)
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1
    assert "Traceback" not in out.stderr
    if lang == "zh_CN":
        assert any("\u4e00" <= ch <= "\u9fff" for ch in out.stderr)


def test_text_output_lists_every_instalment():
    out = parley("plan", "--principal", "3000", "--rate", "月息1%", "--term", "3")
    assert out.returncode == 0
    lines = out.stdout.splitlines()
    assert sum(1 for line in lines if line.strip().startswith(("1 ", "2 ", "3 "))) == 3
    assert "CN¥1,020.07" in out.stdout
