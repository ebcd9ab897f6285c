"""Line breaking for Chinese text: a figure stays whole with its unit, and no line starts
with closing punctuation.

Rich and Textual break lines only at spaces, and fold a longer run anywhere, so in Chinese
(which has no spaces) "¥6,800.00" or "36 期" could be cut in two. Here a line may break
between any two Chinese characters, never inside a number with its currency sign and unit,
never before 。，、）… and never after （“. Text without Chinese keeps Rich's own breaking.
"""

from __future__ import annotations

import itertools
import re

from rich._wrap import divide_line as _rich_divide_line
from rich.cells import cell_len, chop_cells

_WIDE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")
# A figure with what belongs to it: sign, currency, digits, and a unit after an optional space.
_FIGURE = re.compile(
    r"[-−+]?(?:[¥$€£]\s?)?\d[\d,.]*\s?(?:%|‰|万元|万|千|元|天|期|个月|年|月|日|号|笔|倍|次|岁|小时|分钟)?"
)
_LATIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_'’./-]*")
_NO_START = set("。，、；：！？）」』】》〉”’…—%‰·,.;:!?)]}")
_NO_END = set("（「『【《〈“‘([{¥$")


def _break_points(text: str) -> list[int]:
    """Indexes where a line may start."""
    protected = [False] * (len(text) + 1)
    for pattern in (_FIGURE, _LATIN):
        for m in pattern.finditer(text):
            for i in range(m.start() + 1, m.end()):
                protected[i] = True
    points = []
    for i in range(1, len(text)):
        if protected[i]:
            continue
        before, here = text[i - 1], text[i]
        if here.isspace():
            continue
        if before.isspace():
            points.append(i)
            continue
        if here in _NO_START or before in _NO_END:
            continue
        if _WIDE.match(before) or _WIDE.match(here):
            points.append(i)
    return points


def divide_line(text: str, width: int, fold: bool = True) -> list[int]:
    """Same contract as `rich._wrap.divide_line`: the indexes at which to break `text` so that
    each line fits in `width` cells."""
    if cell_len(text) <= width or not _WIDE.search(text):
        return _rich_divide_line(text, width, fold)
    starts = [0, *_break_points(text), len(text)]
    breaks: list[int] = []
    offset = 0
    for start, end in itertools.pairwise(starts):
        word = text[start:end]
        length = cell_len(word.rstrip())
        if width - offset >= length:
            offset += cell_len(word)
        elif length > width:
            if fold:
                pieces = chop_cells(word, width=width)
                for n, piece in enumerate(pieces):
                    if start:
                        breaks.append(start)
                    if n == len(pieces) - 1:
                        offset = cell_len(piece)
                    else:
                        start += len(piece)
            else:
                if start:
                    breaks.append(start)
                offset = cell_len(word)
        elif offset and start:
            breaks.append(start)
            offset = cell_len(word)
    return breaks


def install() -> None:
    """Make Textual wrap every widget's text with `divide_line` (Textual's Content imports
    Rich's function by name; a test checks the name is still there)."""
    import textual.content

    textual.content.divide_line = divide_line
