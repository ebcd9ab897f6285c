"""Encryption at rest: locking, unlocking and re-keying a data file with SQLCipher.

SQLCipher (through `sqlcipher3`, a drop-in DB-API module) encrypts every page of the file,
its WAL and its journal with AES-256 and an HMAC per page; the key comes from the passphrase
by PBKDF2-HMAC-SHA512 (SQLCipher 4 defaults). A file is "locked" when its first 16 bytes are
not SQLite's plain header: nothing else about it can be read without the passphrase.

Every change of state (lock, unlock, new passphrase) writes a new file with
`sqlcipher_export`, fsyncs it, checks it (integrity_check and the same row count in every
table) and only then renames it over the old one. The old file is kept as a hard link
(`NAME.old`) until the renamed file checks again, then removed. A kill at any moment leaves
the old file or the new one at the path, never neither; leftovers are removed on the next run.

The backups beside the file (`NAME.backup-*`) and the evidence vault change state first and
the data file last, so a kill midway leaves a data file that still says what is left to do.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from parley.i18n import _
from parley.store import dbapi, errors
from parley.store.errors import StoreError
from parley.store.opening import SQLITE_MAGIC, inspect

NEW_SUFFIX = ".new"
OLD_SUFFIX = ".old"
# SQLCipher pages are 4096 bytes: a shorter or odd-sized file is not a locked data file.
_PAGE = 4096


class Locked(StoreError):
    """The file is locked and no passphrase was given."""


class WrongPassphrase(StoreError):
    """The passphrase does not open the file; the file was not touched."""


class AlreadyLocked(StoreError):
    pass


class NotLocked(StoreError):
    pass


class InUse(StoreError):
    pass


def sqlcipher() -> ModuleType:
    import sqlcipher3

    from parley.store import dbapi

    dbapi.add_module(sqlcipher3)
    return sqlcipher3


def is_locked(path: Path) -> bool:
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(len(SQLITE_MAGIC))
    except OSError:
        return False
    return head != SQLITE_MAGIC and size >= _PAGE and size % _PAGE == 0


def check_passphrase(passphrase: str) -> None:
    if not passphrase or not passphrase.strip():
        raise StoreError(_("The passphrase cannot be empty."))
    if "\x00" in passphrase:
        raise StoreError(_("The passphrase cannot contain a NUL character."))


def _quoted(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


def locked_message(path: Path) -> str:
    return _("{path} is locked: it opens only with its passphrase.").format(path=path)


def wrong_message(path: Path) -> str:
    return _(
        "Wrong passphrase for {path} (or it is not a Parley data file). "
        "The file has been left untouched."
    ).format(path=path)


def connect(path: Path, passphrase: str | None, *, timeout: float = 5.0, read_only: bool = False):
    """A connection through SQLCipher: keyed when `passphrase` is given, else plain.

    A key that does not open the file raises WrongPassphrase before anything is written.
    """
    from urllib.parse import quote

    mod = sqlcipher()
    if read_only:
        uri = "file:" + quote(str(path)) + "?mode=ro"
        conn = mod.connect(uri, uri=True, timeout=timeout, check_same_thread=False)
    else:
        conn = mod.connect(str(path), timeout=timeout, check_same_thread=False)
    try:
        # SQLCipher logs failed keys to stderr by default, which would draw over the app.
        conn.execute("PRAGMA cipher_log_level = NONE")
        if passphrase is not None:
            conn.execute(f"PRAGMA key = {_quoted(passphrase)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except mod.DatabaseError as error:
        conn.close()
        text = str(error).lower()
        if "locked" in text or "busy" in text:
            raise _in_use(path) from None
        if passphrase is None:
            raise StoreError(str(error)) from None
        raise WrongPassphrase(wrong_message(path)) from None
    return conn


def create_keyed(path: Path, passphrase: str):
    """A keyed connection to a new, empty file (for backups of a locked file)."""
    mod = sqlcipher()
    conn = mod.connect(str(path), check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {_quoted(passphrase)}")
    return conn


def _in_use(path: Path) -> InUse:
    return InUse(
        _(
            "{path} is open in another Parley. Close it there first; "
            "the file has been left untouched."
        ).format(path=path)
    )


# --- opening a locked file -----------------------------------------------------------------


def open_locked(path: Path, passphrase: str | None, *, read_only: bool, busy_ms: int):
    """The locked counterpart of opening.open_connection: checks on a read-only keyed
    connection first, so a wrong passphrase or a refused file leaves it byte-identical."""
    from parley.store.opening import Opened, _opening_lock, _ready, verify_integrity, writable

    if passphrase is None:
        raise Locked(locked_message(path), path)
    timeout = busy_ms / 1000
    if read_only or not writable(path):
        probe = connect(path, passphrase, timeout=timeout, read_only=True)
        try:
            if inspect(probe, path):
                raise errors.read_only(path)
            probe.execute("PRAGMA foreign_keys=ON")
        except dbapi.ERROR as error:
            probe.close()
            raise errors.from_sqlite(error, path) or errors.damaged(path, str(error)) from None
        except BaseException:
            probe.close()
            raise
        return Opened(probe, True, passphrase)
    with _opening_lock(path.parent):
        # Each keyed connection derives the key again (the slow part of opening), so the
        # read-only look first is taken only when a pending WAL could be folded into the
        # file by a read-write connection that then refuses it; otherwise that connection
        # only reads until the checks pass.
        separate_probe = Path(f"{path}-wal").exists()
        probe = connect(path, passphrase, timeout=timeout, read_only=separate_probe)
        try:
            pending = inspect(probe, path)
            if pending:
                verify_integrity(probe, path)
        except dbapi.ERROR as error:
            probe.close()
            raise errors.from_sqlite(error, path) or errors.damaged(path, str(error)) from None
        except BaseException:
            probe.close()
            raise
        if separate_probe:
            probe.close()
            probe = connect(path, passphrase, timeout=timeout)
        ready = _ready(probe, path, pending, existed=True, passphrase=passphrase)
        return Opened(ready, False, passphrase)


# --- converting one file --------------------------------------------------------------------


def _counts(conn) -> dict[str, int]:
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        _fsync(folder)


def _unlink(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def _check(path: Path, passphrase: str | None, counts: dict[str, int]) -> None:
    conn = connect(path, passphrase)
    try:
        result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if result != ["ok"] or _counts(conn) != counts:
            raise StoreError(
                _("The new copy of {path} did not check; the old file is kept.").format(path=path)
            )
    finally:
        conn.close()


def clean_leftovers(path: Path) -> None:
    """Remove the half-made copy and the kept old copy a killed run may have left."""
    for name in [path, *backups_of(path)]:
        _unlink(name.with_name(name.name + NEW_SUFFIX))
        _unlink(name.with_name(name.name + OLD_SUFFIX))
    _fsync_dir(path.parent)


def convert(path: Path, old: str | None, new: str | None, *, pause: Callable | None = None):
    """Rewrite `path` from key `old` to key `new` (None: plain), crash-safely.

    `pause(step)` is called between steps; tests use it to be killed at a known point.
    """
    pause = pause or (lambda step: None)
    tmp = path.with_name(path.name + NEW_SUFFIX)
    keep = path.with_name(path.name + OLD_SUFFIX)
    _unlink(tmp)
    _unlink(keep)
    conn = connect(path, old)
    try:
        inspect(conn, path)  # a Parley file this version knows, or refused untouched
        counts = _counts(conn)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        # Leaving WAL needs every other connection closed (an open app holds a shared lock
        # on the file), and folds the WAL into the file, so no -wal is left beside it.
        try:
            mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        except dbapi.OPERATIONAL:
            mode = "busy"
        if mode != "delete":
            raise _in_use(path)
        fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        conn.execute("ATTACH DATABASE ? AS target KEY ?", (str(tmp), new or ""))
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("SELECT sqlcipher_export('target')")
        conn.execute(f"PRAGMA target.user_version = {int(version)}")
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE target")
        # Nobody may open the old file from here to the rename: what they wrote would be lost.
        conn.execute("BEGIN EXCLUSIVE")
        pause("written")
        _fsync(tmp)
        _check(tmp, new, counts)
        pause("checked")
        try:
            os.link(path, keep)
        except OSError:
            import shutil

            shutil.copy2(path, keep)
        pause("kept")
        os.replace(tmp, path)
        _fsync_dir(path.parent)
        pause("renamed")
        try:
            _check(path, new, counts)
        except StoreError:
            os.replace(keep, path)
            _fsync_dir(path.parent)
            raise
        _unlink(keep)
        _fsync_dir(path.parent)
    finally:
        conn.close()
        _unlink(tmp)


# --- the three verbs ------------------------------------------------------------------------


def backups_of(path: Path) -> list[Path]:
    return sorted(
        p
        for p in path.parent.glob(path.name + ".backup-*")
        if p.is_file() and not p.name.endswith((NEW_SUFFIX, OLD_SUFFIX, "-wal", "-shm"))
    )


def _opens(path: Path, passphrase: str | None) -> bool:
    try:
        connect(path, passphrase, read_only=True).close()
    except StoreError:
        return False
    return True


def lock(path: Path, passphrase: str, *, pause: Callable | None = None) -> None:
    check_passphrase(passphrase)
    if is_locked(path):
        raise AlreadyLocked(_("{path} is already locked.").format(path=path))
    _change(path, None, passphrase, pause=pause)


def unlock(path: Path, passphrase: str, *, pause: Callable | None = None) -> None:
    if not is_locked(path):
        raise NotLocked(_("{path} is not locked.").format(path=path))
    _change(path, passphrase, None, pause=pause)


def change_passphrase(path: Path, old: str, new: str) -> None:
    check_passphrase(new)
    if not is_locked(path):
        raise NotLocked(_("{path} is not locked.").format(path=path))
    _change(path, old, new)


def _change(path: Path, old: str | None, new: str | None, *, pause=None) -> None:
    from parley.store import vault

    clean_leftovers(path)
    # Proves the old passphrase, and that no Parley has the file open, before anything
    # changes: otherwise the backups and the vault would change under a running app.
    probe = connect(path, old)
    try:
        try:
            mode = probe.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        except dbapi.OPERATIONAL:
            mode = "busy"
        if mode != "delete":
            raise _in_use(path)
    finally:
        probe.close()
    for copy in backups_of(path):
        if _opens(copy, old):  # one already changed by a killed run is skipped
            convert(copy, old, new)
    vault.convert_all(path, old, new)
    convert(path, old, new, pause=pause)
