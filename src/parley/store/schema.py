"""The schema as numbered migrations, run with sqlite-utils' own `Migrations`.

Each applied step is recorded by name in the `_sqlite_migrations` table (set "parley"), so
`sqlite-utils migrate --list` shows them too. A file recording a step this code does not
know comes from a newer Parley and is refused. Never edit a released step: add a new one.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # sqlite-utils is imported only when a migration must run: it is slow to load
    from sqlite_utils import Database, Migrations

SET_NAME = "parley"
_STEPS: list[Callable[[Database], None]] = []


def step(fn):
    """Register a numbered step (its name starts m001_, m002_...)."""
    _STEPS.append(fn)
    return fn


@cache
def migrations() -> Migrations:
    from sqlite_utils import Migrations

    found = Migrations(SET_NAME)
    for fn in _STEPS:
        found()(fn)
    return found


# The user's tables, parents before children (the export and import order).
TABLES: tuple[str, ...] = (
    "settings",
    "debts",
    "offers",
    "payments",
    "events",
    "promises",
    "attachments",
    "agreements",
    "checklist",
    "wizard_drafts",
    "letters",
    "budget",
    "budget_lines",
    "plan_pins",
)


@step
def m001_initial(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL CHECK (json_valid(value))
        );
        CREATE TABLE debts (
            id INTEGER PRIMARY KEY,
            lender TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'other',
            contract_no TEXT NOT NULL DEFAULT '',
            principal INTEGER NOT NULL DEFAULT 0,
            received INTEGER,
            start_date TEXT,
            term INTEGER NOT NULL DEFAULT 12,
            method TEXT NOT NULL DEFAULT 'annuity',
            rate_text TEXT NOT NULL DEFAULT '',
            annual_rate REAL NOT NULL DEFAULT 0,
            penalty_rate REAL,
            fee_upfront INTEGER NOT NULL DEFAULT 0,
            fee_per_instalment INTEGER NOT NULL DEFAULT 0,
            fee_one_off INTEGER NOT NULL DEFAULT 0,
            instalments_paid INTEGER NOT NULL DEFAULT 0,
            principal_repaid INTEGER NOT NULL DEFAULT 0,
            interest_repaid INTEGER NOT NULL DEFAULT 0,
            outstanding INTEGER NOT NULL DEFAULT 0,
            first_missed TEXT,
            collection_intensity TEXT NOT NULL DEFAULT 'none',
            legal_stage TEXT NOT NULL DEFAULT 'none',
            credit_reported INTEGER NOT NULL DEFAULT 0,
            notes TEXT NOT NULL DEFAULT '',
            deleted_at TEXT
        );
        CREATE TABLE payments (
            id INTEGER PRIMARY KEY,
            debt_id INTEGER NOT NULL REFERENCES debts(id) ON DELETE CASCADE,
            paid_on TEXT NOT NULL,
            amount INTEGER NOT NULL,
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX payments_debt ON payments(debt_id, paid_on);
        CREATE TABLE offers (
            id INTEGER PRIMARY KEY,
            debt_id INTEGER NOT NULL REFERENCES debts(id) ON DELETE CASCADE,
            label TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'draft',
            proposed_by TEXT NOT NULL DEFAULT 'me',
            terms TEXT NOT NULL CHECK (json_valid(terms)),
            created_at TEXT,
            updated_at TEXT
        );
        CREATE INDEX offers_debt ON offers(debt_id);
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            debt_id INTEGER REFERENCES debts(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            occurred_at TEXT NOT NULL,
            channel TEXT NOT NULL DEFAULT '',
            party TEXT NOT NULL DEFAULT '',
            agent_id TEXT NOT NULL DEFAULT '',
            agent_verified INTEGER NOT NULL DEFAULT 0,
            summary TEXT NOT NULL DEFAULT '',
            follow_up TEXT,
            abuse TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(abuse))
        );
        CREATE TABLE promises (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            written INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE attachments (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            path TEXT NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            added_at TEXT NOT NULL
        );
        CREATE TABLE agreements (
            id INTEGER PRIMARY KEY,
            debt_id INTEGER NOT NULL REFERENCES debts(id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            text TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT '',
            created_at TEXT,
            UNIQUE (debt_id, version)
        );
        """
    )


@step
def m002_checklist_drafts_indexes(db: Database) -> None:
    # The timeline lists and counts events by date, per debt and per kind: without these
    # indexes 50,000 events mean a full scan on every keystroke.
    db.executescript(
        """
        CREATE INDEX events_occurred ON events(occurred_at);
        CREATE INDEX events_debt_kind ON events(debt_id, kind, occurred_at);
        CREATE INDEX events_kind ON events(kind, occurred_at);
        CREATE INDEX promises_event ON promises(event_id, position);
        CREATE INDEX attachments_event ON attachments(event_id);
        CREATE TABLE checklist (
            debt_id INTEGER NOT NULL REFERENCES debts(id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            checked INTEGER NOT NULL DEFAULT 0,
            checked_on TEXT,
            note TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (debt_id, code)
        );
        CREATE TABLE wizard_drafts (
            debt_id INTEGER PRIMARY KEY REFERENCES debts(id) ON DELETE CASCADE,
            step INTEGER NOT NULL,
            data TEXT NOT NULL CHECK (json_valid(data)),
            updated_at TEXT
        );
        """
    )


