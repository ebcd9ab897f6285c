"""`parley demo`: fill a new data file with a realistic example to explore."""

from __future__ import annotations

import argparse

from parley.i18n import _, ngettext


def register(subparsers: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "demo",
        parents=[parent],
        help=_("fill a new, empty data file with example debts to try Parley on"),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from parley import clock
    from parley.commands._store import open_store
    from parley.engine.errors import InputError
    from parley.store import StoreError
    from parley.store.demo import fill

    try:
        with open_store(args.db) as store:
            counts = fill(store, clock.today())
            path = store.path
    except StoreError as error:
        raise InputError(str(error)) from None
    print(
        ngettext(
            "Wrote an example with {n} debt to {path}.",
            "Wrote an example with {n} debts to {path}.",
            counts["debts"],
        ).format(n=counts["debts"], path=path)
    )
    return 0
