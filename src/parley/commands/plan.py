"""`parley plan`: the repayment schedule and true cost of a loan or a proposed deal."""

from __future__ import annotations

import argparse

from parley.i18n import _

METHODS = ("annuity", "equal-principal", "flat", "interest-only", "bullet")


def register(subparsers, parent) -> None:
    parser = subparsers.add_parser(
        "plan",
        parents=[parent],
        help=_("a repayment schedule with its true cost"),
        description=_(
            "Lay out every instalment of a loan or a proposed deal, with totals, the true "
            "annual rate and the share of your income each instalment takes."
        ),
    )
    parser.add_argument("--principal", required=True, metavar=_("AMOUNT"), help=_("amount owed"))
    parser.add_argument(
        "--rate", required=True, metavar=_("RATE"), help=_("e.g. 24%, 月息1.5%, flat 1.5%/month")
    )
    parser.add_argument(
        "--term",
        required=True,
        metavar="N|Nd",
        help=_("instalments, or days for a loan repaid at once (e.g. 12, or 90d)"),
    )
    parser.add_argument(
        "--method",
        metavar="METHOD",
        help=_("how it is repaid: {methods} (- or _ alike, or the name in either language)").format(
            methods=", ".join(METHODS)
        ),
    )
    parser.add_argument(
        "--received", metavar=_("AMOUNT"), help=_("money that actually arrived, if less")
    )
    parser.add_argument(
        "--fee-per-instalment", metavar=_("AMOUNT"), help=_("a fee added to every instalment")
    )
    parser.add_argument(
        "--down", metavar=_("AMOUNT|PCT"), help=_("down payment, an amount or a % of principal")
    )
    parser.add_argument("--defer", type=int, metavar="M", help=_("months with no payments first"))
    parser.add_argument(
        "--defer-fee", metavar="PCT", help=_("extension fee, % of principal, paid at the start")
    )
    parser.add_argument("--start", metavar=_("DATE"), help=_("start date, YYYY-MM-DD"))
    parser.add_argument("--income", metavar=_("AMOUNT"), help=_("your monthly income"))
    parser.add_argument("--json", action="store_true", help=_("print JSON instead of text"))
    parser.set_defaults(func=run)


def parse_percent(text: str, option: str) -> float:
    """`30%`, `0.5%` or a bare `30` (read as a percentage) -> a fraction, 0% to 100%."""
    from parley.engine import inputs
    from parley.engine.errors import InputError

    try:
        return inputs.parse_percent(text)
    except InputError as error:
        raise InputError(f"{option}: {error}") from None


def parse_day(text: str, option: str):
    from parley.engine.errors import InputError
    from parley.engine.inputs import parse_date

    try:
        return parse_date(text)
    except InputError as error:
        # Same wording as the app's date fields, with the option it belongs to.
        raise InputError(f"{option}: {error}") from None


def parse_term(text: str) -> tuple[int, bool]:
    """`12` -> (12, False) instalments; `90d` / `90天` -> (90, True) days."""
    import re

    from parley.engine.errors import InputError
    from parley.engine.numeric import ascii_digits

    raw = ascii_digits(text or "").strip().lower()
    # At most 9 digits: any longer is no term, and int() refuses past 4,300 digits.
    match = re.fullmatch(r"0*([0-9]{1,9})\s*(d|days?|天|日|期|个月|months?|m)?", raw)
    if not match:
        raise InputError(
            _("--term: “{text}” is not a term: write instalments (12) or days (90d).").format(
                text=text
            )
        )
    unit = match.group(2) or ""
    return int(match.group(1)), unit in ("d", "day", "days", "天", "日")


def run(args: argparse.Namespace) -> int:
    from parley import clock
    from parley.cli import UsageError
    from parley.commands.apr import _money
    from parley.engine.affordability import income_share
    from parley.engine.cost import day_loan_cost, loan_cost
    from parley.engine.debt import Method
    from parley.engine.errors import InputError
    from parley.engine.inputs import parse_choice
    from parley.engine.money import parse_money, percent_of
    from parley.engine.rates import Basis, caps_exceeded, parse_rate

    principal = _money(parse_money, args.principal, "--principal", zero=False)
    try:
        rate = parse_rate(args.rate)
    except InputError as error:
        raise InputError(f"--rate: {error}") from None
    if args.method is None:
        method = Method.FLAT if rate.flat else Method.ANNUITY
    else:
        try:
            method = parse_choice(Method, args.method)
        except InputError as error:
            raise InputError(f"--method: {error}") from None
        if rate.flat and method is not Method.FLAT:
            raise UsageError(_("a flat rate goes with --method flat"))
    received = None
    if args.received is not None:
        received = _money(parse_money, args.received, "--received", zero=False)
    fee = 0
    if args.fee_per_instalment is not None:
        fee = _money(parse_money, args.fee_per_instalment, "--fee-per-instalment")
    down = 0
    if args.down is not None:
        if args.down.strip().endswith("%"):
            down = percent_of(principal, parse_percent(args.down, "--down"))
        else:
            down = _money(parse_money, args.down, "--down")
    months = args.defer or 0
    if args.defer_fee is not None and args.defer is None:
        raise UsageError(_("--defer-fee needs --defer"))
    defer_fee = 0
    if args.defer_fee is not None:
        defer_fee = percent_of(principal, parse_percent(args.defer_fee, "--defer-fee"))
    start = parse_day(args.start, "--start") if args.start is not None else clock.today()
    income = 0
    if args.income is not None:
        income = _money(parse_money, args.income, "--income")
    term, in_days = parse_term(args.term)
    named = args.method is not None and method is not Method.BULLET
    if in_days and (named or down or months or fee):
        raise UsageError(
            _("a term in days is one repayment at the end: it takes no --method, --down or --defer")
        )
    try:
        if in_days:
            method = Method.BULLET
            quote = day_loan_cost(
                principal,
                rate.annual,
                term,
                start=start,
                received=received,
                daily_rate=float(rate.value) if rate.basis is Basis.DAILY else None,
            )
        else:
            quote = loan_cost(
                principal,
                rate.annual,
                term,
                method,
                start=start,
                received=received,
                fee_per_instalment=fee,
                down_payment=down,
                deferral_months=months,
                deferral_fee=defer_fee,
            )
    except InputError as error:
        option = {
            "count": "--term",
            "received": "--received",
            "down_payment": "--down",
            "deferral_months": "--defer",
        }.get(error.field or "")
        raise InputError(f"{option}: {error}" if option else str(error)) from None
    share = income_share(quote.schedule.first_payment, income)
    # 4 x LPR is the LPR in force on the day the loan starts; equal to a line is not above it.
    caps = caps_exceeded(quote.cost.apr, on=start)
    warnings = _warnings(quote, share)
    if args.json:
        _print_json(quote, share, caps, warnings)
    else:
        _print_text(quote, rate, method, share, caps, warnings, start)
    return 0


