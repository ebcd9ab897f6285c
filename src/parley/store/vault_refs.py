"""Which vault copies the records still need, and removing the ones they do not.

A copy is named in `vault_files` by its SHA-256, and two attachments with the same bytes
share it, so a copy goes only when no attachment row refers to its SHA-256 any more.

The order keeps the evidence chain whole: the row in `vault_files` is dropped in the same
transaction as the records that needed it, and the file is removed only after that commits
(see Store.transaction). A crash in between leaves at worst a file no row names, which the
sweep at open removes; never a record whose copy is gone.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable
from pathlib import Path


def folder_for(data_path: Path) -> Path:
    return data_path.with_name(data_path.name + ".vault")


def shas_of_events(conn: sqlite3.Connection, where: str, params: tuple) -> set[str]:
    """The SHA-256 of every attachment of the events `where` selects (a clause on `events`)."""
    sql = f"SELECT a.sha256 FROM attachments a JOIN events e ON e.id = a.event_id WHERE {where}"
    return {row[0] for row in conn.execute(sql, params)}


def forget(conn: sqlite3.Connection, shas: Iterable[str]) -> list[str]:
    """Within a transaction: drop the `vault_files` rows of those `shas` no attachment refers
    to any more, and return their file names (to remove once the transaction commits)."""
    names: list[str] = []
    for sha in sorted(set(shas)):
        row = conn.execute(
            "SELECT name FROM vault_files WHERE sha256 = ? "
            "AND NOT EXISTS (SELECT 1 FROM attachments WHERE sha256 = ?)",
            (sha, sha),
        ).fetchone()
        if row is not None:
            conn.execute("DELETE FROM vault_files WHERE sha256 = ?", (sha,))
            names.append(row[0])
    return names


def remove(data_path: Path, names: Iterable[str]) -> None:
    """Remove these copies from the vault folder (already gone is fine)."""
    folder = folder_for(data_path)
    for name in names:
        if name and "/" not in name and name not in (".", ".."):
            with contextlib.suppress(FileNotFoundError):
                (folder / name).unlink()


def sweep(conn: sqlite3.Connection, data_path: Path) -> list[str]:
    """Remove the copies no `vault_files` row names (left by a crash after a commit).

    A copy being written has a `.part` name and is left alone; a finished copy gets its
    row before its final name (vault.record), so a copy in use is never swept."""
    folder = folder_for(data_path)
    if not folder.is_dir():
        return []
    # The folder is listed before the rows are read: a copy finished meanwhile (by another
    # Parley) had its row committed before it appeared, so it is never taken for a stray.
    listed = [p.name for p in folder.iterdir() if p.is_file() and not p.name.endswith(".part")]
    known = {row[0] for row in conn.execute("SELECT name FROM vault_files")}
    stray = [name for name in listed if name not in known]
    if stray:
        remove(data_path, stray)
    return stray
