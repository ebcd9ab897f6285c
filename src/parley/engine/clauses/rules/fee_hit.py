"""Whether a fee the fee rule found is raised, and how severe it is.

Not raised: a change to a fee's level (a one-sided change), advice or a promise never to ask,
a cancellation right, a fee waived by its own sentence, a fee named in the debt that falls due
or in a discount line, a fee said to stand in for interest. High for what recurs or comes off
the money lent and for one-off fees above 1% of what is owed; medium for other one-off charges.
"""

from __future__ import annotations

import re

from parley.engine.clauses import fast
from parley.engine.clauses import lexicon as lx
from parley.engine.clauses.model import Severity
from parley.engine.clauses.rules.base import Hit
from parley.engine.clauses.text import clause_at, never_asked, waived_later

MONEY = r"(?:\$|¥|£|€|rs\.?|inr|cny|rmb|usd|hk\$)\s*\d|\d[\d,.]*\s*(?:元|yuan|rmb|cny|dollars)"
AMOUNT = fast.compile(rf"{MONEY}|\d+(?:\.\d+)?\s*%|_{{2,}}")
# Charged again at each extension or renewal: recurring, however it is named.
_REPEATED = fast.compile(
    r"\b(?:each|every|per|any) (?:extension|renewal|rollover)\b|每次(?:展期|续期|延期)"
)
_INCLUDED = fast.compile(r"包括|包含|含|including|inclusive of|includes|reflects|reflecting")
_UNNAMED = fast.compile(r"各项|各类|各种|相关|其他|其它|等|\b(?:all|other|various|any|certain)\b")
_CHANGED = fast.compile(lx.CHANGE)
# A fee charged *for* a change ("a modification processing fee", 变更手续费) is still a fee.
_FEE_FOR_CHANGE = re.compile(
    r"\w*(?: (?:processing|handling|admin\w*|application|service))? (?:fees?|charges?)\b|"
    r"[\u4e00-\u9fff]{0,3}费"
)
_MAY_CHANGE = fast.compile(rf"(?:{lx.MAY})[^;。]{{0,30}}(?:{lx.CHANGE})")
# Advice or a warning to the borrower: "please do not pay anyone asking for a fee".
ADVICE = fast.compile(
    r"请勿|切勿|千万不要|不要(?:向|给|相信)|谨防|警惕|如遇|"
    r"\b(?:please do not|please don't|do not pay|don't pay|never pay|beware|scam|fraud)\b"
)
# Cancelling at no cost, with the fee returned: the borrower's right, not a charge.
_RESCIND = fast.compile(
    r"\b(?:cancel|rescind|withdraw from|back out of)\w*\b[^;.]{0,60}\b(?:at no cost|free of charge|"
    r"without (?:charge|cost|penalty)|by returning|refund\w*)|无理由(?:取消|撤销)|冷静期"
)
# A fee listed in the whole debt that falls due: "剩余未还分期本金及手续费将一并计入当期账单",
# "the remaining balance and fees become payable at once".
_IN_THE_DEBT_DUE = fast.compile(
    rf"(?:{lx.WHOLE_DEBT})[^,。;]{{0,12}}?"
    r"(?:及|和|、|以及|与|连同|\b(?:plus|and|together with|with))"
    r"\s*(?:[\u4e00-\u9fff]{0,4}|(?:any |all |the )?(?:[a-z]+ )?)$"
)
_FALLS_DUE = fast.compile(
    r"[^,。;]{0,4}?(?:将|会|应|须|需)?(?:一并|全部|立即|一次性|马上)(?:计入|到期|偿还|清偿|结清|支付|"
    r"还清|收回)|"
    r"\s*(?:will |shall |may )?(?:then |all |immediately )*(?:become|becomes|are|is|be|fall|falls)"
    r" (?:\w+ )?(?:due|payable|repayable)\b"
)
# A fee inside a stated sum: "$1,684.37 incl all charges", "共计5,200元（含罚息及违约金）".
_IN_A_SUM = fast.compile(
    rf"(?:{MONEY})[\d,.]*\s*[(（]?\s*(?:incl\.?|including|inclusive of|包括|包含|含)\s*"
    r"(?:all |any |the |of )?(?:[a-z]+ )?$"
)
# A statement of what is owed now names past charges; with nothing charged from here on it sets
# none (as the penalty rule reads 截至…尚欠…罚息320元).
_OWED_NOW = fast.compile(
    r"截至|截止|尚欠|目前欠|当前欠|欠款(?:明细|情况|总额|合计)|"
    r"\b(?:as (?:at|of)|you owe|of which|balance (?:today|now|is|stands)|already (?:been )?charged|"
    r"(?:has|have) been charged|charged (?:in|on|last) \w+)\b"
)
_CHARGE_TO_COME = fast.compile(
    r"将|会|应|须|需|每月|每期|按|(?<!已)收取|另收|加收|承担|支付|"
    r"\b(?:will|shall|must|per|each|every|monthly|applies|apply|is payable|are payable|from now|"
    r"borne|bear)\b"
)
# A clause that opens by naming a discount or waiver lists what is waived, not what is charged.
DISCOUNT_HEAD = fast.compile(
    r"\W*(?:\d+[.)]\s*)?(?:discount|reduction|waiver|relief|amount (?:waived|forgiven|written off)|"
    r"(?:waived|forgiven) (?:amount|sum)|write-off|减免|豁免|免除|优惠金额)"
    # A line that states the waived sum, not a period after which a fee starts ("优惠期满后…").
    r"[^,。;:]{0,8}(?::|(?:\$|¥|£|€)\s*\d|\d[\d.]*\s*元)"
)
_ONLY = fast.compile(r"只|仅|\b(?:just|only)\b")
# The line says no interest is charged: a fee there stands in for it (the rate is read where
# the fee is priced).
_NO_INTEREST = fast.compile(
    r"不(?:算|收|计|产生)利息|没有利息|无利息|免息|零利息|0利息|"
    r"\b(?:no|zero|0%) interest\b|\binterest[- ]free\b"
)
# High: what recurs, what comes off the money lent, renewals, and one-off fees above 1% of
# the principal (per the labelling brief); medium: other one-off charges.
_RECURRING = fast.compile(
    r"每月|每期|按月|月费|年费|每年|按年|砍头息|从借款|从贷款|借款金额中|放款时|扣除|预扣|扣收|"
    r"(?:发放|发放借款|发放贷款|放款)时|"
    # "Each payment also carries a $4.99 administration charge": charged with every payment.
    r"\b(?:each|every|with each|with every) (?:monthly )?payment\b(?! (?:returned|missed|made "
    r"late|that is late|dishonou?red|reversed|declined))|"
    r"\b(?:per month|a month|monthly|each month|every month|annual|yearly|per year|a year|"
    r"each year|"
    r"per annum|"
    r"(?:per|each|every) instal?lment(?! (?:moved|missed|returned|rescheduled|deferred|changed|"
    r"late))|"
    r"deducted|withheld|from the (?:loan|proceeds|amount)|renew\w*|roll\w* ?over)\b"
)
_LARGE_SHARE = fast.compile(
    r"(?:(?:[2-9]|[1-9]\d+)(?:\.\d+)?|1\.\d*[1-9]\d*)\s*%[^;。]{0,24}(?:借款|贷款|本金|放款|余额|欠款|"
    r"\b(?:the )?(?:loan|principal|(?:outstanding )?balance|draw amount|"
    r"amount (?:borrowed|financed|lent|drawn|advanced)|proceeds))|"
    r"(?:借款|贷款|本金|余额|欠款)[^;。]{0,12}?(?:(?:[2-9]|"
    r"[1-9]\d+)(?:\.\d+)?|1\.\d*[1-9]\d*)\s*%|"
    r"\b(?:per|for every|for each|on each|every) (?:\$|¥|£|€)?\s*100\b|"
    # What BNPL and instalment terms call the principal: the order, the purchase.
    r"(?<![\d.])(?<!capped at )(?<!up to )(?<!不超过)(?<!最高)(?:(?:[2-9]|[1-9]\d+)(?:\.\d+)?|"
    r"1\.\d*[1-9]\d*)\s*%[^;。]{0,24}(?:订单金额|分期金额|消费金额|交易金额|商品金额|"
    r"\border (?:value|"
    r"amount|total)|\bpurchase (?:amount|price)|\bamount financed)|"
    r"(?:订单金额|分期金额|消费金额|交易金额|商品金额)(?:的)?\s*(?:(?:[2-9]|[1-9]\d+)(?:\.\d+)?|"
    r"1\.\d*[1-9]\d*)\s*%"
)
# A fee folded into a stated all-in rate or cost.
_ALL_IN = fast.compile(r"费率|利率|年化|成本|\b(?:apr|rate|cost)\b")
_ONE_OFF = fast.compile(r"展期|延期|逾期|滞纳|退票|\b(?:late|returned|nsf|extension|collection)\b")
# A late charge quoted per day or month is penalty interest.
PERIODIC_RATE = fast.compile(
    r"(?:%|‰|万分之|千分之)[^;。]{0,6}(?:/|每|per |a )?\s*(?:日|天|月|day|month)|(?:日|每日|每天|"
    r"按日|按月|daily|"
    r"per day|monthly)[^;。]{0,12}(?:%|‰|万分之|千分之)"
)


