"""Every verb fed hostile input: non-numbers, huge numbers, odd digits, bad dates, bad ids,
devices, FIFOs, over-long paths, broken files and imports with each invalid value.

Each case must end in exactly one line `parley: error: ...` on stderr, exit status 2, nothing
on stdout, and the data file byte-identical afterwards (and no new file where none was).
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
from pathlib import Path

import pytest

from parley.cli import main
from parley.store import Store
from parley.store.demo import fill
from parley.store.transfer import export_data
from tests.store.test_import_limits import BAD_CSV, BAD_JSON, _csv
from tests.store.test_transfer import TODAY

# Text that must never be read as a number where a number is asked for.
NOT_NUMBERS = [
    "nan",
    "NaN",
    "-nan",
    "inf",
    "-inf",
    "Infinity",
    "∞",
    "1e308",
    "-1e308",
    "１e３",
    "9" * 30,
    "9" * 5000,
    "",
    " ",
    "abc",
    "1/0",
    "0x10",
    "12..5",
    "1,2,3,4",
]
LONG = "x" * 5000


def _hash(path: Path) -> str | None:
    if not path.exists():
        return None
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """A demo data file, checkpointed, and a JSON export of it."""
    folder = tmp_path_factory.mktemp("hostile")
    path = folder / "template.db"
    with Store.open(path) as store:
        fill(store, TODAY)
        data = export_data(store)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path, data


@pytest.fixture
def data_file(template, tmp_path, monkeypatch):
    path = tmp_path / "parley.db"
    path.write_bytes(template[0].read_bytes())
    os.chmod(path, 0o600)
    monkeypatch.setenv("PARLEY_DB", str(path))  # verbs without --db must not touch it either
    return path


def refused(capsys, folder: Path, data: Path, *args: str) -> str:
    """Run the verb; assert one clear line, exit 2, and nothing changed. Returns stderr."""
    before = _hash(data)
    files_before = sorted(p.name for p in folder.iterdir())
    code = main(list(args))
    out = capsys.readouterr()
    assert code == 2, (args, out.out, out.err)
    assert out.out == ""
    assert out.err.startswith("parley: error: ") and out.err.count("\n") == 1, out.err
    assert "Traceback" not in out.err
    assert _hash(data) == before
    # Nothing new beside it: no export written half-way, no new empty data file.
    after = sorted(p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm")))
    assert after == [n for n in files_before if not n.endswith(("-wal", "-shm"))]
    return out.err


PLAN = ["plan", "--principal", "10000", "--rate", "24%", "--term", "12"]
APR = ["apr", "--received", "10000", "--payment", "1000", "--count", "12"]
SCRIPT = ["script", "--debt", "1"]  # reads the data file PARLEY_DB names


def _replace(argv: list[str], option: str, value: str) -> list[str]:
    out = list(argv)
    if option in out:
        out[out.index(option) + 1] = value
    else:
        out += [option, value]
    return out


MONEY_OPTIONS = [
    (PLAN, "--principal"),
    (PLAN, "--received"),
    (PLAN, "--fee-per-instalment"),
    (PLAN, "--down"),
    (PLAN, "--income"),
    (APR, "--received"),
    (APR, "--payment"),
    (SCRIPT, "--income"),
    (SCRIPT, "--costs"),
]
PERCENT_OPTIONS = [(PLAN, "--rate"), ([*PLAN, "--defer", "2"], "--defer-fee")]

NUMBER_CASES = [
    (_replace(argv, option, value), option)
    for argv, option in MONEY_OPTIONS + PERCENT_OPTIONS
    for value in NOT_NUMBERS
]
NUMBER_CASES += [(_replace(PLAN, "--down", f"{v}%"), "--down") for v in NOT_NUMBERS]
NUMBER_CASES += [
    (_replace(PLAN, "--down", v), "--down") for v in ("-1", "150%", "-5%", "NaN%", "20000")
]
NUMBER_CASES += [
    (_replace(PLAN, "--principal", v), "--principal") for v in ("0", "-0", "-1", "0.001")
]
NUMBER_CASES += [
    (_replace(PLAN, "--rate", v), "--rate") for v in ("-3%", "2000%", "日息5%", "nan%", "1e3%")
]
NUMBER_CASES += [
    ([*_replace(PLAN, "--defer-fee", v), "--defer", "2"], "--defer-fee") for v in ("101%", "-1%")
]
NUMBER_CASES += [
    (_replace(PLAN, option, v), option)
    for option in ("--term", "--defer")
    for v in ("nan", "1e308", "9" * 30, "-1", "0x10", "１e３", "")
]
NUMBER_CASES += [
    (_replace(PLAN, "--term", v), "--term")
    for v in ("0", "601", "1000000000", "0d", "9999999999d", "3651d", "nand", "12x", "-3d")
]
NUMBER_CASES += [(_replace(PLAN, "--defer", v), "--defer") for v in ("1000", "1000000000")]
NUMBER_CASES += [
    (_replace(APR, "--count", v), "--count") for v in ("0", "-1", "9" * 30, "nan", "1e308")
]
NUMBER_CASES += [
    (_replace(PLAN, "--start", v), "--start")
    for v in ("9999-12-01", "0001-01-01", "2026-02-30", "nan", "1e308", "", "２０２６-１３-０１")
]


@pytest.mark.parametrize(("argv", "option"), NUMBER_CASES)
def test_bad_numbers_and_dates(capsys, tmp_path, data_file, argv, option):
    err = refused(capsys, tmp_path, data_file, *argv)
    assert option in err or "PARLEY" in err or "argument" in err


DEBT_IDS = [*NOT_NUMBERS, "-1", "0", "999", "#999", "no such lender", LONG]
ID_VERBS = [
    lambda tmp: ["script"],
    lambda tmp: ["evidence", "--out", str(tmp / "pack")],
    lambda tmp: ["calendar", "--out", str(tmp / "c.ics")],
    lambda tmp: ["letter", "--kind", "proposal", "--out", str(tmp / "l.md")],
]


@pytest.mark.parametrize("debt", DEBT_IDS)
@pytest.mark.parametrize("verb", range(len(ID_VERBS)))
def test_bad_debt_ids(capsys, tmp_path, data_file, verb, debt):
    argv = ID_VERBS[verb](tmp_path)
    refused(capsys, tmp_path, data_file, *argv, "--db", str(data_file), "--debt", debt)


@pytest.mark.parametrize("number", [*NOT_NUMBERS, "-1", "0", "999", "#1", "one", LONG])
def test_bad_attachment_numbers(capsys, tmp_path, data_file, number):
    refused(
        capsys,
        tmp_path,
        data_file,
        "attachment",
        "export",
        number,
        "--to",
        str(tmp_path),
        "--db",
        str(data_file),
    )


@pytest.mark.parametrize("debt", DEBT_IDS)
def test_bad_debt_ids_for_attachment_list(capsys, tmp_path, data_file, debt):
    refused(
        capsys, tmp_path, data_file, "attachment", "list", "--debt", debt, "--db", str(data_file)
    )


def _special_paths(tmp: Path) -> dict[str, Path]:
    fifo = tmp / "fifo"
    if not fifo.exists():
        os.mkfifo(fifo)
    folder = tmp / "a-folder"
    folder.mkdir(exist_ok=True)
    binary = tmp / "binary.bin"
    binary.write_bytes(b"\x00\x01\x02\xff" * 100)
    return {
        "fifo": fifo,
        "dev-zero": Path("/dev/zero"),
        "folder": folder,
        "missing": tmp / "missing.txt",
        "long": tmp / LONG,
        "binary": binary,
    }


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "folder", "missing", "long", "binary"])
@pytest.mark.parametrize("verb", [["scan"], ["apr", "--flows"], ["import"]])
def test_files_that_are_not_readable_text(capsys, tmp_path, data_file, verb, kind):
    target = _special_paths(tmp_path)[kind]
    extra = ["--db", str(data_file)] if verb == ["import"] else []
    refused(capsys, tmp_path, data_file, *verb, str(target), *extra)


FLOWS = [
    "",
    "date,amount\n",
    "when,how much\n2026-01-01,100\n",
    "date,amount\n2026-01-01,nan\n",
    "date,amount\n2026-01-01,1e308\n",
    "date,amount\n9999-99-99,100\n",
    "date,amount\n2026-01-01,100,extra\n",
    "date,amount\n2026-01-01," + "9" * 200 + "\n",
    'date,amount\n"2026-01-01,100\n',
    "date,amount\n2026-01-01," + "x" * 200_000 + "\n",
]


@pytest.mark.parametrize("content", range(len(FLOWS)))
def test_bad_cash_flow_files(capsys, tmp_path, data_file, content):
    path = tmp_path / "flows.csv"
    path.write_text(FLOWS[content], encoding="utf-8")
    refused(capsys, tmp_path, data_file, "apr", "--flows", str(path))


@pytest.mark.parametrize(
    "make",
    [
        lambda tmp: tmp / "a-folder",
        lambda tmp: tmp / "not-sqlite.db",
        lambda tmp: tmp / LONG,
        lambda tmp: tmp / "no-folder" / LONG / "x.db",
        lambda tmp: tmp / "missing.db",
    ],
)
@pytest.mark.parametrize(
    "verb",
    [
        ["list"],
        ["export", "--format", "json"],
        ["script", "--debt", "1"],
        ["calendar", "--out", "OUT/c.ics"],
        ["evidence", "--debt", "1", "--out", "OUT/pack"],
        ["attachment", "list"],
        ["attachment", "export", "1", "--to", "OUT"],
    ],
)
def test_bad_data_files_for_reading_verbs(capsys, tmp_path, data_file, verb, make):
    (tmp_path / "a-folder").mkdir(exist_ok=True)
    (tmp_path / "not-sqlite.db").write_text("lender,principal\nA,1\n", encoding="utf-8")
    db = make(tmp_path)
    argv = [a.replace("OUT", str(tmp_path)) for a in verb]
    refused(capsys, tmp_path, data_file, *argv, "--db", str(db))


@pytest.mark.parametrize(
    "make",
    [
        lambda tmp: tmp / "a-folder",
        lambda tmp: tmp / "not-sqlite.db",
        lambda tmp: tmp / LONG,
    ],
)
@pytest.mark.parametrize("verb", [["demo"], ["import", "IMPORT"]])
def test_bad_data_files_for_writing_verbs(capsys, tmp_path, data_file, verb, make):
    (tmp_path / "a-folder").mkdir(exist_ok=True)
    (tmp_path / "not-sqlite.db").write_text("lender,principal\nA,1\n", encoding="utf-8")
    good = tmp_path / "good.csv"
    good.write_text(_csv(), encoding="utf-8")
    argv = [str(good) if a == "IMPORT" else a for a in verb]
    refused(capsys, tmp_path, data_file, *argv, "--db", str(make(tmp_path)))
    assert (tmp_path / "not-sqlite.db").read_text(encoding="utf-8") == "lender,principal\nA,1\n"


def test_demo_into_a_file_with_debts(capsys, tmp_path, data_file):
    refused(capsys, tmp_path, data_file, "demo", "--db", str(data_file))


@pytest.mark.parametrize(
    "out",
    [
        lambda tmp: tmp / LONG,
        lambda tmp: tmp / "no-folder" / "x" / "y.json",
        lambda tmp: Path("/proc/version"),
    ],
)
@pytest.mark.parametrize(
    "verb",
    [
        ["export", "--format", "json", "--out"],
        ["script", "--debt", "1", "--out"],
        ["calendar", "--out"],
    ],
)
def test_outputs_that_cannot_be_written(capsys, tmp_path, data_file, verb, out):
    refused(capsys, tmp_path, data_file, *verb, str(out(tmp_path)), "--db", str(data_file))


def test_outputs_that_are_files_where_folders_are_needed(capsys, tmp_path, data_file):
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    for verb in (
        ["export", "--format", "csv", "--out"],
        ["evidence", "--debt", "1", "--out"],
    ):
        refused(
            capsys, tmp_path, data_file, *verb, str(tmp_path / "a-file"), "--db", str(data_file)
        )
    refused(capsys, tmp_path, data_file, "calendar", "--out", str(tmp_path), "--db", str(data_file))


@pytest.mark.parametrize(("column", "value", "words"), BAD_CSV)
def test_import_csv_with_each_invalid_value(capsys, tmp_path, data_file, column, value, words):
    path = tmp_path / "bad.csv"
    path.write_text(_csv(**{column: value}), encoding="utf-8")
    err = refused(capsys, tmp_path, data_file, "import", str(path), "--db", str(data_file))
    assert words in err


@pytest.mark.parametrize("case", range(len(BAD_JSON)))
def test_import_json_with_each_invalid_value(capsys, tmp_path, data_file, template, case):
    change, words = BAD_JSON[case]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(change(copy.deepcopy(template[1]))), encoding="utf-8")
    err = refused(capsys, tmp_path, data_file, "import", str(path), "--db", str(data_file))
    assert words in err


BROKEN_IMPORTS = {
    "deep.json": "[" * 100_000,
    "not-json.json": "{not json",
    "not-export.json": '{"hello": 1}',
    "tables-list.json": '{"format": "parley-export", "schema_version": 2, "tables": []}',
    "no-version.json": '{"format": "parley-export", "tables": {}}',
    "big-field.csv": "lender,notes\nA," + "x" * 200_000 + "\n",
    "dup-header.csv": "lender,principal,lender\nA,1,B\n",
    "alias-dup.csv": "lender,rate,rate_text\nA,1%,2%\n",
    "unknown-column.csv": "lender,colour\nA,red\n",
    "no-lender.csv": "principal\n100\n",
    "empty.csv": "",
    "extra-value.csv": "lender\nA,B\n",
    "nul.csv": "lender\nA\x00B\n",
}


@pytest.mark.parametrize("name", sorted(BROKEN_IMPORTS))
def test_broken_import_files(capsys, tmp_path, data_file, name):
    path = tmp_path / name
    path.write_text(BROKEN_IMPORTS[name], encoding="utf-8")
    refused(capsys, tmp_path, data_file, "import", str(path), "--db", str(data_file))


def test_a_non_utf8_import(capsys, tmp_path, data_file):
    path = tmp_path / "gbk.csv"
    path.write_bytes("lender\n安盈\n".encode("gb18030"))
    refused(capsys, tmp_path, data_file, "import", str(path), "--db", str(data_file))


def test_reimporting_the_same_export_needs_again(capsys, tmp_path, data_file, template):
    path = tmp_path / "again.json"
    path.write_text(json.dumps(template[1]), encoding="utf-8")
    err = refused(capsys, tmp_path, data_file, "import", str(path), "--db", str(data_file))
    assert "--again" in err


def test_an_event_only_import_twice(capsys, tmp_path, data_file):
    from tests.store.test_import_limits import EVENT_ONLY

    path = tmp_path / "events.json"
    path.write_text(json.dumps(EVENT_ONLY), encoding="utf-8")
    assert main(["import", str(path), "--db", str(data_file)]) == 0
    capsys.readouterr()
    err = refused(capsys, tmp_path, data_file, "import", str(path), "--db", str(data_file))
    assert "--again" in err


@pytest.mark.parametrize(
    "argv",
    [
        PLAN,
        APR,
        ["list"],
        ["export", "--format", "json"],
        ["script", "--debt", "1"],
        ["demo"],
        ["scan", "README.md"],
    ],
)
@pytest.mark.parametrize("today", ["tomorrow", "2026-13-01", "9" * 30, "2026-11-30T10:00"])
def test_parley_today_not_a_date(capsys, tmp_path, data_file, monkeypatch, argv, today):
    monkeypatch.setenv("PARLEY_TODAY", today)
    err = refused(capsys, tmp_path, data_file, *argv)
    assert "PARLEY_TODAY" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "--format", "xml"],
        ["plan", "--principal", "1"],
        ["apr", "--received", "1", "--every", "year"],
        ["nonsense-verb"],
        ["--lang", "fr", "list"],
        ["plan", "--principal", "1000", "--rate", "24%", "--term", "3", "--method", "magic"],
        [
            "plan",
            "--principal",
            "1000",
            "--rate",
            "flat 1%/month",
            "--term",
            "3",
            "--method",
            "annuity",
        ],
        ["plan", "--principal", "1000", "--rate", "24%", "--term", "3", "--defer-fee", "2%"],
        ["apr", "--flows", "x.csv", "--received", "1"],
    ],
)
def test_usage_mistakes(capsys, tmp_path, data_file, argv):
    refused(capsys, tmp_path, data_file, *argv)
