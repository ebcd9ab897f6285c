"""Shared output helpers for verbs: JSON to stdout, errors as one line."""

from __future__ import annotations

import json
import sys
from typing import Any


def emit_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def plain(text: str) -> str:
    """User text for a terminal: control characters (escape sequences, newlines) shown as
    visible codes, so a name cannot move the cursor, recolour or clear the screen."""
    import unicodedata

    return "".join(f"\\x{ord(ch):02x}" if unicodedata.category(ch) == "Cc" else ch for ch in text)
