"""`parley letter --debt ID --kind KIND`: a letter filled from the record."""

from __future__ import annotations

import argparse
from pathlib import Path

from parley.i18n import _

KINDS = (
    "proposal",
    "confirmation",
    "overpaid_interest",
    "stop_collection",
    "mediation",
    "complaint",
)


def register(subparsers: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "letter",
        parents=[parent],
        help=_("write a letter to a lender, a mediation centre or the regulator"),
        description=_(
            "Write a letter filled from the record: facts, figures, logged incidents and "
            "evidence. Facts the record does not hold are left as visible blanks to fill. "
            "Without --out the letter is printed."
        ),
    )
    parser.add_argument(
        "--debt", metavar="ID", required=True, help=_("the debt's number or lender's name")
    )
    parser.add_argument("--kind", required=True, choices=KINDS, help=_("the kind of letter"))
    parser.add_argument(
        "--out",
        metavar="FILE",
        help=_("write the letter to FILE (.docx, .md or .txt) and log it on the timeline"),
    )
    parser.add_argument(
        "--reply-days",
        type=int,
        default=15,
        metavar="N",
        help=_("days the lender is asked to reply within (default 15)"),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from parley import clock
    from parley.commands._store import open_existing
    from parley.commands.calendar import debt_id_arg
    from parley.engine.errors import InputError
    from parley.engine.letters import build_letter
    from parley.exports import letters as out
    from parley.i18n import language

    if not 1 <= args.reply_days <= 90:
        raise InputError(_("--reply-days must be between 1 and 90."))
    target = Path(args.out).expanduser() if args.out else None
    if target is not None and target.suffix.lower() not in out.FORMATS:
        raise InputError(
            _("{path}: the letter can be written as .docx, .md or .txt.").format(path=target)
        )
    today = clock.today()
    with open_existing(args.db) as store:
        debt_id = debt_id_arg(args.debt, store)
        facts = out.gather(store, debt_id, today, reply_days=args.reply_days)
        letter = build_letter(args.kind, facts, language())  # MissingFacts is an InputError
        if target is None:
            print(letter.to_text(), end="")
            return 0
        if target.exists():
            raise InputError(_("{path} already exists; choose another name.").format(path=target))
        try:
            path, sha = out.write_letter(
                target.parent, target.name, out.render(letter, target.suffix.lower())
            )
        except OSError as error:
            raise InputError(
                _("Cannot write {path}: {reason}").format(
                    path=target, reason=error.strerror or error
                )
            ) from None
        from parley.store.letters import LetterRecord, link_event, save_version

        rec = save_version(
            store, LetterRecord(debt_id, args.kind, language(), letter.to_markdown())
        )
        event_id = out.log_letter(
            store,
            debt_id,
            _("Letter drafted: {title}").format(title=letter.title),
            path,
            sha,
            when=clock.now(),
        )
        link_event(store, rec.id, event_id)
    print(_("Letter written to {path}.").format(path=path))
    return 0
