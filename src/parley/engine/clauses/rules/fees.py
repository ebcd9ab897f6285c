"""Fees on top of interest: named fees, paid add-ons, fee-schedule lines, per-$100 charges,
collection costs and fixed late or returned-payment fees.

Not a fee here: a fee promised absent ("不收取任何服务费"), a zero fee, a fee whose *level* the
lender may change (a one-sided change), interest itself ("finance charge"), and a late charge
quoted as a rate per day or month (penalty interest).

Whether a fee found here is raised, and how severe it is, is fee_hit.py's business.
"""

from __future__ import annotations

import re

from parley.engine.clauses import fast
from parley.engine.clauses import lexicon as lx
from parley.engine.clauses.model import Severity
from parley.engine.clauses.rules.base import Hit
from parley.engine.clauses.rules.fee_hit import (
    ADVICE,
    AMOUNT,
    MONEY,
    PERIODIC_RATE,
    fee_hit,
)
from parley.engine.clauses.text import Line, clause_at, negated

_ZH_FEE = (
    r"砍头息|账户管理费|平台服务费|技术服务费|风险保障金|保障金|风险金|互助金|保费|年费|月费|会费|"
    r"服务报酬|代理报酬|佣金|"
    r"(?:综合|其他|额外|附加)费用(?=[^,。;]{0,12}\d)|"
    r"(?:催收|律师|诉讼|公证|保全|仲裁|差旅|实现债权(?:的)?)费用?|"
    r"(?:催收|律师|诉讼|公证|保全|仲裁|差旅|上门)[\u4e00-\u9fff、]{0,8}?等?费用|"
    r"(?:预先|提前|放款时|放款前)(?:扣除|扣收|扣留)[^,。;]{0,6}(?:利息|首期|部分|款项)|"
    r"(?:服务|管理|手续|咨询|担保|审核|评估|认证|中介|居间|风控|会员|保险|信息|技术|通道|账户|"
    r"平台)费用?|"
    r"(?P<generic>(?<=[取付纳收交缴另需的额])[\u4e00-\u9fff]费(?![率用])|"
    r"(?![取付纳收交缴另需的额])[\u4e00-\u9fff]{2}费(?![率用]))"
)
_EN_KIND = (
    r"account[- ]management|management|service|servicing|membership|guarantee|insurance|"
    r"handling|processing|consulting|consultancy|platform|admin(?:istration|istrative)?|"
    r"arrangement|extension|rollover|renewal|maintenance|annual|origination|set-?up|"
    r"application|brokerage|broker|cash advance|balance transfer|"
    r"returned (?:payment|check|cheque|item)|"
    r"nsf|non-sufficient funds|insufficient funds|foreign (?:transaction|currency)|"
    r"over[- ]?(?:the[- ])?limit|statement|card replacement|transaction|withdrawal|late payment|"
    r"early (?:re)?payment|prepayment|documentation|disbursement|convenience|access|rescheduling|"
    r"subscription|membership|commission|account set-?up|program(?:me)?|participation|"
    r"additional card|foreign purchase|stop payment|expedited (?:payment|delivery)|copy|research|"
    r"replacement card|paper statement|(?:pay[- ]by[- ])?phone payment|inactivity|dormancy|"
    r"cash withdrawal|atm|(?:credit|payment|loan|purchase|account) protection|insurance|warranty"
)
# A fee-schedule line: the kind of charge, then its amount ("Cash advance: either $10 or 5%").
_SCHEDULE = fast.compile(
    rf"^\W*(?:\d+\.\s*)?(?:[a-z-]+ ){{0,2}}(?:{_EN_KIND})(?: fees?|"
    rf" charges?)?\s*[:\-–]\s*(?:up to |either |the greater of |"
    r"\w+ )?(?:\$|¥|cny|rmb|usd|£|€|rs)?\s*\d[\d,.]*\d?%?"
)
# Charges that are interest, a refund, or the scam's own words (the deposit rule's business).
_NOT_A_FEE = fast.compile(
    r"消费|免费|费率|学费|话费|水电费|路费|经费|解冻费|激活费|解锁费|协商费|疏通费|开通费|验证费|"
    r"收费|缴费|"
    r"交费|付费|自费|花费|运费|电费|水费|"
    r"(?:fees?|charges?) (?:\w+ ){0,2}"
    r"(?:waived|frozen|forgiven|stopped|removed|cancell?ed|suspended)|"
    r"费[^,。;]{0,4}(?:停止|免除|减免|冻结|全免)|"
    r"\bfinance charges?\b|\binterest charges?\b|\bfree of charge\b|\bin charge\b|\bno charge\b|"
    r"\bcharge[- ]?offs?\b|\bcharged[- ]off\b|"
    r"\bwaiv\w* (?:of )?(?:the |any |all |remaining |outstanding |unpaid )*(?:fees?|charges?)\b|"
    r"\bactivation|\bunlock|\bunfreez|\brelease fee|\bverification fee"
)
_EN_FEE = fast.compile(
    r"\b(?:fees?|charges?|costs of collection|collection costs?|attorneys?'? fees?|"
    r"legal costs?|premiums?|commissions?|subscriptions?|prepayment penalty|"
    r"early repayment penalty|"
    r"penalty for (?:early|pre)payment)\b"
)
_ZH_PREPAYMENT = fast.compile(
    r"提前(?:还款|结清|清偿|偿还)(?:(?![不无免])[^,。;]){0,16}(?:违约金|补偿金|"
    r"罚金)(?![^,。;]{0,4}(?:全免|免除|减免))"
)
_ZH_FEE_RE = fast.compile(_ZH_FEE)
_NOT_A_FEE_AFTER = fast.compile(r"[^,。;]{0,4}(?:停止|免除|减免|冻结|全免)")
_BARE = fast.compile(r"fees?|charges?")
_NOUN_BEFORE = fast.compile(r"(?:\b(?:a|an|the|this|that|each|any|one|per|service|late)|\d|%) $")
# "charges you", "charge a fee": the verb. "charge applies" is the noun ("a" must be a word).
_VERB_USE = fast.compile(
    r" (?:(?:no|a|an|the|you|your|interest|fees?|for|on|at|it|them)\b|\$|£|€|¥|\d)"
)
# The word before a bare "fees" names its kind ("annual fees"), unless it is a function word:
# "payments are applied first to fees, then to interest" names no fee.
_FUNCTION_WORD = re.compile(
    r"all|any|other|and|or|no|the|a|an|of|to|for|on|in|by|with|from|your|our|their|its|his|her|"
    r"such|these|those|some|then|first|against|towards?|covers?|pays?|paid|owed|unpaid|"
    r"outstanding|accrued|past"
)
_NOT_A_KIND_ENDING = ("all", "any", "other", "and", "no", "the", "of")
_TRAILING_WORD = re.compile(r"[a-z]+$")


