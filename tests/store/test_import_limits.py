"""An import refuses exactly what the forms refuse, names the row and field, and writes
nothing: the data file's bytes are the same afterwards."""

from __future__ import annotations

import copy
import json

import pytest

from parley.engine.debt import Debt
from parley.engine.errors import InputError
from parley.store import Store
from parley.store.demo import fill
from parley.store.transfer import (
    AlreadyImported,
    export_data,
    import_data,
    import_debts_csv_text,
    import_file,
    import_json_text,
)
from tests.store.test_transfer import TODAY

CSV_HEADER = "lender,principal,received,term,instalments_paid,rate,penalty_rate,fee_per_instalment"

# (column, value, words the message must contain)
BAD_CSV = [
    ("principal", "nan", "ordinary number"),
    ("principal", "1e308", "ordinary number"),
    ("principal", "-5", "negative"),
    ("principal", "9" * 40, "too large"),
    ("received", "20000", "more than the principal"),
    ("term", "0", "at least 1"),
    ("term", "601", "at most 600"),
    ("term", "1000000000", "at most 600"),
    ("term", "inf", "ordinary number"),
    ("instalments_paid", "13", "More instalments paid"),
    ("instalments_paid", "-1", "at least 0"),
    ("rate", "inf", "ordinary number"),
    ("rate", "1e308", "ordinary number"),
    ("rate", "-3%", "negative"),
    ("rate", "2000%", "over 1000%"),
    ("penalty_rate", "nan%", "ordinary number"),
    ("fee_per_instalment", "-1", "negative"),
]

GOOD_ROW = {
    "lender": "Acme",
    "principal": "10000",
    "received": "9000",
    "term": "12",
    "instalments_paid": "2",
    "rate": "24%",
    "penalty_rate": "",
    "fee_per_instalment": "0",
}


def _csv(**changes: str) -> str:
    row = {**GOOD_ROW, **changes}
    return CSV_HEADER + "\n" + ",".join(row[c] for c in CSV_HEADER.split(",")) + "\n"


@pytest.fixture
def kept(store, db_path, sha256):
    """A file with one debt; yields a check that it is byte-for-byte unchanged."""
    store.add_debt(Debt("Existing", principal=100_00))
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = sha256(db_path)

    def unchanged() -> bool:
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return sha256(db_path) == before and len(store.list_debts()) == 1

    return unchanged


def test_a_good_row_imports(store):
    assert import_debts_csv_text(store, _csv()) == {"debts": 1}


@pytest.mark.parametrize(("column", "value", "words"), BAD_CSV)
def test_csv_value_the_form_refuses_is_refused(store, kept, column, value, words):
    with pytest.raises(InputError) as caught:
        import_debts_csv_text(store, _csv(**{column: value}))
    message = str(caught.value)
    assert "Line 2" in message and f"“{column if column != 'rate' else 'rate'}”" in message
    assert words in message and "Nothing was imported" in message
    assert kept()


@pytest.fixture
def export(tmp_path):
    with Store.open(tmp_path / "source.db") as source:
        fill(source, TODAY)
        return export_data(source)


def _debt(data, **changes):
    bad = copy.deepcopy(data)
    bad["tables"]["debts"][0].update(changes)
    return bad