def fee_hit(norm: str, start: int, end: int, *, priced: bool = False) -> Hit | None:
    """`priced`: a schedule line that prices a service ("Due date change: $10 per change"),
    where a word of change names the service, not a change to the fee."""
    clause_start, clause_end = clause_at(norm, start)
    before = norm[clause_start:start]
    if not priced and any(
        not _FEE_FOR_CHANGE.match(norm, c.end())
        for c in _CHANGED.finditer(norm, clause_start, clause_end)
    ):
        return None  # a change to a fee's level is a one-sided change
    if _MAY_CHANGE.search(norm) and not AMOUNT.search(norm, clause_start, clause_end):
        return None  # "we can change these terms, including fees": fees named as what may change
    if ADVICE.search(norm[clause_start:clause_end]) or _RESCIND.search(norm):
        return None
    if never_asked(norm, start):  # "we will never ask you to … pay a fee to release this plan"
        return None
    if waived_later(norm, end):  # "违约金、超限费共计3,120元，本行予以全部免除"
        return None
    if _FALLS_DUE.match(norm, end) and _IN_THE_DEBT_DUE.search(norm, clause_start, start):
        return None  # a fee named in the sum that falls due: the acceleration clause's business
    if _IN_A_SUM.search(norm, clause_start, start) and _FALLS_DUE.match(norm, end):
        return None  # "the whole $1,684.37 incl all charges is due at once": a sum's contents
    if _OWED_NOW.search(norm) and not _CHARGE_TO_COME.search(norm):
        return (
            None  # "your balance today is $3,412.50, including $210 of late fees already charged"
        )
    if DISCOUNT_HEAD.match(norm, clause_start):
        return None  # "Discount applied: $915.40 (past-due interest and late charges)"
    if _NO_INTEREST.search(norm) and _ONLY.search(norm) and not AMOUNT.search(norm):
        return None  # "分期后不算利息，只收手续费": the fee in place of interest, priced elsewhere
    if _INCLUDED.search(before) and _ALL_IN.search(norm):
        # "综合年化费率35.9%，包括利息及各项服务费用": fees left unnamed inside a rate are hidden;
        # one named as a part of the all-in rate ("含利息及平台服务费", "reflects the origination
        # charge") is priced by that rate, which the rate rule reads.
        if _UNNAMED.search(norm, max(clause_start, start - 8), end):
            return Hit(Severity.MEDIUM, "hidden_fee_included", start, end)
        return None
    if _REPEATED.search(norm) or PERIODIC_RATE.search(norm):
        return Hit(Severity.HIGH, "hidden_fee", start, end)
    # A one-off fee is high when stated at more than 1% of what is owed (the labelling brief);
    # a recurring one is high whatever its size.
    if _LARGE_SHARE.search(norm):
        return Hit(Severity.HIGH, "hidden_fee", start, end)
    one_off = _ONE_OFF.search(norm[max(0, start - 6) : end])
    if not one_off and _RECURRING.search(norm):
        return Hit(Severity.HIGH, "hidden_fee", start, end)
    return Hit(Severity.MEDIUM, "hidden_fee", start, end)