def _kind_before(prefix: str) -> bool:
    """The last word of `prefix` (which ends with a space) names a kind of fee."""
    if not prefix.endswith(" "):
        return False
    token = prefix[:-1].rsplit(" ", 1)[-1]
    m = _TRAILING_WORD.search(token)
    if m is None or (m.start() and (token[m.start() - 1].isalnum() or token[m.start() - 1] == "_")):
        return False
    word = m.group()
    return not _FUNCTION_WORD.fullmatch(word) and not word.endswith(_NOT_A_KIND_ENDING)


# The line imposes it: an amount, a verb of charging, or a schedule line "Kind: amount".
_IMPOSED = fast.compile(
    rf"{MONEY}|\d+(?:\.\d+)?\s*%|_{{2,}}|"
    r"收取|收|支付|缴纳|扣除|扣收|扣划|另收|加收|另需|须付|需付|计入|承担|"
    r"\b(?:pay\w*|charg\w*|costs?|added|applied|applies|deducted|billed|debited|levied|includ\w*|"
    r"imposed|incur\w*|due)\b"
)
_PER_100 = fast.compile(
    rf"(?:{MONEY})[^;]{{0,12}}?(?:for every|per|on each|for each) (?:\$|¥|£|€|cny |rmb )?\s*100\b|"
    r"\brenew\w*\b[^;.]{0,40}\b(?:pay\w*|fee)\b|"
    r"\broll(?:s|ed|ing)? ?over\b[^;.]{0,40}\b(?:pay\w*|fee)\b"
)
_COSTS = fast.compile(
    r"(?:从|在)(?:借款|贷款|放款)(?:本金|金额|资金|款项)?中(?:直接|预先)?(?:扣除|扣收|扣留|预扣)|"
    r"(?:另付|另需支付|另需付|另收|另行收取|额外收取|额外支付|额外收)\s*\d[\d,.]*\s*元|"
    r"\bdeduct\w*\b[^;]{0,30}\bfrom (?:the|your) (?:loan|proceeds|amount (?:we|you)|disbursement|"
    r"money)|"
    r"\b(?:membership|subscription) (?:of|at|costs?|is)\s*(?:\$|£|€|¥|rs)\s*\d|"
    r"\b(?:an? )?(?:extra|additional) (?:\$|£|€|¥|rs\.?)\s*\d|\bcosts? \d+(?:\.\d+)?\s*%|"
    rf"(?:{MONEY})(?:[^;.]|\.(?=\d)){{0,24}}\b(?:added to|included in|on top of|charged with) "
    r"(?:each|every|your) "
    r"(?:monthly )?(?:payment|instal?lment|bill|statement)s?\b|"
    rf"\bcosts? (?:{MONEY})|(?:每月|每期)\s*\d+(?:\.\d+)?\s*元[^。;]{{0,12}}(?:权益|会员|服务|"
    rf"加速|优先)|"
    r"(?:权益卡|会员卡|加速卡|提额卡|vip)[^。;]{0,20}\d+(?:\.\d+)?\s*元"
)
# Fees named by what they do rather than called a fee (tried apart, on lines with their words).
_COSTS_BY_ROLE = fast.compile(
    # "we will charge $8", "charges you an extra $5": the verb imposes an amount.
    rf"\bcharg(?:e|es|ed|ing)? (?:you )?(?:an? )?(?:extra |additional |further )?(?:{MONEY})|"
    # Paid to a third party the lender names: a guarantee or insurance company, a broker.
    r"\bpays? (?:to )?(?:the |a |an )?(?:(?:guarantee|insurance|credit enhancement) (?:company|"
    r"provider|firm|agency)|guarantor|insurer|broker\w*|service provider|partner (?:company|"
    r"firm))\b[^;.]{0,20}(?:\$|£|€|¥|\d+(?:\.\d+)?\s*%|_{2,})|"
    r"向(?:担保公司|担保机构|担保方|担保人|保险公司|保险机构|合作方|合作机构|合作公司|服务机构|"
    r"服务方|"
    r"咨询公司|中介|增信机构|增信方)[^,。;]{0,12}(?:支付|缴纳|交纳|交付)|"
    # A fixed sum of damages is a fee, whatever it is called (a rate of it is penalty interest).
    r"(?:违约金|罚金|赔偿金|补偿金)(?!已|累计|共计|合计)[^,。;\d]{0,6}\d[\d,.]*\s*元|"
    rf"\b(?:liquidated damages|penalty|penalty fee) of (?:{MONEY})|"
    # A charge for each extension, renewal or rollover, whatever it is called.
    r"\b(?:extend\w*|extension|renew\w*|roll\w* ?over)\b[^;.]{0,60}\b(?:fee|charge)s?\b|"
    r"\b(?:fee|charge)s?\b[^;.]{0,40}\b(?:each|every|per|any) (?:extension|renewal|rollover)\b|"
    r"每次(?:展期|续期|延期)[^,。;]{0,12}(?:收取|支付|缴纳|\d)"
)
# An add-on sold with the loan and charged each period, whatever it is called: "Premium
# membership: $9.99 every month", 会员服务每月19.9元, "protection cover, $6 per month".
_ADDON = fast.compile(
    r"会员|权益|保障|保险|意外险|服务包|加速包|增值服务|套餐|"
    r"\b(?:membership|subscription|(?:loan |payment |repayment |credit |account )?protection|"
    r"insurance|cover|premium|club|bundle|perks?|vip)\b"
)
_EACH_PERIOD = fast.compile(
    r"每月|每期|按月|按期|每年|随(?:每期)?(?:账单|还款)|"
    r"\b(?:a|per|each|every) (?:month|year|instal?l?ment|repayment|payment|billing cycle)\b|"
    r"\bmonthly\b|\b(?:billed|charged|collected|taken|added) (?:with|to|on) (?:each|every)\b"
)
_FIXED_SUM = fast.compile(rf"{MONEY}")
# A charge per transaction with a floor, a ceiling or "whichever is greater": 每笔按2%收取，最低5元,
# "Balance transfers: the greater of $5 or 3%", "3% of each transaction".
_PER_ITEM = fast.compile(
    r"每笔|单笔|\b(?:each|every|per) (?:cash )?(?:transaction|transfer|withdrawal|advance|"
    r"purchase|item|top-?up|conversion)s?\b|\bof (?:each|every) \w+"
)
_FLOOR = fast.compile(
    r"最低(?:人民币|收取)?\s*\d|最少\s*\d|最高(?:人民币|收取)?\s*\d|"
    r"\bminimum(?: of| charge)? (?:\$|£|€|¥)?\s*\d|\bmin\.? (?:\$|£|€|¥)\d|"
    r"\bwhichever is (?:greater|higher|more)\b|\bthe (?:greater|higher) of\b"
)
_CHARGED = fast.compile(
    r"收取|收|计收|扣|\b(?:charg\w*|fees?|costs?|billed|levied)\b|^\W*[a-z][a-z '-]{2,40}:"
)
_SHARE = fast.compile(r"\d+(?:\.\d+)?\s*%")
_ANY_DIGIT = re.compile(r"\d")
_INTEREST_ONLY = fast.compile(r"利率|计息|利息|\b(?:interest|apr)\b")


