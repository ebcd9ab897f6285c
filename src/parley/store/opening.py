"""Opening the data file safely: refuse what is not ours, inspect before writing anything,
open read-only when the file or its folder cannot be written, migrate one opener at a time.

Every check runs first on a read-only connection (`mode=ro`), so a file that is refused
(newer, foreign, damaged) is left byte-identical, a pending WAL included: a read-write
connection would checkpoint the WAL into the file when it closed.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from parley.i18n import _
from parley.store import errors, schema
from parley.store.errors import StoreError

SQLITE_MAGIC = b"SQLite format 3\x00"
DEFAULT_BUSY_MS = 5000


def default_path() -> Path:
    """`PARLEY_DB` if set, else `parley.db` in the user's data folder."""
    env = os.environ.get("PARLEY_DB")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("parley")) / "parley.db"


@dataclass
class Opened:
    """A connection ready for the Store (migrated when it may write), and whether it may."""

    conn: sqlite3.Connection
    read_only: bool


def open_connection(path: Path, *, read_only: bool, busy_ms: int) -> Opened:
    """Open `path` (creating it unless `read_only`); StoreError says why it cannot be."""
    try:
        return _open(path, read_only=read_only, busy_ms=busy_ms)
    except OSError as error:
        raise errors.from_os(error, path) from None


def _open(path: Path, *, read_only: bool, busy_ms: int) -> Opened:
    if path.is_dir():
        raise StoreError(_("{path} is a folder, not a Parley data file.").format(path=path), path)
    existed = path.exists() and path.stat().st_size > 0
    if existed:
        check_header(path)
    elif read_only:
        raise StoreError(_("There is no Parley data file at {path}.").format(path=path), path)
    if existed and not writable(path):
        read_only = True
    if read_only:
        conn = _inspected(path, busy_ms, read_only=True)
        conn.execute("PRAGMA foreign_keys=ON")
        return Opened(conn, True)
    if not path.exists():
        make_private_dir(path.parent)
        with contextlib.suppress(FileExistsError):  # another Parley created it just now
            # Created 0600 from the first byte; an existing file's mode is the user's.
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    # One opener at a time from here: two first starts would both create the tables, and
    # an opener looking while another migrates would see tables without their record.
    with _opening_lock(path.parent):
        probe = _inspected(path, busy_ms, read_only=False)
        try:
            pending = _pending(probe)
            if pending and existed:
                verify_integrity(probe, path)
        finally:
            probe.close()
        return Opened(_ready(_connect(path, busy_ms), path, pending, existed=existed), False)


def _ready(conn: sqlite3.Connection, path: Path, pending: list[str], *, existed: bool):
    """Pragmas, then (with a backup first, for a file that had data) the migrations."""
    try:
        # WAL lets a second Parley read while this one writes; FULL sync because a record
        # the user saw saved must survive a power cut, not just a crash.
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode=wal")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        if pending:
            if existed:
                from parley.store.backup import backup

                backup(conn, path)
            from sqlite_utils import Database

            schema.migrations().apply(Database(conn, execute_plugins=False))
    except sqlite3.Error as error:
        conn.close()
        raise errors.from_sqlite(error, path) or errors.damaged(path, str(error)) from None
    except BaseException:
        conn.close()
        raise
    return conn


