"""Locking, unlocking and re-keying real data files, including a kill at every step."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from parley.engine.debt import Debt
from parley.store import Store, StoreError, crypto, vault
from parley.store.records import Event, EventKind

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SECRET = "correct horse 电池 staple"
LENDERS = ("Zanzibar Quickcash", "Okonkwo Microfinance", "钱多多速贷")
NOTES = "owes the tailor on Ostrava street"


def _fill(path: Path) -> None:
    with Store.open(path) as store:
        for lender in LENDERS:
            debt_id = store.add_debt(Debt(lender, principal=1_234_500, notes=NOTES))
        evidence = path.parent / "threat.txt"
        evidence.write_text(f"Message from {LENDERS[0]}: pay or else. {NOTES}", encoding="utf-8")
        attachment = vault.put(store, evidence)
        store.add_event(
            Event(
                debt_id,
                EventKind.COLLECTION_CONTACT,
                datetime(2026, 11, 29, 22, 30),
                party=LENDERS[2],
                summary=NOTES,
                attachments=[attachment],
            )
        )
        evidence.unlink()  # the original is gone; the vault keeps the evidence


def _lenders(path: Path, passphrase: str | None = None) -> list[str]:
    with Store.open(path, passphrase=passphrase) as store:
        return [d.lender for d in store.list_debts()]


def test_lock_then_unlock_keeps_every_record(db_path):
    _fill(db_path)
    crypto.lock(db_path, SECRET)
    assert crypto.is_locked(db_path)
    assert db_path.read_bytes()[:16] != b"SQLite format 3\x00"
    assert _lenders(db_path, SECRET) == list(LENDERS)
    crypto.unlock(db_path, SECRET)
    assert db_path.read_bytes()[:16] == b"SQLite format 3\x00"
    assert _lenders(db_path) == list(LENDERS)
    # Nothing is left beside the file but the file and its vault.
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["parley.db", "parley.db.vault"]


def test_a_locked_file_needs_the_passphrase_and_a_wrong_one_changes_nothing(db_path, sha256):
    _fill(db_path)
    crypto.lock(db_path, SECRET)
    before = sha256(db_path)
    siblings = sorted(p.name for p in db_path.parent.iterdir())
    with pytest.raises(crypto.Locked):
        Store.open(db_path)
    with pytest.raises(crypto.WrongPassphrase) as caught:
        Store.open(db_path, passphrase="Correct horse 电池 staple")
    assert "\n" not in str(caught.value) and "untouched" in str(caught.value)
    with pytest.raises(crypto.WrongPassphrase):
        crypto.unlock(db_path, "wrong")
    with pytest.raises(crypto.WrongPassphrase):
        crypto.change_passphrase(db_path, "wrong", "new one")
    assert sha256(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == siblings


def test_locking_twice_or_unlocking_a_plain_file_says_so(db_path, sha256):
    _fill(db_path)
    before = sha256(db_path)
    with pytest.raises(crypto.NotLocked, match="not locked"):
        crypto.unlock(db_path, SECRET)
    assert sha256(db_path) == before
    crypto.lock(db_path, SECRET)
    locked = sha256(db_path)
    with pytest.raises(crypto.AlreadyLocked, match="already locked"):
        crypto.lock(db_path, SECRET)
    assert sha256(db_path) == locked


def test_an_empty_passphrase_is_refused(db_path, sha256):
    _fill(db_path)
    before = sha256(db_path)
    for empty in ("", "   "):
        with pytest.raises(StoreError, match="empty"):
            crypto.lock(db_path, empty)
    assert sha256(db_path) == before


def test_a_new_passphrase_opens_it_and_the_old_one_no_longer_does(db_path):
    _fill(db_path)
    crypto.lock(db_path, SECRET)
    crypto.change_passphrase(db_path, SECRET, "another one")
    with pytest.raises(crypto.WrongPassphrase):
        Store.open(db_path, passphrase=SECRET)
    assert _lenders(db_path, "another one") == list(LENDERS)
    with Store.open(db_path, passphrase="another one") as store:
        [event] = store.list_events()
        assert vault.check(store, event.attachments[0], rehash=True) == "same"


def test_locking_is_refused_while_another_parley_has_the_file_open(db_path, sha256):
    _fill(db_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        before = sha256(db_path)
        siblings = sorted(p.name for p in db_path.parent.rglob("*"))
        with pytest.raises(crypto.InUse, match="open in another Parley"):
            crypto.lock(db_path, SECRET)
        assert sha256(db_path) == before
        assert sorted(p.name for p in db_path.parent.rglob("*")) == siblings
        assert not any(
            vault.is_encrypted(p) for p in db_path.with_name("parley.db.vault").iterdir()
        )
    finally:
        holder.kill()
        holder.wait()


HOLDER = r"""
import sys, time
from parley.store import Store
store = Store.open(sys.argv[1])
store.list_debts()
print("open", flush=True)
time.sleep(60)
"""


def test_a_locked_file_from_a_newer_version_is_refused_untouched(db_path, sha256):
    _fill(db_path)
    with Store.open(db_path) as store:
        store.conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
            " VALUES ('parley', 'm999_from_the_future', '2030-01-01')"
        )
        store.conn.commit()
    # Lock it with the low-level copy (this version would refuse to lock it).
    conn = crypto.connect(db_path, None)
    target = db_path.with_name("future.db")
    conn.execute("ATTACH DATABASE ? AS t KEY ?", (str(target), SECRET))
    conn.execute("SELECT sqlcipher_export('t')")
    conn.execute("DETACH DATABASE t")
    conn.close()
    before = sha256(target)
    with pytest.raises(StoreError, match="newer version"):
        Store.open(target, passphrase=SECRET)
    assert sha256(target) == before
    assert list(target.parent.glob("future.db.backup-*")) == []


def test_an_old_locked_file_migrates_and_its_backup_is_locked_too(tmp_path):
    path = tmp_path / "v1.db"
    shutil.copy(FIXTURES / "v1.db", path)
    crypto.lock(path, SECRET)
    with Store.open(path, passphrase=SECRET) as store:
        assert store.schema_version > 1
        assert [d.lender for d in store.list_debts()] == ["旧版测试贷"]
    [backup] = list(tmp_path.glob("v1.db.backup-*"))
    assert crypto.is_locked(backup)
    conn = crypto.connect(backup, SECRET)
    assert conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] == 1
    conn.close()


def test_no_private_string_is_readable_anywhere_beside_a_locked_file(db_path):
    _fill(db_path)
    # An older plain backup beside the file holds the same names: locking must cover it.
    with Store.open(db_path) as store:
        store.conn.execute("SELECT 1")
    shutil.copy(db_path, db_path.with_name("parley.db.backup-20261101-120000"))
    crypto.lock(db_path, SECRET)
    # Use the locked file, so that its -wal and -shm exist while we look.
    store = Store.open(db_path, passphrase=SECRET)
    store.add_debt(Debt(LENDERS[1] + " second loan", notes=NOTES))
    try:
        files = [p for p in db_path.parent.rglob("*") if p.is_file()]
        names = {p.name for p in files}
        assert {"parley.db", "parley.db-wal", "parley.db-shm"} <= names
        assert any(".backup-" in n for n in names)
        assert any(p.parent.name == "parley.db.vault" for p in files)
        needles = [s.encode() for s in (*LENDERS, NOTES)]
        needles += [s.encode("utf-16-le") for s in LENDERS]
        for path in files:
            data = path.read_bytes()
            for needle in needles:
                assert needle not in data, f"{needle!r} readable in {path.name}"
    finally:
        store.close()


KILLED = r"""
import os, signal, sys
from pathlib import Path
from parley.store import crypto

