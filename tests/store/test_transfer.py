"""Export and import: lossless JSON, CSV of debts, and bad files refused whole."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from parley.engine.debt import Debt, LegalStage, LenderKind, Method
from parley.engine.errors import InputError
from parley.store import Store
from parley.store.demo import fill
from parley.store.records import Attachment, Event, EventKind
from parley.store.transfer import (
    DEBT_CSV_COLUMNS,
    export_data,
    import_data,
    import_debts_csv_text,
    import_json_text,
)

TODAY = date(2026, 11, 30)


def _counts(store: Store) -> dict[str, int]:
    tables = ("debts", "payments", "offers", "events", "promises", "agreements", "settings")
    return {t: store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


@pytest.fixture
def rich(store):
    fill(store, TODAY)
    # Beyond the demo: a deleted debt, an attachment, a draft, and a gap in the ids.
    gone = store.add_debt(Debt("Deleted one", principal=100))
    store.delete_debt(gone)
    tmp = store.add_debt(Debt("Purged"))
    store.purge_debt(tmp)
    store.add_event(
        Event(
            gone,
            EventKind.EMAIL,
            datetime(2026, 11, 2, 8, 1, 2),
            attachments=[Attachment("证据/录音.m4a", 10, "0" * 64, datetime(2026, 11, 2, 9))],
        )
    )
    store.save_draft(1, 2, {"income": 500000, "note": "草稿"})
    return store


def test_json_round_trip_is_lossless(rich, tmp_path):
    first = export_data(rich)
    with Store.open(tmp_path / "copy.db") as copy:
        import_json_text(copy, json.dumps(first, ensure_ascii=False))
        second = export_data(copy)
        assert copy.list_debts() == rich.list_debts()
        assert copy.list_events(include_deleted=True) == rich.list_events(include_deleted=True)
        assert copy.is_deleted(max(d.id for d in copy.list_debts(include_deleted=True)))
    assert first == second
    assert len(first["tables"]["debts"]) == 8


def test_import_into_a_file_with_data_adds_with_new_ids(rich, tmp_path):
    data = export_data(rich)
    with Store.open(tmp_path / "other.db") as other:
        mine = other.add_debt(Debt("Mine"))
        other.save_settings(other.load_settings().__class__(monthly_income=1))
        import_data(other, data)
        debts = other.list_debts(include_deleted=True)
        assert len(debts) == 9 and debts[0].id == mine
        # Children follow their debts to the new ids.
        anying = next(d for d in debts if d.lender == "安盈消费金融")
        assert [o.label for o in other.list_offers(anying.id)] == ["A", "B"]
        assert len(other.list_events(debt_id=anying.id)) == 3
        assert other.load_settings().monthly_income == 1  # the file's own settings win


@pytest.mark.parametrize(
    ("table", "index", "field", "value", "words"),
    [
        ("events", 2, "occurred_at", "yesterday", "not a date and time"),
        ("debts", 0, "principal", 1200.5, "whole number"),
        ("debts", 1, "kind", "loan shark", "not one of"),
        ("payments", 0, "debt_id", 999, "not in the file"),
        ("offers", 1, "terms", '{"kind": "freeze", "colour": "red"}', "not valid"),
        ("debts", 3, "nickname", "x", "does not exist"),
        ("debts", 0, "lender", None, "required"),
        ("events", 0, "abuse", '["rude"]', "not valid"),
    ],
)
def test_one_bad_row_rejects_the_whole_file(rich, tmp_path, table, index, field, value, words):
    data = export_data(rich)
    data["tables"][table][index][field] = value
    with Store.open(tmp_path / "target.db") as target:
        target.add_debt(Debt("Already here"))
        before = _counts(target)
        with pytest.raises(InputError) as caught:
            import_data(target, data)
        message = str(caught.value)
        assert f"{table}, row {index + 1}" in message
        assert field in message and words in message
        assert _counts(target) == before


def test_not_an_export(store):
    for text in ("[1, 2]", '{"format": "something else", "tables": {}}', "{not json"):
        with pytest.raises(InputError):
            import_json_text(store, text)
    assert store.is_empty()


CSV = (
    "lender,kind,principal,received,start_date,term,method,rate,outstanding,"
    "first_missed,legal_stage,credit_reported,notes\n"
    '快闪借,网络贷款平台,1万,"9,000.00",2025-03-31,12,,日息0.05%,6800,2026/10/6,律师函,是,砍头息\n'
    'Bank of Nowhere,bank,"24,000",,2025-01-15,24,annuity,flat 1.5%/month,16764.84,,none,no,\n'
)


def test_csv_of_debts(store):
    assert import_debts_csv_text(store, CSV) == {"debts": 2}
    first, second = store.list_debts()
    assert first.lender == "快闪借"
    assert first.principal == 10_000 * 100  # 1万 yuan in fen
    assert first.received == 9_000 * 100
    assert first.start_date == date(2025, 3, 31)
    assert first.first_missed == date(2026, 10, 6)
    assert first.legal_stage is LegalStage.LAWYER_LETTER
    assert first.credit_reported
    assert first.rate_text == "日息0.05%"
    assert first.annual_rate == pytest.approx(0.0005 * 365)
    assert second.kind is LenderKind.BANK
    assert second.outstanding == 1_676_484
    assert second.method is Method.ANNUITY  # an explicit method is kept
    assert second.annual_rate == pytest.approx(0.18)


def test_csv_bad_line_rejects_all_and_names_line_and_column(store):
    bad = CSV + "Third,bank,12 thousand,,,,,,,,,,\n"
    with pytest.raises(InputError) as caught:
        import_debts_csv_text(store, bad)
    assert "Line 4" in str(caught.value) and "principal" in str(caught.value)
    assert store.is_empty()


def test_csv_unknown_column_and_missing_lender(store):
    with pytest.raises(InputError) as caught:
        import_debts_csv_text(store, "lender,princpal\nA,100\n")
    assert "princpal" in str(caught.value)
    with pytest.raises(InputError) as caught:
        import_debts_csv_text(store, "lender,principal\n,100\n")
    assert "Line 2" in str(caught.value) and "lender" in str(caught.value)
    assert store.is_empty()


def test_documented_header_is_accepted_as_is(store):
    header = ",".join(DEBT_CSV_COLUMNS)
    assert import_debts_csv_text(store, header + "\nOnly the lender" + "," * 21 + "\n") == {
        "debts": 1
    }
