"""`parley evidence`: one debt's evidence pack (Markdown and HTML) in a folder."""

from __future__ import annotations

import argparse
from pathlib import Path

from parley.i18n import _


def register(subparsers: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "evidence",
        parents=[parent],
        help=_("write one debt's evidence pack (Markdown and HTML) for mediation or a complaint"),
    )
    parser.add_argument(
        "--debt", metavar="ID", required=True, help=_("the debt's number or lender's name")
    )
    parser.add_argument(
        "--out", metavar="DIR", required=True, help=_("the folder to write the pack into")
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from parley.commands._store import open_existing
    from parley.commands.calendar import debt_id_arg
    from parley.engine.errors import InputError
    from parley.exports.evidence import write_pack

    folder = Path(args.out).expanduser()
    if folder.exists() and not folder.is_dir():
        raise InputError(
            _("{path} is a file; the evidence pack needs a folder.").format(path=folder)
        )
    with open_existing(args.db) as store:
        debt_id = debt_id_arg(args.debt, store)
        try:
            files = write_pack(store, store.load_settings(), debt_id, folder)
        except OSError as error:
            raise InputError(
                _("Cannot write {path}: {reason}").format(
                    path=folder, reason=error.strerror or error
                )
            ) from None
    print(_("Evidence pack written to {path}.").format(path=folder))
    for path in files:
        print(f"  {path}")
    return 0
