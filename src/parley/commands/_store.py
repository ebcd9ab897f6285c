"""Opening the user's data file for a verb that reads it (never creating one by mistake)."""

from __future__ import annotations

from pathlib import Path

from parley.i18n import _


def open_existing(db: str | None):
    """The Store at --db / PARLEY_DB / the default path; InputError if missing or refused."""
    from parley.engine.errors import InputError
    from parley.store import Store, StoreError, default_path
    from parley.store.errors import from_os

    path = Path(db).expanduser() if db else default_path()
    try:
        if not path.exists():
            raise InputError(_("There is no Parley data file at {path}.").format(path=path))
        return Store.open(path)
    except OSError as error:
        raise InputError(str(from_os(error, path))) from None
    except StoreError as error:
        raise InputError(str(error)) from None
