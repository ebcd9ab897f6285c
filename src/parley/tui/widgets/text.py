"""User text is data, never markup: the one way Parley puts text on the screen.

Textual parses a plain `str` as markup almost everywhere (Static, Label, DataTable cells,
Select prompts, notifications). A lender called `[/]` then crashes the screen, `[sms]`
vanishes, and `[@click=screen.answer(True)]x` becomes a live button. Every widget below
shows what it is given exactly as typed; the app's `notify` does the same for messages.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich.console import RenderableType
from rich.text import Text
from textual.widgets import DataTable, Label, Select, Static


def literal(value: object, style: str = "") -> Text:
    """`value` as Rich Text that is shown character for character, whatever it holds."""
    if isinstance(value, Text):
        return value
    return Text("" if value is None else str(value), style=style, end="")


def _safe(value: Any) -> Any:
    return literal(value) if isinstance(value, str) else value


class Plain(Static):
    """A Static that never parses markup: `update("[/]")` shows `[/]`."""

    def __init__(self, content: RenderableType = "", **kwargs: Any) -> None:
        kwargs.setdefault("markup", False)
        super().__init__(content, **kwargs)

    def show(self, content: RenderableType) -> None:
        """`update`, laying the screen out again only when the height changes: figures
        change at every keystroke, and a layout of a busy screen costs more than the rest
        of the keystroke."""
        self.update(content, layout=False)
        width, height = self.size
        if not width or self.get_content_height(self.size, self.app.size, width) != height:
            self.refresh(layout=True)


class PlainLabel(Label):
    """A Label that never parses markup."""

    def __init__(self, content: RenderableType = "", **kwargs: Any) -> None:
        kwargs.setdefault("markup", False)
        super().__init__(content, **kwargs)


class PlainTable(DataTable):
    """A DataTable whose string cells are shown literally (DataTable parses str as markup)."""

    def add_row(self, *cells: Any, **kwargs: Any):  # type: ignore[override]
        return super().add_row(*(_safe(c) for c in cells), **kwargs)

    def update_cell(self, row_key, column_key, value, *, update_width: bool = False) -> None:  # type: ignore[override]
        super().update_cell(row_key, column_key, _safe(value), update_width=update_width)

    def update_cell_at(self, coordinate, value, *, update_width: bool = False) -> None:  # type: ignore[override]
        super().update_cell_at(coordinate, _safe(value), update_width=update_width)


def plain_options(options: Iterable[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    return [(_safe(prompt), value) for prompt, value in options]


class PlainSelect(Select):
    """A Select whose option prompts are shown literally."""

    def __init__(self, options: Iterable[tuple[Any, Any]], **kwargs: Any) -> None:
        super().__init__(plain_options(options), **kwargs)

    def set_options(self, options: Iterable[tuple[Any, Any]]):  # type: ignore[override]
        return super().set_options(plain_options(options))