def _recurring_addon(norm: str) -> Hit | None:
    if not _ANY_DIGIT.search(norm):
        return None
    addon = _ADDON.search(norm)
    if addon is None or not _EACH_PERIOD.search(norm) or not _FIXED_SUM.search(norm):
        return None
    if negated(norm, addon.start()) or _INTEREST_ONLY.search(norm, addon.start(), addon.end()):
        return None
    return Hit(Severity.HIGH, "hidden_fee", *addon.span())


def _per_item(norm: str) -> Hit | None:
    if "%" not in norm:
        return None
    floor = _FLOOR.search(norm)
    item = _PER_ITEM.search(norm)
    share = _SHARE.search(norm)
    if share is None or (floor is None and item is None) or not _CHARGED.search(norm):
        return None
    # "每笔借款按日利率0.05%计息": interest, not a charge per item.
    after = norm[share.end() : share.end() + 8]
    if _INTEREST_ONLY.search(after) or negated(norm, share.start()):
        return None
    mark = floor or item
    assert mark is not None
    start, end = min(share.start(), mark.start()), max(share.end(), mark.end())
    return fee_hit(norm, start, end)


# A fee named as a service or management charge but quoted per day is still a fee, as well as
# penalty interest ("每日按未还金额的千分之一收取逾期管理费").
_SERVICE_NAMED = fast.compile(
    r"(?:管理|服务|手续|技术|账户|咨询)费|\b(?:service|management|handling|admin\w*) (?:fee|"
    r"charge)s?\b"
)
_ZERO_AMOUNT = fast.compile(
    r"^[^\d]{0,12}?(?:¥|\$|rmb|cny)?\s*0(?:\.0+)?\s*(?:元|yuan|rmb|cny)?(?![\d.,%])|"
    r"^\W{0,3}(?:none|nil|n/a|waived|免|无)\b"
)
_LIST_GLUE = fast.compile(r"[\s,、/]*(and|or|nor|和|及|或|与|以及|等)?\s*")
_WAIVER_BEFORE = fast.compile(r"\bwaiv\w* (?:of )?(?:[a-z]+ ){0,2}$")
# A fee named inside a sum owed ("the whole $2,640 plus fees is due") imposes nothing itself.
_IN_A_SUM = fast.compile(
    r"(?:\$|£|€|¥)\s*\d[\d,.]*\s+(?:plus|and|including|with|\+) (?:any |all |the )?$"
)
# A schedule line: a label, then an amount per item or period ("Returned check: $25 per item").
_PER_UNIT_LINE = fast.compile(
    r"^\W*(?:\d+\.\s*)?(?P<label>[a-z][a-z /&'()-]{2,50}):\s*(?:up to |either |the greater of )?"
    r"(?:\$|£|€|¥|rs\.?\s?)\s*\d[\d,.]*(?: or \d+(?:\.\d+)?%)?\s*(?:(?:per|each|for each|every) "
    r"[a-z]+|a (?:month|year|week|day|statement|cycle|payment|transaction))\b|"
    r"^\W*(?:[一二三四五六七八九十\d]+[、.]\s*)?(?P<zh_label>[^:]{1,12}):\s*(?:每|按)(?:期|笔|月|次|张|份|年)"
    r"(?:收取|收|计收)?\s*(?:人民币)?\s*\d+(?:\.\d+)?\s*元"
)
_NOT_A_CHARGE_LABEL = fast.compile(
    r"^(?:minimum |monthly |scheduled |regular |your )*(?:payment|instal\w*|repayment)s?$|"
    r"principal|interest|loan amount|credit limit|\blimit\b|\bapr\b|\brate\b|"
    r"^(?:每月|每期|最低|首期)?还款(?:额|金额|方式)?$|本金|利息|利率|额度|月供"
)


