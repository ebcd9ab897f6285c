"""The one private SQLite file: opening it safely, migrating it, and every read and write.

Every public write runs in its own `BEGIN IMMEDIATE` transaction and is committed before the
method returns: there is no save button, and a crash loses at most the edit being made.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import sqlite3
import stat
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from parley import clock

if TYPE_CHECKING:
    from sqlite_utils import Database
from parley.engine.debt import Debt, Settings
from parley.engine.rates import CapSettings
from parley.i18n import _
from parley.store import records as r
from parley.store import schema
from parley.store.budget import BudgetStore, write_income
from parley.store.records import (
    Agreement,
    ChecklistItem,
    Event,
    EventKind,
    OfferRecord,
    OfferStatus,
    Payment,
)

SQLITE_MAGIC = b"SQLite format 3\x00"
DEFAULT_BUSY_MS = 5000


class StoreError(Exception):
    """The data file cannot be used as asked; `str(error)` is a sentence in the user's language."""


class NotFound(StoreError, LookupError):
    """No record with that id."""


def default_path() -> Path:
    """`PARLEY_DB` if set, else `parley.db` in the user's data folder."""
    env = os.environ.get("PARLEY_DB")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("parley")) / "parley.db"


def _busy(path: Path) -> StoreError:
    return StoreError(
        _(
            "The data file {path} is busy: another Parley is writing to it. "
            "Close the other window or wait a moment, then try again."
        ).format(path=path)
    )


def _damaged(path: Path, detail: str = "") -> StoreError:
    return StoreError(
        _(
            "The data file {path} is damaged and cannot be read safely ({detail}). "
            "It has been left untouched: open a backup copy from the same folder instead."
        ).format(path=path, detail=detail or _("integrity check failed"))
    )


