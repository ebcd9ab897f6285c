"""`parley apr`: the true annual rate of a loan, from its payments or from dated cash flows."""

from __future__ import annotations

import argparse
import unicodedata
from collections.abc import Sequence

from parley.i18n import _

_EVERY = {"month": 12, "week": 52, "day": 365}
MAX_PERIODS = 3650  # ten years of daily payments


def register(subparsers, parent) -> None:
    parser = subparsers.add_parser(
        "apr",
        parents=[parent],
        help=_("the true annual rate of a loan, from what you received and what you pay"),
        description=_(
            "Work out the true annual rate (APR, IRR-based) and the effective annual rate "
            "of a loan, from equal payments or from a CSV file of dated amounts."
        ),
    )
    parser.add_argument("--received", metavar=_("AMOUNT"), help=_("the money that arrived"))
    parser.add_argument("--payment", metavar=_("AMOUNT"), help=_("each payment"))
    parser.add_argument("--count", type=int, metavar="N", help=_("number of payments"))
    parser.add_argument(
        "--every", choices=tuple(_EVERY), default="month", help=_("how often you pay")
    )
    parser.add_argument(
        "--flows",
        metavar=_("FILE.csv"),
        help=_("CSV with a header date,amount: money received positive, money paid negative"),
    )
    parser.add_argument("--json", action="store_true", help=_("print JSON instead of text"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from parley.cli import UsageError
    from parley.engine.cost import dated_cost, periodic_cost
    from parley.engine.money import parse_money
    from parley.engine.rates import caps_exceeded

    if args.flows:
        if args.received or args.payment or args.count is not None:
            raise UsageError(_("use either --flows or --received, --payment and --count"))
        flows = read_flows(args.flows)
        received = sum(a for _d, a in flows if a > 0)
        total_paid = -sum(a for _d, a in flows if a < 0)
        cost = dated_cost(flows)
        start = min(d for d, _a in flows)  # 4 x LPR: the LPR in force when the money arrived
    else:
        start = None
        missing = [
            name
            for name, value in (
                ("--received", args.received),
                ("--payment", args.payment),
                ("--count", args.count),
            )
            if value is None
        ]
        if missing:
            raise UsageError(_("the following arguments are required: %s") % ", ".join(missing))
        received = _money(parse_money, args.received, "--received", zero=False)
        payment = _money(parse_money, args.payment, "--payment", zero=False)
        if not 1 <= args.count <= MAX_PERIODS:
            raise UsageError(
                _("--count must be a whole number from 1 to {max}.").format(max=MAX_PERIODS)
            )
        total_paid = payment * args.count
        cost = periodic_cost(received, [payment] * args.count, _EVERY[args.every])
    caps = caps_exceeded(cost.apr, on=start)
    if args.json:
        _print_json(cost, received, total_paid, caps)
    else:
        _print_text(cost, received, total_paid, caps, start)
    return 0


def _money(parse, text: str, option: str, *, zero: bool = True) -> int:
    from parley.engine.errors import InputError

    try:
        return parse(text, allow_zero=zero)
    except InputError as error:
        raise InputError(f"{option}: {error}") from None


def read_flows(path: str) -> list:
    """Dated amounts from a CSV file with a `date,amount` header."""
    import csv
    import io
    from datetime import date
    from pathlib import Path

    from parley.engine.errors import InputError
    from parley.engine.money import parse_money
    from parley.input_files import read_text

    text, _encoding = read_text(Path(path))  # dates and amounts: any encoding reads them
    try:
        lines = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as error:
        raise InputError(
            _("{path} cannot be read as CSV: {reason}").format(path=path, reason=error)
        ) from None
    if not lines or [c.strip().lower() for c in lines[0]] != ["date", "amount"]:
        raise InputError(
            _("{path}: the first line must be the header date,amount").format(path=path)
        )
    flows = []
    for number, row in enumerate(lines[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        try:
            if len(row) != 2:
                raise InputError(_("expected two columns, date and amount"))
            try:
                day = date.fromisoformat(row[0].strip())
            except ValueError:
                raise InputError(
                    _("“{text}” is not a date: use YYYY-MM-DD.").format(text=row[0].strip())
                ) from None
            amount = parse_money(row[1], allow_negative=True)
        except InputError as error:
            raise InputError(
                _("{path}, line {line}: {message}").format(path=path, line=number, message=error)
            ) from None
        flows.append((day, amount))
    if not flows:
        raise InputError(_("{path} has no cash flows.").format(path=path))
    return flows


def _print_json(cost, received: int, total_paid: int, caps: list[str]) -> None:
    from parley.commands._output import emit_json
    from parley.engine.money import to_decimal_str

    data = {
        "apr": cost.apr,
        "ear": cost.ear,
        "periodic_rate": cost.periodic_rate,
        "total_paid": to_decimal_str(total_paid),
        "cost": to_decimal_str(total_paid - received),
        "caps_exceeded": caps,
    }
    if not cost.solved:
        data["reason"] = cost.reason
    emit_json(data)


def _print_text(cost, received: int, total_paid: int, caps: list[str], start=None) -> None:
    from parley.engine.money import format_money
    from parley.engine.rates import caps as all_caps
    from parley.i18n.format import percent

    rows = [
        (_("Money received"), format_money(received)),
        (_("Total paid"), format_money(total_paid)),
        (_("Cost of the loan"), format_money(total_paid - received)),
    ]
    if cost.solved:
        rows += [
            (_("APR (IRR-based)"), percent(cost.apr)),
            (_("Effective annual rate"), percent(cost.ear)),
        ]
        if cost.periodic_rate is not None:
            rows.append((_("Rate per period"), percent(cost.periodic_rate, 4)))
        labels = [c.label() for c in all_caps(on=start) if c.code in caps]
        rows.append((_("Above the caps"), ", ".join(labels) if labels else _("none")))
    print(pairs(rows))
    if not cost.solved:
        print(cost.reason)


def width(text: str) -> int:
    """Columns a string takes in a terminal (Chinese characters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, columns: int, right: bool = False) -> str:
    space = " " * max(columns - width(text), 0)
    return space + text if right else text + space


def table_lines(head: list[str], body: list[list[str]], right) -> list[str]:
    """The head and rows lined up in columns as a terminal shows them (Chinese characters
    take two); `right(c)` is true for the columns aligned right."""
    rows = [head, *body]
    widths = [max(width(row[c]) for row in rows) for c in range(len(head))]
    return [
        "  ".join(pad(cell, widths[c], right=right(c)) for c, cell in enumerate(row)).rstrip()
        for row in rows
    ]


def pairs(rows: Sequence[tuple[str, str]]) -> str:
    """`label  value` lines with the values lined up."""
    left = max(width(label) for label, _value in rows)
    return "\n".join(f"{pad(label, left)}  {value}" for label, value in rows)
