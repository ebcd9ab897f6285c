"""Small coloured tags for the legal caps a rate is above."""

from __future__ import annotations

from decimal import Decimal

from rich.text import Text

from parley.engine.rates import Cap, caps

_STYLES = {0: "black on yellow", 1: "black on dark_orange", 2: "white on red"}


def cap_badges(codes: list[str], settings=None) -> Text:
    """`["4xLPR", "24%"]` -> ` >4×LPR  >24% ` with a colour per severity (higher cap, hotter)."""
    if not codes:
        return Text()  # most debts: nothing to draw, and a thousand rows ask
    text = Text()
    ordered: list[Cap] = caps(settings)
    for index, cap in enumerate(ordered):
        if cap.code in codes:
            text.append(" ")
            text.append(f">{cap.label()}", style=_STYLES.get(index, "white on red"))
    return text


def line_badges(lines) -> Text:
    """Legal lines (engine/legal_lines.Line) a rate is above -> ` >4×LPR 13.4%  >24% `.
    The 4 x LPR badge names its rate: the contract date's and today's LPR differ."""
    from parley.engine.legal_lines import PRIVATE_LENDING

    text = Text()
    for line in sorted(lines, key=lambda line: line.rate):
        if line.code == PRIVATE_LENDING:
            # LPRs move in steps of 0.05%, so 4 x LPR needs one decimal at most.
            label = f"{line.lpr_multiple}×LPR {_short(line.rate)}"
        else:
            label = _short(line.rate)
        hot = 2 if line.rate >= Decimal("0.36") else 1 if line.rate >= Decimal("0.24") else 0
        style = _STYLES[hot]
        text.append(" ")
        text.append(f">{label}", style=style)
    return text


def _short(rate: Decimal) -> str:
    """`0.24` -> `24%`, `0.134` -> `13.4%`, `0.1234` -> `12.34%`: no digit that says nothing."""
    from parley.i18n.format import percent

    digits = next((d for d in (0, 1) if rate * 10 ** (2 + d) == int(rate * 10 ** (2 + d))), 2)
    return percent(float(rate), digits)
