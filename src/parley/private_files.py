"""Files Parley writes beside the data file (exports, scripts, calendars, evidence packs).

They hold the same private records as the data file, so only the user may read them: created
0600 from the first byte, in folders created 0700. A file that already exists (an earlier
export, /dev/null) is written as it is: its mode is the user's, never changed here.
"""

from __future__ import annotations

import os
from pathlib import Path


def open_private(target: Path, mode: str = "w", **kwargs):
    """`open()` for writing: a new file only its owner can read, or an existing one as is."""
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        fd = os.open(target, os.O_WRONLY | os.O_TRUNC)
    return os.fdopen(fd, mode, **kwargs)


def write_private(target: Path, data: str | bytes) -> None:
    if isinstance(data, bytes):
        with open_private(target, "wb") as f:
            f.write(data)
    else:
        with open_private(target, "w", encoding="utf-8") as f:
            f.write(data)


def private_dir(folder: Path) -> Path:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder
