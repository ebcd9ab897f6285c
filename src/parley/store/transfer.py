"""Export every table and import it back: JSON (exact) and CSV (for spreadsheets).

JSON holds the rows exactly as stored (money in minor units) and round-trips losslessly.
CSV writes one file per table into a folder, money in major units ("12000.00"); a CSV of
debts (the header in `DEBT_CSV_COLUMNS`, or `debts.csv` from a CSV export) can be imported.
An import is checked whole before anything is written, then written in one transaction.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from parley import clock
from parley.engine.debt import Intensity, LegalStage, LenderKind, Method
from parley.engine.errors import InputError
from parley.engine.money import parse_money, to_decimal_str
from parley.engine.rates import parse_rate
from parley.i18n import _, gettext_in
from parley.private_files import open_private, private_dir
from parley.store import schema
from parley.store.db import Store, settings_from_dict
from parley.store.records import AbuseFlag, EventKind, OfferStatus, terms_from_json

FORMAT = "parley-export"


class ImportRejected(InputError):
    """The file was refused whole; the message names the row, the field and the reason."""


# --- what each column must hold -----------------------------------------------------------

_SEMANTIC: dict[tuple[str, str], Any] = {
    ("debts", "kind"): LenderKind,
    ("debts", "method"): Method,
    ("debts", "collection_intensity"): Intensity,
    ("debts", "legal_stage"): LegalStage,
    ("debts", "start_date"): date,
    ("debts", "first_missed"): date,
    ("debts", "deleted_at"): datetime,
    ("debts", "credit_reported"): bool,
    ("debts", "accelerated"): bool,
    ("payments", "paid_on"): date,
    ("offers", "status"): OfferStatus,
    ("offers", "terms"): "terms",
    ("offers", "proposed_by"): ("me", "lender"),
    ("offers", "created_at"): datetime,
    ("offers", "updated_at"): datetime,
    ("events", "kind"): EventKind,
    ("events", "occurred_at"): datetime,
    ("events", "follow_up"): date,
    ("events", "agent_verified"): bool,
    ("events", "abuse"): "abuse",
    ("promises", "written"): bool,
    ("attachments", "added_at"): datetime,
    ("agreements", "created_at"): datetime,
    ("checklist", "checked"): bool,
    ("checklist", "checked_on"): date,
    ("wizard_drafts", "data"): "json",
    ("wizard_drafts", "updated_at"): datetime,
    ("settings", "value"): "json",
    ("budget", "keep_share_rule"): bool,
    ("budget", "updated_at"): datetime,
    ("budget_lines", "kind"): ("income", "essential"),
    ("plan_pins", "terms"): "terms",
    ("plan_pins", "pinned_at"): datetime,
}

# Columns holding money, written in major units in CSV.
MONEY_COLUMNS: dict[str, tuple[str, ...]] = {
    "debts": (
        "principal",
        "received",
        "fee_upfront",
        "fee_per_instalment",
        "fee_one_off",
        "principal_repaid",
        "interest_repaid",
        "outstanding",
    ),
    "payments": ("amount",),
    "budget": ("lump_sum",),
    "budget_lines": ("amount",),
}

_PARENT = {
    "payments": ("debt_id", "debts"),
    "offers": ("debt_id", "debts"),
    "events": ("debt_id", "debts"),
    "agreements": ("debt_id", "debts"),
    "checklist": ("debt_id", "debts"),
    "wizard_drafts": ("debt_id", "debts"),
    "plan_pins": ("debt_id", "debts"),
    "promises": ("event_id", "events"),
    "attachments": ("event_id", "events"),
}
# Optional second references (NULL allowed), checked and remapped like the parents.
_REFERS = {"payments": ("offer_id", "offers")}
# The file's own budget is kept when importing into a file with data (as its settings are).
_HOUSEHOLD = ("settings", "budget", "budget_lines")


def _columns(store: Store, table: str) -> list[tuple[str, str, bool, bool]]:
    """(name, declared type, required, is the integer primary key) per column."""
    info = list(store.conn.execute(f"PRAGMA table_info({table})"))
    single_pk = sum(1 for row in info if row[5]) == 1
    out = []
    for row in info:
        _cid, name, decl, notnull, default, pk = row
        rowid_pk = single_pk and pk == 1 and decl.upper() == "INTEGER"
        out.append(
            (name, decl.upper(), bool(notnull) and default is None and not rowid_pk, rowid_pk)
        )
    return out


def _reject(where: str, field: str, reason: str) -> ImportRejected:
    return ImportRejected(
        _("{where}, field “{field}”: {reason} Nothing was imported.").format(
            where=where, field=field, reason=reason
        ),
        field=field,
    )


def _check_value(table: str, column: str, decl: str, value: Any) -> str | None:
    """Why a value cannot go into a column, or None when it can."""
    if value is None:
        return None
    kind = _SEMANTIC.get((table, column))
    if kind is bool:
        return None if value in (0, 1) and not isinstance(value, float) else _("expected 0 or 1.")
    if decl == "INTEGER":
        if isinstance(value, bool) or not isinstance(value, int):
            return _("expected a whole number (money is in minor units, e.g. fen).")
        if table in ("budget", "budget_lines") and column in ("amount", "lump_sum") and value < 0:
            return _("An amount cannot be negative.")
        if table == "budget" and column == "id" and value != 1:
            return _("the value is not valid here.")
        return None
    if decl == "REAL":
        if isinstance(value, bool) or not isinstance(value, int | float):
            return _("expected a number.")
        return None
    if not isinstance(value, str):
        return _("expected text.")
    try:
        if kind is date:
            date.fromisoformat(value)
        elif kind is datetime:
            datetime.fromisoformat(value)
        elif isinstance(kind, type) and issubclass(kind, Enum):
            kind(value)
        elif isinstance(kind, tuple) and value not in kind:
            raise ValueError(value)
        elif kind == "terms":
            terms_from_json(value)
        elif kind == "abuse":
            flags = json.loads(value)
            if not isinstance(flags, list):
                raise ValueError(value)
            for flag in flags:
                AbuseFlag(flag)
        elif kind == "json":
            json.loads(value)
    except (ValueError, TypeError, KeyError):
        if kind is date:
            return _("“{value}” is not a date like 2025-03-31.").format(value=value)
        if kind is datetime:
            return _("“{value}” is not a date and time like 2025-03-31T14:05:00.").format(
                value=value
            )
        if isinstance(kind, type) and issubclass(kind, Enum):
            return _("“{value}” is not one of: {choices}.").format(
                value=value, choices=", ".join(m.value for m in kind)
            )
        if isinstance(kind, tuple):
            return _("“{value}” is not one of: {choices}.").format(
                value=value, choices=", ".join(kind)
            )
        return _("the value is not valid here.")
    return None


# --- export -------------------------------------------------------------------------------


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


def export_csv(store: Store, folder: Path) -> list[Path]:
    """One CSV per table in `folder` (created if needed); money in major units."""
    private_dir(folder)
    written = []
    for table in schema.TABLES:
        names = [c[0] for c in _columns(store, table)]
        money = MONEY_COLUMNS.get(table, ())
        target = folder / f"{table}.csv"
        # utf-8-sig so spreadsheet programs read the Chinese text correctly.
        with open_private(target, "w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(names)
            for row in table_rows(store, table):
                writer.writerow(
                    [
                        "" if row[n] is None else to_decimal_str(row[n]) if n in money else row[n]
                        for n in names
                    ]
                )
        written.append(target)
    return written


# --- import: JSON -------------------------------------------------------------------------


def _validate_tables(store: Store, tables: dict[str, Any]) -> None:
    ids: dict[str, set[Any]] = {}
    for table in schema.TABLES:
        rows = tables.get(table, [])
        if not isinstance(rows, list):
            raise _reject(table, table, _("expected a list of rows."))
        columns = _columns(store, table)
        known = {c[0] for c in columns}
        seen: set[Any] = set()
        for n, row in enumerate(rows, start=1):
            where = _("{table}, row {row}").format(table=table, row=n)
            if not isinstance(row, dict):
                raise _reject(where, "-", _("expected an object with named fields."))
            for key in row:
                if key not in known:
                    raise _reject(where, key, _("this field does not exist in Parley's data."))
            for name, decl, required, is_pk in columns:
                value = row.get(name)
                if value is None and required:
                    raise _reject(where, name, _("a value is required."))
                problem = _check_value(table, name, decl, value)
                if problem:
                    raise _reject(where, name, problem)
                if is_pk and value is not None:
                    if value in seen:
                        raise _reject(where, name, _("this id appears twice."))
                    seen.add(value)
            if table == "settings":
                try:
                    settings_from_dict({row["key"]: json.loads(row["value"])})
                except (TypeError, ValueError):
                    raise _reject(where, "value", _("the value is not valid here.")) from None
            for column, parent_table in filter(None, (_PARENT.get(table), _REFERS.get(table))):
                value = row.get(column)
                if value is not None and value not in ids.get(parent_table, set()):
                    raise _reject(
                        where,
                        column,
                        _("refers to {parent} id {id}, which is not in the file.").format(
                            parent=parent_table, id=value
                        ),
                    )
        ids[table] = seen


def import_data(store: Store, data: Any) -> dict[str, int]:
    """Import an export; returns rows added per table. Raises ImportRejected, writes nothing
    then. Into a file without debts ids are kept (a lossless restore); otherwise new ids
    are given and the file's own settings are kept."""
    if not isinstance(data, dict) or data.get("format") != FORMAT or "tables" not in data:
        raise ImportRejected(_("This JSON file is not a Parley export. Nothing was imported."))
    version = data.get("schema_version")
    if isinstance(version, int) and version > store.schema_version:
        raise ImportRejected(
            _("This export comes from a newer version of Parley. Nothing was imported.")
        )
    tables = data["tables"]
    if not isinstance(tables, dict):
        raise ImportRejected(_("This JSON file is not a Parley export. Nothing was imported."))
    unknown = [t for t in tables if t not in schema.TABLES]
    if unknown:
        raise _reject(unknown[0], unknown[0], _("Parley has no such table."))
    _validate_tables(store, tables)
    keep_ids = store.is_empty()
    maps: dict[str, dict[Any, int]] = {"debts": {}, "events": {}, "offers": {}}
    counts: dict[str, int] = {}
    with store._tx() as conn:
        for table in schema.TABLES:
            rows = tables.get(table, [])
            if table in _HOUSEHOLD and not keep_ids:
                continue
            if table == "budget_lines" and rows:
                conn.execute("DELETE FROM budget_lines")  # the export's budget replaces it
            if table == "budget":
                conn.execute("DELETE FROM budget")
            for row in rows:
                row = dict(row)
                if not keep_ids:
                    for column, parent_table in filter(
                        None, (_PARENT.get(table), _REFERS.get(table))
                    ):
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
            if not tables.get("budget"):
                conn.execute("INSERT OR IGNORE INTO budget (id) VALUES (1)")
            # An export from before the budget kept the income in the settings.
            schema.adopt_settings_income(conn)
    return counts