class Store(BudgetStore):
    """A Parley data file. Use `Store.open(path)`; close it or use it as a context manager."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn

    @functools.cached_property
    def db(self) -> Database:
        """The sqlite-utils view of the file, for migrations and tools (loaded on first use)."""
        from sqlite_utils import Database

        return Database(self.conn, execute_plugins=False)

    # --- opening ------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str | None = None, *, busy_ms: int = DEFAULT_BUSY_MS) -> Store:
        """Open (creating if needed) and migrate; refuse files that are not safe to touch."""
        path = Path(path).expanduser() if path is not None else default_path()
        path = path.absolute()
        if path.is_dir():
            raise StoreError(_("{path} is a folder, not a Parley data file.").format(path=path))
        _make_private_dir(path.parent)
        existed = path.exists() and path.stat().st_size > 0
        if existed:
            _check_header(path)
        elif not path.exists():
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            os.close(fd)
        conn = sqlite3.connect(path, timeout=busy_ms / 1000, check_same_thread=False)
        try:
            pending = _inspect(conn, path)
            if pending and existed:
                _verify_integrity(conn, path)
                backup(conn, path)
            store = cls(path, conn)
            store._prepare(pending)
        except sqlite3.OperationalError as error:
            conn.close()
            if _is_busy(error):
                raise _busy(path) from None
            raise _damaged(path, str(error)) from None
        except sqlite3.DatabaseError as error:
            conn.close()
            raise _damaged(path, str(error)) from None
        except BaseException:
            conn.close()
            raise
        _make_private_file(path)
        return store

    def _prepare(self, pending: list[str]) -> None:
        # WAL lets a second Parley read while this one writes; FULL sync because a record
        # the user saw saved must survive a power cut, not just a crash.
        if self.conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            self.conn.execute("PRAGMA journal_mode=wal")
        self.conn.execute("PRAGMA synchronous=FULL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        if pending:
            schema.migrations().apply(self.db)

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
        try:
            yield
        except sqlite3.OperationalError as error:
            if _is_busy(error):
                raise _busy(self.path) from None
            raise
        except sqlite3.DatabaseError as error:
            if isinstance(error, sqlite3.IntegrityError):
                raise
            raise _damaged(self.path, str(error)) from None

    @contextlib.contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """One committed transaction; IMMEDIATE so a busy file waits instead of failing late."""
        with self._guard():
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

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
            # Foreign keys cascade to payments, offers, events (and their promises and
            # attachments), agreements, checklist and drafts.
            if not conn.execute("DELETE FROM debts WHERE id = ?", (debt_id,)).rowcount:
                raise NotFound(_("There is no debt number {id}.").format(id=debt_id))

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

    # --- events -------------------------------------------------------------------------

    def list_events(
        self,
        *,
        debt_id: int | None = None,
        kinds: Iterable[EventKind] | None = None,
        since: date | None = None,
        until: date | None = None,
        limit: int | None = None,
        offset: int = 0,
        include_deleted: bool = False,
    ) -> list[Event]:
        """Events newest first; `since` and `until` are inclusive days. Events of deleted
        debts are left out unless `include_deleted`. `limit` and `offset` read one page."""
        where, params = _event_filter(debt_id, kinds, since, until, include_deleted)
        sql = "SELECT e.* FROM events e"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY e.occurred_at DESC, e.id DESC"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [int(limit), int(offset)]
        rows = self._rows(sql, params)
        promises, attachments = self._event_children([row["id"] for row in rows])
        return [
            r.row_to_event(row, promises.get(row["id"]), attachments.get(row["id"])) for row in rows
        ]

    def count_events(
        self,
        *,
        debt_id: int | None = None,
        kinds: Iterable[EventKind] | None = None,
        since: date | None = None,
        until: date | None = None,
    ) -> int:
        """How many events `list_events` would return with the same filters."""
        where, params = _event_filter(debt_id, kinds, since, until, include_deleted=False)
        sql = "SELECT count(*) AS n FROM events e"
        if where:
            sql += " WHERE " + " AND ".join(where)
        return self._rows(sql, params)[0]["n"]

    def last_channel(self) -> str:
        """The channel of the most recent event that names one ("" when none does)."""
        rows = self._rows(
            "SELECT channel FROM events WHERE channel != '' ORDER BY occurred_at DESC, id DESC "
            "LIMIT 1"
        )
        return rows[0]["channel"] if rows else ""

    def next_follow_ups(self, today: date) -> dict[int, date]:
        """Each live debt's earliest follow-up date from today on."""
        rows = self._rows(
            "SELECT debt_id, min(follow_up) AS day FROM events "
            "WHERE follow_up >= ? AND debt_id IS NOT NULL "
            "AND debt_id IN (SELECT id FROM debts WHERE deleted_at IS NULL) GROUP BY debt_id",
            (today.isoformat(),),
        )
        return {row["debt_id"]: date.fromisoformat(row["day"]) for row in rows}

    def follow_ups(
        self, since: date, *, debt_id: int | None = None
    ) -> list[tuple[int, int | None, date, str]]:
        """(event id, debt id, follow-up day, summary) for follow-ups on or after `since`,
        soonest first; deleted debts left out."""
        sql = (
            "SELECT id, debt_id, follow_up, summary FROM events WHERE follow_up >= ? "
            "AND (debt_id IS NULL OR debt_id IN (SELECT id FROM debts WHERE deleted_at IS NULL))"
        )
        params: list[Any] = [since.isoformat()]
        if debt_id is not None:
            sql += " AND debt_id = ?"
            params.append(debt_id)
        rows = self._rows(sql + " ORDER BY follow_up, id", params)
        return [
            (row["id"], row["debt_id"], date.fromisoformat(row["follow_up"]), row["summary"])
            for row in rows
        ]

    def collection_contacts(
        self, *, debt_id: int | None = None
    ) -> dict[int, list[tuple[datetime, bool]]]:
        """Every logged collection contact by debt: (when, whether any abuse was flagged)."""
        sql = (
            "SELECT debt_id, occurred_at, abuse FROM events WHERE kind = ? AND debt_id IS NOT NULL"
        )
        params: list[Any] = [EventKind.COLLECTION_CONTACT.value]
        if debt_id is not None:
            sql += " AND debt_id = ?"
            params.append(debt_id)
        out: dict[int, list[tuple[datetime, bool]]] = {}
        with self._guard():
            for debt, at, abuse in self.conn.execute(sql + " ORDER BY occurred_at", params):
                out.setdefault(debt, []).append(
                    (datetime.fromisoformat(at), abuse not in ("[]", ""))
                )
        return out

    def get_event(self, event_id: int) -> Event:
        rows = self._rows("SELECT * FROM events WHERE id = ?", (event_id,))
        if not rows:
            raise NotFound(_("There is no event number {id}.").format(id=event_id))
        promises, attachments = self._event_children([event_id])
        return r.row_to_event(rows[0], promises.get(event_id), attachments.get(event_id))

    def _event_children(
        self, ids: list[int]
    ) -> tuple[dict[int, list[r.Promise]], dict[int, list[r.Attachment]]]:
        promises: dict[int, list[r.Promise]] = {}
        attachments: dict[int, list[r.Attachment]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            for row in self._rows(
                f"SELECT * FROM promises WHERE event_id IN ({marks}) ORDER BY event_id, position",
                chunk,
            ):
                promises.setdefault(row["event_id"], []).append(r.row_to_promise(row))
            for row in self._rows(
                f"SELECT * FROM attachments WHERE event_id IN ({marks}) ORDER BY id", chunk
            ):
                attachments.setdefault(row["event_id"], []).append(r.row_to_attachment(row))
        return promises, attachments

    def _write_children(self, conn: sqlite3.Connection, event: Event) -> None:
        conn.execute("DELETE FROM promises WHERE event_id = ?", (event.id,))
        conn.execute("DELETE FROM attachments WHERE event_id = ?", (event.id,))
        for i, promise in enumerate(event.promises):
            self._insert(conn, "promises", r.promise_to_row(event.id, i, promise))
        for attachment in event.attachments:
            self._insert(conn, "attachments", r.attachment_to_row(event.id, attachment))

    def add_event(self, event: Event) -> int:
        with self._tx() as conn:
            event.id = self._insert(conn, "events", r.event_to_row(event))
            self._write_children(conn, event)
        return event.id

    def update_event(self, event: Event) -> None:
        if event.id is None:
            raise ValueError("update_event needs an event with an id")
        with self._tx() as conn:
            if not self._update(conn, "events", r.event_to_row(event), "id"):
                raise NotFound(_("There is no event number {id}.").format(id=event.id))
            self._write_children(conn, event)

    def delete_event(self, event_id: int) -> None:
        with self._tx() as conn:
            conn.execute("DELETE FROM events WHERE id = ?", (event_id,))

    @staticmethod
    def _windows(today: date) -> tuple[str, str, str]:
        # "The last 7 days" is today and the six days before it; likewise for 30.
        return (
            (today - timedelta(days=6)).isoformat(),
            (today - timedelta(days=29)).isoformat(),
            (today + timedelta(days=1)).isoformat(),
        )

    def contact_counts(self, debt_id: int, today: date) -> tuple[int, int]:
        """Collection contacts logged for a debt in the last 7 and the last 30 days."""
        d7, d30, end = self._windows(today)
        rows = self._rows(
            "SELECT count(*) AS n30, coalesce(sum(occurred_at >= ?), 0) AS n7 FROM events "
            "WHERE debt_id = ? AND kind = ? AND occurred_at >= ? AND occurred_at < ?",
            (d7, debt_id, EventKind.COLLECTION_CONTACT.value, d30, end),
        )
        return rows[0]["n7"], rows[0]["n30"]

    def all_contact_counts(self, today: date) -> dict[int, tuple[int, int]]:
        """`contact_counts` for every debt at once (debts with none are absent)."""
        d7, d30, end = self._windows(today)
        rows = self._rows(
            "SELECT debt_id, count(*) AS n30, sum(occurred_at >= ?) AS n7 FROM events "
            "WHERE kind = ? AND occurred_at >= ? AND occurred_at < ? GROUP BY debt_id",
            (d7, EventKind.COLLECTION_CONTACT.value, d30, end),
        )
        return {row["debt_id"]: (row["n7"], row["n30"]) for row in rows}

    def debt_summary(self, today: date) -> list[tuple[Debt, int, int]]:
        """What the debts table shows: every live debt with its 7- and 30-day contacts."""
        counts = self.all_contact_counts(today)
        return [(d, *counts.get(d.id, (0, 0))) for d in self.list_debts()]

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


# --- settings as key/value rows -----------------------------------------------------------


def settings_to_dict(s: Settings) -> dict[str, Any]:
    # The monthly income lives in the budget (see `Store.load_settings`).
    return {
        "currency": s.currency,
        "language": s.language,
        "income_share_limit": s.income_share_limit,
        "lpr_multiple": s.caps.lpr_multiple,
        "caps_fixed": list(s.caps.fixed),
        # Only the rows the user added: the shipped table stays the program's to correct.
        "lpr_added": [[day.isoformat(), str(rate)] for day, rate in s.caps.lpr_added],
        "penalty_multiple": s.penalty_multiple,
        "best_window": s.best_window,
        "latest_window": s.latest_window,
    }


def settings_from_dict(d: dict[str, Any]) -> Settings:
    from decimal import Decimal

    from parley.engine.lpr import lpr_on

    base = Settings()
    caps = base.caps
    from decimal import InvalidOperation

    try:
        added = [(date.fromisoformat(day), Decimal(rate)) for day, rate in d.get("lpr_added", [])]
    except InvalidOperation:
        raise ValueError("lpr_added") from None
    if any(not 0 <= rate < 1 for _day, rate in added):
        raise ValueError("lpr_added")
    if "lpr" in d and "lpr_date" in d and not added:
        # Files from before the dated table kept one LPR: keep it if the table differs.
        day, rate = date.fromisoformat(d["lpr_date"]), Decimal(str(d["lpr"]))
        if lpr_on(day) != (day, rate):
            added.append((day, rate))
    return Settings(
        monthly_income=int(d.get("monthly_income", base.monthly_income)),
        currency=str(d.get("currency", base.currency)),
        language=str(d.get("language", base.language)),
        income_share_limit=float(d.get("income_share_limit", base.income_share_limit)),
        caps=CapSettings(
            lpr_multiple=int(d.get("lpr_multiple", caps.lpr_multiple)),
            fixed=tuple(float(x) for x in d.get("caps_fixed", caps.fixed)),
            lpr_added=tuple(sorted(added)),
        ),
        penalty_multiple=float(d.get("penalty_multiple", base.penalty_multiple)),
        best_window=int(d.get("best_window", base.best_window)),
        latest_window=int(d.get("latest_window", base.latest_window)),
    )


# --- opening helpers ----------------------------------------------------------------------


def _event_filter(
    debt_id: int | None,
    kinds: Iterable[EventKind] | None,
    since: date | None,
    until: date | None,
    include_deleted: bool,
) -> tuple[list[str], list[Any]]:
    """The WHERE terms shared by listing and counting events (`until` is an inclusive day)."""
    where: list[str] = []
    params: list[Any] = []
    if debt_id is not None:
        where.append("e.debt_id = ?")
        params.append(debt_id)
    elif not include_deleted:
        where.append(
            "(e.debt_id IS NULL OR e.debt_id NOT IN "
            "(SELECT id FROM debts WHERE deleted_at IS NOT NULL))"
        )
    if kinds is not None:
        values = [EventKind(k).value for k in kinds]
        where.append("e.kind IN ({})".format(", ".join("?" for _ in values)))
        params += values
    if since is not None:
        where.append("e.occurred_at >= ?")
        params.append(since.isoformat())
    if until is not None:
        where.append("e.occurred_at < ?")
        params.append((until + timedelta(days=1)).isoformat())
    return where, params


def _is_busy(error: sqlite3.OperationalError) -> bool:
    text = str(error).lower()
    return "locked" in text or "busy" in text


def _make_private_dir(folder: Path) -> None:
    missing = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for new in reversed(missing):
        new.mkdir(mode=0o700)
        os.chmod(new, 0o700)  # mkdir's mode is filtered by the umask


def _make_private_file(path: Path) -> None:
    with contextlib.suppress(OSError):
        if stat.S_IMODE(path.stat().st_mode) != 0o600:
            os.chmod(path, 0o600)


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as f:
            head = f.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise StoreError(
            _("Cannot read {path}: {reason}").format(path=path, reason=error.strerror)
        ) from None
    if head != SQLITE_MAGIC:
        raise StoreError(
            _(
                "{path} is not a Parley data file (it is not an SQLite database). "
                "It has been left untouched."
            ).format(path=path)
        )


def _inspect(conn: sqlite3.Connection, path: Path) -> list[str]:
    """Read-only checks before anything is written; returns the migrations still to run."""
    tables = {
        row[0]
        for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if not row[0].startswith("sqlite_")
    }
    applied: list[str] = []
    if "_sqlite_migrations" in tables:
        applied = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
                (schema.SET_NAME,),
            )
        ]
    known = schema.known_names()
    unknown = [name for name in applied if name not in known]
    if unknown:
        raise StoreError(
            _(
                "{path} was written by a newer version of Parley (data format {theirs}; "
                "this version reads up to {ours}). Update Parley to open it; "
                "the file has been left untouched."
            ).format(path=path, theirs=len(applied), ours=len(known))
        )
    if tables and not applied:
        raise StoreError(
            _(
                "{path} is an SQLite database, but not a Parley data file. "
                "It has been left untouched; choose another file with --db."
            ).format(path=path)
        )
    if tables:
        # A damaged file often still shows its schema; reading the debts proves more.
        conn.execute("SELECT count(*) FROM debts").fetchone()
    return [name for name in known if name not in applied]


def _verify_integrity(conn: sqlite3.Connection, path: Path) -> None:
    result = [row[0] for row in conn.execute("PRAGMA quick_check")]
    if result != ["ok"]:
        raise _damaged(path, "; ".join(result[:3]))


def backup(conn: sqlite3.Connection, path: Path) -> Path:
    """A consistent copy of the open database next to it, named with the time it was made."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.backup-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.backup-{stamp}-{n}")
    fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    os.chmod(target, 0o600)
    return target
