"""`parley script --debt ID`: the call script for a debt, without opening the app."""

from __future__ import annotations

import argparse
from pathlib import Path

from parley.i18n import _


def register(subparsers: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "script",
        parents=[parent],
        help=_("print the call script for a debt"),
        description=_(
            "Print the call script for a debt, with its two most recent offers (or the "
            "suggested ones when there are none) and what you entered in the wizard. "
            "--lang chooses the script's language."
        ),
    )
    parser.add_argument(
        "--debt", required=True, metavar="ID", help=_("the debt's number or lender's name")
    )
    parser.add_argument(
        "--out",
        metavar="FILE",
        help=_("write the script to FILE instead (Markdown when it ends in .md, else text)"),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from parley import clock
    from parley.commands._debts import resolve_debt
    from parley.commands._store import open_existing, warn_unencrypted
    from parley.engine.errors import InputError
    from parley.engine.script import build_script
    from parley.i18n import language

    with open_existing(args.db) as store:
        if args.out:
            warn_unencrypted(store)
        debt = store.get_debt(resolve_debt(args.debt, store))
        inp = script_input(store, debt, clock.today())
    script = build_script(inp, language())
    if not args.out:
        print(script.to_text(), end="")
        return 0
    target = Path(args.out).expanduser()
    text = script.to_markdown() if target.suffix.lower() == ".md" else script.to_text()
    from parley.private_files import write_private

    try:
        write_private(target, text)
    except OSError as error:
        raise InputError(
            _("Cannot write {path}: {reason}").format(path=target, reason=error.strerror or error)
        ) from None
    print(_("Script written to {path}.").format(path=target))
    return 0


def script_input(store, debt, today):
    """The wizard's draft (if any) with the two most recent offers, or the suggested ones."""
    from parley.engine.offers import evaluate
    from parley.engine.wizard import LABELS, Wizard, build_input, fresh
    from parley.i18n import language

    draft = store.load_draft(debt.id)
    settings = store.load_settings()
    texts = fresh(settings, language())
    if draft is not None:
        texts.update(draft["data"])
    wizard = Wizard(debt, settings, today, texts)
    offers = store.list_offers(debt.id)[-2:]
    if len(offers) == 2:
        offers.sort(key=lambda o: (o.label, o.id or 0))
        terms = [o.terms for o in offers]
    else:
        wizard.ensure_offers()
        terms = [wizard.terms(label) for label in LABELS]
    results = [evaluate(debt, t, today=today, settings=wizard.eval_settings()) for t in terms]
    return build_input(
        debt, settings, today, wizard.draft(), terms[0], results[0], terms[1], results[1]
    )
