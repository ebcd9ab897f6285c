"""Small coloured tags for the legal caps a rate is above."""

from __future__ import annotations

from rich.text import Text

from parley.engine.rates import Cap, caps

_STYLES = {0: "black on yellow", 1: "black on dark_orange", 2: "white on red"}


def cap_badges(codes: list[str], settings=None) -> Text:
    """`["4xLPR", "24%"]` -> ` >4×LPR  >24% ` with a colour per severity (higher cap, hotter)."""
    text = Text()
    ordered: list[Cap] = caps(settings)
    for index, cap in enumerate(ordered):
        if cap.code in codes:
            text.append(" ")
            text.append(f">{cap.label()}", style=_STYLES.get(index, "white on red"))
    return text
