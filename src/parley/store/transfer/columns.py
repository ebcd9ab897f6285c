"""What each stored column may hold, checked before an import writes anything."""

from __future__ import annotations

import json
import math
from datetime import date, datetime
from enum import Enum
from typing import Any

from parley.engine.debt import Intensity, LegalStage, LenderKind, Method
from parley.engine.errors import InputError
from parley.i18n import _
from parley.store.db import Store
from parley.store.records import AbuseFlag, EventKind, OfferStatus, terms_from_json

FORMAT = "parley-export"
SQLITE_INT = 2**63  # SQLite's integers are signed 64-bit; Python's are not


class ImportRejected(InputError):
    """The file was refused whole; the message names the row, the field and the reason."""


# --- what each column must hold -----------------------------------------------------------

SEMANTIC: dict[tuple[str, str], Any] = {
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
    ("letters", "edited"): bool,
    ("letters", "created_at"): datetime,
    ("letters", "sent_on"): date,
    ("letters", "reply_due"): date,
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

# The columns that point at another table's rows: checked to exist in the file, and given
# the new ids when an import cannot keep the file's own.
PARENTS: dict[str, tuple[tuple[str, str], ...]] = {
    "payments": (("debt_id", "debts"), ("offer_id", "offers")),
    "offers": (("debt_id", "debts"),),
    "events": (("debt_id", "debts"),),
    "agreements": (("debt_id", "debts"),),
    "checklist": (("debt_id", "debts"),),
    "wizard_drafts": (("debt_id", "debts"),),
    "promises": (("event_id", "events"),),
    "attachments": (("event_id", "events"),),
    "letters": (("debt_id", "debts"), ("event_id", "events")),
    "plan_pins": (("debt_id", "debts"),),
}
# The household's own figures: the file's budget is kept when importing into a file that
# already holds records, as its settings are.
HOUSEHOLD: tuple[str, ...] = ("settings", "budget", "budget_lines")


def columns_of(store: Store, table: str) -> list[tuple[str, str, bool, bool]]:
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


def reject(where: str, field: str | None, reason: str) -> ImportRejected:
    if not field or field == "-":
        return ImportRejected(
            _("{where}: {reason} Nothing was imported.").format(where=where, reason=reason)
        )
    return ImportRejected(
        _("{where}, field “{field}”: {reason} Nothing was imported.").format(
            where=where, field=field, reason=reason
        ),
        field=field,
    )


def check_value(table: str, column: str, decl: str, value: Any) -> str | None:
    """Why a value cannot go into a column, or None when it can."""
    if value is None:
        return None
    kind = SEMANTIC.get((table, column))
    if kind is bool:
        return None if value in (0, 1) and not isinstance(value, float) else _("expected 0 or 1.")
    if decl == "INTEGER":
        if isinstance(value, bool) or not isinstance(value, int):
            return _("expected a whole number (money is in minor units, e.g. fen).")
        if not -SQLITE_INT <= value < SQLITE_INT:
            return _("That amount is too large to be a consumer debt; check the digits.")
        if table in ("budget", "budget_lines") and column in ("amount", "lump_sum") and value < 0:
            return _("An amount cannot be negative.")
        if table == "budget" and column == "id" and value != 1:
            return _("the value is not valid here.")
        return None
    if decl == "REAL":
        if isinstance(value, bool) or not isinstance(value, int | float):
            return _("expected a number.")
        if not math.isfinite(value):
            return _("“{text}” is not an ordinary number: use digits, e.g. 12.5.").format(
                text=value
            )
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
