"""Storage failures become one true sentence (busy, read-only, full, damaged, unusable), a
read-only file opens read-only, and files are never left changed by a refusal."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from parley import i18n
from parley.engine.debt import Debt
from parley.store import (
    Store,
    StoreBusy,
    StoreDamaged,
    StoreError,
    StoreFull,
    StoreReadOnly,
    StoreUnavailable,
)
from parley.store.errors import from_os, from_sqlite

SRC = Path(__file__).resolve().parents[2] / "src"


def test_a_store_opened_read_only_reads_and_refuses_every_write(db_path, sha256):
    with Store.open(db_path) as store:
        store.add_debt(Debt("Kept", principal=100_00))
    before = sha256(db_path)
    with Store.open(db_path, read_only=True) as store:
        assert store.read_only
        assert "read-only" in store.read_only_note
        assert [d.lender for d in store.list_debts()] == ["Kept"]
        with pytest.raises(StoreReadOnly) as caught:
            store.add_debt(Debt("Not kept"))
        assert str(db_path) in str(caught.value) and "not saved" in str(caught.value)
        with pytest.raises(StoreReadOnly):
            store.save_settings(store.load_settings())
    assert sha256(db_path) == before


def test_read_only_message_is_translated(db_path):
    Store.open(db_path).close()
    i18n.set_language("zh_CN")
    with Store.open(db_path, read_only=True) as store:
        with pytest.raises(StoreReadOnly) as caught:
            store.add_debt(Debt("x"))
    assert "只读" in str(caught.value)
    assert "read-only" not in str(caught.value)


def test_a_writable_store_is_not_read_only(db_path):
    with Store.open(db_path) as store:
        assert not store.read_only and store.read_only_note is None


def test_a_0444_file_keeps_its_mode(db_path):
    with Store.open(db_path) as store:
        store.add_debt(Debt("A"))
    os.chmod(db_path, 0o444)
    try:
        with Store.open(db_path) as store:
            assert [d.lender for d in store.list_debts()] == ["A"]
        assert stat.S_IMODE(db_path.stat().st_mode) == 0o444
    finally:
        os.chmod(db_path, 0o600)


def test_an_existing_0644_file_is_not_chmodded(db_path):
    Store.open(db_path).close()
    os.chmod(db_path, 0o644)
    Store.open(db_path).close()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o644


def test_a_new_file_is_created_0600_whatever_the_umask(tmp_path):
    old = os.umask(0)
    try:
        Store.open(tmp_path / "new.db").close()
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.db").stat().st_mode) == 0o600


def _unprivileged(code: str, folder: Path) -> subprocess.CompletedProcess:
    """Run Python as a user who cannot write `folder` (root ignores permissions)."""
    argv = [sys.executable, "-c", code]
    src = SRC
    if os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("running as root without setpriv: cannot drop privileges")
        argv = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *argv]
        # The checkout may sit in a folder only root can read (a fresh `mktemp -d` clone):
        # the other user gets a readable copy of the package.
        src = Path(tempfile.mkdtemp(prefix="parley-src-", dir="/tmp"))
        shutil.copytree(
            SRC / "parley", src / "parley", ignore=shutil.ignore_patterns("__pycache__")
        )
        for path in [src, *src.rglob("*")]:
            os.chmod(path, 0o755 if path.is_dir() else 0o644)
    env = {**os.environ, "PYTHONPATH": str(src)}
    try:
        return subprocess.run(argv, capture_output=True, text=True, timeout=60, env=env, cwd=folder)
    finally:
        if src != SRC:
            shutil.rmtree(src)


@pytest.fixture
def shared_folder():
    """A folder outside root's private tmp tree, so an unprivileged user can reach it."""
    folder = Path(tempfile.mkdtemp(prefix="parley-ro-", dir="/tmp"))
    os.chmod(folder, 0o755)
    yield folder
    os.chmod(folder, 0o755)
    shutil.rmtree(folder)


PROBE = """
from parley.store import Store, StoreReadOnly
from parley.engine.debt import Debt
s = Store.open({path!r})
print(s.read_only, len(s.list_debts()))
try:
    s.add_debt(Debt("x"))
except StoreReadOnly as error:
    print("refused:", error)
s.close()
"""


