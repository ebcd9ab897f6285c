"""Getting a passphrase for a verb: from PARLEY_PASSPHRASE_FILE, or typed at a prompt.

Never from a command-line argument: arguments show in the process list and shell history.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from parley.engine.errors import InputError
from parley.i18n import _

FILE_VARIABLE = "PARLEY_PASSPHRASE_FILE"
NEW_FILE_VARIABLE = "PARLEY_NEW_PASSPHRASE_FILE"
TRIES = 3


def _from_file(variable: str) -> str | None:
    name = os.environ.get(variable)
    if not name:
        return None
    try:
        text = Path(name).expanduser().read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(
            _("Cannot read the passphrase file {path} ({variable}): {reason}").format(
                path=name, variable=variable, reason=getattr(error, "strerror", None) or error
            )
        ) from None
    # One trailing line break is the file's, not the passphrase's.
    return text.removesuffix("\n").removesuffix("\r")


def _prompt(text: str) -> str:
    import getpass

    if not sys.stdin.isatty():
        raise InputError(
            _(
                "This needs the passphrase: run it at a terminal to type it, or name a file "
                "holding it in {variable}."
            ).format(variable=FILE_VARIABLE)
        )
    return getpass.getpass(text)


def current(path: Path, *, typed: bool = False) -> str:
    """The passphrase of a locked file (the caller checks it)."""
    found = None if typed else _from_file(FILE_VARIABLE)
    if found is not None:
        return found
    return _prompt(_("Passphrase for {path}: ").format(path=path))


def new(variable: str = FILE_VARIABLE) -> str:
    """A new passphrase: from the file named in `variable`, or typed twice."""
    from parley.store import StoreError
    from parley.store.crypto import check_passphrase

    found = _from_file(variable)
    if found is None:
        found = _prompt(_("New passphrase: "))
        if _prompt(_("The same passphrase again: ")) != found:
            raise InputError(_("The two passphrases differ; nothing was changed."))
    try:
        check_passphrase(found)
    except StoreError as error:
        raise InputError(str(error)) from None
    return found


def open_with_passphrase(path):
    """Store.open, asking for the passphrase when the file is locked.

    From the file: one try. Typed: three, then one clear line and exit status 2.
    """
    from parley.store import Store, StoreError
    from parley.store.crypto import Locked, WrongPassphrase

    try:
        return Store.open(path)
    except Locked:
        pass
    except StoreError as error:
        raise InputError(str(error)) from None
    from_file = os.environ.get(FILE_VARIABLE)
    from parley.store import default_path

    shown = Path(path).expanduser() if path else default_path()
    for attempt in range(1 if from_file else TRIES):
        passphrase = current(shown)
        try:
            return Store.open(path, passphrase=passphrase)
        except WrongPassphrase as error:
            if from_file or attempt == TRIES - 1:
                raise InputError(str(error)) from None
            print(_("Wrong passphrase; try again."), file=sys.stderr)
        except StoreError as error:
            raise InputError(str(error)) from None
    raise AssertionError("unreachable")
