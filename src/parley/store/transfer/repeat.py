"""Importing the same file twice would double every debt: notice it and ask first.

A record counts as already there when the file holds one with the same identifying fields:
for a debt its lender, contract number, principal and start date; for an event its kind,
time and summary. Content is compared (not a file hash), so a re-saved or renamed copy of
the same data is noticed too.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from parley.i18n import ngettext
from parley.store.transfer.columns import ImportRejected

DEBT_KEY = ("lender", "contract_no", "principal", "start_date")
EVENT_KEY = ("kind", "occurred_at", "summary")


class AlreadyImported(ImportRejected):
    """Some records of the file are in the data file already; nothing was written.

    `repeated` and `total` count the debts (or, for a file without debts, the events)."""

    def __init__(self, message: str, repeated: int, total: int) -> None:
        super().__init__(message)
        self.repeated = repeated
        self.total = total


def _key(row: dict[str, Any], names: tuple[str, ...], defaults: dict[str, Any]) -> tuple:
    return tuple(row.get(n, defaults.get(n)) for n in names)


def _present(
    conn: sqlite3.Connection, table: str, names: tuple[str, ...], rows: list[dict[str, Any]]
) -> int:
    defaults = {"contract_no": "", "principal": 0, "summary": ""}
    existing = {tuple(r) for r in conn.execute(f"SELECT {', '.join(names)} FROM {table}")}
    return sum(1 for row in rows if _key(row, names, defaults) in existing)


def refuse_repeat(
    conn: sqlite3.Connection, debts: list[dict[str, Any]], events: list[dict[str, Any]]
) -> None:
    """Raise AlreadyImported when the records about to be added are in the file already."""
    if debts:
        repeated = _present(conn, "debts", DEBT_KEY, debts)
        if repeated:
            raise AlreadyImported(
                ngettext(
                    "{n} of the {total} debts in this file is already in the data file "
                    "(same lender, contract number, principal and start date): it looks "
                    "imported before. Nothing was imported.",
                    "{n} of the {total} debts in this file are already in the data file "
                    "(same lender, contract number, principal and start date): it looks "
                    "imported before. Nothing was imported.",
                    repeated,
                ).format(n=repeated, total=len(debts)),
                repeated,
                len(debts),
            )
        return
    if events:
        repeated = _present(conn, "events", EVENT_KEY, events)
        if repeated:
            raise AlreadyImported(
                ngettext(
                    "{n} of the {total} events in this file is already in the data file "
                    "(same kind, time and summary): it looks imported before. "
                    "Nothing was imported.",
                    "{n} of the {total} events in this file are already in the data file "
                    "(same kind, time and summary): it looks imported before. "
                    "Nothing was imported.",
                    repeated,
                ).format(n=repeated, total=len(events)),
                repeated,
                len(events),
            )