# (what to change, words the message must contain)
BAD_JSON = [
    (lambda d: _debt(d, annual_rate=float("inf")), "ordinary number"),
    (lambda d: _debt(d, annual_rate=1e308), "at most 1000%"),
    (lambda d: _debt(d, annual_rate=float("nan")), "ordinary number"),
    (lambda d: _debt(d, annual_rate=-0.1), "negative"),
    (lambda d: _debt(d, penalty_rate=50.0), "at most 1000%"),
    (lambda d: _debt(d, term=1_000_000_000), "at most 600"),
    (lambda d: _debt(d, term=0), "at least 1"),
    (lambda d: _debt(d, term=10**30), "too large"),
    (lambda d: _debt(d, instalments_paid=999), "at most 600"),
    (lambda d: _debt(d, term=6, instalments_paid=7), "More instalments paid"),
    (lambda d: _debt(d, principal=100, received=200), "more than the principal"),
    (lambda d: _debt(d, principal=-1), "negative"),
    (lambda d: _debt(d, outstanding=-1), "negative"),
    (lambda d: _debt(d, fee_one_off=10**15), "too large"),
    (lambda d: _debt(d, start_date="9999-01-01"), "1900 to 2200"),
    (lambda d: {**d, "schema_version": "2"}, "schema_version"),
    (lambda d: {**d, "schema_version": 2.5}, "schema_version"),
    (lambda d: {**d, "schema_version": None}, "schema_version"),
    (lambda d: {**d, "schema_version": True}, "schema_version"),
    (lambda d: _setting(d, "lpr_added", '[["2026-01-01", "-0.01"]]'), "not valid"),
    (lambda d: _setting(d, "lpr_added", '[["2026-01-01", "NaN"]]'), "not valid"),
    (lambda d: _setting(d, "lpr_added", '[["2026-01-01", "0.5"]]'), "at most 20%"),
    (lambda d: _setting(d, "lpr_added", '[["9999-01-01", "0.03"]]'), "1900 to 2200"),
    (lambda d: _setting(d, "penalty_multiple", "9"), "multiple from 1 to 5"),
    (lambda d: _setting(d, "penalty_multiple", "NaN"), "multiple from 1 to 5"),
    (lambda d: _setting(d, "best_window", "0"), "at least 1"),
    (lambda d: _setting(d, "latest_window", "10"), "longer than the best"),
    (lambda d: _setting(d, "latest_window", "1e400"), "not valid"),
    (lambda d: _setting(d, "monthly_income", "1e400"), "not valid"),
    (lambda d: _setting(d, "monthly_income", "-5"), "negative"),
    (lambda d: _setting(d, "income_share_limit", "NaN"), "ordinary number"),
    (lambda d: _payment(d, amount=-100), "negative"),
    (lambda d: _terms(d, rate=float("inf")), "ordinary number"),
    (lambda d: _terms(d, count=100000), "at most 120"),
    (lambda d: _terms(d, deferral_fee_pct=5.0), "at most 20%"),
]


def _setting(data, key, value):
    bad = copy.deepcopy(data)
    rows = bad["tables"]["settings"]
    rows[:] = [r for r in rows if r["key"] != key] + [{"key": key, "value": value}]
    return bad


def _payment(data, **changes):
    bad = copy.deepcopy(data)
    bad["tables"]["payments"][0].update(changes)
    return bad


def _terms(data, **changes):
    bad = copy.deepcopy(data)
    offer = bad["tables"]["offers"][0]
    terms = json.loads(offer["terms"])
    terms.update(changes)
    offer["terms"] = json.dumps(terms)
    return bad


@pytest.mark.parametrize("case", range(len(BAD_JSON)))
def test_json_value_the_form_refuses_is_refused(store, kept, export, case):
    change, words = BAD_JSON[case]
    text = json.dumps(change(export), allow_nan=True)
    with pytest.raises(InputError) as caught:
        import_json_text(store, text)
    assert words in str(caught.value), str(caught.value)
    assert "Nothing was imported" in str(caught.value)
    assert kept()


def test_an_export_imports_whole(store, export):
    counts = import_data(store, export)
    assert counts["debts"] == 7


@pytest.mark.parametrize(
    ("header", "words"),
    [
        ("lender,principal,lender", "“lender” appears twice"),
        ("lender,rate,rate_text", "“rate_text” appears twice"),
    ],
)
def test_duplicate_csv_headers_are_refused(store, kept, header, words):
    with pytest.raises(InputError, match=words):
        import_debts_csv_text(store, header + "\nA,1,B\n")
    assert kept()


def test_a_csv_field_over_the_limit_is_one_sentence(store, kept):
    with pytest.raises(InputError, match=r"Line 2: a value is longer than 131,072 characters"):
        import_debts_csv_text(store, "lender,notes\nA," + "x" * 200_000 + "\n")
    assert kept()


