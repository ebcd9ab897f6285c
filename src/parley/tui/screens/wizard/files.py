"""Writing a script to a file only its owner can read (no textual: the verb uses it too)."""

from parley.private_files import write_private

__all__ = ["write_private"]
