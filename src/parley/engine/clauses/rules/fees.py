"""Fees on top of interest: named fees, fee-schedule lines and per-$100 charges.

Not a fee here: a fee promised absent ("不收取任何服务费"), a zero fee, a fee whose *rate* the
lender may change (that is a one-sided change), and late or penalty charges (penalty rule).
"""

from __future__ import annotations

import re

from parley.engine.clauses import lexicon as lx
from parley.engine.clauses.model import Severity
from parley.engine.clauses.rules.base import Hit
from parley.engine.clauses.text import Line, clause_at, negated

_ZH_FEE = (
    r"账户管理费|管理费|服务费|咨询费|会员费|担保费|保险费|手续费|信息费|审核费|展期费|延期费|通道费|"
    r"评估费|认证费|中介费|居间费|风控费|平台费|介绍费|砍头息|提现费|代扣费|工本费|"
    r"(?:服务|管理|手续|咨询|担保|审核|评估|认证|中介|居间|风控|会员|保险|信息|技术|通道|账户|平台)费"
)
_EN_KIND = (
    r"account[- ]management|management|service|membership|guarantee|insurance|handling|"
    r"processing|consulting|consultancy|platform|admin(?:istration|istrative)?|arrangement|"
    r"extension|rollover|renewal|verification|maintenance|annual|origination|set-?up|"
    r"application|brokerage|broker|cash advance|balance transfer|returned (?:payment|check|cheque)|"
    r"nsf|non-sufficient funds|insufficient funds|foreign (?:transaction|currency)|"
    r"over[- ]?(?:the[- ])?limit|statement|card replacement|transaction|withdrawal|"
    r"early (?:re)?payment|prepayment|documentation|disbursement|convenience|access"
)
_FEE = re.compile(
    rf"{_ZH_FEE}|\b(?:{_EN_KIND}) (?:fee|charge)s?\b|\bfinance charges?\b|"
    r"\bfees?\b[^;.]{0,12}\bper (?:\$|¥|cny |rmb |usd )?\s*100\b|"
    r"\b(?:\$|¥|cny |rmb |usd )\s*\d+(?:\.\d+)? (?:for every|per|on each) (?:\$|¥|cny |rmb |usd )?"
    r"\s*100\b"
)
# A fee-schedule line: the kind of charge, then its amount ("Cash advance: either $10 or 5%").
_SCHEDULE = re.compile(
    rf"^\W*(?:{_EN_KIND})(?: fees?| charges?)?\s*[:\-–]?\s*(?:up to |either |the greater of |"
    r"\w+ )?(?:\$|¥|cny|rmb|usd|£|€)?\s*\d"
)
_ZERO_AMOUNT = re.compile(
    r"^[^\d]{0,12}?(?:¥|\$|rmb|cny)?\s*0(?:\.0+)?\s*(?:元|yuan|rmb|cny)?(?![\d.,%])|"
    r"^\W{0,3}(?:none|nil|n/a|waived|免|无)\b"
)
_LIST_GLUE = re.compile(r"[\s,、/]*(and|or|nor|和|及|或|与|以及|等)?\s*")
_EXTENSION = re.compile(r"展期费|延期费|extension (?:fee|charge)|rollover|renewal")
_INCLUDED = re.compile(r"包括|包含|含|including|inclusive of|includes")
_CHANGED = re.compile(rf"(?:{lx.CHANGE})[^;。]{{0,16}}$")
_PENALTY_KIND = re.compile(r"逾期|滞纳|罚|\b(?:late|penalty|default|overdue)\b[^;.]{0,12}$")


def check(line: Line) -> Hit | None:
    norm = line.norm
    listed_after_negation = -1
    for m in _FEE.finditer(norm):
        # "no service fee, management fee or membership fee": the negation covers the list.
        in_list = listed_after_negation >= 0 and _LIST_GLUE.fullmatch(
            norm[listed_after_negation : m.start()]
        )
        if in_list or negated(norm, m.start()) or _ZERO_AMOUNT.match(norm[m.end() :]):
            listed_after_negation = m.end()
            continue
        listed_after_negation = -1
        clause_start, _end = clause_at(norm, m.start())
        before = norm[clause_start : m.start()]
        # A change to a fee's level is a one-sided change, not a hidden fee.
        if _CHANGED.search(before):
            continue
        if _PENALTY_KIND.search(before[-14:]):
            continue
        if _EXTENSION.search(m.group()):
            return Hit(Severity.MEDIUM, "hidden_fee", *m.span())
        if _INCLUDED.search(before):
            return Hit(Severity.MEDIUM, "hidden_fee_included", *m.span())
        return Hit(Severity.HIGH, "hidden_fee", *m.span())
    m = _SCHEDULE.match(norm)
    if m and not negated(norm, m.start()):
        return Hit(Severity.HIGH, "hidden_fee", *m.span())
    return None
