"""A line chart drawn with braille dots, so it works in any terminal without a window."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.text import Text
from textual.widget import Widget

# Braille dot bits by (x, y) within a 2x4 cell.
_DOTS = ((0x01, 0x08), (0x02, 0x10), (0x04, 0x20), (0x40, 0x80))


@dataclass(frozen=True)
class Series:
    label: str
    points: tuple[int, ...]  # one value per step (e.g. the balance at each month's end)
    style: str


class LineChart(Widget):
    DEFAULT_CSS = """
    LineChart { height: 14; width: 1fr; }
    """

    def __init__(self, *, id: str | None = None, y_format=str, x_label: str = "") -> None:
        super().__init__(id=id)
        self.series: list[Series] = []
        self.y_format = y_format
        self.x_label = x_label

    def plot(self, series: Sequence[Series], x_label: str | None = None) -> None:
        self.series = [s for s in series if s.points]
        if x_label is not None:
            self.x_label = x_label
        self.refresh()

    def render(self) -> Text:
        width, height = self.size.width, self.size.height
        if not self.series or width < 20 or height < 5:
            return Text("")
        top = max(max(s.points) for s in self.series) or 1
        steps = max(len(s.points) for s in self.series)
        labels = [self.y_format(top), self.y_format(top // 2), self.y_format(0)]
        gutter = max(len(label) for label in labels) + 1
        cols, rows = width - gutter, height - 2  # room for the axis line and the legend
        if cols < 8 or rows < 2:
            return Text("")
        cells = [[0] * cols for _ in range(rows)]
        owner: list[list[str | None]] = [[None] * cols for _ in range(rows)]
        px_w, px_h = cols * 2, rows * 4
        for s in self.series:
            prev = None
            for i, value in enumerate(s.points):
                x = round(i * (px_w - 1) / max(steps - 1, 1))
                y = px_h - 1 - round(max(value, 0) * (px_h - 1) / top)
                if prev is not None:
                    for dx, dy in _line(prev, (x, y)):
                        _set(cells, owner, dx, dy, s.style)
                else:
                    _set(cells, owner, x, y, s.style)
                prev = (x, y)
        text = Text()
        for r in range(rows):
            if r == 0:
                label = labels[0]
            elif r == rows // 2:
                label = labels[1]
            elif r == rows - 1:
                label = labels[2]
            else:
                label = ""
            text.append(
                label.rjust(gutter - 1) + "┤" if label else " " * (gutter - 1) + "│", style="dim"
            )
            for c in range(cols):
                bits = cells[r][c]
                text.append(chr(0x2800 + bits) if bits else " ", style=owner[r][c] or "")
            text.append("\n")
        axis = " " * (gutter - 1) + "└" + "─" * (cols - len(self.x_label) - 1) + " " + self.x_label
        text.append(axis[:width] + "\n", style="dim")
        for s in self.series:
            text.append("━━ ", style=s.style)
            text.append(s.label + "   ")
        return text


def _set(cells, owner, x: int, y: int, style: str) -> None:
    r, c = y // 4, x // 2
    if 0 <= r < len(cells) and 0 <= c < len(cells[0]):
        cells[r][c] |= _DOTS[y % 4][x % 2]
        owner[r][c] = style


def _line(a: tuple[int, int], b: tuple[int, int]):
    """Points from a to b (Bresenham), excluding a."""
    (x0, y0), (x1, y1) = a, b
    dx, dy = abs(x1 - x0), -abs(y1 - y0)
    sx, sy = (1 if x0 < x1 else -1), (1 if y0 < y1 else -1)
    err = dx + dy
    while (x0, y0) != (x1, y1):
        e2 = 2 * err
        if e2 >= dy:
            err += dy
            x0 += sx
        if e2 <= dx:
            err += dx
            y0 += sy
        yield x0, y0
