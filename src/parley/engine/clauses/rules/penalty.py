"""Penalty pricing: penalty interest, default interest, late fees, liquidated damages, a
penalty APR and the clause that says when it applies, and compounding."""

from __future__ import annotations

import re

from parley.engine.clauses.model import Severity
from parley.engine.clauses.rules.base import Hit
from parley.engine.clauses.text import Line, first

_PENALTY = re.compile(
    r"罚息|违约金|逾期利息|复利|复息|利滚利|"
    r"逾期(?:期间|后)?.{0,12}(?:计收|收取|加收|计付|按).{0,16}(?:利息|利率|费用)|"
    r"\bpenalty (?:interest|rate|charges?|fees?|apr|pricing)\b|\bpenalty apr\b|"
    r"\bdefault (?:interest|rate|charges?)\b|"
    r"\bliquidated damages\b|\boverdue (?:interest|charges?|fees?)\b|"
    r"\bcompound(?:ed|ing)? interest\b|\binterest on (?:unpaid |overdue )?interest\b|"
    r"\b(?:interest|\d+(?:\.\d+)?%[^;.]{0,20}) (?:continues|will continue|keeps|will keep) "
    r"(?:to )?(?:accru|run)\w*|继续(?:计息|计收利息|产生利息|计算利息)|持续计息"
)
# A late fee counts as penalty interest only when quoted as a rate per day or month; a fixed
# late fee is a fee (the fee rule).
_LATE_RATE = re.compile(
    r"(?:滞纳金|逾期(?:管理|服务|手续)?费|\blate (?:payment )?(?:fees?|charges?)\b)"
    r"[^;。]{0,30}(?:%|‰|万分之|千分之)[^;。]{0,6}(?:/|每|per |a )?\s*(?:日|天|月|day|month)|"
    r"(?:日|每日|每天|按日|按月|daily|per day|monthly)[^;。]{0,12}(?:%|‰|万分之|千分之)[^;。]{0,12}"
    r"(?:滞纳金|逾期(?:管理|服务|手续)?费|\blate (?:payment )?(?:fees?|charges?)\b)"
)
_COMPOUND = re.compile(r"复利|复息|利滚利|compound|interest on (?:unpaid |overdue )?interest")
_RESUMES = re.compile(r"恢复(?:计算|计收|计息|收取)|\b(?:resum|restor|reinstat)\w*")
# A section heading names the subject; the clause under it is the finding.
_HEADING = re.compile(
    r"^\W*(?:第?[一二三四五六七八九十\d]+[、.)）条]?\s*)?(?:[a-z]+ ){0,4}"
    r"[^\d,;。:.]{0,16}?[:：]?\s*$"
)
# Words that make a line a statement, not a heading.
_STATEMENT = re.compile(
    r"[。.;；!！]\s*$|收取|计收|加收|按日|按月|支付|为|是|将|应|须|需|会|"
    r"\b(?:is|are|be|will|shall|may|must|charged?|applies|apply|accrues?|pay|of|at|per|up to)\b"
)


def check(line: Line) -> Hit | None:
    norm = line.norm
    m = first(_PENALTY, norm) or first(_LATE_RATE, norm)
    if m is None and _RESUMES.search(norm):
        m = _PENALTY.search(norm)  # "已停止计收的罚息将恢复计算": stopped, then charged again
    if m is None or (_HEADING.match(norm) and not _STATEMENT.search(norm)):
        return None
    if _COMPOUND.search(norm):
        return Hit(Severity.HIGH, "penalty_compound", *m.span())
    return Hit(Severity.MEDIUM, "penalty_interest", *m.span())
