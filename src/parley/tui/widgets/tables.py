"""Small helpers for DataTables whose row keys are record ids."""

from __future__ import annotations

from textual.geometry import Size
from textual.widgets import DataTable

from parley.tui.widgets.text import PlainTable


def cursor_id(table: DataTable) -> int | None:
    """The record id of the row under the cursor, or None when there is none."""
    if table.row_count == 0:
        return None
    try:
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
    except Exception:  # cursor outside the rows while the table is refilled
        return None
    return int(key.value) if key.value is not None else None


class FixedColumnsTable(PlainTable):
    """A DataTable whose columns are all given widths up front.

    DataTable measures every new cell to size auto-width columns; with fixed widths that
    work is thrown away, and with a thousand rows it is most of the time to first paint.
    """

    def _update_dimensions(self, new_rows) -> None:
        columns = list(self.columns.values())
        if not columns or any(c.auto_width for c in columns) or self._labelled_row_exists:
            super()._update_dimensions(new_rows)
            return
        header = self.header_height if self.show_header else 0
        width = sum(c.get_render_width(self) for c in columns) + self._row_label_column_width
        self.virtual_size = Size(width, self._total_row_height + header)
