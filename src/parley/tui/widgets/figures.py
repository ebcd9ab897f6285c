"""The side-by-side figures of the baseline and offers A and B, with the better one marked."""

from __future__ import annotations

from collections.abc import Callable

from rich.table import Table
from rich.text import Text

from parley.engine.money import format_money
from parley.engine.offers import OfferResult
from parley.i18n import _, ngettext
from parley.i18n import format as fmt
from parley.tui.widgets.badges import cap_badges

Metric = tuple[str, Callable[[OfferResult], object], Callable[[object], Text | str], int]
# The last item says which way is better: -1 lower is better, +1 higher, 0 no comparison.


def _money(value) -> str:
    return format_money(value)


def metrics(share_limit: float) -> list[Metric]:
    def share(value) -> Text:
        if value is None:
            return Text(_("add income in Plan (5)"), style="dim")
        flag = value > share_limit
        return Text(
            fmt.percent(value, 1) + (" ⚠" if flag else ""), style="bold red" if flag else ""
        )

    return [
        (_("Instalment"), lambda r: r.instalment, _money, -1),
        (_("Instalments"), lambda r: len(r.schedule.instalments), str, 0),
        (_("Down payment"), lambda r: r.down_payment, _money, 0),
        (_("Total to pay"), lambda r: r.total_paid, _money, -1),
        (_("Interest"), lambda r: r.total_interest, _money, -1),
        (_("Fees"), lambda r: r.total_fees, _money, -1),
        (_("True APR"), lambda r: (r.apr, r.caps_exceeded), _apr, -1),
        (_("EAR"), lambda r: r.ear, lambda v: fmt.percent(v, 2), -1),
        (_("Saves in total"), lambda r: r.savings, _savings, 1),
        (_("Saves in value today"), lambda r: r.savings_today, _savings, 1),
        (_("Share of monthly income"), lambda r: r.income_share, share, -1),
    ]


def baseline_line(baseline: OfferResult | None) -> Text:
    """What "if nothing changes" assumes, in one line, and the rate "value today" uses."""
    if baseline is None or not baseline.schedule.instalments:
        return Text(_("If nothing changes: enter the balance owed to compare."), style="dim")
    n = len(baseline.schedule.instalments)
    text = ngettext(
        "If nothing changes: {balance} repaid in {n} monthly instalment at the contract rate "
        "from {date}, plus {penalty} of penalty interest so far. Value today: every payment "
        "discounted at {rate} a year.",
        "If nothing changes: {balance} repaid in {n} monthly instalments at the contract rate "
        "from {date}, plus {penalty} of penalty interest so far. Value today: every payment "
        "discounted at {rate} a year.",
        n,
    ).format(
        balance=format_money(baseline.balance),
        n=n,
        date=fmt.short_date(baseline.schedule.instalments[0].due),
        penalty=format_money(baseline.penalty),
        rate=fmt.percent(baseline.discount_rate, 2),
    )
    return Text(text, style="dim")


def _apr(value) -> Text:
    apr, caps = value
    text = Text(fmt.percent(apr, 2) if apr is not None else _("no solution"))
    text.append_text(cap_badges(list(caps)))
    return text


def _savings(value) -> Text:
    if value > 0:
        return Text(format_money(value), style="green")
    if value < 0:
        return Text(_("costs {amount} more").format(amount=format_money(-value)), style="red")
    return Text(format_money(0))


def _sort_key(raw):
    return raw[0] if isinstance(raw, tuple) else raw


def figures_table(
    baseline: OfferResult | None,
    offers: dict[str, OfferResult | None],
    stale: dict[str, bool],
    share_limit: float,
) -> Table:
    table = Table(expand=True, show_edge=False, pad_edge=False, box=None, header_style="bold")
    table.add_column("", style="bold", no_wrap=True, min_width=12)
    table.add_column(_("If nothing changes"), ratio=1)
    for label in offers:
        header = _("Offer {label}").format(label=label)
        if stale.get(label):
            header += " " + _("(not updated: fix the field)")
        table.add_column(header, ratio=1)
    for name, get, show, better in metrics(share_limit):
        cells: list[Text | str] = []
        cells.append(show(get(baseline)) if baseline else "—")
        values = {k: (get(v) if v else None) for k, v in offers.items()}
        best = None
        comparable = {
            k: _sort_key(v) for k, v in values.items() if v is not None and _sort_key(v) is not None
        }
        if better and len(comparable) == 2 and len(set(comparable.values())) == 2:
            best = (min if better < 0 else max)(comparable, key=comparable.get)
        for label, value in values.items():
            if value is None:
                cells.append(Text("—", style="dim"))
                continue
            cell = show(value)
            cell = cell if isinstance(cell, Text) else Text(cell)
            if stale.get(label):
                cell.stylize("dim")
            if label == best:
                cell = Text("★ ", style="bold green") + cell
                cell.stylize("bold")
            cells.append(cell)
        table.add_row(name, *cells)
    return table
