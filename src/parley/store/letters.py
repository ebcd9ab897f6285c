"""Letters kept in the file: every saved text is a version, and sending is recorded.

A letter's row holds the text as saved (Markdown); an edit by the user is a new version of
the same kind for the same debt, so the wording Parley drafted is never overwritten.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from parley.store.db import Store


@dataclass
class LetterRecord:
    debt_id: int
    kind: str
    lang: str
    text: str
    version: int = 0
    edited: bool = False
    created_at: datetime | None = None
    sent_on: date | None = None
    sent_channel: str = ""
    reply_due: date | None = None
    event_id: int | None = None
    id: int | None = None


def _from_row(row: dict) -> LetterRecord:
    return LetterRecord(
        debt_id=row["debt_id"],
        kind=row["kind"],
        lang=row["lang"],
        text=row["text"],
        version=row["version"],
        edited=bool(row["edited"]),
        created_at=datetime.fromisoformat(row["created_at"]),
        sent_on=date.fromisoformat(row["sent_on"]) if row["sent_on"] else None,
        sent_channel=row["sent_channel"],
        reply_due=date.fromisoformat(row["reply_due"]) if row["reply_due"] else None,
        event_id=row["event_id"],
        id=row["id"],
    )


def save_version(store: Store, rec: LetterRecord) -> LetterRecord:
    """Store `rec` as the next version of its kind for its debt; returns it with id/version."""
    with store._tx() as conn:
        (last,) = conn.execute(
            "SELECT COALESCE(MAX(version), 0) FROM letters WHERE debt_id = ? AND kind = ?",
            (rec.debt_id, rec.kind),
        ).fetchone()
        rec.version = last + 1
        rec.created_at = rec.created_at or datetime.fromisoformat(store._now())
        rec.id = store._insert(
            conn,
            "letters",
            {
                "debt_id": rec.debt_id,
                "kind": rec.kind,
                "lang": rec.lang,
                "version": rec.version,
                "text": rec.text,
                "edited": int(rec.edited),
                "created_at": rec.created_at.isoformat(timespec="seconds"),
                "sent_on": rec.sent_on.isoformat() if rec.sent_on else None,
                "sent_channel": rec.sent_channel,
                "reply_due": rec.reply_due.isoformat() if rec.reply_due else None,
                "event_id": rec.event_id,
            },
        )
    return rec


def list_letters(store: Store, debt_id: int) -> list[LetterRecord]:
    rows = store._rows("SELECT * FROM letters WHERE debt_id = ? ORDER BY kind, version", (debt_id,))
    return [_from_row(r) for r in rows]


def get_letter(store: Store, letter_id: int) -> LetterRecord:
    from parley.store.db import NotFound

    rows = store._rows("SELECT * FROM letters WHERE id = ?", (letter_id,))
    if not rows:
        raise NotFound(letter_id)
    return _from_row(rows[0])


def mark_sent(
    store: Store, letter_id: int, *, sent_on: date, channel: str, reply_due: date | None
) -> None:
    with store._tx() as conn:
        conn.execute(
            "UPDATE letters SET sent_on = ?, sent_channel = ?, reply_due = ? WHERE id = ?",
            (sent_on.isoformat(), channel, reply_due.isoformat() if reply_due else None, letter_id),
        )


def link_event(store: Store, letter_id: int, event_id: int) -> None:
    with store._tx() as conn:
        conn.execute("UPDATE letters SET event_id = ? WHERE id = ?", (event_id, letter_id))
