"""Two versions of an agreement, line by line: deleted lines red, inserted green, changed
lines as a pair, and every changed number in reverse video so it cannot be missed."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from parley.engine.textdiff import DiffLine, Span
from parley.tui.widgets.text import Plain

NUMBER_STYLE = "bold reverse"
_SIDE_STYLES = {"old": "red", "new": "green"}


def _marked(text: str, spans: tuple[Span, ...], side: str) -> Text:
    out = Text(text, style=_SIDE_STYLES[side])
    for span in spans:
        if span.side == side:
            out.stylize(NUMBER_STYLE, span.start, span.end)
    return out


def _row(grid: Table, old_no: int | None, new_no: int | None, sign: str, text: Text) -> None:
    grid.add_row(str(old_no) if old_no else "", str(new_no) if new_no else "", Text(sign), text)


def diff_table(lines: list[DiffLine]) -> Table:
    """The whole diff as one grid: old line number, new line number, sign, text."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(justify="right", style="dim")
    grid.add_column(justify="right", style="dim")
    grid.add_column(width=1)
    grid.add_column(ratio=1, overflow="fold")
    for line in lines:
        if line.op == "equal":
            _row(grid, line.old_no, line.new_no, " ", Text(line.new_text or "", style="dim"))
            continue
        if line.old_text is not None:
            _row(grid, line.old_no, None, "-", _marked(line.old_text, line.spans, "old"))
        if line.new_text is not None:
            _row(grid, None, line.new_no, "+", _marked(line.new_text, line.spans, "new"))
    return grid


class DiffView(VerticalScroll, can_focus=True):
    DEFAULT_CSS = """
    DiffView { height: 1fr; border: round $primary-darken-2; }
    DiffView:focus { border: round $accent; }
    DiffView > Static { height: auto; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.lines: list[DiffLine] = []

    def compose(self):
        yield Plain("", id="diff-body")

    def show(self, lines: list[DiffLine], empty: str) -> None:
        """Show `lines`; `empty` (translated) is said instead when nothing changed."""
        self.lines = lines
        body = self.query_one("#diff-body", Static)
        if all(line.op == "equal" for line in lines):
            body.update(Text(empty, style="italic"))
        else:
            body.update(diff_table(lines))
