"""`parley import FILE`: bring in a JSON export, or a CSV of debts; all of it or nothing."""

from __future__ import annotations

import argparse
from pathlib import Path

from parley.i18n import _, ngettext


def register(subparsers: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "import",
        parents=[parent],
        help=_("add the data from a JSON export or a CSV of debts; a bad row imports nothing"),
        description=_(
            "A CSV of debts has a header line with these columns (only lender is required): "
            "{columns}. Amounts in yuan (12000, 12,000.00 or 1.2万), rates as the contract "
            "quotes them (24%, 月息1.5%, 日息0.05%), dates as 2025-03-31."
        ).format(columns=", ".join(_debt_columns())),
    )
    parser.add_argument("file", metavar="FILE", help=_("a JSON export or a CSV file of debts"))
    parser.add_argument(
        "--again",
        action="store_true",
        help=_("import even when the file's debts are already in the data file"),
    )
    parser.set_defaults(func=run)


def _debt_columns() -> tuple[str, ...]:
    from parley.store.transfer import DEBT_CSV_COLUMNS

    return DEBT_CSV_COLUMNS


def run(args: argparse.Namespace) -> int:
    from parley.engine.errors import InputError
    from parley.store import Store, StoreError, default_path
    from parley.store.transfer import AlreadyImported, import_file

    source = Path(args.file).expanduser()
    if not source.exists():
        raise InputError(_("There is no file at {path}.").format(path=source))
    target = Path(args.db).expanduser() if args.db else default_path()
    try:
        if not target.exists():
            _check_first(source)
        with Store.open(target) as store:
            counts = import_file(store, source, again=args.again)
            path = store.path
    except AlreadyImported as error:
        raise InputError(
            " ".join((str(error), _("To import it anyway, run the same command with --again.")))
        ) from None
    except StoreError as error:
        raise InputError(str(error)) from None
    debts = counts.get("debts", 0)
    events = counts.get("events", 0)
    print(
        ngettext(
            "Imported {n} debt and {events} events into {path}.",
            "Imported {n} debts and {events} events into {path}.",
            debts,
        ).format(n=debts, events=events, path=path)
    )
    return 0


def _check_first(source: Path) -> None:
    """Import into a scratch file first, so a refused import does not leave a new, empty
    data file behind at the target."""
    import tempfile

    from parley.store import Store
    from parley.store.transfer import import_file

    with tempfile.TemporaryDirectory(prefix="parley-check-") as folder:
        with Store.open(Path(folder) / "check.db") as scratch:
            import_file(scratch, source, again=True)
