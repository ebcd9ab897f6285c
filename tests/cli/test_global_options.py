"""`--db` and `--lang` mean the same before or after the verb, for every verb, on real files."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from parley.store import Store


def parley(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "parley", *args], capture_output=True, text=True, timeout=60
    )


@pytest.fixture
def decoy(tmp_path, monkeypatch):
    """PARLEY_DB points at a file that must never be touched."""
    path = tmp_path / "decoy.db"
    monkeypatch.setenv("PARLEY_DB", str(path))
    return path


def _place(where: str, verb: list[str], opts: list[str]) -> list[str]:
    return [*opts, *verb] if where == "before" else [*verb, *opts]


@pytest.mark.parametrize("where", ["before", "after"])
def test_demo_and_import_write_into_the_named_file(tmp_path, decoy, where):
    demo_db = tmp_path / "demo.db"
    result = parley(*_place(where, ["demo"], ["--db", str(demo_db)]))
    assert result.returncode == 0, result.stderr
    assert str(demo_db) in result.stdout
    with Store.open(demo_db) as store:
        assert len(store.list_debts()) == 7
    csv_file = tmp_path / "one.csv"
    csv_file.write_text("lender,principal\nAcme,1000\n", encoding="utf-8")
    target = tmp_path / "target.db"
    result = parley(*_place(where, ["import", str(csv_file)], ["--db", str(target)]))
    assert result.returncode == 0, result.stderr
    with Store.open(target) as store:
        assert [d.lender for d in store.list_debts()] == ["Acme"]
    assert not decoy.exists()


@pytest.fixture
def filled(tmp_path):
    path = tmp_path / "filled.db"
    assert parley("demo", "--db", str(path)).returncode == 0
    return path


READING_VERBS = {
    "export": lambda tmp: ["export", "--format", "json"],
    "script": lambda tmp: ["script", "--debt", "1"],
    "evidence": lambda tmp: ["evidence", "--debt", "1", "--out", str(tmp / "pack")],
    "calendar": lambda tmp: ["calendar", "--out", str(tmp / "c.ics")],
}


@pytest.mark.parametrize("where", ["before", "after"])
@pytest.mark.parametrize("verb", sorted(READING_VERBS))
def test_reading_verbs_read_the_named_file(tmp_path, filled, decoy, verb, where):
    # The decoy holds one debt with another lender; the named file holds the demo.
    with Store.open(decoy) as store:
        from parley.engine.debt import Debt

        store.add_debt(Debt(lender="Decoy Lender", principal=100_00))
    args = _place(where, READING_VERBS[verb](tmp_path), ["--db", str(filled)])
    result = parley(*args)
    assert result.returncode == 0, result.stderr
    if verb == "export":
        lenders = [d["lender"] for d in json.loads(result.stdout)["tables"]["debts"]]
        assert "Decoy Lender" not in lenders and len(lenders) == 7
    elif verb == "script":
        assert "Decoy Lender" not in result.stdout
        assert "瑞丰银行信用卡中心" in result.stdout
    elif verb == "evidence":
        text = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "pack").glob("*.md"))
        assert "瑞丰银行信用卡中心" in text and "Decoy Lender" not in text
    else:
        assert (tmp_path / "c.ics").exists()
        assert "Decoy Lender" not in (tmp_path / "c.ics").read_text(encoding="utf-8")


@pytest.mark.parametrize("where", ["before", "after"])
@pytest.mark.parametrize(
    ("verb", "english", "chinese"),
    [
        (["plan", "--principal", "1000", "--rate", "24%", "--term", "3"], "Total paid", "总"),
        (["apr", "--received", "1000", "--payment", "400", "--count", "3"], "APR", "年化"),
    ],
)
def test_lang_before_or_after_the_verb(verb, english, chinese, where):
    zh = parley(*_place(where, verb, ["--lang", "zh_CN"]))
    en = parley(*_place(where, verb, ["--lang", "en"]))
    assert zh.returncode == en.returncode == 0, zh.stderr + en.stderr
    assert chinese in zh.stdout and english not in zh.stdout
    assert english in en.stdout


def test_the_verb_position_wins_when_both_are_given(tmp_path, filled):
    other = tmp_path / "other.db"
    result = parley("--db", str(other), "export", "--format", "json", "--db", str(filled))
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["tables"]["debts"]) == 7
    assert not other.exists()
