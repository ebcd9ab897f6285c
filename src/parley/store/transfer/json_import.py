"""A JSON export back in: every row checked as the forms check it, then one transaction."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from typing import Any

from parley import clock
from parley.engine.limits import debt_problem, payment_problem, settings_problem, terms_problem
from parley.i18n import _
from parley.store import schema
from parley.store.db import Store
from parley.store.records import row_to_debt, terms_from_json
from parley.store.settings_rows import settings_from_dict
from parley.store.transfer.columns import (
    FORMAT,
    HOUSEHOLD,
    PARENTS,
    ImportRejected,
    check_value,
    columns_of,
    reject,
)
from parley.store.transfer.repeat import refuse_repeat


def _validate_tables(store: Store, tables: dict[str, Any]) -> None:
    ids: dict[str, set[Any]] = {}
    today = clock.today()
    for table in schema.TABLES:
        rows = tables.get(table, [])
        if not isinstance(rows, list):
            raise reject(table, table, _("expected a list of rows."))
        columns = columns_of(store, table)
        known = {c[0] for c in columns}
        seen: set[Any] = set()
        for n, row in enumerate(rows, start=1):
            where = _("{table}, row {row}").format(table=table, row=n)
            if not isinstance(row, dict):
                raise reject(where, None, _("expected an object with named fields."))
            for key in row:
                if key not in known:
                    raise reject(where, key, _("this field does not exist in Parley's data."))
            for name, decl, required, is_pk in columns:
                value = row.get(name)
                if value is None and required:
                    raise reject(where, name, _("a value is required."))
                problem = check_value(table, name, decl, value)
                if problem:
                    raise reject(where, name, problem)
                if is_pk and value is not None:
                    if value in seen:
                        raise reject(where, name, _("this id appears twice."))
                    seen.add(value)
            problem = _row_problem(table, row, today)
            if problem:
                raise reject(where, *problem)
            for column, parent_table in PARENTS.get(table, ()):
                value = row.get(column)
                if value is not None and value not in ids.get(parent_table, set()):
                    raise reject(
                        where,
                        column,
                        _("refers to {parent} id {id}, which is not in the file.").format(
                            parent=parent_table, id=value
                        ),
                    )
        ids[table] = seen


def _row_problem(table: str, row: dict[str, Any], today: date) -> tuple[str, str] | None:
    """What the form for this kind of record would refuse (types are already checked)."""
    if table == "debts":
        return debt_problem(row_to_debt(row), today)
    if table == "payments":
        return payment_problem(row.get("amount"), date.fromisoformat(row["paid_on"]))
    if table == "offers":
        problem = terms_problem(terms_from_json(row["terms"]))
        return ("terms", f"{problem[0]}: {problem[1]}") if problem else None
    if table == "settings":
        try:
            settings = settings_from_dict({row["key"]: json.loads(row["value"])})
        except (TypeError, ValueError, ArithmeticError):  # ArithmeticError: Decimal NaN, int(inf)
            return "value", _("the value is not valid here.")
        problem = settings_problem(settings)
        return ("value", problem[1]) if problem else None
    return None


def _schema_version(data: dict[str, Any], store: Store) -> None:
    version = data.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ImportRejected(
            _(
                "“schema_version” must be a whole number from 1 up, not {value}. "
                "Nothing was imported."
            ).format(value=json.dumps(version, ensure_ascii=False)[:40])
        )
    if version > store.schema_version:
        raise ImportRejected(
            _("This export comes from a newer version of Parley. Nothing was imported.")
        )


def _is_blank(conn: sqlite3.Connection) -> bool:
    """No record in any table (settings aside): only then may an import keep its ids."""
    return not any(
        conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone()
        for table in schema.TABLES
        if table not in HOUSEHOLD  # a new file already has its (empty) budget row
    )


def import_data(store: Store, data: Any, *, again: bool = False) -> dict[str, int]:
    """Import an export; returns rows added per table. Raises ImportRejected, writes nothing
    then. Into a file with no records ids are kept (a lossless restore); otherwise new ids
    are given and the file's own settings are kept. Records already in the file are refused
    (AlreadyImported) unless `again`."""
    if not isinstance(data, dict) or data.get("format") != FORMAT or "tables" not in data:
        raise ImportRejected(_("This JSON file is not a Parley export. Nothing was imported."))
    _schema_version(data, store)
    tables = data["tables"]
    if not isinstance(tables, dict):
        raise ImportRejected(_("This JSON file is not a Parley export. Nothing was imported."))
    unknown = [t for t in tables if t not in schema.TABLES]
    if unknown:
        raise reject(str(unknown[0]), str(unknown[0]), _("Parley has no such table."))
    _validate_tables(store, tables)
    maps: dict[str, dict[Any, int]] = {"debts": {}, "events": {}, "offers": {}}
    counts: dict[str, int] = {}
    # Deciding and writing in one IMMEDIATE transaction: two imports at once cannot both
    # see an empty file and both try to keep the same ids.
    with store._tx() as conn:
        keep_ids = _is_blank(conn)
        if not again:
            refuse_repeat(conn, tables.get("debts", []), tables.get("events", []))
        for table in schema.TABLES:
            rows = tables.get(table, [])
            if table in HOUSEHOLD and not keep_ids:
                continue
            if table == "budget_lines" and rows:
                conn.execute("DELETE FROM budget_lines")  # the export's budget replaces it
            if table == "budget" and rows:
                conn.execute("DELETE FROM budget")
            for row in rows:
                row = dict(row)
                if not keep_ids:
                    for column, parent_table in PARENTS.get(table, ()):
                        if row.get(column) is not None:
                            row[column] = maps[parent_table][row[column]]
                    old = row.pop("id", None)
                else:
                    old = row.get("id")
                if table == "settings":
                    conn.execute(
                        "INSERT INTO settings (key, value) VALUES (?, ?) "
                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                        (row["key"], row["value"]),
                    )
                    new = None
                else:
                    new = Store._insert(conn, table, row)
                if table in maps:
                    maps[table][old] = new
            counts[table] = len(rows)
        if keep_ids:
            conn.execute("INSERT OR IGNORE INTO budget (id) VALUES (1)")
            # An export from before the budget kept the income in the settings.
            schema.adopt_settings_income(conn)
    return counts


def import_json_text(store: Store, text: str, *, again: bool = False) -> dict[str, int]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportRejected(
            _("The file is not valid JSON (line {line}: {reason}). Nothing was imported.").format(
                line=error.lineno, reason=error.msg
            )
        ) from None
    except RecursionError:
        raise ImportRejected(
            _("The file nests too deeply to be a Parley export. Nothing was imported.")
        ) from None
    return import_data(store, data, again=again)
