"""`parley list`: every debt with the number the other verbs take (`--debt ID`)."""

from __future__ import annotations

import argparse

from parley.i18n import _


def register(subparsers: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "list",
        parents=[parent],
        help=_("list your debts with their numbers, in the order to deal with them"),
        description=_(
            "Every debt in the data file: its number (what --debt takes), lender, amount "
            "owed, true annual rate, rank (1 = deal with it first) and stage."
        ),
    )
    parser.add_argument("--json", action="store_true", help=_("print JSON instead of text"))
    parser.set_defaults(func=run)


def ranked(store):
    """The live debts in the order the debts screen ranks them (logged contacts count)."""
    from parley import clock
    from parley.engine.collection import effective
    from parley.engine.triage import rank_debts
    from parley.exports.sources import collection_summaries

    today = clock.today()
    debts = store.list_debts()
    logged = collection_summaries(store, today)
    intensity = {
        d.id: effective(d.collection_intensity, logged[d.id].intensity)
        for d in debts
        if d.id in logged
    }
    return rank_debts(debts, today=today, settings=store.load_settings(), intensity=intensity)


def run(args: argparse.Namespace) -> int:
    from parley.commands._store import open_existing

    with open_existing(args.db) as store:
        rows = ranked(store)
    if args.json:
        _print_json(rows)
    else:
        _print_text(rows)
    return 0


def _print_json(rows) -> None:
    from parley.commands._output import emit_json
    from parley.engine.money import to_decimal_str

    emit_json(
        {
            "debts": [
                {
                    "id": r.debt.id,
                    "lender": r.debt.lender,
                    "owed": to_decimal_str(r.debt.outstanding),
                    "apr": r.cost.apr if r.cost.solved else None,
                    "rank": r.rank,
                    "stage": str(r.stage),
                    "stage_label": r.stage.label(),
                }
                for r in sorted(rows, key=lambda r: r.debt.id)
            ]
        }
    )


def _print_text(rows) -> None:
    from parley.commands._output import plain
    from parley.commands.apr import table_lines
    from parley.engine.money import format_money
    from parley.i18n.format import percent

    if not rows:
        print(_("No debts yet. Add one in the app (parley), or try `parley demo --db FILE`."))
        return
    head = [_("ID"), _("Lender"), _("Owed"), _("APR"), _("Rank"), _("Stage")]
    body = [
        [
            str(r.debt.id),
            plain(r.debt.lender),
            format_money(r.debt.outstanding),
            percent(r.cost.apr if r.cost.solved else None),
            str(r.rank),
            r.stage.label(),
        ]
        for r in rows
    ]
    for line in table_lines(head, body, right=lambda c: c in (0, 2, 3, 4)):
        print(line)
