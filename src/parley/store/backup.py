"""A consistent copy of the data file next to it, made before a migration changes it."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path


def backup(conn: sqlite3.Connection, path: Path) -> Path:
    """Copy the open database to `<name>.backup-<time>`, created 0600 (it is Parley's own)."""
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