def import_json_text(store: Store, text: str) -> dict[str, int]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportRejected(
            _("The file is not valid JSON (line {line}: {reason}). Nothing was imported.").format(
                line=error.lineno, reason=error.msg
            )
        ) from None
    return import_data(store, data)


# --- import: CSV of debts -----------------------------------------------------------------

# The documented header, in order. Only `lender` is required; money in major units
# ("12000", "12,000.00", "1.2万"); rate as the contract quotes it ("24%", "日息0.05%").
DEBT_CSV_COLUMNS: tuple[str, ...] = (
    "lender",
    "kind",
    "contract_no",
    "principal",
    "received",
    "start_date",
    "term",
    "method",
    "rate",
    "penalty_rate",
    "fee_upfront",
    "fee_per_instalment",
    "fee_one_off",
    "instalments_paid",
    "principal_repaid",
    "interest_repaid",
    "outstanding",
    "first_missed",
    "collection_intensity",
    "legal_stage",
    "credit_reported",
    "notes",
    "accelerated",
)
# Also accepted, so `debts.csv` from a CSV export can be read back.
_CSV_ALIASES = {"rate_text": "rate"}
_CSV_IGNORED = ("id", "annual_rate")
_CSV_EXTRA = ("deleted_at",)

_TRUE = {"1", "yes", "y", "true", "是", "有", "已上报"}
_FALSE = {"0", "no", "n", "false", "否", "无", "未上报", ""}


