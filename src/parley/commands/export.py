"""`parley export`: every table as JSON (exact, re-importable) or as CSV files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from parley.i18n import _, ngettext


def register(subparsers: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "export",
        parents=[parent],
        help=_("write all your data to JSON (to restore or move it) or to CSV files"),
    )
    parser.add_argument(
        "--format",
        choices=("json", "csv"),
        required=True,
        help=_("json: one exact file that `parley import` reads back; csv: one file per table"),
    )
    parser.add_argument(
        "--out",
        metavar="PATH",
        help=_("JSON: the file to write (default: print it); CSV: the folder to write into"),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from parley import clock
    from parley.commands._store import open_existing, warn_unencrypted
    from parley.engine.errors import InputError
    from parley.private_files import write_private
    from parley.store.transfer import export_csv, export_json

    try:
        with open_existing(args.db) as store:
            warn_unencrypted(store)
            if args.format == "json":
                text = export_json(store)
                if not args.out:
                    sys.stdout.write(text)
                    return 0
                target = Path(args.out).expanduser()
                write_private(target, text)
                print(_("Exported to {path}.").format(path=target))
                return 0
            folder = Path(args.out or f"parley-export-{clock.today().isoformat()}").expanduser()
            if folder.exists() and not folder.is_dir():
                raise InputError(
                    _("{path} is a file; CSV export needs a folder.").format(path=folder)
                )
            files = export_csv(store, folder)
    except OSError as error:
        raise InputError(
            _("Cannot write the export: {reason}").format(reason=error.strerror or error)
        ) from None
    print(
        ngettext(
            "Exported {n} table to {path}.", "Exported {n} tables to {path}.", len(files)
        ).format(n=len(files), path=folder)
    )
    return 0
