"""The DB-API exception classes the store catches.

`sqlite3` and `sqlcipher3` (used only for locked files) raise unrelated classes of the same
names, so the store catches tuples; `add_module` widens them the first time a locked file is
opened, which keeps sqlcipher3 (slow to import) off the start-up path of plain files.
"""

from __future__ import annotations

import sqlite3
from types import ModuleType

ERROR: tuple[type[Exception], ...] = (sqlite3.Error,)
OPERATIONAL: tuple[type[Exception], ...] = (sqlite3.OperationalError,)
DATABASE: tuple[type[Exception], ...] = (sqlite3.DatabaseError,)
INTEGRITY: tuple[type[Exception], ...] = (sqlite3.IntegrityError,)
PROGRAMMING: tuple[type[Exception], ...] = (sqlite3.ProgrammingError,)


def add_module(module: ModuleType) -> None:
    global ERROR, OPERATIONAL, DATABASE, INTEGRITY, PROGRAMMING
    if module.OperationalError in OPERATIONAL:
        return
    ERROR = (*ERROR, module.Error)
    PROGRAMMING = (*PROGRAMMING, module.ProgrammingError)
    OPERATIONAL = (*OPERATIONAL, module.OperationalError)
    DATABASE = (*DATABASE, module.DatabaseError)
    INTEGRITY = (*INTEGRITY, module.IntegrityError)
