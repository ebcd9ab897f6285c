"""Copying a debt's attached files out of the vault (decrypted) into a folder the user picks."""

from __future__ import annotations

from pathlib import Path

from parley.store.records import Attachment


def attachments_of(store, debt_id: int) -> list[Attachment]:
    return [a for e in store.list_events(debt_id=debt_id) for a in e.attachments]


def write_attachments(store, debt_id: int, folder: Path) -> list[Path]:
    """Each attachment's content, checked against its recorded SHA-256 as it is written."""
    from parley.store import vault_out

    return [vault_out.export(store, a, folder) for a in attachments_of(store, debt_id)]
