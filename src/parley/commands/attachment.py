"""`parley attachment list` and `parley attachment export ID --to FOLDER`: the files attached
to events, and one of them written out of the vault (decrypted) into a folder."""

from __future__ import annotations

import argparse
from pathlib import Path

from parley.i18n import _


def register(subparsers: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    from parley.cli import Parser

    parser = subparsers.add_parser(
        "attachment",
        parents=[parent],
        help=_("list the files attached to events, or export one of them"),
        description=_(
            "The files attached to events (call recordings, letters, screenshots) are kept "
            "in the vault beside the data file. List them with their numbers, or write one "
            "of them (decrypted) into a folder."
        ),
    )
    actions = parser.add_subparsers(
        dest="action", metavar=_("ACTION"), parser_class=Parser, required=True
    )
    listing = actions.add_parser(
        "list",
        parents=[parent],
        help=_("every attached file with its number (what export takes)"),
        description=_("Every attached file with its number, event, lender, size and SHA-256."),
    )
    listing.add_argument(
        "--debt", metavar="ID", help=_("only this debt's files (its number or lender's name)")
    )
    listing.add_argument("--json", action="store_true", help=_("print JSON instead of text"))
    listing.set_defaults(func=run_list)
    export = actions.add_parser(
        "export",
        parents=[parent],
        help=_("write one attached file (decrypted) into a folder"),
        description=_(
            "Write one attached file into a folder that exists, under its original name "
            "(a file already there is never replaced: the copy gets a free name). The copy "
            "is checked against the SHA-256 recorded when the file was attached. It is not "
            "encrypted, even when the data file is locked."
        ),
    )
    export.add_argument(
        "id", metavar="ID", help=_("the file's number (see `parley attachment list`)")
    )
    export.add_argument(
        "--to", metavar="DIR", required=True, help=_("the folder to write the file into")
    )
    export.set_defaults(func=run_export)


def _rows(store, debt_text: str | None) -> list[dict]:
    from parley.commands.calendar import debt_id_arg
    from parley.store.vault import copy_of

    debt_id = debt_id_arg(debt_text, store)
    lenders = {d.id: d.lender for d in store.list_debts()}
    rows = []
    for event in reversed(store.list_events(debt_id=debt_id)):  # oldest first
        for a in event.attachments:
            rows.append(
                {
                    "id": a.id,
                    "event_id": event.id,
                    "debt_id": event.debt_id,
                    "lender": lenders.get(event.debt_id, ""),
                    "occurred_at": event.occurred_at.isoformat(timespec="minutes"),
                    "path": a.path,
                    "size": a.size,
                    "sha256": a.sha256,
                    "in_vault": copy_of(store, a) is not None,
                }
            )
    return rows


def run_list(args: argparse.Namespace) -> int:
    from parley.commands._store import open_existing

    with open_existing(args.db) as store:
        rows = _rows(store, args.debt)
    if args.json:
        from parley.commands._output import emit_json

        emit_json({"attachments": rows})
        return 0
    _print_text(rows)
    return 0


def _print_text(rows: list[dict]) -> None:
    from parley.commands._output import plain
    from parley.commands.apr import table_lines
    from parley.i18n import format as fmt

    if not rows:
        print(_("No file is attached to any event yet."))
        return
    head = [_("ID"), _("When"), _("Lender"), _("Size"), _("Kept"), _("File")]
    body = [
        [
            str(row["id"]),
            row["occurred_at"].replace("T", " "),
            plain(row["lender"]),
            fmt.integer(row["size"]),
            _("in the vault") if row["in_vault"] else _("original only"),
            plain(row["path"]),
        ]
        for row in rows
    ]
    for line in table_lines(head, body, right=lambda c: c in (0, 3)):
        print(line)


def _attachment_id(text: str) -> int:
    from parley.commands._debts import clipped, number_text, record_id
    from parley.engine.errors import InputError

    value = record_id(number_text(text))
    if value is not None and value > 0:
        return value
    raise InputError(
        _("{text} is not an attached file's number; `parley attachment list` shows them.").format(
            text=clipped(text)
        )
    )


def run_export(args: argparse.Namespace) -> int:
    import sys

    from parley.commands._store import open_existing, warn_unencrypted
    from parley.engine.errors import InputError
    from parley.store import StoreError, vault_out

    attachment_id = _attachment_id(args.id)
    folder = Path(args.to).expanduser()
    if not folder.is_dir():
        raise InputError(
            (
                _("{path} is a file; choose a folder.")
                if folder.exists()
                else _("The folder {path} does not exist.")
            ).format(path=folder)
        )
    with open_existing(args.db) as store:
        try:
            _event, attachment = store.get_attachment(attachment_id)
        except StoreError as error:
            raise InputError(
                str(error) + " " + _("`parley attachment list` shows the numbers.")
            ) from None
        warn_unencrypted(store)
        try:
            written = vault_out.export(store, attachment, folder)
        except StoreError as error:
            raise InputError(str(error)) from None
        except OSError as error:
            raise InputError(vault_out.failure_message(error, folder)) from None
    print(_("Saved {path}").format(path=written), file=sys.stdout)
    return 0
