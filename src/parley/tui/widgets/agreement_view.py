"""An agreement's text with line numbers, the lines with findings marked, one line highlighted."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.containers import VerticalScroll

from parley.engine.clauses import Finding, Severity
from parley.tui.widgets.text import Plain

SEVERITY_STYLES = {
    Severity.HIGH: "bold white on red",
    Severity.MEDIUM: "bold black on dark_orange",
    Severity.LOW: "black on yellow",
}
_MARKER_STYLES = {Severity.HIGH: "bold red", Severity.MEDIUM: "dark_orange", Severity.LOW: "yellow"}


def severity_badge(severity: Severity) -> Text:
    return Text(f" {severity.label()} ", style=SEVERITY_STYLES[severity])


class AgreementLine(Plain):
    DEFAULT_CSS = """
    AgreementLine { height: auto; }
    AgreementLine.-high { background: $error 15%; }
    AgreementLine.-medium { background: $warning 12%; }
    AgreementLine.-low { background: $warning 5%; }
    AgreementLine.-current { background: $accent 40%; text-style: bold; }
    """


class AgreementView(VerticalScroll, can_focus=True):
    """Each line is its own widget so long Chinese lines wrap under their text, not under the
    line number, and a finding's line can be scrolled into view exactly."""

    DEFAULT_CSS = """
    AgreementView { height: 1fr; border: round $primary-darken-2; padding: 0 1 0 0; }
    AgreementView:focus { border: round $accent; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.current: int | None = None

    async def show(self, text: str, findings: list[Finding], current: int | None = None) -> None:
        worst: dict[int, Severity] = {}
        for f in findings:
            if f.line not in worst or f.severity.rank < worst[f.line].rank:
                worst[f.line] = f.severity
        lines = text.splitlines() or [""]
        width = len(str(len(lines)))
        widgets = []
        for number, line in enumerate(lines, start=1):
            grid = Table.grid(padding=(0, 1))
            grid.add_column(justify="right", width=width + 1, style="dim")
            grid.add_column(ratio=1, overflow="fold")
            gutter = Text(str(number))
            if number in worst:
                gutter.append("●", style=_MARKER_STYLES[worst[number]])
            else:
                gutter.append(" ")
            grid.add_row(gutter, Text(line))
            widget = AgreementLine(grid, id=f"line-{number}")
            if number in worst:
                widget.add_class(f"-{worst[number].value}")
            widgets.append(widget)
        await self.remove_children()
        await self.mount_all(widgets)
        self.current = None
        if current is not None:
            self.highlight(current)

    def highlight(self, line: int) -> None:
        """Mark `line` (1-based) as the current one and scroll it into view."""
        if self.current is not None:
            for old in self.query(f"#line-{self.current}"):
                old.remove_class("-current")
        self.current = line
        found = self.query(f"#line-{line}")
        if found:
            widget = found.first()
            widget.add_class("-current")
            self.scroll_to_center(widget, animate=False)
