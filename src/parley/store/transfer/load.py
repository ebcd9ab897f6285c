"""Reading a file to import: a regular file of sane size, as UTF-8, JSON or CSV by content."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from parley.engine.errors import InputError
from parley.i18n import _
from parley.store.db import Store
from parley.store.transfer.columns import ImportRejected
from parley.store.transfer.csv_import import import_debts_csv_text
from parley.store.transfer.json_import import import_json_text

# A full export of years of records is a few MB; anything far larger is not one.
MAX_IMPORT_BYTES = 64 * 1024 * 1024


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of a regular file no larger than `limit`; InputError otherwise.

    Device files and FIFOs are refused before reading: /dev/zero never ends and a FIFO
    blocks until someone writes to it."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as error:
        raise InputError(
            _("Cannot read {path}: {reason}").format(path=path, reason=error.strerror or error)
        ) from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise InputError(
            _("{path} is not an ordinary file (it is a device, a pipe or a folder).").format(
                path=path
            )
        )
    with os.fdopen(fd, "rb") as f:
        data = f.read(limit + 1)
    if len(data) > limit:
        raise InputError(
            _("{path} is larger than {size} MB: that is not a file Parley reads.").format(
                path=path, size=limit // (1024 * 1024)
            )
        )
    return data


def import_file(store: Store, path: Path, *, again: bool = False) -> dict[str, int]:
    """Import a JSON export or a CSV of debts, chosen by the file's content."""
    raw = read_limited(path, MAX_IMPORT_BYTES)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportRejected(
            _("{path} is not UTF-8 text. Save it as UTF-8 and try again.").format(path=path)
        ) from None
    if text.lstrip().startswith(("{", "[")) or path.suffix.lower() == ".json":
        return import_json_text(store, text, again=again)
    return import_debts_csv_text(store, text, again=again)