_LATE = fast.compile(
    r"滞纳金|逾期(?:管理|服务|手续)?费|\blate (?:payment )?(?:fees?|charges?)\b|\blate payment\b"
)


# Words without which no pattern here can match (see lexicon.gate).
_GATE = lx.gate(
    "费 砍头息 扣除 扣收 扣留 权益 会员 服务 加速 优先 卡 报酬 佣金 "
    "fee charge cost premium 100 renew roll vip protection insurance warranty added_to included_in "
    "on_top_of commission subscription penalty 违约金 补偿金 罚金 "
    "保障金 风险金 互助金 扣除 扣收 扣留 预扣 另付 另需 另收 另行收取 额外 deduct membership "
    "subscription extra additional guarantee_company guarantor insurance_company insurer broker "
    "provider partner_company partner_firm guarantee_firm 担保公司 担保机构 担保方 担保人 保险公司 "
    "保险机构 合作方 合作机构 合作公司 服务机构 服务方 咨询公司 中介 增信 罚金 赔偿金 liquidated "
    "extend extension rollover 每次"
)


def _fees(norm: str):
    for m in _ZH_FEE_RE.finditer(norm):
        # A named fee is a fee; two characters before 费 may be 消费, 收费, 免费...
        named = not m["generic"]
        if (named or not _NOT_A_FEE.search(norm[max(0, m.start() - 1) : m.end() + 1])) and (
            not _NOT_A_FEE_AFTER.match(norm, m.end())
        ):
            yield m
    for m in _EN_FEE.finditer(norm):
        if _NOT_A_FEE.search(norm[max(0, m.start() - 14) : m.end() + 12]):
            continue
        if (
            m.group().startswith("charge")
            and _VERB_USE.match(norm, m.end())
            and not _NOUN_BEFORE.search(norm, 0, m.start())
        ):
            continue  # "the lender charges no fees": the verb, not a fee
        if _BARE.fullmatch(m.group()) and (
            _IN_A_SUM.search(norm[: m.start()]) or _WAIVER_BEFORE.search(norm[: m.start()])
        ):
            continue
        # A bare "fees" or "all charges" names no fee; it needs an amount in its clause.
        if _BARE.fullmatch(m.group()) and not _kind_before(norm[: m.start()]):
            start, end = clause_at(norm, m.start())
            if not AMOUNT.search(norm[start:end]):
                continue
        yield m


