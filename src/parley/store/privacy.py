"""The two privacy settings, kept as their own rows of the settings table.

They live beside (not inside) the engine's `Settings`: the engine has no use for them, and
`Store.save_settings` only rewrites the keys it knows, so these rows survive it.
"""

from __future__ import annotations

import json

from parley.store.db import Store

VAULT_LIMIT_KEY = "vault_limit_mb"
IDLE_KEY = "idle_hide_minutes"
DEFAULT_VAULT_LIMIT_MB = 100
MAX_VAULT_LIMIT_MB = 4096
MAX_IDLE_MINUTES = 24 * 60


def _get(store: Store, key: str, default: int) -> int:
    rows = store._rows("SELECT value FROM settings WHERE key = ?", (key,))
    if not rows:
        return default
    try:
        return int(json.loads(rows[0]["value"]))
    except (TypeError, ValueError):
        return default


def _set(store: Store, key: str, value: int) -> None:
    with store._tx() as conn:
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(int(value))),
        )


def vault_limit_mb(store: Store) -> int:
    return _get(store, VAULT_LIMIT_KEY, DEFAULT_VAULT_LIMIT_MB)


def set_vault_limit_mb(store: Store, mb: int) -> None:
    _set(store, VAULT_LIMIT_KEY, mb)


def idle_minutes(store: Store) -> int:
    """Minutes without a key press before the screen hides itself; 0 means never (default)."""
    return _get(store, IDLE_KEY, 0)


def set_idle_minutes(store: Store, minutes: int) -> None:
    _set(store, IDLE_KEY, minutes)
