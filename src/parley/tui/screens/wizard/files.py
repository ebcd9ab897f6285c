"""Writing a script to a file only its owner can read (no textual: the verb uses it too)."""

from __future__ import annotations

import os
from pathlib import Path


def write_private(target: Path, text: str) -> None:
    # The script holds the same private figures as the data file: only the user may read it.
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.chmod(target, 0o600)
