"""Penalty pricing: penalty interest, default interest, late fees, liquidated damages, a
penalty APR and the clause that says when it applies, and compounding."""

from __future__ import annotations

from parley.engine.clauses import fast
from parley.engine.clauses import lexicon as lx
from parley.engine.clauses.model import Severity
from parley.engine.clauses.rules.base import Hit
from parley.engine.clauses.text import Line, first, waived_after

_PENALTY = fast.compile(
    r"罚息|违约金|逾期利息|复利|复息|利滚利|"
    r"逾期(?:期间|后)?.{0,12}(?:计收|收取|加收|计付|按).{0,16}(?:利息|利率|费用)|"
    r"\bpenalty (?:interest|rate|charges?|fees?|apr|pricing)\b|\bpenalty apr\b|"
    r"\bdefault (?:interest|rate|charges?)\b|\bpenal (?:interest|charges?|rate)\b|"
    r"\binterest\b[^;.]{0,30}\bon (?:the |any |all )?(?:overdue|past[- ]due|late|unpaid|missed|"
    r"arrears)"
    r"(?: (?:amount|balance|sum|instal?lment|payment)s?)?\b|"
    r"\b(?:rate|apr|interest)\b[^;.]{0,20}\b(?:increase|rise|go up|jump)\w*\b[^;.]{0,30}"
    r"\b(?:late|miss\w*|default\w*|overdue)\b|"
    r"\b(?:late|miss\w*|default\w*|overdue)\b[^;.]{0,30}\b(?:rate|apr|interest)\b[^;.]{0,20}"
    r"\b(?:increase|rise|go up|jump)\w*|"
    r"逾期(?:后|期间)?[^,。;]{0,8}利率(?:上浮|提高|上调|调整为|调高)|"
    r"逾期[^,。;]{0,8}(?:利率|费率|利息)[^,。;]{0,8}(?:\d|万分之|千分之|百分之|_)|"
    r"(?:利息|利率)(?:将|会)?(?:翻倍|加倍)|\b(?:interest|the rate) (?:will )?doubles?\b|"
    r"(?:\d+(?:\.\d+)?\s*%|\brate\b)[^;.]{0,40}\b(?:amount|balance|sum)s? (?:overdue|past due|"
    r"in arrears|"
    r"unpaid)\b|\b(?:overdue|past[- ]due) (?:amount|balance|sum)s?\b[^;.]{0,40}\d+(?:\.\d+)?\s*%|"
    r"\blate(?:-payment| payment)? interest\b|"
    r"\bpenalt(?:y|ies) (?:of|at|equal to)\b|\bpenalt(?:y|ies) (?:will|shall|may) (?:be )?"
    r"(?:charged|applied|apply|accrue)|"
    r"逾期(?:费用|金额|款项|部分|本金|本息)?[^;。]{0,10}(?:按日|按月|每日|每天|每月)[^;。]{0,10}"
    r"(?:%|‰|万分之|千分之)|"
    r"\bliquidated damages\b|\boverdue (?:interest|charges?|fees?)\b|"
    r"\bcompound(?:ed|ing)? interest\b|\binterest on (?:unpaid |overdue )?interest\b|"
    r"\b(?:interest|\d+(?:\.\d+)?%[^;.]{0,20}) (?:continues|will continue|keeps|will keep|"
    r"continue) (?:to )?(?:be )?(?:accru|run|charg|appl)\w*|继续(?:计息|计收利息|产生利息|"
    r"计算利息)|持续计息|"
    r"(?:利息|罚息)(?:将|会)?(?:继续|照常|持续)(?:计算|计收|计息|产生|收取)"
)
# A late fee counts as penalty interest only when quoted as a rate per day or month; a fixed
# late fee is a fee (the fee rule).
_LATE_RATE = fast.compile(
    r"(?:滞纳金|逾期(?:管理|服务|手续)?费|\blate (?:payment )?(?:fees?|charges?)\b)"
    r"[^;。]{0,30}(?:%|‰|万分之|千分之)[^;。]{0,6}(?:/|每|per |a )?\s*(?:日|天|月|day|month)|"
    r"(?:日|每日|每天|按日|按月|daily|per day|monthly)[^;。]{0,12}(?:%|‰|万分之|千分之)[^;。]{0,12}"
    r"(?:滞纳金|逾期(?:管理|服务|手续)?费|\blate (?:payment )?(?:fees?|charges?)\b)"
)
_COMPOUND = fast.compile(r"复利|复息|利滚利|compound|interest on (?:unpaid |overdue )?interest")
_FIXED_FEE = fast.compile(r"penalty (?:charges?|fees?)")
_PER_PERIOD = fast.compile(
    r"(?:%|‰)[^;.]{0,12}\b(?:per|a|each) (?:day|month|year|annum)\b|\bapr\b|\brate\b"
)
_RESUMES = fast.compile(r"恢复(?:计算|计收|计息|收取)|\b(?:resum|restor|reinstat)\w*")


# Words without which no pattern here can match (see lexicon.gate).
_GATE = lx.gate(
    "罚息 违约金 逾期 复利 复息 利滚利 滞纳金 继续 持续 照常 "
    "penalt default late overdue liquidated compound interest_on continu keep penal past_due "
    "past-due arrears 翻倍 加倍 doubles"
)


# A charge for paying early is a fee (the fee rule), whatever it is called.
_PREPAYMENT = fast.compile(
    r"提前(?:还款|结清|清偿|偿还)|\b(?:prepay\w*|early (?:re)?payment|early settlement|"
    r"pay(?:ing)? early)\b"
)


def check(line: Line) -> Hit | None:
    norm = line.norm
    if not _GATE.search(line.padded):
        return None
    m = first(_PENALTY, norm) or first(_LATE_RATE, norm)
    if m is None and _RESUMES.search(norm):
        m = _PENALTY.search(norm)  # "已停止计收的罚息将恢复计算": stopped, then charged again
    if m is None or waived_after(norm, m.end()) or _PREPAYMENT.search(norm):
        return None
    # A fixed penalty fee is a fee (the fee rule), unless a rate per period is also charged.
    if _FIXED_FEE.fullmatch(m.group()) and not _PER_PERIOD.search(norm):
        return None
    if _COMPOUND.search(norm):
        return Hit(Severity.HIGH, "penalty_compound", *m.span())
    return Hit(Severity.MEDIUM, "penalty_interest", *m.span())
