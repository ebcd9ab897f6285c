"""Every way the data file can fail, as one exception type with a sentence for the user.

SQLite and the operating system report failures as codes; `from_sqlite` and `from_os` are
the one place they are turned into what the user reads, so the app and every verb say the
same true thing (busy, read-only, full, damaged...) and never "damaged" for a file that is
merely read-only.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from parley.i18n import _


class StoreError(Exception):
    """The data file cannot be used as asked; `str(error)` is a sentence in the user's language."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return self.message


class NotFound(StoreError, LookupError):
    """No record with that id."""


class StoreBusy(StoreError):
    """Another Parley held the file longer than the busy timeout; retrying may work."""


class StoreReadOnly(StoreError):
    """The file (or its folder) cannot be written: it was opened read-only, or a write failed."""


class StoreFull(StoreError):
    """The disk (or the user's quota) is full; nothing of the failed write was kept."""


class StoreDamaged(StoreError):
    """The file is not readable as a Parley data file; it has been left untouched."""


class StoreUnavailable(StoreError):
    """The file cannot be opened or created at all (permissions, missing folder, long path)."""


def busy(path: Path) -> StoreBusy:
    return StoreBusy(
        _(
            "The data file {path} is busy: another Parley is writing to it. "
            "Close the other window or wait a moment, then try again."
        ).format(path=path),
        path,
    )


def damaged(path: Path, detail: str = "") -> StoreDamaged:
    return StoreDamaged(
        _(
            "The data file {path} is damaged and cannot be read safely ({detail}). "
            "It has been left untouched: open a backup copy from the same folder instead."
        ).format(path=path, detail=detail or _("integrity check failed")),
        path,
    )


def read_only(path: Path) -> StoreReadOnly:
    return StoreReadOnly(
        _(
            "The data file {path} is read-only (the file or its folder cannot be written), "
            "so this change was not saved. Make it writable, or work on a copy."
        ).format(path=path),
        path,
    )


def read_only_note(path: Path) -> str:
    """What to tell the user when a file opens read-only: they can look, not change."""
    return _(
        "{path} is read-only (the file or its folder cannot be written): you can look at "
        "everything, but changes cannot be saved."
    ).format(path=path)


def full(path: Path) -> StoreFull:
    return StoreFull(
        _(
            "The disk holding {path} is full, so this change was not saved. "
            "Free some space, then try again."
        ).format(path=path),
        path,
    )


def unavailable(path: Path, reason: str) -> StoreUnavailable:
    return StoreUnavailable(
        _("Cannot use the data file {path}: {reason}").format(path=path, reason=reason), path
    )


# SQLite's primary result codes (the low byte of the extended code).
_BUSY = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}
_READ_ONLY = {sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_AUTH}
_DAMAGED = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_FORMAT}


def from_sqlite(error: sqlite3.Error, path: Path) -> StoreError | None:
    """The user's sentence for an SQLite failure; None for a programming error (a broken
    constraint or bad SQL), which should surface as it is."""
    if isinstance(error, sqlite3.IntegrityError | sqlite3.ProgrammingError):
        return None
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(error).lower()
    if primary in _BUSY or (primary is None and ("locked" in text or "busy" in text)):
        return busy(path)
    if primary in _READ_ONLY or "readonly" in text or "read-only" in text:
        return read_only(path)
    if primary == sqlite3.SQLITE_FULL or "disk is full" in text:
        return full(path)
    if primary == sqlite3.SQLITE_CANTOPEN:
        return unavailable(path, _("the file or its folder cannot be opened."))
    if primary == sqlite3.SQLITE_IOERR:
        return unavailable(path, _("the disk reported an error ({detail}).").format(detail=error))
    if primary in _DAMAGED:
        return damaged(path, str(error))
    # SQLITE_ERROR and the rest: bad SQL, or a schema that is not Parley's. The caller
    # decides (opening calls it damaged; a query lets it surface).
    return None


def from_os(error: OSError, path: Path) -> StoreError:
    """The user's sentence for a failure opening, creating or reading the file itself."""
    if error.errno == errno.ENOSPC or error.errno == errno.EDQUOT:
        return full(path)
    if error.errno == errno.ENAMETOOLONG:
        return unavailable(path, _("the path is too long for this system."))
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return unavailable(path, _("permission denied (the file or its folder is protected)."))
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        return unavailable(path, _("a folder on the way to it does not exist."))
    return unavailable(path, error.strerror or str(error))
