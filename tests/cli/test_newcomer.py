"""What a newcomer reaches for first: `parley list`, `--version`, `--help` of every verb,
and method names spelt any sensible way."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest

from parley import i18n
from parley.cli import COMMANDS, main
from parley.engine.debt import Debt
from parley.store import Store
from parley.store.demo import fill
from tests.store.test_transfer import TODAY

ROOT = Path(__file__).resolve().parents[2]


def run(capsys, *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as done:  # --help and --version exit through argparse
        code = done.code
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def demo_db(tmp_path):
    path = tmp_path / "demo.db"
    with Store.open(path) as store:
        fill(store, TODAY)
    return path


def test_list_json_has_every_live_debt_with_its_number(demo_db, capsys):
    code, out, _err = run(capsys, "list", "--db", str(demo_db), "--json")
    assert code == 0
    debts = json.loads(out)["debts"]
    with Store.open(demo_db) as store:
        stored = {d.id: d for d in store.list_debts()}
    assert [d["id"] for d in debts] == sorted(stored)
    assert sorted(d["rank"] for d in debts) == list(range(1, len(stored) + 1))
    for d in debts:
        assert d["lender"] == stored[d["id"]].lender
        minor = stored[d["id"]].outstanding
        assert d["owed"] == f"{minor // 100}.{minor % 100:02d}"
    bank = next(d for d in debts if d["lender"] == "瑞丰银行信用卡中心")
    # 月息0.6%, equal instalments, no fees: the IRR-based APR is 12 x 0.6% = 7.2%.
    assert bank["apr"] == pytest.approx(0.072, abs=1e-4)
    assert bank["stage"] == "current" and bank["stage_label"] == "Up to date"
    # The bank debt, cheapest and up to date, is dealt with last.
    assert bank["rank"] == len(stored)


def test_list_text_shows_numbers_and_is_translated(demo_db, capsys):
    code, out, _err = run(capsys, "list", "--db", str(demo_db))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "Lender", "Owed", "APR", "Rank", "Stage"]
    first = lines[1].split()
    assert first[0].isdigit()  # the number --debt takes comes first
    code, out, _err = run(capsys, "--lang", "zh_CN", "list", "--db", str(demo_db))
    assert out.splitlines()[0].split()[:2] == ["编号", "贷款机构"]


def test_list_of_an_empty_file_says_what_to_do(tmp_path, capsys):
    Store.open(tmp_path / "e.db").close()
    code, out, _err = run(capsys, "list", "--db", str(tmp_path / "e.db"))
    assert code == 0 and "No debts yet" in out


def test_list_shows_control_characters_as_codes(tmp_path, capsys):
    with Store.open(tmp_path / "c.db") as store:
        store.add_debt(Debt("Evil\x1b[2J\nLender", principal=100))
    code, out, _err = run(capsys, "list", "--db", str(tmp_path / "c.db"))
    assert code == 0
    assert "\x1b" not in out and "Evil\\x1b[2J\\x0aLender" in out


def test_version_matches_the_package(capsys):
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]
    code, out, _err = run(capsys, "--version")
    assert code == 0 and out.strip() == f"parley {version}"


VERBS = ["list" if name == "list_" else name.rstrip("_") for name in COMMANDS]


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("verb", ["", *VERBS])
def test_help_of_every_verb_works_in_both_languages(capsys, verb, lang):
    args = ["--lang", lang, *([verb] if verb else []), "--help"]
    code, out, err = run(capsys, *args)
    i18n.set_language("en")
    assert code == 0, err
    assert out.startswith(("usage:", "用法")) and not err


def test_plan_help_shows_percent_signs(capsys):
    code, out, _err = run(capsys, "plan", "--help")
    assert code == 0 and "24%, 月息1.5%" in out


def test_plan_json_uses_instalment_and_keeps_the_old_key(capsys):
    code, out, _err = run(
        capsys, "plan", "--principal", "12000", "--rate", "0", "--term", "12", "--json"
    )
    data = json.loads(out)
    assert code == 0
    assert data["instalment"] == data["installment"] == "1000.00"


@pytest.mark.parametrize(
    "spelling",
    ["equal-principal", "equal_principal", "Equal Principal", "EQUAL-PRINCIPAL", "等额本金"],
)
def test_method_names_in_any_spelling(capsys, spelling):
    args = ["plan", "--principal", "1200", "--rate", "12%", "--term", "12", "--json"]
    code, out, err = run(capsys, *args, "--method", spelling)
    assert code == 0, err
    schedule = json.loads(out)["schedule"]
    # Equal principal: 100.00 of principal every month, interest on the balance (1% a month).
    assert [row["principal"] for row in schedule] == ["100.00"] * 12
    assert schedule[0]["interest"] == "12.00" and schedule[-1]["interest"] == "1.00"


def test_csv_import_reads_method_names_the_same_way(tmp_path, capsys):
    csv_file = tmp_path / "m.csv"
    csv_file.write_text(
        "lender,method\nA,equal-principal\nB,Interest only\nC,等额本金\n", encoding="utf-8"
    )
    code, _out, err = run(capsys, "import", str(csv_file), "--db", str(tmp_path / "m.db"))
    assert code == 0, err
    with Store.open(tmp_path / "m.db") as store:
        assert [str(d.method) for d in store.list_debts()] == [
            "equal_principal",
            "interest_only",
            "equal_principal",
        ]


def test_an_unknown_method_lists_the_choices(capsys):
    args = ["plan", "--principal", "1200", "--rate", "12%", "--term", "12", "--method", "x"]
    code, _out, err = run(capsys, *args)
    assert code == 2
    assert re.search(r"annuity, equal-principal, flat, interest-only, bullet", err)


def test_json_output_stays_strict_json_when_a_figure_is_infinite(capsys):
    args = ["apr", "--received", "0.01", "--payment", "999999.99", "--count", "3650"]
    code, out, err = run(capsys, *args, "--every", "day", "--json")
    assert code == 0, err
    data = json.loads(out, parse_constant=lambda name: pytest.fail(f"{name} in JSON"))
    assert data["ear"] is None and data["apr"] > 10
