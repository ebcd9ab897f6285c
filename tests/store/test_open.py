"""Opening, migrating, refusing and sharing the data file."""

from __future__ import annotations

import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from parley.engine.debt import Debt
from parley.store import Store, StoreError, default_path, schema
from parley.store.records import ChecklistItem

FIXTURES = Path(__file__).resolve().parent / "fixtures"

USER_TABLES = {
    "debts",
    "payments",
    "offers",
    "events",
    "promises",
    "attachments",
    "agreements",
    "checklist",
    "wizard_drafts",
    "settings",
    "budget",
    "budget_lines",
    "plan_pins",
}


def _tables(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


def test_new_file_is_private_and_has_every_table(tmp_path):
    path = tmp_path / "new" / "deeper" / "parley.db"
    with Store.open(path) as store:
        assert store.is_empty()
        assert store.schema_version == schema.CURRENT_VERSION
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert _tables(path) >= USER_TABLES
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.parent.parent.stat().st_mode) == 0o700
    # A brand-new file has nothing to lose, so no backup is made.
    assert list(path.parent.glob("*.backup-*")) == []


def test_reopening_a_current_file_keeps_data_and_makes_no_backup(db_path):
    with Store.open(db_path) as store:
        store.add_debt(Debt("Lender"))
    with Store.open(db_path) as store:
        assert [d.lender for d in store.list_debts()] == ["Lender"]
    assert list(db_path.parent.glob("*.backup-*")) == []


def test_every_fixture_migrates_to_the_current_version(tmp_path):
    fixtures = sorted(FIXTURES.glob("v*.db"))
    assert [f.name for f in fixtures] == [f"v{n}.db" for n in range(1, 8)], "one per version"
    for fixture in fixtures:
        version = int(fixture.stem[1:])
        path = tmp_path / fixture.name
        shutil.copy(fixture, path)
        with Store.open(path) as store:
            assert store.schema_version == schema.CURRENT_VERSION
            [debt] = store.list_debts()
            assert debt.lender == "旧版测试贷"
            assert debt.principal == 1_200_000
            [payment] = store.list_payments(debt.id)
            assert payment.amount == 113475 and payment.offer_id is None
            [event] = store.list_events()
            assert event.promises[0].text == "口头答应停息"
            assert not event.promises[0].written
            assert store.list_offers(debt.id)[0].terms.count == 36
            # The tables v2 added work on the migrated file.
            store.set_checklist_item(ChecklistItem(debt.id, "agent_id_checked", True))
            assert store.checklist(debt.id)["agent_id_checked"].checked
            store.save_draft(debt.id, 2, {"income": 500000})
            assert store.load_draft(debt.id) == {"step": 2, "data": {"income": 500000}}
            # v3 on: a debt can be marked as called in by the lender.
            assert debt.accelerated is False
            debt.accelerated = True
            store.update_debt(debt)
            assert store.get_debt(debt.id).accelerated is True
            # v7: the income kept in the settings became the budget's one source.
            budget = store.load_budget()
            if version >= 3:
                assert [s.amount for s in budget.incomes] == [850_000]
                assert store.load_settings().monthly_income == 850_000
                assert store.checklist(debt.id)["official_channel"].note == "官方热线"
            else:
                assert budget.incomes == ()
            keys = [r[0] for r in store.conn.execute("SELECT key FROM settings")]
            assert "monthly_income" not in keys
            assert budget.keep_share_rule
            if version == 7:
                # m008: what was typed into the wizard's budget step moved into the budget.
                assert budget.essentials == (("other", 320_000),)
                assert budget.lump_sum == 150_000
            else:
                assert budget.essentials == () and budget.lump_sum == 0
        [backup] = list(tmp_path.glob(f"{fixture.name}.backup-*"))
        assert stat.S_IMODE(backup.stat().st_mode) == 0o600
        # The backup is the file as it was before the migration.
        conn = sqlite3.connect(backup)
        count = conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
        assert count == version
        assert conn.execute("SELECT lender FROM debts").fetchone()[0] == "旧版测试贷"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        assert ("budget" in _tables(backup)) == (version >= 7)
        assert ("checklist" in _tables(backup)) == (version >= 2)


