"""`parley export`: every table as JSON (exact, re-importable) or as CSV files."""

from __future__ import annotations

import argparse
import os
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
    from parley.engine.errors import InputError
    from parley.store import Store, StoreError, default_path
    from parley.store.transfer import export_csv, export_json

    path = Path(args.db).expanduser() if args.db else default_path()
    if not path.exists():
        raise InputError(_("There is no Parley data file at {path}.").format(path=path))
    try:
        with Store.open(path) as store:
            if args.format == "json":
                text = export_json(store)
                if not args.out:
                    sys.stdout.write(text)
                    return 0
                target = Path(args.out).expanduser()
                _write_private(target, text)
                print(_("Exported to {path}.").format(path=target))
                return 0
            folder = Path(args.out or f"parley-export-{clock.today().isoformat()}").expanduser()
            if folder.exists() and not folder.is_dir():
                raise InputError(
                    _("{path} is a file; CSV export needs a folder.").format(path=folder)
                )
            files = export_csv(store, folder)
    except StoreError as error:
        raise InputError(str(error)) from None
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


def _write_private(target: Path, text: str) -> None:
    # The export holds the same private records as the data file: only the user may read it.
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
