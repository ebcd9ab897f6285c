"""Penalty pricing: penalty interest, default interest, late fees, liquidated damages, a
penalty APR and the clause that says when it applies, and compounding."""

from __future__ import annotations

import re

from parley.engine.clauses import fast
from parley.engine.clauses import lexicon as lx
from parley.engine.clauses.model import Severity
from parley.engine.clauses.rules.base import Hit
from parley.engine.clauses.rules.fee_hit import DISCOUNT_HEAD, PERIODIC_RATE
from parley.engine.clauses.text import (
    Line,
    first,
    negated,
    negated_within,
    waived_after,
    waived_later,
)

# One character of the same sentence: a decimal point inside a figure ends none.
_IN = r"(?:[^;.]|(?<=\d)\.(?=\d))"
_PENALTY = fast.compile(
    r"罚息|违约金|逾期利息|复利|复息|利滚利|"
    r"逾期(?:期间|后)?.{0,12}(?:计收|收取|加收|计付|按).{0,16}(?:利息|利率|费用)|"
    r"\bpenalty (?:interest|rate|charges?|fees?|apr|pricing)\b|\bpenalty apr\b|"
    r"\bdefault (?:interest|rate|charges?)\b|\bpenal (?:interest|charges?|rate)\b|"
    r"\binterest\b" + _IN + r"{0,30}\bon (?:the |any |all )?(?:overdue|past[- ]due|late|"
    r"unpaid(?! (?:principal|loan))|missed|"
    r"arrears)"
    r"(?: (?:amount|balance|sum|instal?lment|payment)s?)?\b|"
    r"\b(?:rate|apr|interest)\b"
    + _IN
    + r"{0,20}\b(?:increase|rise|rose|go(?:es)? up|went up|jump)\w*\b"
    + _IN
    + r"{0,30}"
    r"\b(?:late|miss\w*|default\w*|overdue)\b|"
    r"\b(?:late|miss\w*|default\w*|overdue)\b"
    + _IN
    + r"{0,30}\b(?:rate|apr|interest)\b"
    + _IN
    + r"{0,20}"
    r"\b(?:increase|rise|rose|go(?:es)? up|went up|jump)\w*|"
    r"逾期(?:后|期间)?[^,。;]{0,8}利率(?:上浮|提高|上调|调整为|调高)|"
    r"逾期[^,。;]{0,8}(?:利率|费率|利息)[^,。;]{0,8}(?:\d|万分之|千分之|百分之|_)|"
    r"(?:利息|利率)(?:将|会)?(?:翻倍|加倍)|"
    r"(?:拖欠|违约|逾期|欠款)(?:期间|后)?[^。;]{0,12}(?:利率|利息)[^。;]{0,10}(?:倍|上浮|加收|提高|翻)|"
    r"\b(?:rate|apr|interest)\b(?:[^;.]|(?<=\d)\.(?=\d)){0,40}\bon (?:the |any |all |your )?"
    r"(?:overdue|past[- ]due|late|missed) (?:amount|balance|sum|payment|instal\w*)s?\b|"
    r"\b(?:interest|the rate) (?:will )?doubles?\b|"
    r"(?:\d+(?:\.\d+)?\s*%|\brate\b)"
    + _IN
    + r"{0,40}\b(?:amount|balance|sum)s? (?:overdue|past due|"
    r"in arrears|"
    r"unpaid)\b|\b(?:overdue|past[- ]due) (?:amount|balance|sum)s?\b"
    + _IN
    + r"{0,40}\d+(?:\.\d+)?\s*%|"
    r"\blate(?:-payment| payment)? interest\b|"
    # "for every day late, an extra 0.05% of the overdue amount is added" (a one-off late fee
    # as a share of the amount, "5% of the past-due amount", is a fee, not a rate per period).
    r"\b(?:every|each|per|a) (?:day|month)\b" + _IN + r"{0,40}\d+(?:\.\d+)?\s*%" + _IN + r"{0,30}"
    r"\b(?:overdue|past[- ]due|late|missed) (?:amount|balance|sum|payment|instal\w*)s?\b|"
    r"\d+(?:\.\d+)?\s*%" + _IN + r"{0,30}\b(?:overdue|past[- ]due|late|missed) (?:amount|"
    r"balance|sum|payment|instal\w*)s?\b" + _IN + r"{0,30}\b(?:(?:per|each|every|a) (?:day|month)|"
    r"daily)\b|"
    r"\bpenalt(?:y|ies) (?:of|at|equal to)\b|\bpenalt(?:y|ies) (?:will|shall|may) (?:be )?"
    r"(?:charged|applied|apply|accrue)|"
    r"逾期(?:费用|金额|款项|部分|本金|本息)?[^;。]{0,10}(?:按日|按月|每日|每天|每月)[^;。]{0,10}"
    r"(?:%|‰|万分之|千分之)|"
    r"\bliquidated damages\b|\boverdue (?:interest|charges?|fees?)\b|"
    r"\bcompound(?:ed|ing)? interest\b|\binterest on (?:unpaid |overdue )?interest\b"
)
# Interest or charges on what is unpaid, however they are named: "any amount not paid when due
# will bear interest", "arrears interest", 按每天未付金额的0.05%, 逾期费用按日继续产生.
_ON_UNPAID = fast.compile(
    r"\b(?:arrears|overdue|late|default) interest\b|\binterest (?:in|on) arrears\b|"
    r"\barrears\b(?:[^;.]|(?<=\d)\.(?=\d)){0,20}\b(?:bear|carr|attract|accru|incur|earn)\w* "
    r"(?:\w+ ){0,2}interest\b|"
    r"\b(?:amount|sum|balance|instal\w*|payment)s? (?:\w+ ){0,2}(?:not paid|unpaid|"
    r"remaining unpaid|"
    r"left unpaid|in arrears)\b"
    + _IN
    + r"{0,40}\b(?:bear|carr|attract|accru|incur)\w* (?:\w+ ){0,2}"
    r"interest\b|"
    # "Unpaid instalments will have 0.5% per week added until cleared".
    r"\b(?:unpaid|overdue|late|missed) (?:\w+ )?(?:amounts?|sums?|instal\w*|payments?|balances?)\b"
    + _IN
    + r"{0,40}\d+(?:\.\d+)?\s*%"
    + _IN
    + r"{0,20}\b(?:per|a|each|every) (?:day|week|month)\b|"
    # "Unpaid amounts continue to accrue interest", "missed payments bear interest at 2%".
    r"\b(?:unpaid|overdue|past[- ]due|late|missed) (?:\w+ )?(?:amounts?|sums?|instal\w*|payments?|"
    r"arrears)\b" + _IN + r"{0,30}\b(?:bear|carr|attract|accru|incur|earn)\w* (?:\w+ ){0,2}"
    r"interest\b|"
    r"(?:未按(?:期|时|约定)?|未能按期|逾期|拖欠)(?:偿还|支付|归还)?的?(?:款项|本金|金额|部分|本息)"
    r"[^,。;]{0,20}(?:计收|加收|收取|计付|支付|按)[^,。;]{0,12}(?:利息|罚息)|"
    r"(?:按日|每日|每天|按天|按月|每月)[^,。;]{0,4}(?:按)?(?:未付|未还|逾期|欠款|应还未还|未结清|"
    r"未偿还)"
    r"(?:金额|款项|本金|部分|本息)?(?:的)?\s*(?:\d|万分之|千分之|百分之)|"
    r"(?:未付|未还|逾期|欠款|应还未还|未结清|未偿还)(?:金额|款项|本金|部分|"
    r"本息)(?:的)?\s*(?:\d+(?:\.\d+)?%|"
    r"千分之|万分之)[^,。;]{0,4}(?:/|每)?(?:日|天|月)|"
    r"(?:未还|未付|逾期|未偿还|应还未还|未按(?:期|时|约定)?(?:偿还|支付|归还)?)(?:的)?(?:部分|款项|金额|"
    r"本金)[^。;]{0,8}(?:每天|每日|按日|"
    r"按天|按月|每月)(?:加收|收取|计收|按)[^。;]{0,6}(?:\d|万分之|千分之|百分之)|"
    r"(?:继续|持续|照常)(?:产生|计收|收取|计算|计)[^,。;]{0,4}(?:逾期费用|逾期利息|罚息|利息|"
    r"违约金|"
    r"滞纳金)|(?:按日|每日|每天|按月)(?:继续|持续)(?:产生|计收|收取)|"
    r"逾期(?:期间|后|以后)?[^,。;]{0,4}(?:照常|继续|持续|仍然|仍)(?:计收|计息|收取|计算|"
    r"按[^,。;]{0,8}(?:利率|利息|计息|计收))"
)
# Interest that "continues to accrue" is penalty pricing only on what is overdue; on an extended
# or current principal it is the ordinary rate.
_CONTINUES = fast.compile(
    r"\b(?:interest|\d+(?:\.\d+)?%"
    + _IN
    + r"{0,20}|payable) (?:and )?(?:continues|will continue|keeps|"
    r"will keep|continue) (?:to )?(?:be )?(?:accru|run|charg|appl)\w*|"
    r"\b(?:interest|\d+(?:\.\d+)?%) (?:continues|keeps|carries on|will continue|runs) (?:at|"
    r"running|accruing|to run)\b|继续(?:计息|计收利息|"
    r"产生利息|"
    r"计算利息)|持续计息|"
    r"\b(?:interest|charged|charges?)\b"
    + _IN
    + r"{0,60}\b(?:still|continuing to) (?:running|accruing|"
    r"accrue|being charged|charging|applies|applying)\b|"
    r"(?:利息|罚息)(?:将|会)?(?:继续|照常|持续)(?:计算|计收|计息|产生|收取)"
)
_OVERDUE = fast.compile(
    rf"{lx.DEFAULT}|\b(?:until (?:it is |they are )?(?:paid|repaid|settled)|past[- ]due|"
    r"unpaid(?! (?:principal|loan)))\b|"
    r"逾期|未还|欠款|未付|至(?:实际)?(?:清偿|还清|结清|付清)|"
    r"\b(?:since|after|from) (?:the )?(?:termination|default|date of default|account was closed)\b"
)
# A late fee counts as penalty interest only when quoted as a rate per day or month; a fixed
# late fee is a fee (the fee rule).
_LATE_RATE = fast.compile(
    r"(?:滞纳金|逾期(?:管理|服务|手续)?费|\blate (?:payment )?(?:fees?|charges?)\b)"
    r"[^;。]{0,30}(?:%|‰|万分之|千分之)[^;。]{0,6}(?:/|每|per |a )?\s*(?:日|天|月|day|month)|"
    r"(?:日|每日|每天|按日|按月|daily|per day|monthly)[^;。]{0,12}(?:%|‰|万分之|千分之)[^;。]{0,12}"
    r"(?:滞纳金|逾期(?:管理|服务|手续)?费|\blate (?:payment )?(?:fees?|charges?)\b)"
)
# Interest capitalised: unpaid interest added to the principal and charged interest itself.
_CAPITALISED = (
    r"\b(?:unpaid|overdue|accrued|outstanding) interest\b[^;.]{0,30}\b(?:added|capitali[sz]ed|"
    r"rolled|folded) (?:in)?to (?:the )?(?:principal|balance)|"
    r"\binterest (?:left |remaining )?(?:unpaid|not paid)\b[^;.]{0,30}\b(?:added|capitali[sz]ed|"
    r"rolled|folded) (?:in)?to (?:the )?(?:principal|balance)|"
    r"(?:未付|未还|逾期|应付未付|拖欠)的?利息[^,。;]{0,6}(?:计入|并入|转入|滚入|转为)本金|"
    # 借款人未按期支付的利息，自应付之日起并入本金，一并计收利息.
    r"未按(?:期|时|约定)?(?:支付|偿还|归还|还|付)的?利息[^。;]{0,16}(?:计入|并入|转入|滚入|转为)本金|"
    # A penalty folded into the debt and then charged interest: 违约金计入欠款总额后…一并计息.
    r"(?:违约金|罚息|逾期利息|滞纳金)[^,。;]{0,6}(?:计入|并入|转入)(?:欠款|本金)[^。;]{0,20}(?:计息|计收利息)|"
    r"\b(?:late fees?|penalt(?:y|ies)|default interest|overdue interest)\b[^;.]{0,30}\b(?:added|"
    r"capitali[sz]ed) (?:in)?to (?:the )?(?:principal|balance)\b[^;.]{0,30}\b(?:bear|accru|earn|"
    r"attract|charg)\w* interest"
)
_COMPOUND = fast.compile(
    rf"复利|复息|利滚利|compound|interest on (?:unpaid |overdue )?interest|{_CAPITALISED}"
)
_CAPITALISED_RE = fast.compile(_CAPITALISED)
_FIXED_FEE = fast.compile(r"penalty (?:charges?|fees?)")
_PER_PERIOD = fast.compile(
    r"(?:%|‰)" + _IN + r"{0,12}\b(?:per|a|each) (?:day|month|year|annum)\b|\bapr\b|\brate\b"
)
# A rate that applies once a payment is late, however it is named: "if you pay more than 60
# days late, a rate of 29.99% may be applied to all balances", 逾期后全部余额适用年利率X.
_RATE_ONCE_LATE = fast.compile(
    r"\b(?:late|miss\w*|default\w*|overdue|past[- ]due|behind)\b"
    + _IN
    + r"{0,60}\b(?:a |an |the )?"
    r"(?:higher |penalty |new |increased |default |different )?(?:rate|apr)\b" + _IN + r"{0,40}"
    r"\b(?:appl\w*|charg\w*|impos\w*|replac\w*|kicks? in|takes? effect)\b|"
    r"\b(?:late|miss\w*|default\w*|overdue|past[- ]due|behind)\b"
    + _IN
    + r"{0,40}\b(?:appl\w*|charg\w*|"
    r"impos\w*|switch\w* (?:you )?to|move\w* you to|put\w* you on)\b "
    r"(?:[\w.]+ ){0,6}(?:rate|apr)\b|"
    r"\b(?:rate|apr)\b"
    + _IN
    + r"{0,40}\b(?:may|will|shall|can) (?:be )?(?:appl\w*|charg\w*|impos\w*)"
    r"" + _IN + r"{0,60}\b(?:late|miss\w*|default\w*|overdue|past[- ]due|behind)\b|"
    r"逾期[^。;]{0,20}(?:适用|执行|改按|调整为|提高至|上调至|按照?)[^。;]{0,10}(?:利率|费率)"
)
# A statement of what is owed today ("截至今日尚欠本金8,000元、罚息320元", "of which £96 is
# overdue interest") names past charges; with no rate or verb of charging it sets none.
_STATEMENT = fast.compile(
    r"截至|截止|尚欠|目前欠|当前欠|欠款(?:明细|情况|总额|合计)|合计|共计|"
    r"\b(?:as (?:at|of)|you owe|owed|of which|balance (?:today|now|is|stands))\b"
)
_CHARGING = fast.compile(
    r"计收|收取|加收|按|计息|计算|继续|照常|起计|%|‰|万分之|千分之|"
    r"\b(?:charg\w*|accru\w*|appl\w*|per (?:day|month|annum|year)|daily|continu\w*|will|shall|"
    r"until|from)\b"
)
_RESUMES = fast.compile(r"恢复(?:计算|计收|计息|收取)|\b(?:resum|restor|reinstat)\w*")