def _per_unit_line(norm: str) -> Hit | None:
    m = _PER_UNIT_LINE.match(norm)
    if m is None or _NOT_A_CHARGE_LABEL.search((m["label"] or m["zh_label"]).strip()):
        return None
    return fee_hit(norm, *m.span(), priced=True)


# Court costs left to the court: "诉讼费用的承担以人民法院的裁判为准", "as the court orders".
_COURT_DECIDES = fast.compile(
    r"以(?:人民)?法院(?:的)?(?:裁判|判决|裁定|决定)为准|由(?:人民)?法院(?:依法)?(?:判决|裁定|决定)|"
    r"\b(?:as|if|where) (?:the|a) court (?:decides|orders|awards|directs)\b"
)


# The payment itself, labelled: "Minimum payment: 2% of the balance or $25", "最低还款额：…".
_PAYMENT_LABEL = fast.compile(
    r"\W*(?:minimum|monthly|scheduled|regular) (?:re)?(?:payment|instal\w*)s?(?: due)?\s*:|"
    r"\W*(?:最低还款额?|每期还款额|每月还款额|月供)\s*:"
)


def none_charged(norm: str) -> bool:
    """Whether every fee the line names is stated as nothing: "Late payment fee: None. Returned
    payment fee: None.", "提现手续费：0元"."""
    named = list(_fees(norm))
    return bool(named) and all(
        _ZERO_AMOUNT.match(norm[m.end() :]) or negated(norm, m.start()) for m in named
    )