@pytest.mark.parametrize("what", ["folder", "file"])
def test_a_file_that_cannot_be_written_opens_read_only_and_says_so(shared_folder, what, sha256):
    path = shared_folder / "parley.db"
    with Store.open(path) as store:
        store.add_debt(Debt("Mine"))
    os.chmod(path, 0o444)
    if what == "folder":
        os.chmod(shared_folder, 0o555)
    before = sha256(path)
    result = _unprivileged(PROBE.format(path=str(path)), shared_folder)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "True 1"
    assert lines[1].startswith("refused:") and "read-only" in lines[1]
    assert "damaged" not in result.stdout
    assert sha256(path) == before
    assert stat.S_IMODE(path.stat().st_mode) == 0o444


def _newer_with_pending_wal(path: Path) -> None:
    """A newer version's file whose last commit is still only in the -wal file."""
    work = path.parent / "work"
    work.mkdir(parents=True)
    with Store.open(work / path.name) as store:
        store.add_debt(Debt("Lender"))
    conn = sqlite3.connect(work / path.name)
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('parley', 'm999_from_the_future', '2030-01-01')"
    )
    conn.commit()
    # Copied while still open: the copy's -wal holds a commit its main file has not seen.
    for suffix in ("", "-wal", "-shm"):
        shutil.copy(f"{work / path.name}{suffix}", f"{path}{suffix}")
    conn.close()
    shutil.rmtree(work)


def test_a_refused_file_with_a_pending_wal_is_left_byte_identical(db_path, sha256):
    _newer_with_pending_wal(db_path)
    wal = Path(f"{db_path}-wal")
    assert wal.stat().st_size > 0
    before = (sha256(db_path), sha256(wal))
    with pytest.raises(StoreError, match="newer version"):
        Store.open(db_path)
    assert (sha256(db_path), sha256(wal)) == before


def test_disk_full_is_its_own_sentence(db_path):
    with Store.open(db_path) as store:
        pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
        store.conn.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(StoreFull) as caught:
            for i in range(200):
                store.add_debt(Debt(f"Lender {i}", notes="x" * 2000))
        assert "full" in str(caught.value)
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_busy_is_store_busy(db_path):
    Store.open(db_path).close()
    blocker = sqlite3.connect(db_path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        with Store.open(db_path, busy_ms=50) as store:
            with pytest.raises(StoreBusy, match="busy"):
                store.add_debt(Debt("Blocked"))
    finally:
        blocker.close()


def test_an_over_long_path_is_one_sentence(tmp_path):
    with pytest.raises(StoreUnavailable, match="too long"):
        Store.open(tmp_path / ("a" * 5000) / "parley.db")


def test_a_folder_that_cannot_be_created_is_one_sentence(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(StoreUnavailable, match="folder on the way"):
        Store.open(blocker / "sub" / "parley.db")


@pytest.mark.parametrize(
    ("code", "kind", "words"),
    [
        (errno.ENOSPC, StoreFull, "full"),
        (errno.ENAMETOOLONG, StoreUnavailable, "too long"),
        (errno.EACCES, StoreUnavailable, "permission denied"),
        (errno.EROFS, StoreUnavailable, "permission denied"),
        (errno.ENOENT, StoreUnavailable, "does not exist"),
    ],
)
def test_os_errors_map_to_sentences(code, kind, words):
    mapped = from_os(OSError(code, os.strerror(code)), Path("/x/parley.db"))
    assert isinstance(mapped, kind) and words in str(mapped)
    assert "/x/parley.db" in str(mapped)


def _sqlite_error(code: int, cls=sqlite3.OperationalError) -> sqlite3.Error:
    error = cls("message from sqlite")
    error.sqlite_errorcode = code
    return error


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        (sqlite3.SQLITE_BUSY, StoreBusy),
        (sqlite3.SQLITE_LOCKED, StoreBusy),
        (sqlite3.SQLITE_READONLY, StoreReadOnly),
        (sqlite3.SQLITE_FULL, StoreFull),
        (sqlite3.SQLITE_CORRUPT, StoreDamaged),
        (sqlite3.SQLITE_NOTADB, StoreDamaged),
        (sqlite3.SQLITE_CANTOPEN, StoreUnavailable),
        (sqlite3.SQLITE_IOERR, StoreUnavailable),
    ],
)
def test_sqlite_codes_map_to_one_kind_each(code, kind):
    assert isinstance(from_sqlite(_sqlite_error(code), Path("/x.db")), kind)


def test_programming_errors_are_not_disguised():
    assert from_sqlite(sqlite3.IntegrityError("UNIQUE"), Path("/x.db")) is None
    assert from_sqlite(_sqlite_error(sqlite3.SQLITE_ERROR), Path("/x.db")) is None