def _warnings(quote, share: float | None) -> list[str]:
    from parley.engine.affordability import DEFAULT_LIMIT
    from parley.engine.money import format_money
    from parley.i18n.format import percent

    found = []
    cut = quote.principal - quote.received
    if cut > 0:
        found.append(
            _(
                "{amount} was cut from the loan before it arrived (砍头息); the rate counts it."
            ).format(amount=format_money(cut))
        )
    if share is not None and share > DEFAULT_LIMIT:
        found.append(
            _(
                "Each instalment takes {share} of your monthly income; aim for {limit} or less."
            ).format(share=percent(share), limit=percent(DEFAULT_LIMIT))
        )
    if not quote.cost.solved:
        found.append(
            _("The true annual rate could not be worked out: {reason}").format(
                reason=quote.cost.reason
            )
        )
    return found


def _print_json(quote, share, caps, warnings) -> None:
    from parley.commands._output import emit_json
    from parley.engine.money import to_decimal_str as money

    emit_json(
        {
            "instalment": money(quote.schedule.first_payment),
            # The old spelling, kept for one release so scripts reading it keep working.
            "installment": money(quote.schedule.first_payment),
            "total_paid": money(quote.total_paid),
            "total_interest": money(quote.total_interest),
            "total_fees": money(quote.total_fees),
            "apr": quote.cost.apr,
            "ear": quote.cost.ear,
            "income_share": share,
            "caps_exceeded": caps,
            "warnings": warnings,
            "received": money(quote.received),
            "down_payment": money(quote.down_payment),
            "schedule": [
                {
                    "n": i.n,
                    "due": i.due.isoformat(),
                    "payment": money(i.payment),
                    "principal": money(i.principal),
                    "interest": money(i.interest),
                    "fee": money(i.fee),
                    "balance": money(i.balance),
                }
                for i in quote.schedule.instalments
            ],
        }
    )


def _print_text(quote, rate, method, share, caps, warnings, start) -> None:
    from parley.commands.apr import pairs, table_lines
    from parley.engine.money import format_money
    from parley.engine.rates import caps as all_caps
    from parley.i18n.format import percent, short_date

    cost = quote.cost
    rows = [
        (_("Rate as quoted"), rate.describe()),
        (_("Method"), method.label()),
        (_("First instalment"), format_money(quote.schedule.first_payment)),
        (_("Total paid"), format_money(quote.total_paid)),
        (_("Total interest"), format_money(quote.total_interest)),
        (_("Total fees"), format_money(quote.total_fees)),
        (_("APR (IRR-based)"), percent(cost.apr)),
        (_("Effective annual rate"), percent(cost.ear)),
    ]
    if quote.down_payment:
        rows.insert(2, (_("Down payment"), format_money(quote.down_payment)))
    if share is not None:
        rows.append((_("Share of monthly income"), percent(share)))
    from parley.engine.rates import CapSettings

    # 4 x LPR is that of the start date, which may not be today's: name its rate and date.
    day, lpr = CapSettings().lpr_on(start)
    labels = [
        _("{cap} ({line}, LPR {lpr} of {day})").format(
            cap=c.label(), line=percent(c.rate), lpr=percent(float(lpr)), day=day.isoformat()
        )
        if c.code.endswith("xLPR")
        else c.label()
        for c in all_caps(on=start)
        if c.code in caps
    ]
    rows.append((_("Above the caps"), ", ".join(labels) if labels else _("none")))
    print(pairs(rows))
    for line in warnings:
        print("! " + line)
    print()
    head = [_("No."), _("Due"), _("Payment"), _("Principal"), _("Interest"), _("Fee"), _("Balance")]
    body = [
        [
            str(i.n),
            short_date(i.due),
            format_money(i.payment),
            format_money(i.principal),
            format_money(i.interest),
            format_money(i.fee),
            format_money(i.balance),
        ]
        for i in quote.schedule.instalments
    ]
    for line in table_lines(head, body, right=lambda c: c != 1):
        print(line)
