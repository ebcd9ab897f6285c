"""What comes due next, soonest first: follow-ups, instalments and the best and latest
windows (their lengths in days are settings)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from parley.engine.due import LOOKBACK_DAYS, DueItem, DueKind
from parley.engine.money import format_money
from parley.i18n import _, ngettext
from parley.tui.widgets.text import Plain


def when_text(days_left: int) -> Text:
    if days_left < 0:
        n = -days_left
        return Text(
            ngettext("{n} day overdue", "{n} days overdue", n).format(n=n), style="bold red"
        )
    if days_left == 0:
        return Text(_("today"), style="bold yellow")
    style = "yellow" if days_left <= 3 else ""
    return Text(ngettext("in {n} day", "in {n} days", days_left).format(n=days_left), style=style)


def due_text(items: Sequence[DueItem], lenders: Mapping[int, str]) -> Text:
    """Two lines an item: when and what; then whose and the detail (cut to one line)."""
    if not items:
        return Text(_("Nothing due in the coming weeks."), style="dim")
    lines: list[Text] = []
    for item in items:
        head = when_text(item.days_left)
        head.append(f" · {item.day.isoformat()} · ", style="dim")
        head.append(item.label(), style="bold")
        lines.append(head)
        lender = lenders.get(item.debt_id, "") if item.debt_id is not None else ""
        tail = Text("  " + lender)
        if item.kind is DueKind.INSTALMENT and item.amount is not None:
            tail.append(
                " · "
                + _("{amount}, {n} of {count}").format(
                    amount=format_money(item.amount), n=item.number, count=item.of
                )
            )
        elif item.detail:
            tail.append(" · " + " ".join(item.detail.split()), style="dim")
        lines.append(tail)
    for line in lines:
        line.no_wrap = True
        line.overflow = "ellipsis"
    return Text("\n", no_wrap=True, overflow="ellipsis").join(lines)


class DuePanel(VerticalScroll):
    DEFAULT_CSS = """
    DuePanel { height: 1fr; border: round $primary-darken-2; padding: 0 1; }
    DuePanel > Static { width: 100%; text-wrap: nowrap; text-overflow: ellipsis; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.items: list[DueItem] = []
        self.lenders: dict[int, str] = {}

    def compose(self):
        self.border_title = _("What comes due")
        self.border_subtitle = ngettext(
            "overdue items stay {n} day", "overdue items stay {n} days", LOOKBACK_DAYS
        ).format(n=LOOKBACK_DAYS)
        yield Plain(due_text(self.items, self.lenders), id="due-body")

    def show(self, items: list[DueItem], lenders: dict[int, str]) -> None:
        self.items, self.lenders = items, lenders
        self.query_one("#due-body", Static).update(due_text(items, lenders))
