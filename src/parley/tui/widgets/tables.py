"""Small helpers for DataTables whose row keys are record ids."""

from __future__ import annotations

from textual.widgets import DataTable


def cursor_id(table: DataTable) -> int | None:
    """The record id of the row under the cursor, or None when there is none."""
    if table.row_count == 0:
        return None
    try:
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
    except Exception:  # cursor outside the rows while the table is refilled
        return None
    return int(key.value) if key.value is not None else None
