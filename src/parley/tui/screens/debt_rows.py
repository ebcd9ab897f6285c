"""One row of the debts table: the figures it shows and how each cell is drawn."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text

from parley.engine.debt import Debt
from parley.i18n import _, ngettext
from parley.i18n import format as fmt
from parley.tui.widgets.badges import line_badges


@dataclass
class Row:
    """One debt with everything the table shows, computed off the UI thread."""

    debt: Debt
    rank: int
    apr: float | None
    caps: list  # legal_lines.Line: governing lines of the contract date the APR is above
    stage: object
    days_overdue: int
    left_30: int | None
    left_90: int | None
    monthly: int
    follow_up: object = None
    pending: bool = False  # true cost not computed yet
    intensity: object = None  # derived from the contact log (None: the debt's stated level)
    contacts: tuple[int, int] = (0, 0)  # collection contacts in the last 7 and 30 days
    reason: str = ""  # why it ranks where it does (triage)
    deal: object = None  # how the accepted deal's payments stand (engine.budget.tracking)


def row_cells(row: Row, format_money, with_deal: bool = False) -> tuple[int | None, list[Text]]:
    """The table cells of one row (and its debt id, the row key); `with_deal` adds how the
    accepted deal's payments stand, when any debt has one."""
    # Text, never str: a str cell is parsed as markup, so a lender called "[b]" would
    # vanish, and parsing a thousand rows is what makes a big table slow to appear.
    debt = row.debt
    if row.apr is not None:
        apr = Text(fmt.percent(row.apr, 1))
    else:
        apr = Text("…" if row.pending else _("n/a"), style="dim")
    apr.append_text(line_badges(row.caps))
    return debt.id, [
        Text(str(row.rank), justify="right"),
        Text(str(debt.id), justify="right"),
        Text(debt.lender),
        Text(debt.kind.label()),
        Text(format_money(debt.outstanding), justify="right"),
        apr,
        _overdue_text(row),
        _window_text(row.left_30, row.days_overdue, 30),
        _window_text(row.left_90, row.days_overdue, 90),
        _intensity_text(row),
        Text(debt.legal_stage.label()),
        Text(fmt.short_date(row.follow_up)),
    ] + ([_deal_text(row.deal)] if with_deal else [])


def _deal_text(deal) -> Text:
    from parley.tui.screens.plan.view import standing_text

    return standing_text(deal)


def haystack(row: Row) -> str:
    """What the filter looks in."""
    d = row.debt
    parts = [
        d.lender,
        d.kind.label(),
        d.contract_no,
        d.legal_stage.label(),
        row.stage.label(),
        d.notes,
    ]
    return " ".join(parts).casefold()


def _intensity_text(row: Row) -> Text:
    level = row.intensity or row.debt.collection_intensity
    n7, n30 = row.contacts
    text = Text(level.label(), style="bold red" if level.level >= 3 else "")
    if n30:
        text.append(" " + _("({n7}/7d, {n30}/30d)").format(n7=n7, n30=n30), style="dim")
    return text


def _overdue_text(row: Row) -> Text:
    label = row.stage.label()
    if row.days_overdue <= 0:
        return Text(label, style="green")
    days = ngettext("{n} day", "{n} days", row.days_overdue).format(n=row.days_overdue)
    style = "red" if row.days_overdue > 90 else ("yellow" if row.days_overdue > 30 else "")
    return Text(f"{days} · {label}", style=style)


def _window_text(left: int | None, days_overdue: int, window: int) -> Text:
    if days_overdue <= 0:
        return Text("—", style="dim")
    if left is None:
        return Text(_("passed"), style="red")
    return Text(ngettext("{n} day left", "{n} days left", left).format(n=left))