def test_deeply_nested_json_is_one_sentence(store, kept):
    with pytest.raises(InputError, match="nests too deeply"):
        import_json_text(store, "[" * 100_000)
    assert kept()


EVENT_ONLY = {
    "format": "parley-export",
    "schema_version": 2,
    "tables": {
        "events": [
            {"id": 1, "kind": "message", "occurred_at": "2026-01-01T10:00:00", "summary": "x"}
        ]
    },
}


def test_an_event_only_import_twice_asks_before_adding_it_again(store):
    assert import_data(store, EVENT_ONLY)["events"] == 1
    with pytest.raises(AlreadyImported, match="1 of the 1 events"):
        import_data(store, EVENT_ONLY)
    # Asked again: added with a new id instead of clashing with the first.
    assert import_data(store, EVENT_ONLY, again=True)["events"] == 1
    assert len(store.list_events()) == 2


def test_reimporting_an_export_warns_and_needs_again(store, export):
    import_data(store, export)
    with pytest.raises(AlreadyImported) as caught:
        import_data(store, export)
    assert (caught.value.repeated, caught.value.total) == (7, 7)
    assert len(store.list_debts()) == 7
    import_data(store, export, again=True)
    assert len(store.list_debts()) == 14


def test_reimporting_a_csv_warns(store):
    import_debts_csv_text(store, _csv())
    with pytest.raises(AlreadyImported, match="1 of the 1 debts"):
        import_debts_csv_text(store, _csv())
    assert import_debts_csv_text(store, _csv(), again=True) == {"debts": 1}


def test_import_file_refuses_devices_and_fifos(store, tmp_path):
    import os

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for path in (fifo, tmp_path):
        with pytest.raises(InputError, match="not an ordinary file"):
            import_file(store, path)
    from pathlib import Path

    with pytest.raises(InputError, match="not an ordinary file"):
        import_file(store, Path("/dev/zero"))


def test_import_file_caps_the_size(store, tmp_path, monkeypatch):
    from parley.store.transfer import load

    monkeypatch.setattr(load, "MAX_IMPORT_BYTES", 100)
    big = tmp_path / "big.csv"
    big.write_text("lender\n" + "A\n" * 100, encoding="utf-8")
    with pytest.raises(InputError, match="larger than"):
        import_file(store, big)


def test_letters_follow_their_debt_and_event_to_new_ids(tmp_path):
    from datetime import datetime

    from parley.store.letters import LetterRecord, link_event, list_letters, save_version
    from parley.store.records import Event, EventKind

    with Store.open(tmp_path / "source.db") as source:
        debt = source.add_debt(Debt("Lender with a letter", principal=100_00))
        event = source.add_event(Event(debt, EventKind.LETTER, datetime(2026, 11, 1, 9)))
        letter = save_version(source, LetterRecord(debt, "proposal", "en", "Dear lender"))
        link_event(source, letter.id, event)
        data = export_data(source)
    with Store.open(tmp_path / "other.db") as other:
        for i in range(3):  # so the imported rows cannot keep their ids
            other.add_debt(Debt(f"Mine {i}", principal=100))
            other.add_event(Event(None, EventKind.MESSAGE, datetime(2026, 1, 1 + i, 9)))
        import_data(other, data)
        [moved] = [d for d in other.list_debts() if d.lender == "Lender with a letter"]
        [copy_] = list_letters(other, moved.id)
        assert copy_.text == "Dear lender"
        assert other.get_event(copy_.event_id).debt_id == moved.id


def test_a_letter_pointing_at_a_missing_event_is_refused(store, kept, export):
    bad = copy.deepcopy(export)
    bad["tables"]["letters"] = [
        {
            "id": 1,
            "debt_id": bad["tables"]["debts"][0]["id"],
            "kind": "proposal",
            "lang": "en",
            "version": 1,
            "text": "x",
            "created_at": "2026-11-01T09:00:00",
            "event_id": 999_999,
        }
    ]
    with pytest.raises(InputError, match="refers to events id 999999"):
        import_data(store, bad)
    assert kept()
