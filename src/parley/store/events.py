"""Reading and writing events (calls, messages, collection contacts) and the questions the
screens ask of them: follow-ups, contact counts, the last channel used."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any

from parley.engine.debt import Debt
from parley.i18n import _
from parley.store import records as r
from parley.store.errors import NotFound
from parley.store.records import Event, EventKind
from parley.store.vault_refs import shas_of_events


class EventRecords:
    """Mixed into Store: the event methods, over its `conn`, `_rows`, `_tx` and `_guard`."""

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
            "SELECT id, debt_id, follow_up, summary, template FROM events WHERE follow_up >= ? "
            "AND (debt_id IS NULL OR debt_id IN (SELECT id FROM debts WHERE deleted_at IS NULL))"
        )
        params: list[Any] = [since.isoformat()]
        if debt_id is not None:
            sql += " AND debt_id = ?"
            params.append(debt_id)
        rows = self._rows(sql + " ORDER BY follow_up, id", params)
        return [
            (row["id"], row["debt_id"], date.fromisoformat(row["follow_up"]), r.worded_summary(row))
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
        before = shas_of_events(conn, "e.id = ?", (event.id,))
        conn.execute("DELETE FROM promises WHERE event_id = ?", (event.id,))
        conn.execute("DELETE FROM attachments WHERE event_id = ?", (event.id,))
        for i, promise in enumerate(event.promises):
            self._insert(conn, "promises", r.promise_to_row(event.id, i, promise))
        for attachment in event.attachments:
            # An attachment keeps its number (what `parley attachment export` takes).
            self._insert(conn, "attachments", r.attachment_to_row(event.id, attachment))
        self._forget_copies(conn, before)

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
        """Delete an event; vault copies only it needed go once that is committed."""
        with self._tx() as conn:
            shas = shas_of_events(conn, "e.id = ?", (event_id,))
            conn.execute("DELETE FROM events WHERE id = ?", (event_id,))
            self._forget_copies(conn, shas)

    def get_attachment(self, attachment_id: int) -> tuple[Event, r.Attachment]:
        """One attachment by its number, with the event it belongs to; NotFound if none."""
        rows = self._rows("SELECT event_id FROM attachments WHERE id = ?", (attachment_id,))
        if not rows:
            raise NotFound(_("There is no attached file number {id}.").format(id=attachment_id))
        event = self.get_event(rows[0]["event_id"])
        [attachment] = [a for a in event.attachments if a.id == attachment_id]
        return event, attachment

    def forget_unsaved_copies(self, shas: set[str]) -> None:
        """Files copied into the vault for a form that was then cancelled: their copies go
        unless a saved attachment has the same content."""
        with self._tx() as conn:
            self._forget_copies(conn, shas)

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
