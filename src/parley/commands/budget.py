"""`parley budget`: the household plan, one ask per debt within one budget."""

from __future__ import annotations

import argparse

from parley.i18n import _


def register(subparsers, parent) -> None:
    parser = subparsers.add_parser(
        "budget",
        parents=[parent],
        help=_("the household plan: one budget, every debt"),
        description=_(
            "Share the money left after essential costs between every open debt, in the "
            "order to deal with them, and show the month you will be free of debt."
        ),
    )
    parser.add_argument(
        "--income", metavar=_("AMOUNT"), help=_("monthly income, for this run only")
    )
    parser.add_argument(
        "--essentials",
        metavar=_("AMOUNT"),
        help=_("essential costs a month, for this run only"),
    )
    parser.add_argument(
        "--lump", metavar=_("AMOUNT"), help=_("lump sum available now, for this run only")
    )
    parser.add_argument("--json", action="store_true", help=_("print JSON instead of text"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from parley import clock
    from parley.commands._store import open_existing
    from parley.commands.apr import _money
    from parley.engine.money import parse_money
    from parley.household import stored_plan

    overrides = {}
    for option, name in (
        ("--income", "income"),
        ("--essentials", "essentials"),
        ("--lump", "lump"),
    ):
        text = getattr(args, name)
        if text is not None:
            overrides[name] = _money(parse_money, text, option)
    today = clock.today()
    store = open_existing(args.db)
    try:
        budget = store.load_budget().with_overrides(
            income=overrides.get("income"),
            essentials=overrides.get("essentials"),
            lump_sum=overrides.get("lump"),
        )
        plan = stored_plan(store, today, budget)
    finally:
        store.close()
    if args.json:
        _print_json(plan)
    else:
        _print_text(plan)
    return 0


def _print_json(plan) -> None:
    from parley.commands._output import emit_json
    from parley.engine.money import to_decimal_str as money

    emit_json(
        {
            "income": money(plan.budget.income),
            "essentials": money(plan.budget.essentials_total),
            "available": money(plan.available),
            "lump_sum": money(plan.budget.lump_sum),
            "feasible": plan.feasible,
            "shortfall": money(plan.shortfall),
            "monthly_total": money(plan.monthly_total),
            "debt_free": plan.debt_free.strftime("%Y-%m") if plan.debt_free else None,
            "debts": [
                {
                    "id": a.debt.id,
                    "lender": a.debt.lender,
                    "rank": a.rank,
                    "kind": a.kind.value if a.kind else None,
                    "instalment": money(a.instalment),
                    "count": a.count,
                    "down_payment": money(a.down_payment),
                    "first_due": a.first_due.isoformat() if a.first_due else None,
                    "total": money(a.total),
                    "principal_left": money(a.principal_left),
                    "reason": a.reason,
                }
                for a in plan.asks
            ],
            "months": [
                {
                    "month": m.month.strftime("%Y-%m"),
                    "paid": money(m.paid),
                    "owed_after": money(m.owed_after),
                    "debt_ratio": None if m.debt_ratio is None else round(m.debt_ratio, 2),
                }
                for m in plan.months
            ],
        }
    )


def _print_text(plan) -> None:
    from parley.commands.apr import pairs, table_lines
    from parley.engine.money import format_money
    from parley.i18n.format import percent, short_date

    b = plan.budget
    rows = [
        (_("Monthly income"), format_money(b.income)),
        (_("Essential costs"), format_money(b.essentials_total)),
        (_("Money for debts"), format_money(plan.available)),
        (_("Lump sum now"), format_money(b.lump_sum)),
        (_("Planned each month"), format_money(plan.monthly_total)),
        (_("Shortfall a month"), format_money(plan.shortfall)),
        (
            _("Debt-free"),
            plan.debt_free.strftime("%Y-%m") if plan.debt_free else _("not within this plan"),
        ),
        (_("Total paid under the plan"), format_money(plan.totals.plan)),
        (_("Total if nothing changes"), format_money(plan.totals.baseline)),
        (
            _("Both in today's money (each debt at its contract rate)"),
            f"{format_money(plan.totals.plan_pv)} / {format_money(plan.totals.baseline_pv)}",
        ),
    ]
    print(pairs(rows))
    for note in plan.notes:
        print("! " + note)
    if not plan.asks:
        print()
        print(_("No open debts: there is nothing to plan."))
        return
    print()
    head = ["#", _("Lender"), _("Ask"), _("Instalment"), _("Months"), _("First due")]
    body = [
        [
            str(a.rank),
            a.debt.lender,
            a.kind.label() if a.kind else a.placement.label(),
            format_money(a.instalment) if a.planned else "—",
            str(a.count) if a.planned else "—",
            short_date(a.first_due),
        ]
        for a in plan.asks
    ]
    lines = table_lines(head, body, right=lambda c: c in (0, 3, 4))
    for line, ask in zip(lines, [None, *plan.asks], strict=True):
        print(line)
        if ask is not None:
            print("     " + ask.reason)
    if plan.months:
        print()
        head = [_("Month"), _("Paid"), _("Owed after"), _("Debt ratio")]
        body = [
            [
                m.month.strftime("%Y-%m"),
                format_money(m.paid),
                format_money(m.owed_after),
                percent(m.debt_ratio, 0),
            ]
            for m in plan.months
        ]
        for line in table_lines(head, body, right=lambda c: c > 0):
            print(line)