path, action, step = Path(sys.argv[1]), sys.argv[2], sys.argv[3]

def pause(name):
    if name == step:
        os.kill(os.getpid(), signal.SIGKILL)

if action == "lock":
    crypto.lock(path, sys.argv[4], pause=pause)
else:
    crypto.unlock(path, sys.argv[4], pause=pause)
"""


@pytest.mark.parametrize("action", ["lock", "unlock"])
@pytest.mark.parametrize("step", ["written", "checked", "kept", "renamed"])
def test_sigkill_during_lock_or_unlock_leaves_the_old_file_or_the_new(db_path, action, step):
    _fill(db_path)
    if action == "unlock":
        crypto.lock(db_path, SECRET)
    child = subprocess.run(
        [sys.executable, "-c", KILLED, str(db_path), action, step, SECRET],
        capture_output=True,
        timeout=120,
    )
    assert child.returncode == -signal.SIGKILL
    locked_now = crypto.is_locked(db_path)
    # Before the rename the old file is in place; after it, the new one.
    expect_new = step == "renamed"
    assert locked_now == ((action == "lock") == expect_new)
    assert _lenders(db_path, SECRET if locked_now else None) == list(LENDERS)
    # Running the verb again finishes the job and clears what the kill left.
    if locked_now:
        crypto.unlock(db_path, SECRET)
    else:
        crypto.lock(db_path, SECRET)
    assert not list(db_path.parent.glob("*.new")) and not list(db_path.parent.glob("*.old"))
    assert crypto.is_locked(db_path) != locked_now


def test_a_locked_file_opens_read_only_and_stays_identical(db_path, sha256):
    _fill(db_path)
    crypto.lock(db_path, SECRET)
    before = sha256(db_path)
    with Store.open(db_path, passphrase=SECRET, read_only=True) as store:
        assert store.read_only and store.locked
        assert [d.lender for d in store.list_debts()] == list(LENDERS)
        with pytest.raises(StoreError):
            store.add_debt(Debt("not saved"))
    assert sha256(db_path) == before