# Words without which no pattern here can match (see lexicon.gate).
_GATE = lx.gate(
    "罚息 违约金 逾期 复利 复息 利滚利 滞纳金 继续 持续 照常 "
    "penalt default late overdue liquidated compound interest_on continu keep penal past_due "
    "past-due arrears 翻倍 加倍 doubles not_paid unpaid 未按 未能 未付 未还 欠款 未结清 未偿还 "
    "goes_up went_up rose payable behind miss accrued outstanding 拖欠 违约 欠款期间 应付未付 "
    "still_running "
    "still_accru "
    "termination 超出 超过"
)


# A charge for paying early is a fee (the fee rule), whatever it is called.
_PREPAYMENT = fast.compile(
    r"提前(?:还款|结清|清偿|偿还)|\b(?:prepay\w*|early (?:re)?payment|early settlement|"
    r"pay(?:ing)? early)\b"
)


# "is never added to the principal": the capitalising itself denied ("not paid" is the condition).
_NOT_ADDED = re.compile(
    r"\b(?:never|not|won't)\b (?:be )?(?:added|capitali|rolled|folded)|"
    r"(?:不会|不|绝不|不得)(?:计入|并入|转入|滚入|转为)"
)


# 利息及违约金总额不超过…四倍…超出部分借款人无须支付; "any amount above the legal limit is not
# payable".
_EXCESS_NOT_OWED = fast.compile(
    r"超(?:出|过)(?:部分|的部分|金额)[^,。;]{0,8}(?:无须|无需|不予|不用|不必|不再|无义务)(?:支付|承担|偿还|"
    r"归还|收取)|超(?:出|过)部分(?:无效|予以退还|将退还|不予支持)|"
    r"\b(?:any|the) (?:amount|excess|interest|charges?)\b[^;.]{0,40}\b(?:above|over|beyond|"
    r"in excess of)\b[^;.]{0,40}\b(?:is not|are not|will not be|shall not be|need not be) "
    r"(?:payable|owed|due|"
    r"charged|collected)\b"
)


