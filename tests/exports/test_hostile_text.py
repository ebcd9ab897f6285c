"""User text in every export is shown as written: Markdown does not turn it into tags or
links, and a spreadsheet does not run it as a formula."""

from __future__ import annotations

import csv
import subprocess
import sys
from datetime import datetime

import pytest
from markdown_it import MarkdownIt

from parley.cli import main
from parley.engine import markdown
from parley.engine.debt import Debt
from parley.store import Store
from parley.store.records import Event, EventKind

HOSTILE_LENDER = "<script>alert(1)</script> [click](http://evil.example) ![x](http://evil/i.png)"
HOSTILE_NOTE = "# not a heading\n- not a list\n1. not a list\n> not a quote\n`code` & &amp; *bold*"


def rendered(text: str) -> str:
    return MarkdownIt("commonmark").render(text)


@pytest.mark.parametrize(
    "text",
    [
        HOSTILE_LENDER,
        HOSTILE_NOTE,
        "a | b",
        "\\<script>",
        "**",
        "[a]: http://evil.example",
        "<http://evil.example>",
    ],
)
def test_escaped_text_renders_as_itself(text):
    html = rendered(markdown.escape(text))
    assert "<script" not in html and "<a " not in html and "<img" not in html
    assert "<h1" not in html and "<li" not in html and "<blockquote" not in html
    assert "<em" not in html and "<strong" not in html and "<code" not in html


def test_escaped_text_keeps_its_words():
    html = rendered(markdown.escape(HOSTILE_LENDER))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "[click](http://evil.example)" in html


def test_blanks_to_fill_in_stay_readable():
    assert markdown.escape("Agent ID: ________") == "Agent ID: ________"


@pytest.fixture
def hostile_db(tmp_path):
    path = tmp_path / "h.db"
    with Store.open(path) as store:
        debt = store.add_debt(
            Debt(HOSTILE_LENDER, principal=10_000_00, notes=HOSTILE_NOTE, contract_no="=1+1")
        )
        store.add_event(
            Event(
                debt,
                EventKind.COLLECTION_CONTACT,
                datetime(2026, 11, 20, 10, 0),
                party="[agent](http://evil.example)",
                summary="<img src=x onerror=alert(1)>",
            )
        )
    return path


def test_evidence_markdown_renders_no_markup_from_user_text(hostile_db, tmp_path, capsys):
    out = tmp_path / "pack"
    assert main(["evidence", "--db", str(hostile_db), "--debt", "1", "--out", str(out)]) == 0
    text = (out / "evidence.md").read_text(encoding="utf-8")
    html = rendered(text)
    assert "<script" not in html and "<img" not in html and "<a " not in html
    assert "&lt;script&gt;" in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    page = (out / "evidence.html").read_text(encoding="utf-8")
    assert "<script" not in page and "<img" not in page


def test_script_markdown_renders_no_markup_from_user_text(hostile_db, tmp_path, capsys):
    out = tmp_path / "s.md"
    assert main(["script", "--db", str(hostile_db), "--debt", "1", "--out", str(out)]) == 0
    html = rendered(out.read_text(encoding="utf-8"))
    assert "<script" not in html and "<a " not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_csv_cells_that_would_run_as_formulas_are_neutralised_and_read_back(tmp_path, capsys):
    db = tmp_path / "f.db"
    formulas = ['=HYPERLINK("http://evil","x")', "+1+1", "-2+3", "@SUM(A1)", "\tTab"]
    with Store.open(db) as store:
        for i, lender in enumerate(formulas):
            store.add_debt(Debt(lender, principal=(i + 1) * 100_00, notes="=cmd|' /C calc'!A0"))
    folder = tmp_path / "csv"
    assert main(["export", "--db", str(db), "--format", "csv", "--out", str(folder)]) == 0
    with (folder / "debts.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["lender"] for r in rows] == ["'" + f for f in formulas]
    assert {r["notes"] for r in rows} == {"'=cmd|' /C calc'!A0"}
    assert rows[0]["principal"] == "100.00"  # numbers are left as numbers
    back = tmp_path / "back.db"
    assert main(["import", str(folder / "debts.csv"), "--db", str(back)]) == 0
    with Store.open(back) as store:
        assert [d.lender for d in store.list_debts()] == [f.strip() for f in formulas]
        assert {d.notes for d in store.list_debts()} == {"=cmd|' /C calc'!A0"}


def test_two_demos_at_once_fill_the_file_once(tmp_path):
    db = tmp_path / "demo.db"
    argv = [sys.executable, "-m", "parley", "demo", "--db", str(db)]
    runs = [subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in "ab"]
    codes = sorted(p.wait(timeout=60) for p in runs)
    for p in runs:
        p.stdout.close()
        p.stderr.close()
    with Store.open(db) as store:
        assert len(store.list_debts()) == 7
    assert codes in ([0, 2],)