def _enum_reader(enum: type[Enum]) -> Callable[[str], Enum]:
    def read(text: str) -> Enum:
        key = text.strip().lower()
        for member in enum:
            names = {
                member.value,
                gettext_in("en", _label(member)),
                gettext_in("zh_CN", _label(member)),
            }
            if key in {n.lower() for n in names}:
                return member
        raise InputError(
            _("“{value}” is not one of: {choices}.").format(
                value=text, choices=", ".join(m.value for m in enum)
            )
        )

    return read


def _label(member: Enum) -> str:
    from parley.engine import debt as debt_module

    return debt_module._LABELS[member]


def _int(text: str) -> int:
    try:
        value = int(text.strip())
    except ValueError:
        raise InputError(_("“{value}” is not a whole number.").format(value=text)) from None
    if value < 0:
        raise InputError(_("A count cannot be negative."))
    return value


def _date(text: str) -> date:
    cleaned = text.strip().replace("/", "-").replace(".", "-")
    try:
        y, m, d = (int(p) for p in cleaned.split("-"))
        return date(y, m, d)
    except ValueError:
        raise InputError(_("“{value}” is not a date like 2025-03-31.").format(value=text)) from None


def _bool(text: str) -> bool:
    key = text.strip().lower()
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise InputError(_("“{value}” is not yes or no.").format(value=text))