def _capitalised(norm: str) -> re.Match[str] | None:
    m = first(_CAPITALISED_RE, norm)
    return None if m is None or _NOT_ADDED.search(norm, *m.span()) else m


def _first_affirmed(norm: str) -> re.Match[str] | None:
    """The first penalty phrase neither negated before it nor inside it ("逾期期间不再计收利息")."""
    for m in _PENALTY.finditer(norm):
        if not negated(norm, m.start()) and not negated_within(norm, *m.span()):
            return m
    return None


# No penalty charged at all ("本公司不收取罚息、违约金", "no late charges or penalty interest
# will be assessed"), or none compounded ("逾期罚息不计复利", "Default interest shall not be
# compounded").
_NONE_CHARGED = fast.compile(
    r"不(?:收取|计收|加收)(?:任何)?(?:罚息|违约金|滞纳金|逾期利息)|"
    r"\bno (?:late (?:charges?|fees?) or )?(?:penalty|default) interest (?:will|is|shall)\b"
)
_NOT_COMPOUNDED = fast.compile(
    r"不计(?:收)?复利|不(?:对|就)[^,。;]{0,8}(?:再)?(?:计收|收取)|"
    r"\b(?:not|never) be compounded\b|\bno (?:interest on interest|compounding)\b"
)
_A_RATE = fast.compile(r"\d+(?:\.\d+)?\s*%|万分之|千分之|‰")
# A schedule line whose value is nothing: "Penalty APR: None.", "罚息：无".
_NONE_VALUE = fast.compile(r":\s*(?:none|n/a|not applicable|nil|无|不收取)\s*[.。]?$")


