"""`parley lock`, `parley unlock`, `parley passwd`: encrypting the data file with a passphrase."""

from __future__ import annotations

import argparse

from parley.i18n import _


def register(subparsers: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    for name, help_text, func in (
        (
            "lock",
            _("encrypt the data file, its backups and its evidence vault with a passphrase"),
            run_lock,
        ),
        ("unlock", _("decrypt the data file, its backups and its vault again"), run_unlock),
        ("passwd", _("change the passphrase of a locked data file"), run_passwd),
    ):
        parser = subparsers.add_parser(
            name,
            parents=[parent],
            help=help_text,
            description=help_text
            + ". "
            + _(
                "The passphrase is typed at a prompt, or read from the file named in "
                "PARLEY_PASSPHRASE_FILE (passwd reads the new one from "
                "PARLEY_NEW_PASSPHRASE_FILE)."
            ),
        )
        parser.set_defaults(func=func)


def _path(args: argparse.Namespace):
    from parley.commands._store import data_path
    from parley.engine.errors import InputError

    path = data_path(args.db).absolute()
    if not path.is_file():
        raise InputError(_("There is no Parley data file at {path}.").format(path=path))
    return path


def _run(action) -> None:
    from parley.engine.errors import InputError
    from parley.store import StoreError

    try:
        action()
    except StoreError as error:
        raise InputError(str(error)) from None
    except OSError as error:
        raise InputError(
            _("Cannot rewrite the data file: {reason}").format(reason=error.strerror or error)
        ) from None


def run_lock(args: argparse.Namespace) -> int:
    from parley.commands import passphrase
    from parley.engine.errors import InputError
    from parley.store import crypto

    path = _path(args)
    if crypto.is_locked(path):
        raise InputError(_("{path} is already locked.").format(path=path))
    secret = passphrase.new()
    _run(lambda: crypto.lock(path, secret))
    print(_("Locked {path}.").format(path=path))
    print(
        _(
            "Keep the passphrase somewhere safe: it cannot be recovered, and without it "
            "nobody, not even you, can open this file again."
        )
    )
    return 0


def run_unlock(args: argparse.Namespace) -> int:
    from parley.commands import passphrase
    from parley.engine.errors import InputError
    from parley.store import crypto

    path = _path(args)
    if not crypto.is_locked(path):
        raise InputError(_("{path} is not locked.").format(path=path))
    secret = passphrase.current(path)
    _run(lambda: crypto.unlock(path, secret))
    print(_("Unlocked {path}: it is no longer encrypted.").format(path=path))
    return 0


def run_passwd(args: argparse.Namespace) -> int:
    from parley.commands import passphrase
    from parley.engine.errors import InputError
    from parley.store import crypto

    path = _path(args)
    if not crypto.is_locked(path):
        raise InputError(
            _("{path} is not locked; use `parley lock` to give it a passphrase.").format(path=path)
        )
    old = passphrase.current(path)
    _run(lambda: crypto.connect(path, old).close())
    fresh = passphrase.new(passphrase.NEW_FILE_VARIABLE)
    _run(lambda: crypto.change_passphrase(path, old, fresh))
    print(_("The passphrase of {path} has been changed.").format(path=path))
    return 0