def writable(path: Path) -> bool:
    """Whether SQLite can write here: the file, and the folder for its -wal and -shm files."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def _connect(path: Path, busy_ms: int) -> sqlite3.Connection:
    try:
        return sqlite3.connect(path, timeout=busy_ms / 1000, check_same_thread=False)
    except sqlite3.Error as error:
        raise errors.from_sqlite(error, path) or errors.damaged(path, str(error)) from None


def _connect_read_only(path: Path, busy_ms: int, *, probe: bool) -> sqlite3.Connection:
    """A connection that cannot write. A `probe` of a file with no -wal file reads it as
    immutable, which creates no -wal or -shm beside it (no WAL file means no other
    connection has it open, so there is nothing it could miss)."""
    uri = "file:" + quote(str(path)) + "?mode=ro"
    timeout = busy_ms / 1000
    if probe and not Path(f"{path}-wal").exists():
        return sqlite3.connect(
            uri + "&immutable=1", uri=True, timeout=timeout, check_same_thread=False
        )
    conn = sqlite3.connect(uri, uri=True, timeout=timeout, check_same_thread=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as error:
        conn.close()
        if not isinstance(errors.from_sqlite(error, path), errors.StoreReadOnly):
            raise
        # A WAL file in a folder nobody may write: SQLite cannot make its -shm index, so
        # read it as immutable. Nothing can be writing it (the folder is read-only).
        conn = sqlite3.connect(
            uri + "&immutable=1", uri=True, timeout=timeout, check_same_thread=False
        )
    return conn


def _inspected(path: Path, busy_ms: int, *, read_only: bool) -> sqlite3.Connection:
    """A read-only connection to a file that passed `inspect`; StoreError if it did not."""
    try:
        conn = _connect_read_only(path, busy_ms, probe=not read_only)
    except sqlite3.Error as error:
        raise errors.from_sqlite(error, path) or errors.damaged(path, str(error)) from None
    try:
        pending = inspect(conn, path)
        if read_only and pending:
            raise errors.StoreReadOnly(
                _(
                    "{path} is read-only and was written by an older Parley: this version "
                    "must update its format before reading it. Make the file and its folder "
                    "writable and open it once; it has been left untouched."
                ).format(path=path),
                path,
            )
    except sqlite3.Error as error:
        conn.close()
        raise errors.from_sqlite(error, path) or errors.damaged(path, str(error)) from None
    except BaseException:
        conn.close()
        raise
    return conn


def _pending(conn: sqlite3.Connection) -> list[str]:
    return [name for name in schema.known_names() if name not in _applied(conn)]


@contextlib.contextmanager
def _opening_lock(folder: Path) -> Iterator[None]:
    """An advisory lock on the folder (not on the data file: closing any descriptor of
    the data file would drop SQLite's own POSIX locks on it)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no second opener check
        yield
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def make_private_dir(folder: Path) -> None:
    missing = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for new in reversed(missing):
        new.mkdir(mode=0o700)
        os.chmod(new, 0o700)  # mkdir's mode is filtered by the umask; this folder is ours


def check_header(path: Path) -> None:
    try:
        with path.open("rb") as f:
            head = f.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise StoreError(
            _("Cannot read {path}: {reason}").format(path=path, reason=error.strerror), path
        ) from None
    if head != SQLITE_MAGIC:
        raise errors.StoreDamaged(
            _(
                "{path} is not a Parley data file (it is not an SQLite database). "
                "It has been left untouched."
            ).format(path=path),
            path,
        )


def _applied(conn: sqlite3.Connection) -> list[str]:
    found = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
    ).fetchone()
    if not found:
        return []
    return [
        row[0]
        for row in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
            (schema.SET_NAME,),
        )
    ]


def inspect(conn: sqlite3.Connection, path: Path) -> list[str]:
    """Read-only checks before anything is written; returns the migrations still to run."""
    tables = {
        row[0]
        for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if not row[0].startswith("sqlite_")
    }
    applied = _applied(conn)
    known = schema.known_names()
    unknown = [name for name in applied if name not in known]
    if unknown:
        raise StoreError(
            _(
                "{path} was written by a newer version of Parley (data format {theirs}; "
                "this version reads up to {ours}). Update Parley to open it; "
                "the file has been left untouched."
            ).format(path=path, theirs=len(applied), ours=len(known)),
            path,
        )
    if tables and not applied:
        raise StoreError(
            _(
                "{path} is an SQLite database, but not a Parley data file. "
                "It has been left untouched; choose another file with --db."
            ).format(path=path),
            path,
        )
    if tables:
        # A damaged file often still shows its schema; reading the debts proves more.
        conn.execute("SELECT count(*) FROM debts").fetchone()
    return [name for name in known if name not in applied]


def verify_integrity(conn: sqlite3.Connection, path: Path) -> None:
    result = [row[0] for row in conn.execute("PRAGMA quick_check")]
    if result != ["ok"]:
        raise errors.damaged(path, "; ".join(result[:3]))
