"""Sorting names the way a reader expects: Chinese by pinyin, mixed in with Latin letters."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=8192)
def name_key(name: str) -> tuple[tuple[str, ...], str]:
    """Sort key for a name: each Chinese character by its pinyin with tone number (招 as
    "zhao1"), other text case-folded, so 招联 sorts among the Z names; ties by the text itself.
    Cached: a table re-sorts the same few hundred names on every repaint."""
    from pypinyin import Style, lazy_pinyin  # its dictionaries take a moment to load

    syllables = lazy_pinyin(name.strip().casefold(), style=Style.TONE3, errors="default")
    return tuple(s.strip() for s in syllables if s.strip()), name
