"""`parley calendar`: instalments of accepted deals and follow-ups as an .ics file."""

from __future__ import annotations

import argparse
from pathlib import Path

from parley.i18n import _, ngettext


def register(subparsers: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "calendar",
        parents=[parent],
        help=_("write instalments and follow-ups to a calendar file (.ics) with reminders"),
    )
    parser.add_argument(
        "--debt", metavar="ID", help=_("only this debt, by number or lender (default: every debt)")
    )
    parser.add_argument(
        "--out", metavar="FILE.ics", required=True, help=_("the calendar file to write")
    )
    parser.set_defaults(func=run)


def debt_id_arg(text: str | None, store) -> int | None:
    """The --debt value (a number or a lender's name) as a live debt's id."""
    from parley.commands._debts import resolve_debt

    return None if text is None else resolve_debt(text, store)


def run(args: argparse.Namespace) -> int:
    from parley.engine.errors import InputError
    from parley.exports.calendar import build_calendar, write_calendar

    target = Path(args.out).expanduser()
    if target.is_dir():
        raise InputError(
            _("{path} is a folder; give a file name ending in .ics.").format(path=target)
        )
    from parley.commands._store import open_existing

    with open_existing(args.db) as store:
        debt_id = debt_id_arg(args.debt, store)
        cal = build_calendar(store, store.load_settings(), debt_id=debt_id)
        try:
            count = write_calendar(cal, target)
        except OSError as error:
            raise InputError(
                _("Cannot write {path}: {reason}").format(
                    path=target, reason=error.strerror or error
                )
            ) from None
    print(
        ngettext(
            "Wrote {n} calendar entry to {path}.", "Wrote {n} calendar entries to {path}.", count
        ).format(n=count, path=target)
    )
    return 0
