"""Rates above the caps in the settings (4 x LPR, 24%, 36% a year), read in their units."""

from __future__ import annotations

from parley.engine.clauses.model import Severity
from parley.engine.clauses.numbers import CEILING, StatedRate, pct
from parley.engine.clauses.rules.base import Hit
from parley.engine.clauses.text import Line, clause_at
from parley.engine.rates import Basis, CapSettings, Rate, caps, caps_exceeded
from parley.i18n import _


def describe(rate: Rate) -> str:
    annual = pct(rate.value * {Basis.DAILY: 365, Basis.MONTHLY: 12, Basis.ANNUAL: 1}[rate.basis])
    if rate.basis is Basis.DAILY:
        return _("{rate} a day ({annual} a year)").format(rate=pct(rate.value), annual=annual)
    if rate.basis is Basis.MONTHLY:
        return _("{rate} a month ({annual} a year)").format(rate=pct(rate.value), annual=annual)
    return _("{rate} a year").format(rate=annual)


def charged(line: Line, spans: list[StatedRate]) -> list[StatedRate]:
    """The stated rates that are charged, not ceilings or references ("不超过24%", "LPR")."""
    out = []
    for stated in spans:
        if stated.rate is None:
            continue
        clause_start, clause_end = clause_at(line.norm, stated.start)
        if CEILING.search(line.norm[clause_start : max(stated.end, clause_end)]):
            continue
        out.append(stated)
    return out


def check(line: Line, spans: list[StatedRate], settings: CapSettings | None) -> Hit | None:
    if not spans:
        return None
    worst: Hit | None = None
    fixed = sorted((settings or CapSettings()).fixed)
    cap_by_code = {c.code: c for c in caps(settings)}
    for stated in charged(line, spans):
        rate = stated.rate
        assert rate is not None
        exceeded = caps_exceeded(rate.annual, settings)
        if not exceeded:
            continue
        top = cap_by_code[exceeded[-1]]
        if fixed and top.rate >= fixed[-1]:
            severity = Severity.HIGH
        elif top.rate in fixed:
            severity = Severity.MEDIUM
        else:
            severity = Severity.LOW
        if worst is None or severity.rank < worst.severity.rank:
            key = "rate_above_cap" if top.rate in fixed else "rate_above_lpr"
            text = describe(rate)
            if stated.plus is not None:
                text = _("{rate}, the contract rate plus {points}").format(
                    rate=text, points=pct(stated.plus)
                )
            elif stated.relative is not None:
                text = _("{rate}, {multiple} × the contract rate").format(
                    rate=text, multiple=format(stated.relative.normalize(), "f")
                )
            params = {"rate": text, "cap": top.label(), "limit": pct(top.rate)}
            worst = Hit(severity, key, stated.start, stated.end, params)
    return worst