@step
def m003_debt_accelerated(db: Database) -> None:
    # The lender has declared the whole debt due: penalty interest then runs on all
    # principal left, not only on the missed instalments. Settings (penalty multiple,
    # windows, added LPR rows) are key/value rows and need no column.
    db.executescript("ALTER TABLE debts ADD COLUMN accelerated INTEGER NOT NULL DEFAULT 0;")


@step
def m004_letters(db: Database) -> None:
    # Every saved text of a letter is a version: an edit adds a row, the original stays.
    db.executescript(
        """
        CREATE TABLE letters (
            id INTEGER PRIMARY KEY,
            debt_id INTEGER NOT NULL REFERENCES debts(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            lang TEXT NOT NULL,
            version INTEGER NOT NULL,
            text TEXT NOT NULL,
            edited INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            sent_on TEXT,
            sent_channel TEXT NOT NULL DEFAULT '',
            reply_due TEXT,
            event_id INTEGER REFERENCES events(id) ON DELETE SET NULL
        );
        CREATE INDEX letters_debt ON letters(debt_id, kind, version);
        """
    )


@step
def m005_vault_files(db: Database) -> None:
    # Where each attached file's private copy lives in the vault folder, by its SHA-256.
    # The name is random so the folder listing says nothing about the files' contents.
    db.executescript(
        """
        CREATE TABLE vault_files (
            sha256 TEXT PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            size INTEGER NOT NULL,
            added_at TEXT NOT NULL
        );
        """
    )


@step
def m006_event_template(db: Database) -> None:
    # Text Parley writes into an event (the wizard's planned call) is kept as a kind and its
    # data, so it is worded in the language of the moment when read; channel and summary
    # still hold it in the language it was saved in, for anyone reading the file directly.
    db.execute("ALTER TABLE events ADD COLUMN template TEXT NOT NULL DEFAULT ''")


@step
def m007_household_budget(db: Database) -> None:
    # One budget for the household: its income is THE monthly income (the settings' old
    # figure moves into it as one source), essentials by category, a lump sum for down
    # payments. Pins fix a debt's ask for the plan. Payments can name the deal they pay.
    db.executescript(
        """
        CREATE TABLE budget (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            lump_sum INTEGER NOT NULL DEFAULT 0 CHECK (lump_sum >= 0),
            keep_share_rule INTEGER NOT NULL DEFAULT 1,
            updated_at TEXT
        );
        INSERT INTO budget (id) VALUES (1);
        CREATE TABLE budget_lines (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('income', 'essential')),
            label TEXT NOT NULL DEFAULT '',
            amount INTEGER NOT NULL CHECK (amount >= 0),
            position INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE plan_pins (
            debt_id INTEGER PRIMARY KEY REFERENCES debts(id) ON DELETE CASCADE,
            terms TEXT NOT NULL CHECK (json_valid(terms)),
            pinned_at TEXT
        );
        ALTER TABLE payments ADD COLUMN offer_id INTEGER REFERENCES offers(id) ON DELETE SET NULL;
        CREATE INDEX payments_offer ON payments(offer_id, paid_on);
        """
    )
    adopt_settings_income(db.conn)


@step
def m008_adopt_wizard_budget(db: Database) -> None:
    # The wizard's essential costs and down-payment money now come from the budget (one
    # source, like the income). Figures typed into a wizard draft before that move into an
    # empty budget, so nothing the user entered is dropped.
    adopt_draft_budget(db.conn)


def adopt_draft_budget(conn) -> None:
    """The most recent draft's essential costs and down-payment money, into a budget that
    holds none: costs as the 'other' essential, the money as the lump sum."""
    from parley.engine.errors import InputError
    from parley.engine.money import parse_money

    def amount(text) -> int | None:
        try:
            value = parse_money(str(text or "").strip())
        except InputError:
            return None
        return value if value > 0 else None

    costs = lump = None
    for (data,) in conn.execute("SELECT data FROM wizard_drafts ORDER BY updated_at DESC"):
        draft = json.loads(data)
        costs = costs if costs is not None else amount(draft.get("costs"))
        lump = lump if lump is not None else amount(draft.get("down_available"))
    has_essentials = conn.execute("SELECT 1 FROM budget_lines WHERE kind = 'essential' LIMIT 1")
    if costs is not None and has_essentials.fetchone() is None:
        conn.execute(
            "INSERT INTO budget_lines (kind, label, amount, position)"
            " VALUES ('essential', 'other', ?, 0)",
            (costs,),
        )
    if lump is not None:
        conn.execute("UPDATE budget SET lump_sum = ? WHERE id = 1 AND lump_sum = 0", (lump,))


def adopt_settings_income(conn) -> None:
    """Move a monthly income kept in the settings into the budget, as its one source."""
    row = conn.execute("SELECT value FROM settings WHERE key = 'monthly_income'").fetchone()
    if row is None:
        return
    conn.execute("DELETE FROM settings WHERE key = 'monthly_income'")
    try:
        amount = int(json.loads(row[0]))
    except (TypeError, ValueError):
        return
    has_income = conn.execute("SELECT 1 FROM budget_lines WHERE kind = 'income' LIMIT 1")
    if amount > 0 and has_income.fetchone() is None:
        conn.execute(
            "INSERT INTO budget_lines (kind, label, amount, position) VALUES ('income', '', ?, 0)",
            (amount,),
        )


def known_names() -> list[str]:
    return [fn.__name__ for fn in _STEPS]


def applied_names(db: Database) -> list[str]:
    return [m.name for m in migrations().applied(db)]


def version_of(names: list[str]) -> int:
    """The schema version a list of applied steps amounts to (their count)."""
    return len(names)


CURRENT_VERSION = len(known_names())