def check(line: Line) -> Hit | None:
    norm = line.norm
    if not _GATE.search(line.padded):
        return None
    if _NONE_VALUE.search(norm):
        return None
    if _EXCESS_NOT_OWED.search(norm) and not PERIODIC_RATE.search(norm):
        return None  # a ceiling on interest and penalties, the excess not owed: a protection
    if _STATEMENT.search(norm) and not _CHARGING.search(norm):
        return None  # a balance stated, not a charge set
    if DISCOUNT_HEAD.match(norm):
        return None  # "Discount applied: $412 (default interest and late fees)": what is waived
    if _NONE_CHARGED.search(norm) or (_NOT_COMPOUNDED.search(norm) and not _A_RATE.search(norm)):
        return None  # "如发生逾期，不收取罚息…也不对利息计收复利": the protection
    m = (
        _first_affirmed(norm)
        or first(_ON_UNPAID, norm)
        or first(_LATE_RATE, norm)
        or _capitalised(norm)
    )
    if m is None and (late := _RATE_ONCE_LATE.search(norm)) is not None:
        m = None if negated(norm, late.start()) or negated_within(norm, *late.span()) else late
    if m is None and (m := first(_CONTINUES, norm)) and not _OVERDUE.search(norm):
        m = None
    if m is None and _RESUMES.search(norm):
        m = _PENALTY.search(norm)  # "已停止计收的罚息将恢复计算": stopped, then charged again
    if m is None or waived_after(norm, m.end()) or _PREPAYMENT.search(norm):
        return None
    if waived_later(norm, m.end()):  # "对剩余本金、利息及罚息不再主张": named to be waived
        return None
    # A fixed penalty fee is a fee (the fee rule), unless a rate per period is also charged.
    if _FIXED_FEE.fullmatch(m.group()) and not _PER_PERIOD.search(norm):
        return None
    if _COMPOUND.search(norm):
        return Hit(Severity.HIGH, "penalty_compound", *m.span())
    return Hit(Severity.MEDIUM, "penalty_interest", *m.span())
