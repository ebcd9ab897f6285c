"""Line-by-line difference between two versions of an agreement, with changed numbers marked
so a screen can make "1,333.33 -> 1,533.33" or "0% -> 18%" impossible to miss."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from typing import Literal

Op = Literal["equal", "insert", "delete", "replace"]
Side = Literal["old", "new"]

# Amounts, counts, percentages and 万五-style rates, in ASCII or full-width digits.
_NUMBER = re.compile(
    r"\d(?:\d|[,，](?=\d))*(?:[.．]\d+)?(?:\s?[%％])?|"
    r"万分之[一二两三四五六七八九\d]+|万[一二两三四五六七八九]|千分之[一二两三四五六七八九\d]+"
)
# Latin words stay whole; Chinese is compared character by character, so 万五 is found
# inside 日息万五.
_TOKEN = re.compile(_NUMBER.pattern + r"|[A-Za-z]+|\w|[^\w\s]|\s+")


@dataclass(frozen=True)
class Span:
    """Characters `start:end` of the old or the new line hold a number that changed."""

    side: Side
    start: int
    end: int


@dataclass(frozen=True)
class DiffLine:
    op: Op
    old_no: int | None  # 1-based; None for an inserted line
    new_no: int | None  # 1-based; None for a deleted line
    old_text: str | None
    new_text: str | None
    spans: tuple[Span, ...] = field(default=())


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _is_number(token: str) -> bool:
    return _NUMBER.fullmatch(token) is not None


def number_spans(old: str, new: str) -> tuple[Span, ...]:
    """Spans of the numbers that differ between two versions of one line."""
    a, b = _tokens(old), _tokens(new)
    matcher = difflib.SequenceMatcher(None, [t[0] for t in a], [t[0] for t in b], autojunk=False)
    spans: list[Span] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        spans += [Span("old", s, e) for tok, s, e in a[i1:i2] if _is_number(tok)]
        spans += [Span("new", s, e) for tok, s, e in b[j1:j2] if _is_number(tok)]
    return tuple(spans)


def _all_numbers(text: str, side: Side) -> tuple[Span, ...]:
    return tuple(Span(side, m.start(), m.end()) for m in _NUMBER.finditer(text))


def diff_versions(old: str, new: str) -> list[DiffLine]:
    """Every line of both versions, in order: unchanged, inserted, deleted or replaced.

    Replaced blocks are paired line by line; what is left over of a longer block becomes
    inserted or deleted lines. Numbers in inserted or deleted lines are all marked.
    """
    a, b = old.splitlines(), new.splitlines()
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    lines: list[DiffLine] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            lines += [
                DiffLine("equal", i + 1, j + 1, a[i], b[j])
                for i, j in zip(range(i1, i2), range(j1, j2), strict=True)
            ]
            continue
        pairs = min(i2 - i1, j2 - j1) if op == "replace" else 0
        for k in range(pairs):
            i, j = i1 + k, j1 + k
            lines.append(DiffLine("replace", i + 1, j + 1, a[i], b[j], number_spans(a[i], b[j])))
        for i in range(i1 + pairs, i2):
            lines.append(DiffLine("delete", i + 1, None, a[i], None, _all_numbers(a[i], "old")))
        for j in range(j1 + pairs, j2):
            lines.append(DiffLine("insert", None, j + 1, None, b[j], _all_numbers(b[j], "new")))
    return lines
