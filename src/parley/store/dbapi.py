"""The DB-API exception classes the store catches.

`sqlite3` and `sqlcipher3` (used only for locked files) raise unrelated classes of the same
names, so the store catches tuples; `add_module` widens them the first time a locked file is
opened, which keeps sqlcipher3 (slow to import) off the start-up path of plain files.
"""

from __future__ import annotations

import sqlite3
from types import ModuleType

OPERATIONAL: tuple[type[Exception], ...] = (sqlite3.OperationalError,)
DATABASE: tuple[type[Exception], ...] = (sqlite3.DatabaseError,)
INTEGRITY: tuple[type[Exception], ...] = (sqlite3.IntegrityError,)


def add_module(module: ModuleType) -> None:
    global OPERATIONAL, DATABASE, INTEGRITY
    if module.OperationalError in OPERATIONAL:
        return
    OPERATIONAL = (*OPERATIONAL, module.OperationalError)
    DATABASE = (*DATABASE, module.DatabaseError)
    INTEGRITY = (*INTEGRITY, module.IntegrityError)
