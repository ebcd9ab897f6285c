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
            "--hardship, --income and --costs say what the wizard has not; what nobody "
            "entered is left as a blank to fill, never guessed. "
            "--lang chooses the script's language."
        ),
    )
    parser.add_argument(
        "--debt", required=True, metavar="ID", help=_("the debt's number or lender's name")
    )
    parser.add_argument(
        "--hardship",
        metavar="TEXT",
        help=_(
            "what happened: job_loss, illness, income_cut, family_emergency, or your own "
            "words (read out as you wrote them)"
        ),
    )
    parser.add_argument(
        "--income", metavar="AMOUNT", help=_("your monthly income now; 0 if you have none")
    )
    parser.add_argument("--costs", metavar="AMOUNT", help=_("your essential living costs a month"))
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
        inp = script_input(store, debt, clock.today(), given=_given(args))
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


def _given(args: argparse.Namespace) -> dict[str, str]:
    """The wizard fields the options fill, checked as the wizard checks them."""
    from parley.engine.errors import InputError
    from parley.engine.hardship import Hardship
    from parley.engine.money import parse_money, to_decimal_str

    given: dict[str, str] = {}
    if args.hardship is not None and args.hardship.strip():
        text = args.hardship.strip()
        if text in {h.value for h in Hardship}:
            given["hardship"] = text
        else:
            # The user's own words: read out as written, with no category guessed.
            given["hardship"] = ""
            given["detail"] = text
    for name, option in (("income", "--income"), ("costs", "--costs")):
        raw = getattr(args, name)
        if raw is None:
            continue
        try:
            given[name] = to_decimal_str(parse_money(raw))
        except InputError as error:
            raise InputError(f"{option}: {error}") from None
    return given


def script_input(store, debt, today, given: dict[str, str] | None = None):
    """The wizard's draft (if any) with the two most recent offers, or the suggested ones;
    `given` (wizard field -> text) overrides the draft."""
    from parley.engine.offers import evaluate
    from parley.engine.wizard import LABELS, Wizard, budget_texts, build_input, fresh
    from parley.i18n import language

    draft = store.load_draft(debt.id)
    settings = store.load_settings()
    texts = fresh(settings, language())
    if draft is not None:
        texts.update(draft["data"])
    texts.update(budget_texts(store.load_budget()))
    texts.update(given or {})
    wizard = Wizard(debt, settings, today, texts)
    offers = store.list_offers(debt.id)[-2:]
    if len(offers) == 2:
        offers.sort(key=lambda o: (o.label, o.id or 0))
        terms = [o.terms for o in offers]
    else:
        wizard.ensure_offers()
        terms = [wizard.terms(label) for label in LABELS]
    results = [evaluate(debt, t, today=today, settings=wizard.eval_settings()) for t in terms]
    payments = [(p.paid_on, p.amount) for p in store.list_payments(debt.id)]
    return build_input(
        debt,
        settings,
        today,
        wizard.draft(),
        terms[0],
        results[0],
        terms[1],
        results[1],
        payments=payments,
    )
