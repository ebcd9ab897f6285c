"""Files attached to an event: checked when named, hashed off the UI thread, re-checked later.

A recording can be a gigabyte; hashing it on the UI thread froze the app for seconds, so the
hash runs in a worker that reports its progress (see EventFormScreen)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from parley import clock
from parley.engine.errors import InputError
from parley.i18n import _
from parley.store.records import Attachment

CHUNK = 1 << 20


def sha256_of(
    path: Path,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> str | None:
    """The file's SHA-256; `progress` hears the bytes read so far; None if cancelled."""
    digest = hashlib.sha256()
    done = 0
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(CHUNK), b""):
            digest.update(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done)
            if cancelled is not None and cancelled():
                return None
    return digest.hexdigest()


def parse_file(text: str) -> Path:
    path = Path(text.strip()).expanduser()
    if not path.exists():
        raise InputError(_("There is no file at {path}.").format(path=path))
    if not path.is_file():
        raise InputError(_("{path} is a folder, not a file.").format(path=path))
    try:
        with path.open("rb"):
            pass
    except OSError as error:
        raise InputError(
            _("Cannot read {path}: {reason}").format(path=path, reason=error.strerror)
        ) from None
    return path.absolute()


def file_check(a: Attachment, *, rehash: bool, progress=None, cancelled=None) -> str:
    """ "same", "changed", "missing", "unreadable" or "unchecked" (same size, not re-hashed)."""
    path = Path(a.path)
    try:
        if not path.is_file():
            return "missing"
        if path.stat().st_size != a.size:
            return "changed"
        if not rehash:
            return "unchecked"
        digest = sha256_of(path, progress, cancelled)
    except OSError:
        # Permissions changed, a disk went away: say so instead of failing.
        return "unreadable"
    if digest is None:
        return "unchecked"
    return "same" if digest == a.sha256 else "changed"


def attachment(path: Path, digest: str) -> Attachment:
    return Attachment(str(path), path.stat().st_size, digest, clock.now())