def _debt_from_csv(record: dict[str, str]) -> tuple[dict[str, Any], str | None]:
    """One CSV record as a debts row; raises InputError with `field` set."""
    from parley.engine.debt import Debt
    from parley.store.records import debt_to_row

    values: dict[str, Any] = {}
    readers: dict[str, Callable[[str], Any]] = {
        "kind": _enum_reader(LenderKind),
        "method": _enum_reader(Method),
        "collection_intensity": _enum_reader(Intensity),
        "legal_stage": _enum_reader(LegalStage),
        "start_date": _date,
        "first_missed": _date,
        "term": _int,
        "instalments_paid": _int,
        "credit_reported": _bool,
        "accelerated": _bool,
    }
    for column in MONEY_COLUMNS["debts"]:
        readers[column] = parse_money
    flat = False
    for column, text in record.items():
        if column in ("lender", "contract_no", "notes"):
            values[column] = text.strip() if column != "notes" else text
            continue
        if text is None or not text.strip():
            continue
        try:
            if column == "rate":
                rate = parse_rate(text)
                values["rate_text"] = text.strip()
                values["annual_rate"] = rate.annual
                flat = rate.flat
            elif column == "penalty_rate":
                values["penalty_rate"] = parse_rate(text).annual
            elif column == "deleted_at":
                values["deleted_at"] = datetime.fromisoformat(text.strip()).isoformat(
                    timespec="seconds"
                )
            else:
                values[column] = readers[column](text)
        except InputError as error:
            error.field = column
            raise
        except ValueError:
            raise InputError(_("the value is not valid here."), field=column) from None
    if not values.get("lender"):
        raise InputError(_("a lender name is required."), field="lender")
    if flat and "method" not in values:
        values["method"] = Method.FLAT
    deleted = values.pop("deleted_at", None)
    return debt_to_row(Debt(**values)), deleted


def import_debts_csv_text(store: Store, text: str) -> dict[str, int]:
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = [h.strip() for h in (reader.fieldnames or [])]
    if not header:
        raise ImportRejected(_("The CSV file is empty. Nothing was imported."))
    allowed = set(DEBT_CSV_COLUMNS) | set(_CSV_ALIASES) | set(_CSV_IGNORED) | set(_CSV_EXTRA)
    for name in header:
        if name not in allowed:
            raise ImportRejected(
                _(
                    "Column “{column}” is not one Parley knows. The columns are: {columns}. "
                    "Nothing was imported."
                ).format(column=name, columns=", ".join(DEBT_CSV_COLUMNS)),
                field=name,
            )
    if "lender" not in header:
        raise ImportRejected(
            _("The CSV file needs a “lender” column. Nothing was imported."), field="lender"
        )
    rows: list[tuple[dict[str, Any], str | None]] = []
    for raw in reader:
        line = reader.line_num
        record: dict[str, str] = {}
        for key, value in raw.items():
            if key is None:
                raise _reject(
                    _("Line {line}").format(line=line),
                    "-",
                    _("this line has more values than the header."),
                )
            name = _CSV_ALIASES.get(key.strip(), key.strip())
            if name in _CSV_IGNORED:
                continue
            record[name] = value or ""
        if not any(v.strip() for v in record.values()):
            continue  # blank line
        try:
            rows.append(_debt_from_csv(record))
        except InputError as error:
            raise _reject(
                _("Line {line}").format(line=line), error.field or "-", str(error)
            ) from None
    with store._tx() as conn:
        for row, deleted in rows:
            row = dict(row)
            row.pop("id", None)
            row["deleted_at"] = deleted
            Store._insert(conn, "debts", row)
    return {"debts": len(rows)}


def import_file(store: Store, path: Path) -> dict[str, int]:
    """Import a JSON export or a CSV of debts, chosen by the file's content."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise InputError(
            _("Cannot read {path}: {reason}").format(path=path, reason=error.strerror)
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportRejected(
            _("{path} is not UTF-8 text. Save it as UTF-8 and try again.").format(path=path)
        ) from None
    if text.lstrip().startswith("{") or path.suffix.lower() == ".json":
        return import_json_text(store, text)
    return import_debts_csv_text(store, text)
