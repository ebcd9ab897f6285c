"""The one private SQLite file: every read and write of debts, payments, offers,
agreements, checklists, drafts and settings (events are in `events`, opening the file
in `opening`, errors in `errors`).

Every public write runs in its own `BEGIN IMMEDIATE` transaction and is committed before the
method returns: a crash loses at most the edit being made.
"""

from __future__ import annotations

import contextlib
import functools
import json
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from parley import clock

if TYPE_CHECKING:
    from sqlite_utils import Database
from parley.engine.debt import Debt, Settings
from parley.i18n import _
from parley.store import dbapi, errors, schema, vault_refs
from parley.store import records as r
from parley.store.budget import BudgetStore, write_income
from parley.store.errors import NotFound, StoreError
from parley.store.events import EventRecords
from parley.store.opening import DEFAULT_BUSY_MS, default_path, open_connection
from parley.store.records import (
    Agreement,
    ChecklistItem,
    OfferRecord,
    OfferStatus,
    Payment,
)
from parley.store.settings_rows import settings_from_dict, settings_to_dict

__all__ = ["NotFound", "Store", "StoreError", "default_path", "settings_from_dict"]


class Store(EventRecords, BudgetStore):
    """A Parley data file. Use `Store.open(path)`; close it or use it as a context manager.

    `read_only` is True when the file was opened read-only (asked for, or because the file
    or its folder cannot be written); every write then raises `StoreReadOnly` and
    `read_only_note` is the sentence to show the user.
    """

    def __init__(self, path: Path, conn: sqlite3.Connection, *, read_only: bool = False) -> None:
        self.path = path
        self.conn = conn
        self.read_only = read_only
        self._depth = 0  # how many `transaction()` blocks are open
        self.passphrase: str | None = None  # set when the file is locked (see store.crypto)
        self._copies_to_remove: list[str] = []  # vault copies to remove once committed

    @property
    def locked(self) -> bool:
        return self.passphrase is not None

    @functools.cached_property
    def db(self) -> Database:
        """The sqlite-utils view of the file, for migrations and tools (loaded on first use)."""
        from sqlite_utils import Database

        return Database(self.conn, execute_plugins=False)

    # --- opening ------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path | str | None = None,
        *,
        read_only: bool = False,
        busy_ms: int = DEFAULT_BUSY_MS,
        passphrase: str | None = None,
    ) -> Store:
        """Open (creating if needed) and migrate; refuse files that are not safe to touch.

        With `read_only`, or when the file or its folder cannot be written, nothing is ever
        written: no migration, no backup, no change of mode. A locked file needs its
        `passphrase` (crypto.Locked without one, crypto.WrongPassphrase when it does not
        fit; either way the file is untouched)."""
        path = Path(path).expanduser() if path is not None else default_path()
        path = path.absolute()
        opened = open_connection(path, read_only=read_only, busy_ms=busy_ms, passphrase=passphrase)
        store = cls(path, opened.conn, read_only=opened.read_only)
        store.passphrase = opened.passphrase
        if not store.read_only:
            store._sweep_vault()
        return store

    def _sweep_vault(self) -> None:
        """Remove vault copies no record names (a crash came between a commit and the
        removal it allowed). Only files go; the database is not written."""
        try:
            with self._guard():
                vault_refs.sweep(self.conn, self.path)
        except (OSError, StoreError):
            pass  # a folder that cannot be listed now is swept another time

    @property
    def read_only_note(self) -> str | None:
        """For the user, when the file is read-only: they can look but not change."""
        return errors.read_only_note(self.path) if self.read_only else None

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return schema.version_of(schema.applied_names(self.db))

    # --- plumbing -----------------------------------------------------------------------

    @contextlib.contextmanager
    def _guard(self) -> Iterator[None]:
        """SQLite failures as the user's sentence (errors.from_sqlite is the one mapping)."""
        try:
            yield
        except dbapi.ERROR as error:
            mapped = errors.from_sqlite(error, self.path)
            if mapped is None:
                raise
            raise mapped from None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One committed transaction; IMMEDIATE so a busy file waits instead of failing late.

        Blocks nest: every write inside an outer block joins it, so a check and the writes
        that depend on it (the demo's "is the file empty?") commit or roll back together."""
        if self.read_only:
            raise errors.read_only(self.path)
        if self._depth:
            self._depth += 1
            try:
                yield self.conn
            finally:
                self._depth -= 1
            return
        with self._guard():
            self.conn.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield self.conn
                self.conn.execute("COMMIT")
            except BaseException:
                self._copies_to_remove.clear()
                # SQLite has already rolled back after some failures (a full disk).
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            finally:
                self._depth = 0
        # Only now that no record needs them: a crash before this leaves an orphan copy
        # (swept at the next open), never a record without its copy.
        names, self._copies_to_remove = self._copies_to_remove, []
        if names:
            with contextlib.suppress(OSError):
                vault_refs.remove(self.path, names)

    def _forget_copies(self, conn: sqlite3.Connection, shas: set[str]) -> None:
        """Within a write: the vault copies of `shas` that no attachment needs any more go
        when it commits."""
        if shas:
            self._copies_to_remove += vault_refs.forget(conn, shas)

    _tx = transaction

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        with self._guard():
            cursor = self.conn.execute(sql, params)
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor]

    @staticmethod
    def _insert(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> int:
        cols = [k for k, v in row.items() if not (k == "id" and v is None)]
        sql = "INSERT INTO {} ({}) VALUES ({})".format(
            table, ", ".join(cols), ", ".join("?" for _ in cols)
        )
        return conn.execute(sql, [row[c] for c in cols]).lastrowid

    @staticmethod
    def _update(conn: sqlite3.Connection, table: str, row: dict[str, Any], key: str) -> int:
        cols = [k for k in row if k != key]
        sql = "UPDATE {} SET {} WHERE {} = ?".format(
            table, ", ".join(f"{c} = ?" for c in cols), key
        )
        return conn.execute(sql, [row[c] for c in cols] + [row[key]]).rowcount

    @staticmethod
    def _now() -> str:
        return clock.now().isoformat(timespec="seconds")

    # --- debts --------------------------------------------------------------------------

    def is_empty(self) -> bool:
        """True when the file holds no debt at all (deleted debts are still data)."""
        return not self._rows("SELECT 1 FROM debts LIMIT 1")

    def count_debts(self) -> int:
        """How many debts `list_debts` would return."""
        return self._rows("SELECT count(*) AS n FROM debts WHERE deleted_at IS NULL")[0]["n"]

    def list_debts(self, *, include_deleted: bool = False) -> list[Debt]:
        where = "" if include_deleted else "WHERE deleted_at IS NULL"
        columns = ", ".join(r.DEBT_FIELDS)
        with self._guard():
            cursor = self.conn.execute(f"SELECT {columns} FROM debts {where} ORDER BY id")
            return r.tuples_to_debts(cursor)

    def get_debt(self, debt_id: int) -> Debt:
        rows = self._rows("SELECT * FROM debts WHERE id = ?", (debt_id,))
        if not rows:
            raise NotFound(_("There is no debt number {id}.").format(id=debt_id))
        return r.row_to_debt(rows[0])

    def is_deleted(self, debt_id: int) -> bool:
        rows = self._rows("SELECT deleted_at FROM debts WHERE id = ?", (debt_id,))
        return bool(rows and rows[0]["deleted_at"])

    def add_debt(self, debt: Debt) -> int:
        row = r.debt_to_row(debt)
        with self._tx() as conn:
            debt.id = self._insert(conn, "debts", row)
        return debt.id

    def update_debt(self, debt: Debt) -> None:
        if debt.id is None:
            raise ValueError("update_debt needs a debt with an id")
        with self._tx() as conn:
            if not self._update(conn, "debts", r.debt_to_row(debt), "id"):
                raise NotFound(_("There is no debt number {id}.").format(id=debt.id))

    def _set_deleted(self, debt_id: int, value: str | None) -> None:
        with self._tx() as conn:
            cur = conn.execute("UPDATE debts SET deleted_at = ? WHERE id = ?", (value, debt_id))
            if not cur.rowcount:
                raise NotFound(_("There is no debt number {id}.").format(id=debt_id))

    def delete_debt(self, debt_id: int) -> None:
        """Hide a debt; its payments, offers and events stay until `purge_debt`."""
        self._set_deleted(debt_id, self._now())

    def restore_debt(self, debt_id: int) -> None:
        self._set_deleted(debt_id, None)

    def purge_debt(self, debt_id: int) -> None:
        """Remove a debt and every row that belongs to it, for good."""
        with self._tx() as conn:
            shas = vault_refs.shas_of_events(conn, "e.debt_id = ?", (debt_id,))
            # Foreign keys cascade to payments, offers, events (and their promises and
            # attachments), agreements, checklist and drafts.
            if not conn.execute("DELETE FROM debts WHERE id = ?", (debt_id,)).rowcount:
                raise NotFound(_("There is no debt number {id}.").format(id=debt_id))
            self._forget_copies(conn, shas)

    # --- payments -----------------------------------------------------------------------

    def list_payments(self, debt_id: int) -> list[Payment]:
        rows = self._rows(
            "SELECT * FROM payments WHERE debt_id = ? ORDER BY paid_on, id", (debt_id,)
        )
        return [r.row_to_payment(row) for row in rows]

    def add_payment(self, payment: Payment) -> int:
        with self._tx() as conn:
            payment.id = self._insert(conn, "payments", r.payment_to_row(payment))
        return payment.id

    def delete_payment(self, payment_id: int) -> None:
        with self._tx() as conn:
            conn.execute("DELETE FROM payments WHERE id = ?", (payment_id,))

    # --- offers -------------------------------------------------------------------------

    def list_offers(self, debt_id: int) -> list[OfferRecord]:
        rows = self._rows("SELECT * FROM offers WHERE debt_id = ? ORDER BY id", (debt_id,))
        return [r.row_to_offer(row) for row in rows]

    def save_offer(self, rec: OfferRecord) -> int:
        """Insert a new offer or update the one with `rec.id`."""
        now = clock.now()
        rec.updated_at = now
        if rec.created_at is None:
            rec.created_at = now
        with self._tx() as conn:
            if rec.id is None:
                rec.id = self._insert(conn, "offers", r.offer_to_row(rec))
            elif not self._update(conn, "offers", r.offer_to_row(rec), "id"):
                raise NotFound(_("There is no offer number {id}.").format(id=rec.id))
        return rec.id

    def set_offer_status(self, offer_id: int, status: OfferStatus) -> None:
        """Change an offer's status; accepting one marks any other accepted offer of the
        same debt rejected, so a debt has at most one deal in force."""
        status = OfferStatus(status)
        now = self._now()
        with self._tx() as conn:
            row = conn.execute("SELECT debt_id FROM offers WHERE id = ?", (offer_id,)).fetchone()
            if row is None:
                raise NotFound(_("There is no offer number {id}.").format(id=offer_id))
            if status is OfferStatus.ACCEPTED:
                conn.execute(
                    "UPDATE offers SET status = ?, updated_at = ? "
                    "WHERE debt_id = ? AND status = ? AND id != ?",
                    (OfferStatus.REJECTED.value, now, row[0], status.value, offer_id),
                )
            conn.execute(
                "UPDATE offers SET status = ?, updated_at = ? WHERE id = ?",
                (status.value, now, offer_id),
            )

    def accepted_offer(self, debt_id: int) -> OfferRecord | None:
        rows = self._rows(
            "SELECT * FROM offers WHERE debt_id = ? AND status = ? ORDER BY id DESC LIMIT 1",
            (debt_id, OfferStatus.ACCEPTED.value),
        )
        return r.row_to_offer(rows[0]) if rows else None

    # --- agreements and checklist -------------------------------------------------------

    def list_agreements(self, debt_id: int) -> list[Agreement]:
        rows = self._rows("SELECT * FROM agreements WHERE debt_id = ? ORDER BY version", (debt_id,))
        return [r.row_to_agreement(row) for row in rows]

    def add_agreement_version(self, debt_id: int, text: str, source: str = "") -> Agreement:
        with self._tx() as conn:
            (last,) = conn.execute(
                "SELECT coalesce(max(version), 0) FROM agreements WHERE debt_id = ?", (debt_id,)
            ).fetchone()
            agreement = Agreement(debt_id, last + 1, text, source, clock.now())
            agreement.id = self._insert(conn, "agreements", r.agreement_to_row(agreement))
        return agreement

    def checklist(self, debt_id: int) -> dict[str, ChecklistItem]:
        rows = self._rows("SELECT * FROM checklist WHERE debt_id = ? ORDER BY code", (debt_id,))
        return {row["code"]: r.row_to_checklist(row) for row in rows}

    def set_checklist_item(self, item: ChecklistItem) -> None:
        row = r.checklist_to_row(item)
        with self._tx() as conn:
            conn.execute(
                "INSERT INTO checklist (debt_id, code, checked, checked_on, note) "
                "VALUES (:debt_id, :code, :checked, :checked_on, :note) "
                "ON CONFLICT (debt_id, code) DO UPDATE SET checked = excluded.checked, "
                "checked_on = excluded.checked_on, note = excluded.note",
                row,
            )

    # --- wizard drafts ------------------------------------------------------------------

    def load_draft(self, debt_id: int) -> dict | None:
        rows = self._rows("SELECT step, data FROM wizard_drafts WHERE debt_id = ?", (debt_id,))
        if not rows:
            return None
        data = json.loads(rows[0]["data"])
        return {"step": rows[0]["step"], "data": data}

    def save_draft(self, debt_id: int, step: int, data: dict) -> None:
        """Keep the wizard's state for a debt; `data` must hold JSON values only."""
        text = json.dumps(data, ensure_ascii=False, sort_keys=True)
        with self._tx() as conn:
            conn.execute(
                "INSERT INTO wizard_drafts (debt_id, step, data, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (debt_id) DO UPDATE SET step = excluded.step, "
                "data = excluded.data, updated_at = excluded.updated_at",
                (debt_id, step, text, self._now()),
            )

    def latest_draft(self) -> dict | None:
        """The draft changed last, of a debt not deleted: `{"debt_id", "step", "data"}`."""
        rows = self._rows(
            "SELECT w.debt_id, w.step, w.data FROM wizard_drafts w JOIN debts d "
            "ON d.id = w.debt_id WHERE d.deleted_at IS NULL "
            "ORDER BY w.updated_at DESC, w.debt_id DESC LIMIT 1"
        )
        if not rows:
            return None
        row = rows[0]
        return {"debt_id": row["debt_id"], "step": row["step"], "data": json.loads(row["data"])}

    def delete_draft(self, debt_id: int) -> None:
        with self._tx() as conn:
            conn.execute("DELETE FROM wizard_drafts WHERE debt_id = ?", (debt_id,))

    # --- settings -----------------------------------------------------------------------

    def load_settings(self) -> Settings:
        """The settings, with the monthly income read from the budget (its one home)."""
        stored = {
            row["key"]: json.loads(row["value"]) for row in self._rows("SELECT * FROM settings")
        }
        stored["monthly_income"] = self.budget_income()
        return settings_from_dict(stored)

    def save_settings(self, settings: Settings) -> None:
        """Save the settings; a monthly income that differs from the budget's total becomes
        the budget's one income source."""
        with self._tx() as conn:
            write_income(conn, settings.monthly_income)
            conn.executemany(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [(k, json.dumps(v)) for k, v in settings_to_dict(settings).items()],
            )
