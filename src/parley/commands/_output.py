"""Shared output helpers for verbs: JSON to stdout, errors as one line."""

from __future__ import annotations

import json
import sys
from typing import Any


def emit_json(data: Any) -> None:
    """Strict JSON: a figure too large for a number (an EAR past 1e308) is written as null,
    not as the `Infinity` most JSON readers reject."""
    json.dump(_finite(data), sys.stdout, ensure_ascii=False, indent=2, allow_nan=False)
    sys.stdout.write("\n")


def _finite(value: Any) -> Any:
    import math

    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(v) for v in value]
    return value


def plain(text: str) -> str:
    """User text for a terminal: control characters (escape sequences, newlines) shown as
    visible codes, so a name cannot move the cursor, recolour or clear the screen."""
    import unicodedata

    return "".join(f"\\x{ord(ch):02x}" if unicodedata.category(ch) == "Cc" else ch for ch in text)
