"""A CSV of debts in: the documented header (or `debts.csv` from a CSV export), each row
read with the same parsers and rules as the debt form, then one transaction."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from functools import partial
from typing import Any

from parley import clock
from parley.engine.debt import Intensity, LegalStage, LenderKind, Method
from parley.engine.errors import InputError
from parley.engine.inputs import parse_choice, parse_count, parse_date
from parley.engine.limits import MAX_TERM, debt_problem
from parley.engine.money import parse_money
from parley.engine.rates import parse_rate
from parley.i18n import _
from parley.store.db import Store
from parley.store.transfer.columns import MONEY_COLUMNS, ImportRejected, reject
from parley.store.transfer.export import FORMULA_STARTS
from parley.store.transfer.repeat import refuse_repeat

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
    return partial(parse_choice, enum)


def unneutralised(text: str) -> str:
    """Undo `export.spreadsheet_safe`: `'=x` read back as `=x`."""
    if text.startswith("'") and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text


def _term(text: str) -> int:
    return parse_count(text, low=1, high=MAX_TERM)


def _paid(text: str) -> int:
    return parse_count(text, low=0, high=MAX_TERM)


def _date(text: str) -> date:
    return parse_date(text)


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
        "term": _term,
        "instalments_paid": _paid,
        "credit_reported": _bool,
        "accelerated": _bool,
    }
    for column in MONEY_COLUMNS["debts"]:
        readers[column] = parse_money
    flat = False
    for column, text in record.items():
        if column in ("lender", "contract_no", "notes"):
            text = unneutralised(text)
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
    debt = Debt(**values)
    problem = debt_problem(debt, clock.today())
    if problem:
        raise InputError(problem[1], field=problem[0])
    return debt_to_row(debt), deleted


def _csv_problem(error: csv.Error, line: int) -> ImportRejected:
    if "field larger than field limit" in str(error):
        reason = _("a value is longer than {n} characters.").format(n=f"{csv.field_size_limit():,}")
    else:
        reason = _("this line cannot be read as CSV ({reason}).").format(reason=error)
    return reject(_("Line {line}").format(line=line), None, reason)


def _header(reader: csv.DictReader) -> list[str]:
    try:
        header = [h.strip() for h in (reader.fieldnames or [])]
    except csv.Error as error:
        raise _csv_problem(error, 1) from None
    if not header:
        raise ImportRejected(_("The CSV file is empty. Nothing was imported."))
    allowed = set(DEBT_CSV_COLUMNS) | set(_CSV_ALIASES) | set(_CSV_IGNORED) | set(_CSV_EXTRA)
    seen: set[str] = set()
    for name in header:
        if name not in allowed:
            raise ImportRejected(
                _(
                    "Column “{column}” is not one Parley knows. The columns are: {columns}. "
                    "Nothing was imported."
                ).format(column=name, columns=", ".join(DEBT_CSV_COLUMNS)),
                field=name,
            )
        meaning = _CSV_ALIASES.get(name, name)
        if meaning in seen:
            raise ImportRejected(
                _(
                    "Column “{column}” appears twice in the header, so it is unclear which "
                    "value to use. Nothing was imported."
                ).format(column=name),
                field=name,
            )
        seen.add(meaning)
    if "lender" not in header:
        raise ImportRejected(
            _("The CSV file needs a “lender” column. Nothing was imported."), field="lender"
        )
    return header


def import_debts_csv_text(store: Store, text: str, *, again: bool = False) -> dict[str, int]:
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    _header(reader)
    rows: list[tuple[dict[str, Any], str | None]] = []
    try:
        for raw in reader:
            rows.extend(_row(raw, reader.line_num))
    except csv.Error as error:
        # line_num counts the lines of records already read; the bad one is the next.
        raise _csv_problem(error, reader.line_num + 1) from None
    with store._tx() as conn:
        if not again:
            refuse_repeat(conn, [row for row, _deleted in rows], [])
        for row, deleted in rows:
            row = dict(row)
            row.pop("id", None)
            row["deleted_at"] = deleted
            Store._insert(conn, "debts", row)
    return {"debts": len(rows)}


def _row(raw: dict[str | None, Any], line: int) -> list[tuple[dict[str, Any], str | None]]:
    """One CSV line as a debts row ([] for a blank line); ImportRejected names the line."""
    record: dict[str, str] = {}
    for key, value in raw.items():
        if key is None:
            raise reject(
                _("Line {line}").format(line=line),
                None,
                _("this line has more values than the header."),
            )
        name = _CSV_ALIASES.get(key.strip(), key.strip())
        if name in _CSV_IGNORED:
            continue
        record[name] = value or ""
    if not any(v.strip() for v in record.values()):
        return []
    try:
        return [_debt_from_csv(record)]
    except InputError as error:
        raise reject(_("Line {line}").format(line=line), error.field, str(error)) from None
