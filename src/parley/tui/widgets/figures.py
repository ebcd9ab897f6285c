"""The side-by-side figures of the baseline and offers A and B, with the better one marked."""

from __future__ import annotations

from collections.abc import Callable

from rich.table import Table
from rich.text import Text

from parley.engine.contract_rate import ContractRate
from parley.engine.legal_lines import Line
from parley.engine.money import format_money
from parley.engine.offers import OfferResult
from parley.i18n import _, ngettext
from parley.i18n import format as fmt
from parley.tui.widgets.badges import cap_badges, line_badges

Metric = tuple[str, str, Callable[[OfferResult], object], Callable[[object], Text | str], int]
# (key, name, value, how it is shown, which way is better: -1 lower is better, +1 higher,
# 0 no comparison).


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
        ("instalment", _("Instalment"), lambda r: r.instalment, _money, -1),
        ("count", _("Instalments"), lambda r: len(r.schedule.instalments), str, 0),
        ("down", _("Down payment"), lambda r: r.down_payment, _money, 0),
        ("total", _("Total to pay"), lambda r: r.total_paid, _money, -1),
        ("interest", _("Interest"), lambda r: r.total_interest, _money, -1),
        ("fees", _("Fees"), lambda r: r.total_fees, _money, -1),
        ("penalty", _("Penalty interest"), lambda r: r.penalty, _money, -1),
        ("apr", _("True APR"), lambda r: (r.apr, r.caps_exceeded), _apr, -1),
        ("ear", _("EAR"), lambda r: r.ear, lambda v: fmt.percent(v, 2), -1),
        ("savings", _("Saves in total"), lambda r: r.savings, _savings, 1),
        ("today", _("Saves in value today"), lambda r: r.savings_today, _savings, 1),
        ("share", _("Share of monthly income"), lambda r: r.income_share, share, -1),
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


def lines_note(contract: ContractRate | None, today_lpr: Line | None) -> Text:
    """What the APR row and its badges measure, and which day's LPR each column uses."""
    if contract is None:
        return Text()
    loan = contract.lpr_line
    if not loan.applies:
        # 4 x LPR does not govern a licensed lender: no badge uses it, so no date to name.
        return Text(
            _(
                "True APR “if nothing changes” is the loan's own, from the contract's cash "
                "flows without penalty. Badges show the lines that govern this kind of "
                "lender; 4 × LPR governs only lenders without a lending licence."
            ),
            style="dim",
        )
    text = _(
        "True APR “if nothing changes” is the loan's own, from the contract's cash flows "
        "without penalty; its badges are the lines governing this lender on the contract "
        "date (LPR {lpr} of {day})."
    ).format(lpr=fmt.percent(float(loan.lpr or 0), 2), day=_day(loan))
    if today_lpr is not None:
        text += _sentence_gap() + _(
            "An offer is a new agreement: its badges use today's lines (LPR {lpr} of {day})."
        ).format(lpr=fmt.percent(float(today_lpr.lpr or 0), 2), day=_day(today_lpr))
    return Text(text, style="dim")


def _sentence_gap() -> str:
    """Sentences are joined with a space in English, with none in Chinese."""
    from parley.i18n import language

    return "" if language().startswith("zh") else " "


def _day(line: Line) -> str:
    return line.lpr_day.isoformat() if line.lpr_day is not None else "—"


def overpaid_line(contract: ContractRate | None) -> Text:
    """Interest already paid above the governing line, and how it was found; empty when
    there is none."""
    from parley.engine.overpaid import SOURCE_CONTRACT

    over = contract.overpaid if contract is not None else None
    if over is None or over.line is None or over.amount <= 0:
        return Text()
    text = Text()
    text.append(
        _("Interest paid above {line}: {amount}, to offset against principal.").format(
            line=over.line.label(), amount=format_money(over.amount)
        ),
        style="bold",
    )
    how = _(
        "How: {paid} paid in interest and fees; {allowed} allowed at {line} on the "
        "{received} actually received."
    ).format(
        paid=format_money(over.interest_and_fees_paid),
        allowed=format_money(over.allowed),
        line=over.line.label(),
        received=format_money(over.received),
    )
    if over.source == SOURCE_CONTRACT:
        how += _sentence_gap() + _(
            "(The instalments counted as paid stand in for recorded payments.)"
        )
    text.append("\n" + how, style="dim")
    return text


def _apr(value) -> Text:
    apr, caps = value
    text = Text(fmt.percent(apr, 2) if apr is not None else _("no solution"))
    text.append_text(cap_badges(list(caps)))
    return text


def _apr_lines(apr: float | None, lines) -> Text:
    text = Text(fmt.percent(apr, 2) if apr is not None else _("no solution"))
    text.append_text(line_badges(lines))
    return text


def _contract_cell(key: str, contract: ContractRate) -> Text | None:
    """The baseline column's cell where the loan's own figure replaces the baseline's."""
    if key == "apr":
        return _apr_lines(contract.apr, contract.above)
    if key == "ear":
        return Text(fmt.percent(contract.ear, 2))
    if key == "penalty":
        penalty = contract.penalty
        text = Text(format_money(penalty.amount))
        if penalty.amount:
            # The header line says "a year"; the cell stays on one line.
            text.append(" · " + fmt.percent(penalty.annual_rate, 2))
            text.append_text(line_badges(contract.penalty_above))
        return text
    return None


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
    contract: ContractRate | None = None,
    offer_lines: dict[str, list[Line]] | None = None,
) -> Table:
    """The figures side by side. With `contract` the baseline column shows the loan's own
    APR, EAR and penalty (engine/contract_rate.py) instead of the baseline's IRR, which
    counts penalty as paid at once; `offer_lines` are the lines each offer's APR is above
    (today's, an offer being a new agreement)."""
    table = Table(expand=True, show_edge=False, pad_edge=False, box=None, header_style="bold")
    table.add_column("", style="bold", no_wrap=True, min_width=12)
    # A little wider: its penalty and APR cells carry the badges of the legal lines.
    table.add_column(_("If nothing changes"), ratio=6)
    for label in offers:
        header = _("Offer {label}").format(label=label)
        if stale.get(label):
            header += " " + _("(not updated: fix the field)")
        table.add_column(header, ratio=5)
    for key, name, get, show, better in metrics(share_limit):
        cells: list[Text | str] = []
        own = _contract_cell(key, contract) if contract is not None and baseline else None
        cells.append(own if own is not None else show(get(baseline)) if baseline else "—")
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
            if key == "apr" and offer_lines is not None:
                cell = _apr_lines(value[0], offer_lines.get(label, []))
            else:
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
