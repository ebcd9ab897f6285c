"""Reading a file to import: a regular file of sane size, as UTF-8, JSON or CSV by content."""

from __future__ import annotations

import contextlib
from pathlib import Path

from parley.i18n import _
from parley.input_files import read_limited
from parley.store.db import Store
from parley.store.transfer.columns import ImportRejected
from parley.store.transfer.csv_import import import_debts_csv_text
from parley.store.transfer.json_import import import_json_text

# A full export of years of records is a few MB; anything far larger is not one.
MAX_IMPORT_BYTES = 64 * 1024 * 1024


def import_file(store: Store, path: Path, *, again: bool = False) -> dict[str, int]:
    """Import a JSON export or a CSV of debts, chosen by the file's content."""
    raw = read_limited(path, MAX_IMPORT_BYTES)
    text = None
    if b"\x00" not in raw:  # no text file holds NUL; SQLite would cut the text there
        with contextlib.suppress(UnicodeDecodeError):
            text = raw.decode("utf-8-sig")
    if text is None:
        raise ImportRejected(
            _("{path} is not UTF-8 text. Save it as UTF-8 and try again.").format(path=path)
        )
    if text.lstrip().startswith(("{", "[")) or path.suffix.lower() == ".json":
        return import_json_text(store, text, again=again)
    return import_debts_csv_text(store, text, again=again)
