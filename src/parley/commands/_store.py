"""Opening the user's data file for a verb that reads it (never creating one by mistake)."""

from __future__ import annotations

import sys
from pathlib import Path

from parley.i18n import _


def data_path(db: str | None) -> Path:
    from parley.store import default_path

    return Path(db).expanduser() if db else default_path()


def open_existing(db: str | None):
    """The Store at --db / PARLEY_DB / the default path; InputError if missing or refused."""
    from parley.engine.errors import InputError
    from parley.store.errors import from_os

    path = data_path(db)
    try:
        if not path.exists():
            raise InputError(_("There is no Parley data file at {path}.").format(path=path))
    except OSError as error:
        raise InputError(str(from_os(error, path))) from None
    return open_store(path)


def open_store(path: Path | str | None):
    """Store.open, asking for the passphrase when the file is locked (see passphrase.py)."""
    from parley.commands.passphrase import open_with_passphrase

    return open_with_passphrase(path)


def warn_unencrypted(store) -> None:
    """Files written from a locked data file are plain: say so, on stderr."""
    if getattr(store, "locked", False):
        print(
            _("Note: what this writes is not encrypted, although the data file is locked."),
            file=sys.stderr,
        )
