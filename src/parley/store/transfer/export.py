"""Every table out: JSON rows exactly as stored, or one CSV per table for spreadsheets."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from parley import clock
from parley.engine.money import to_decimal_str
from parley.private_files import open_private, private_dir
from parley.store import schema
from parley.store.db import Store
from parley.store.transfer.columns import FORMAT, MONEY_COLUMNS, columns_of


def table_rows(store: Store, table: str) -> list[dict[str, Any]]:
    order = "debt_id, code" if table == "checklist" else "rowid"
    if table == "settings":
        order = "key"
    return store._rows(f"SELECT * FROM {table} ORDER BY {order}")


def export_data(store: Store) -> dict[str, Any]:
    """Every table's rows as stored, with what a reader needs to know about the file."""
    return {
        "format": FORMAT,
        "schema_version": store.schema_version,
        "exported_at": clock.now().isoformat(timespec="seconds"),
        "tables": {table: table_rows(store, table) for table in schema.TABLES},
    }


def export_json(store: Store) -> str:
    return json.dumps(export_data(store), ensure_ascii=False, indent=2) + "\n"


# A spreadsheet runs a cell starting with one of these as a formula (=HYPERLINK(...), @SUM).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula, with a leading apostrophe so it is
    shown as typed (the CSV import removes it again). Numbers are left alone."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def export_csv(store: Store, folder: Path) -> list[Path]:
    """One CSV per table in `folder` (created if needed); money in major units; text that
    would run as a spreadsheet formula neutralised."""
    private_dir(folder)
    written = []
    for table in schema.TABLES:
        names = [c[0] for c in columns_of(store, table)]
        money = MONEY_COLUMNS.get(table, ())
        target = folder / f"{table}.csv"
        # utf-8-sig so spreadsheet programs read the Chinese text correctly.
        with open_private(target, "w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(names)
            for row in table_rows(store, table):
                writer.writerow(
                    [
                        ""
                        if row[n] is None
                        else to_decimal_str(row[n])
                        if n in money
                        else spreadsheet_safe(row[n])
                        for n in names
                    ]
                )
        written.append(target)
    return written
