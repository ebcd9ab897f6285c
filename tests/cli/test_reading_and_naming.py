"""Files the user names are read safely and in the right encoding; `--debt` takes a number
or a lender's name and says which debts match when a name is ambiguous."""

from __future__ import annotations

import json
import os

import pytest

from parley.cli import main
from parley.engine.debt import Debt
from parley.input_files import guess_encoding
from parley.store import Store

RISKY = "第三条 每月另收取账户管理费 30 元。\n第四条 任何一期逾期，全部借款立即到期。\n"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (RISKY, "gb18030"),
        (RISKY, "utf-8"),
        ("第四條 任何一期逾期，全部借款立即到期。", "big5"),
        ("Frais: 5 % par mois, échéance anticipée.", "cp1252"),
        ("Größe der Übergabe, Gebühr für Mahnung", "latin-1"),
        ("逾期违约金", "gb18030"),
        ("逾期違約金", "big5"),
    ],
)
def test_encoding_is_detected(text, encoding):
    expected = "cp1252" if encoding == "latin-1" else encoding
    assert guess_encoding(text.encode(encoding)) == expected


def test_binary_is_not_text():
    assert guess_encoding(b"\x00\x01binary\xff") is None


def test_scan_reads_gb18030_and_says_so(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_bytes(RISKY.encode("gb18030"))
    code, out, _err = run(capsys, "scan", str(path))
    assert code == 0
    assert out.splitlines()[0] == "Read as GB18030 (Simplified Chinese)."
    assert "账户管理费" in out
    code, out, _err = run(capsys, "scan", str(path), "--json")
    assert json.loads(out)["encoding"] == "gb18030"
    assert len(json.loads(out)["findings"]) == 2


def test_scan_says_big5_was_assumed_and_what_that_means(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_bytes("第四條 任何一期逾期，全部借款立即到期。\n".encode("big5"))
    code, out, _err = run(capsys, "scan", str(path))
    assert code == 0
    assert "Read as Big5 (Traditional Chinese)." in out
    assert "may be missed" in out


def test_utf8_scan_says_nothing_about_encoding(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text(RISKY, encoding="utf-8")
    code, out, _err = run(capsys, "scan", str(path))
    assert code == 0 and "Read as" not in out


@pytest.mark.parametrize("verb", [["scan"], ["apr", "--flows"]])
def test_devices_and_fifos_are_refused_without_reading(tmp_path, capsys, verb):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for target in (str(fifo), "/dev/zero"):
        code, _out, err = run(capsys, *verb, target)
        assert code == 2
        assert "not an ordinary file" in err and err.count("\n") == 1


def test_a_file_over_the_cap_is_refused(tmp_path, capsys, monkeypatch):
    from parley import input_files

    monkeypatch.setattr(input_files, "MAX_TEXT_BYTES", 1000)
    monkeypatch.setattr(input_files.read_text, "__defaults__", (1000,))
    path = tmp_path / "big.txt"
    path.write_text("x" * 2000, encoding="utf-8")
    code, _out, err = run(capsys, "scan", str(path))
    assert code == 2 and "larger than" in err


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "d.db"
    with Store.open(path) as store:
        store.add_debt(Debt("瑞丰银行信用卡中心", principal=1_000_00))
        store.add_debt(Debt("安盈消费金融", principal=2_000_00))
        store.add_debt(Debt("安盈小贷", principal=3_000_00))
        gone = store.add_debt(Debt("Gone Lender", principal=100))
        store.delete_debt(gone)
    return path


@pytest.mark.parametrize(
    ("name", "lender"),
    [
        ("1", "瑞丰银行信用卡中心"),
        ("瑞丰", "瑞丰银行信用卡中心"),
        ("安盈小贷", "安盈小贷"),
        ("３", "安盈小贷"),
    ],
)
def test_debt_by_number_or_unique_name(db, capsys, name, lender):
    code, out, err = run(capsys, "script", "--db", str(db), "--debt", name)
    assert code == 0, err
    assert lender in out.splitlines()[0]


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("安盈", "matches more than one debt: 2 (安盈消费金融), 3 (安盈小贷)"),
        ("nobody", "No debt's lender matches “nobody”"),
        ("4", "Debt number 4 was deleted"),
        ("9" * 30, "There is no debt number " + "9" * 30),
        ("99", "There is no debt number 99"),
        ("Gone", "No debt's lender matches"),
    ],
)
def test_debt_names_that_do_not_resolve_say_why(db, capsys, name, words):
    for verb in (
        ["script"],
        ["evidence", "--out", str(db.parent / "pack")],
        ["calendar", "--out", str(db.parent / "c.ics")],
    ):
        code, _out, err = run(capsys, *verb, "--db", str(db), "--debt", name)
        assert code == 2
        assert words in err and err.count("\n") == 1


def test_parley_today_not_a_date_is_one_line(capsys, monkeypatch):
    monkeypatch.setenv("PARLEY_TODAY", "next tuesday")
    code, _out, err = run(capsys, "plan", "--principal", "1000", "--rate", "24%", "--term", "3")
    assert code == 2
    expected = "PARLEY_TODAY must be a date like 2026-11-30, not “next tuesday”."
    assert err == f"parley: error: {expected}\n"
