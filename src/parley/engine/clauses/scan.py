"""The scan: every line through every rule, with what the whole agreement says (its contract
rate, for penalty rates quoted relative to it)."""

from __future__ import annotations

import re

from parley.engine.clauses.explain import explain
from parley.engine.clauses.model import CODES, Finding, Severity, excerpt
from parley.engine.clauses.numbers import StatedRate, rate_spans
from parley.engine.clauses.rules import LINE_RULES, Hit, rate_cap, verbal
from parley.engine.clauses.text import Line
from parley.engine.rates import CapSettings, Rate

# The contract rate is the first charged rate in a line about neither penalties nor fees.
_NOT_CONTRACT = re.compile(r"罚息|逾期|违约|滞纳|费|penalty|default|late|overdue|fee|charge")


def stated_rates(text: str) -> list[tuple[int, Rate]]:
    """Every rate stated in one line, with its position: `日息万五`, `daily 0.1%`, `年化36%`."""
    line = Line.of(text)
    return [(s.start, s.rate) for s in rate_spans(line.norm) if s.rate is not None]


def _contract_rate(lines: list[Line], spans: list[list[StatedRate]]) -> Rate | None:
    for line, found in zip(lines, spans, strict=True):
        if _NOT_CONTRACT.search(line.norm):
            continue
        for stated in rate_cap.charged(line, found):
            if stated.relative is None:
                return stated.rate
    return None


def _finding(code: str, hit: Hit, line: Line) -> Finding:
    why, ask, message = explain(hit.key, **hit.params)
    words, span = line.words(hit.start, hit.end)
    return Finding(
        code, hit.severity, line.number, excerpt(line.raw), message, words.strip(), span, why, ask
    )


def scan(text: str, *, caps: CapSettings | None = None) -> list[Finding]:
    """Risky clauses in an agreement, sorted by line and then by severity (high first)."""
    lines = [
        Line.of(raw, number) for number, raw in enumerate(text.splitlines(), start=1) if raw.strip()
    ]
    spans = [rate_spans(line.norm) for line in lines]
    if any(s.relative is not None for found in spans for s in found):
        contract = _contract_rate(lines, spans)
        if contract is not None:
            spans = [
                rate_spans(line.norm, contract)
                if any(s.relative is not None for s in found)
                else found
                for line, found in zip(lines, spans, strict=True)
            ]
    findings: list[Finding] = []
    for line, found in zip(lines, spans, strict=True):
        hits: list[tuple[str, Hit]] = []
        for code, rule in LINE_RULES:
            hit = rule(line)
            if hit is not None:
                hits.append((code, hit))
        # "we will notify you of the new rate" is the lender changing terms, not a spoken deal.
        if not any(code == "unilateral_change" for code, _hit in hits):
            hit = verbal.check(line)
            if hit is not None:
                hits.append(("verbal_promise", hit))
        hit = rate_cap.check(line, found, caps)
        if hit is not None:
            hits.append(("rate_above_cap", hit))
        findings += [_finding(code, hit, line) for code, hit in hits]
    findings.sort(key=lambda f: (f.line, f.severity.rank, CODES.index(f.code)))
    return findings


__all__ = ["Severity", "scan", "stated_rates"]