def _newer_file(path: Path) -> None:
    with Store.open(path) as store:
        store.add_debt(Debt("Lender"))
        store.conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
            " VALUES ('parley', 'm099_from_the_future', '2030-01-01')"
        )
        store.conn.commit()


def _not_sqlite(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("lender,principal\n某贷,1000\n", encoding="utf-8")


def _damaged(path: Path) -> None:
    with Store.open(path) as store:
        for i in range(200):
            store.add_debt(Debt(f"Lender {i}", notes="x" * 500))
    data = bytearray(path.read_bytes())
    # Overwrite everything after the first page's header: the schema page is garbage.
    data[100:8192] = b"\xa5" * (8192 - 100)
    path.write_bytes(bytes(data))


def _truncated(path: Path) -> None:
    with Store.open(path) as store:
        for i in range(200):
            store.add_debt(Debt(f"Lender {i}", notes="x" * 500))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _someone_elses(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO photos (name) VALUES ('cat.jpg')")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (_newer_file, "newer version"),
        (_not_sqlite, "not a Parley data file"),
        (_damaged, "damaged"),
        (_truncated, "damaged"),
        (_someone_elses, "not a Parley data file"),
    ],
)
def test_refused_files_are_left_byte_identical(db_path, make, words, sha256):
    make(db_path)
    before = sha256(db_path)
    siblings = sorted(p.name for p in db_path.parent.iterdir())
    with pytest.raises(StoreError) as caught:
        Store.open(db_path)
    assert words in str(caught.value)
    assert str(db_path) in str(caught.value)
    assert "\n" not in str(caught.value)
    assert sha256(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == siblings  # no backup either


def test_refusal_is_translated(db_path):
    from parley import i18n

    _not_sqlite(db_path)
    i18n.set_language("zh_CN")
    with pytest.raises(StoreError) as caught:
        Store.open(db_path)
    assert "Parley" in str(caught.value)
    assert "not a Parley" not in str(caught.value)


def test_two_stores_on_one_file_see_each_others_edits(db_path):
    with Store.open(db_path) as first, Store.open(db_path) as second:
        debt_id = first.add_debt(Debt("From the first window"))
        assert second.get_debt(debt_id).lender == "From the first window"
        second.add_debt(Debt("From the second window"))
        assert len(first.list_debts()) == 2


def test_a_write_while_another_process_writes_says_busy_and_harms_nothing(db_path):
    with Store.open(db_path) as store:
        store.add_debt(Debt("Before"))
    blocker = sqlite3.connect(db_path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    blocker.execute("INSERT INTO debts (lender) VALUES ('Other window')")
    try:
        with Store.open(db_path, busy_ms=50) as store:
            # Reading still works while the other side holds the write lock (WAL).
            assert [d.lender for d in store.list_debts()] == ["Before"]
            with pytest.raises(StoreError) as caught:
                store.add_debt(Debt("Blocked"))
            assert "busy" in str(caught.value)
            blocker.execute("COMMIT")
            store.add_debt(Debt("After"))
            assert [d.lender for d in store.list_debts()] == ["Before", "Other window", "After"]
            assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        blocker.close()


def test_default_path_follows_parley_db_then_the_data_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("PARLEY_DB", str(tmp_path / "elsewhere.db"))
    assert default_path() == tmp_path / "elsewhere.db"
    monkeypatch.delenv("PARLEY_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_path() == tmp_path / "xdg" / "parley" / "parley.db"
    with Store.open() as store:
        assert store.path == tmp_path / "xdg" / "parley" / "parley.db"
    assert stat.S_IMODE((tmp_path / "xdg" / "parley").stat().st_mode) == 0o700


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(StoreError):
        Store.open(tmp_path)