# Fees the lender bears itself, or named only as parts of the APR: "短信通知费、银行划扣手续费均由
# 本公司承担，不向借款人收取", "Taking the origination fee into account, the APR is 28.81%".
_NOT_ON_BORROWER = fast.compile(
    r"由(?:本公司|我司|我行|本行|平台|甲方|贷款人|出借人)承担|不向(?:借款人|您|你|乙方|客户|用户)收取|"
    r"\b(?:taking|including|with) (?:the |all )?[^;.]{0,60}\binto account\b[^;.]{0,30}"
    r"\b(?:apr|annual percentage rate)\b"
)


def check(line: Line) -> Hit | None:
    norm = line.norm
    if _COURT_DECIDES.search(norm) or _PAYMENT_LABEL.match(norm) or _NOT_ON_BORROWER.search(norm):
        return None
    if ":" in norm and (hit := _per_unit_line(norm)) is not None:
        return hit
    hit = _by_role(norm, line.padded)
    if hit is not None or ADVICE.search(norm):
        return hit
    return _per_item(norm) or _recurring_addon(norm)


def _by_role(norm: str, padded: str) -> Hit | None:
    if not _GATE.search(padded):
        # A fee-schedule line names its kind first ("Late Payment: Up to $41").
        m = _SCHEDULE.match(norm)
        return fee_hit(norm, *m.span()) if m and not negated(norm, m.start()) else None
    if _LATE.search(norm) and PERIODIC_RATE.search(norm) and not _SERVICE_NAMED.search(norm):
        return None  # penalty interest, quoted as a rate
    listed_after_negation = -1
    for m in sorted(_fees(norm), key=lambda m: m.start()):
        # "no service fee, management fee or membership fee": the negation covers the list.
        in_list = listed_after_negation >= 0 and _LIST_GLUE.fullmatch(
            norm[listed_after_negation : m.start()]
        )
        if in_list or negated(norm, m.start()) or _ZERO_AMOUNT.match(norm[m.end() :]):
            listed_after_negation = m.end()
            continue
        listed_after_negation = -1
        if not _IMPOSED.search(norm):
            continue
        hit = fee_hit(norm, *m.span())
        if hit is not None:
            return hit
    for pattern in (_SCHEDULE, _PER_100, _COSTS, _COSTS_BY_ROLE, _ZH_PREPAYMENT):
        m = pattern.search(norm)
        if m and not negated(norm, m.start()):
            return fee_hit(norm, *m.span())
    return None
