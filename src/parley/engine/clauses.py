"""The agreement scanner: risky clauses in Chinese and English agreements, line by line.

Each rule looks for keywords in one line, after NFKC normalisation (full-width digits and
punctuation become ASCII) and lower-casing. Rules about fees, deposits and similar terms
skip a clause that negates them ("不收取任何服务费", "will not ask for any deposit"), so a
clean agreement that *promises* the absence of a trap raises nothing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from parley.engine.rates import PER_YEAR, Basis, CapSettings, Rate, caps, caps_exceeded
from parley.i18n import N_, _


class Severity(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    def label(self) -> str:
        return _(_SEVERITY_LABELS[self])

    @property
    def rank(self) -> int:
        return list(Severity).index(self)


_SEVERITY_LABELS = {
    Severity.HIGH: N_("high"),
    Severity.MEDIUM: N_("medium"),
    Severity.LOW: N_("low"),
}


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    line: int  # 1-based
    excerpt: str
    message: str  # in the UI language at the time of the scan


CODES: tuple[str, ...] = (
    "acceleration",
    "hidden_fee",
    "deposit_request",
    "verbal_promise",
    "unilateral_change",
    "rate_above_cap",
    "penalty_interest",
    "credit_report",
)

EXCERPT_MAX = 160

_MESSAGES = {
    "acceleration": N_(
        "If one instalment is missed, the lender can demand the whole remaining balance at "
        "once. Ask for this to apply only after several missed instalments, and only after a "
        "written notice that gives you time to catch up."
    ),
    "hidden_fee": N_(
        "A fee on top of the instalment. It raises what the deal really costs. Check that the "
        "offer you accepted included it; if not, ask for it to be removed in writing before "
        "you sign."
    ),
    "deposit_request": N_(
        "A deposit or “guarantee money” asked before a deal. Real lenders do not charge you "
        "to negotiate. Do not pay; call the lender's official customer-service number and ask."
    ),
    "deposit_personal": N_(
        "Money asked into a personal account: this is how the “negotiation deposit” scam "
        "works. Do not pay anything. Call the lender's official customer-service number and "
        "check the agent's ID before you do anything else."
    ),
    "verbal_promise": N_(
        "These terms rest on a spoken promise or on a notice still to come. A promise made "
        "by phone cannot be enforced. Ask for the terms in a written agreement, signed "
        "through the lender's e-signature system, before you pay."
    ),
    "unilateral_change": N_(
        "The lender may change fees or terms on its own. Ask for this to be removed, or for "
        "any change to need your written consent."
    ),
    "rate_above_cap": N_(
        "This rate is {rate}, above {cap} a year. Interest above that level may not be "
        "protected by a court. Ask for a lower rate, and keep this clause as evidence."
    ),
    "rate_above_lpr": N_(
        "This rate is {rate}, above {cap} ({limit} a year). Interest above that level may not "
        "be protected by a court. Ask for a lower rate, and keep this clause as evidence."
    ),
    "penalty_interest": N_(
        "Penalty interest or liquidated damages are charged if you pay late. Ask for them to "
        "be waived under the new plan, or at least for the agreement to say at what rate, on "
        "what amount and from which day they accrue."
    ),
    "penalty_compound": N_(
        "Unpaid interest is itself charged interest (compounding), so a late payment grows "
        "quickly. Ask for compounding and penalty interest to be waived under the new plan, "
        "in writing."
    ),
    "credit_report": N_(
        "The lender reports this loan or this plan to the credit bureau. Ask in writing how "
        "the plan will be reported (for example as a negotiated or settled debt) and when "
        "the overdue record will be updated."
    ),
}


# --- normalising ----------------------------------------------------------------------------

_CLAUSE_SPLIT = re.compile(r"[,;。!?]|\.\s|\s-\s")
# Phrases about *not paying* are conditions, not negations: "如未按时还款，……" must still count.
_DEFAULT_PHRASES = re.compile(
    r"未按时|未按期|未按约定?|不按时|不按期|不按约定?|未能|无法|不能按时|未足额|逾期未|未还|"
    r"未偿还|未支付|未缴纳|未缴|不还|无论|"
    r"do(es)? not pay|don't pay|doesn't pay|did not pay|not paid|not repaid|fail(s|ed)? to|"
    r"fail(ure)? to|miss(es|ed)?|no\.\s?\d*|no\.|not on time|unable to"
)
_NEGATORS = re.compile(
    r"不|无|没有|勿|免|豁免|停止|停收|禁止|严禁|谨防|警惕|并非|绝非|"
    r"\b(no|not|never|without|neither|nor|none|free of|waive[sd]?|won't|don't|doesn't|stop(ped|s)?|"
    r"cannot|can't|beware)\b"
)
_CJK = re.compile(r"[\u3400-\u9fff]")
_CJK_GAP = re.compile(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])")
# Text that only continues a list: a few words, no verb that would start a new statement.
_LIST_ITEM = re.compile(
    r"(?!.*\b(is|are|be|will|shall|must|may|applies|apply|charge[sd]?|pay|paid)\b)"
    r"\s*(and |or |nor )?[a-z\s-]{0,30}(and |or |nor )?\s*"
)


def _normalise(line: str) -> str:
    text = unicodedata.normalize("NFKC", line).lower()
    text = _CJK_GAP.sub("", text)  # "日 息 万 五" is still 日息万五
    return re.sub(r"\s+", " ", text)


def _clause_at(text: str, pos: int) -> tuple[int, int]:
    """Bounds of the clause (between separators) holding position `pos`."""
    start = 0
    for m in _CLAUSE_SPLIT.finditer(text, 0, pos):
        start = m.end()
    end_match = _CLAUSE_SPLIT.search(text, pos)
    end = end_match.start() if end_match else len(text)
    return start, end


def _negated(text: str, pos: int, negators: re.Pattern[str] = _NEGATORS) -> bool:
    """True when the clause holding `pos` negates what follows, before `pos`.

    A bare list ("no service, management or membership fee") carries the negation of the
    clause it continues, up to a few clauses back.
    """
    for _step in range(4):
        start, _end = _clause_at(text, pos)
        before = _DEFAULT_PHRASES.sub(" ", text[start:pos])
        if _CJK.search(text[max(start, pos - 1) : pos + 1]):
            before = before[-18:]  # a Chinese negator binds to the words right after it
        if negators.search(before):
            return True
        if start == 0 or not _LIST_ITEM.fullmatch(text[start:pos]):
            return False
        pos = start - 1
    return False


def _first(pattern: re.Pattern[str], text: str, negation: bool = True) -> re.Match[str] | None:
    """The first match not negated in its clause."""
    for m in pattern.finditer(text):
        if not negation or not _negated(text, m.start()):
            return m
    return None


# --- rules ----------------------------------------------------------------------------------

_ACCEL = re.compile(
    r"加速到期|提前到期|立即到期|视为(全部)?到期|宣布.{0,12}到期|全部到期|"
    r"(全部|剩余|所有|未还).{0,8}(借款|本金|欠款|款项|本息|债务|贷款|金额).{0,12}(立即|立刻|一次性).{0,4}(到期|偿还|清偿|还清|结清|归还)|"
    r"一次性(偿还|清偿|还清|结清|归还).{0,6}(全部|剩余|所有)|"
    r"(要求|须|应).{0,4}提前(清偿|偿还|还清|归还|结清).{0,4}(全部|剩余|所有)|"
    r"accelerat|due and payable|immediately (become )?due|become[s]? (immediately )?due|"
    r"(entire|whole|full|remaining|outstanding|all) (unpaid )?"
    r"(balance|amount|loan|debt|sum|principal)"
    r".{0,50}(immediately|at once|in full)"
)
# A stated grace of two or more missed instalments (or 90+ days) makes it less sharp.
_ACCEL_GRACE = re.compile(
    r"(连续|累计)\s*([2-9]|[二两三四五六])\s*期|(two|three|four|[2-9]) (consecutive|or more)|"
    r"(超过|满)\s*(9\d|[1-9]\d\d)\s*(天|日)|more than (9\d|[1-9]\d\d) days"
)
_ACCEL_NEG = re.compile(r"不会|不得|不因|不导致|不引起|不构成|\b(not|never|no)\b")

_FEE = re.compile(
    r"账户管理费|管理费|服务费|技术服务费|平台服务费|咨询费|会员费|担保费|保险费|手续费|"
    r"信息费|审核费|展期费|延期费|通道费|"
    r"(account[- ]management|management|service|membership|guarantee|insurance|handling|"
    r"processing|consulting|consultancy|platform|admin(istration)?|arrangement|extension|"
    r"verification|maintenance) (fee|charge)s?"
)
_ZERO_AMOUNT = re.compile(r"^[^\d]{0,12}?(¥|rmb|cny)?\s*0(\.0+)?\s*(元|yuan|rmb|cny)?(?![\d.,%])")
_LIST_GLUE = re.compile(r"[\s,、/]*(and|or|nor|和|及|或|与|以及)?\s*")
_EXTENSION = re.compile(r"展期费|延期费|extension (fee|charge)")

_DEPOSIT = re.compile(
    r"保证金|押金|诚意金|定金|解冻金|解冻费|验证金|协商费|疏通费|手续费.{0,6}(转|打|汇)|"
    r"\bdeposit\b|guarantee money|good[- ]faith (payment|money)|security payment|"
    r"negotiation fee|unfreez(e|ing) fee|verification (payment|deposit)"
)
_DIRECT_DEPOSIT = re.compile(r"direct deposit")
_PERSONAL = re.compile(
    r"个人账户|个人账号|个人银行卡|个人卡|私人账户|私人账号|私人卡|个人微信|个人支付宝|"
    r"(转|打|汇)(到|至|给|入)?.{0,8}(微信|支付宝|银行卡)|"
    r"personal (bank )?(account|card)|private account|(my|his|her|an agent's|agent's) "
    r"(own )?(account|card|wechat|alipay)|(wechat|alipay) (account|transfer)"
)

_VERBAL = re.compile(
    r"口头|电话(中|里|上)?.{0,6}(承诺|答应|确认|说|同意)|(?<!无需)(?<!不)另行通知|后续(再)?通知|稍后通知|以后(再)?通知|"
    r"等(我们|我司)?(的)?通知|不用签|无需签|不需要签|不用(签|写|走)|不需要(书面|合同|协议)|"
    r"无需书面|不用书面|(先|你先).{0,10}(再|然后).{0,10}(签|发|给你).{0,6}(协议|合同|确认)|"
    r"(^|:)\s*放心|[您你请]放心|"
    r"verbal|orally|over the phone|on the phone|spoken|by phone|notify you later|"
    r"later notice|notice to follow|will be notified|(will )?follow (later|soon)|"
    r"(sent|send|come) later|"
    r"no need (to sign|for (paper|a contract|"
    r"anything in writing|writing))|nothing in writing|don't worry|trust me|take my word"
)
# A clause that says spoken promises do not count is the protection, not the trap.
_VERBAL_SAFE = re.compile(
    r"无效|不作数|不具(有)?(法律)?约束力|以书面.{0,12}为准|not binding|no effect|"
    r"only in writing|only what is written|supersede|prevail|in writing only"
)

_UNILATERAL = re.compile(
    r"有权.{0,8}(单方|随时|自行)?.{0,4}(调整|变更|修改|修订)|单方(面)?.{0,4}(调整|变更|修改|修订)|"
    r"(保留|享有).{0,12}(调整|变更|修改).{0,8}权|随时(调整|变更|修改)|以.{0,8}公告为准|"
    r"无需(另行|事先)?通知|不另行通知|"
    r"(贷款人|出借人|贵司|我司|本公司|公司|平台|甲方|银行).{0,8}(调整|变更|修改|提高|上调)"
    r".{0,6}(利率|费率|费用|服务费|管理费|条款|还款金额)|"
    r"(may|can|reserves? the right to|is entitled to) (at any time )?(change|amend|vary|adjust|"
    r"revise|modify|increase)|at (its|our) (sole |absolute )?discretion|without (prior )?notice|"
    r"from time to time"
)
_CONSENT = re.compile(
    r"经.{0,8}同意|书面同意|双方同意|协商一致|双方确认|consent of|written consent|"
    r"agreement of both|mutual"
)
_UNILATERAL_NEG = re.compile(r"不得|不能|不可|无权|不会|\b(not|never|no|neither|cannot)\b")
_MONEY_TERMS = re.compile(r"费|利率|利息|费率|还款金额|fee|rate|interest|charge|instalment amount")

_PENALTY = re.compile(
    r"罚息|违约金|滞纳金|逾期利息|逾期费|复利|复息|"
    r"penalty (interest|rate|charge|fee)|default interest|late (payment )?(fee|charge)s?|"
    r"liquidated damages|overdue interest|compound(ed|ing)? interest|interest on (unpaid )?interest"
)
_COMPOUND = re.compile(r"复利|复息|compound|interest on (unpaid )?interest")

_CREDIT = re.compile(
    r"征信|信用报告|信用记录|信用信息|人民银行|百行|"
    r"credit (bureau|report|reference|record|history|information)|pboc|people's bank"
)
_CREDIT_NEG = re.compile(
    r"不(会|再)?(上报|报送|报告|影响|纳入|提交|报)|"
    r"\b(will not|won't|not be|does not|no (negative )?(impact|effect))\b"
)


# --- rates ----------------------------------------------------------------------------------

_CN_NUM = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_DAY = (
    r"日利率|日息|日利|日费率|日综合费率|每日|每天|按日|日|"
    r"daily(?: interest)? rate|daily|per day|a day"
)
_MONTH = (
    r"月利率|月息|月利|月费率|月综合费率|每月|按月|"
    r"monthly(?: interest)? rate|monthly|per month|a month"
)
_YEAR = (
    r"年化综合费率|年化利率|年化费率|综合年化|年利率|年化|年息|年|annual(?: percentage| interest)? "
    r"rate|annual(?:ised|ized)? rate|annual|apr|per annum|p\.a\.|per year|a year"
)
_ANY = r"利率|利息|费率|interest rate|interest|rate"
_VALUE = (
    r"(?P<pct>\d+(?:\.\d+)?)\s*%|万分之\s*(?P<wan1>\d+(?:\.\d+)?|[一二两三四五六七八九])|"
    r"万(?P<wan2>[一二两三四五六七八九]|\d+(?:\.\d+)?)|千分之\s*(?P<qian>\d+(?:\.\d+)?|[一二两三四五六七八九])"
)
_RATE_BEFORE = re.compile(
    rf"(?P<kw>{_DAY}|{_MONTH}|{_YEAR}|{_ANY})[^\d%\n万千;。]{{0,36}}?(?:{_VALUE})"
    rf"(?:\s*(?:/|per |a |每)?\s*(?P<unit>day|日|天|month|月|year|annum|年))?"
)
_BASIS_WORD = re.compile(f"{_DAY}|{_MONTH}|{_YEAR}")
_RATE_AFTER = re.compile(
    rf"(?:{_VALUE})\s*(?:/|per |a |每|的)?\s*(?P<unit>day|日|天|month|月|year|annum|年)"
)
# "not above 24%", "4 × LPR", "上限": a ceiling or a reference, not a rate being charged.
_CEILING = re.compile(
    r"不超过|不高于|不得超过|最高不|上限|封顶|以内|lpr|贷款市场报价利率|"
    r"not exceed|no more than|not more than|at most|capped|cap of|ceiling|limit"
)


def _basis_of(word: str | None) -> Basis | None:
    if not word:
        return None
    if re.fullmatch(_DAY, word) or word in ("day", "天"):
        return Basis.DAILY
    if re.fullmatch(_MONTH, word) or word == "month":
        return Basis.MONTHLY
    if re.fullmatch(_YEAR, word) or word == "annum":
        return Basis.ANNUAL
    return None


def _number(text: str) -> Decimal:
    return Decimal(_CN_NUM[text]) if text in _CN_NUM else Decimal(text)


def stated_rates(text: str) -> list[tuple[int, Rate]]:
    """Every rate stated in one line, with its position: `日息万五`, `daily 0.1%`, `年化36%`."""
    return [(start, rate) for start, _end, rate in _rate_spans(_normalise(text))]


def _rate_spans(norm: str) -> list[tuple[int, int, Rate]]:
    found: list[tuple[int, int, Rate]] = []
    for pattern in (_RATE_BEFORE, _RATE_AFTER):
        for m in pattern.finditer(norm):
            if any(s <= m.start() < e or m.start() <= s < m.end() for s, e, _r in found):
                continue
            groups = m.groupdict()
            # The unit after the number wins, then the basis word nearest before it
            # ("default interest at a daily rate of 0.05%" is daily).
            value_start = min(m.start(g) for g in ("pct", "wan1", "wan2", "qian") if m[g])
            words = list(_BASIS_WORD.finditer(norm, m.start(), value_start))
            basis = _basis_of(groups.get("unit")) or (
                _basis_of(words[-1].group()) if words else None
            )
            if groups["pct"] is not None:
                value = Decimal(groups["pct"]) / 100
            elif groups["qian"] is not None:
                value = _number(groups["qian"]) / 1000
                basis = basis or Basis.DAILY
            else:
                value = _number(groups["wan1"] or groups["wan2"]) / 10_000
                basis = basis or Basis.DAILY  # 万五 is quoted per day
            if pattern is _RATE_AFTER and basis is None:
                continue
            found.append((m.start(), m.end(), Rate(value, basis or Basis.ANNUAL)))
    return sorted(found, key=lambda f: f[0])


def _pct(fraction: Decimal | float) -> str:
    value = Decimal(str(fraction)) * 100
    text = format(value.quantize(Decimal("0.01")).normalize(), "f")
    return f"{text}%"


def _rate_findings(norm: str, settings: CapSettings | None) -> tuple[Severity, str] | None:
    worst: tuple[Severity, str] | None = None
    fixed = sorted((settings or CapSettings()).fixed)
    cap_by_code = {c.code: c for c in caps(settings)}
    for start, end, rate in _rate_spans(norm):
        clause_start, clause_end = _clause_at(norm, start)
        if _CEILING.search(norm[clause_start : max(end, clause_end)]):
            continue
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
        if worst is None or severity.rank < worst[0].rank:
            key = "rate_above_cap" if top.rate in fixed else "rate_above_lpr"
            message = _(_MESSAGES[key]).format(
                rate=_describe(rate), cap=top.label(), limit=_pct(top.rate)
            )
            worst = (severity, message)
    return worst


def _describe(rate: Rate) -> str:
    annual = _pct(rate.value * PER_YEAR[rate.basis])
    if rate.basis is Basis.DAILY:
        return _("{rate} a day ({annual} a year)").format(rate=_pct(rate.value), annual=annual)
    if rate.basis is Basis.MONTHLY:
        return _("{rate} a month ({annual} a year)").format(rate=_pct(rate.value), annual=annual)
    return _("{rate} a year").format(rate=annual)


# --- the scan -------------------------------------------------------------------------------

Rule = Callable[[str], tuple[Severity, str] | None]


def _acceleration(norm: str) -> tuple[Severity, str] | None:
    m = _first(_ACCEL, norm, negation=False)
    if m is None or _negated(norm, m.start(), _ACCEL_NEG):
        return None
    severity = Severity.MEDIUM if _ACCEL_GRACE.search(norm) else Severity.HIGH
    return severity, _(_MESSAGES["acceleration"])


def _hidden_fee(norm: str) -> tuple[Severity, str] | None:
    listed_after_negation = -1
    for m in _FEE.finditer(norm):
        # "no service fee, management fee or membership fee": the negation covers the list.
        in_list = listed_after_negation >= 0 and _LIST_GLUE.fullmatch(
            norm[listed_after_negation : m.start()]
        )
        if in_list or _negated(norm, m.start()) or _ZERO_AMOUNT.match(norm[m.end() :]):
            listed_after_negation = m.end()
            continue
        listed_after_negation = -1
        if _EXTENSION.fullmatch(m.group()):
            return Severity.MEDIUM, _(_MESSAGES["hidden_fee"])
        return Severity.HIGH, _(_MESSAGES["hidden_fee"])
    return None


def _deposit(norm: str) -> tuple[Severity, str] | None:
    m = _first(_DEPOSIT, norm)
    if m is not None and _DIRECT_DEPOSIT.search(norm[max(0, m.start() - 7) : m.end()]):
        m = None
    personal = _first(_PERSONAL, norm)
    if personal is not None:
        return Severity.HIGH, _(_MESSAGES["deposit_personal"])
    if m is not None:
        return Severity.HIGH, _(_MESSAGES["deposit_request"])
    return None


def _verbal(norm: str) -> tuple[Severity, str] | None:
    # "we will notify you of the new rate" is the lender changing terms: unilateral_change.
    if _VERBAL_SAFE.search(norm) or _unilateral(norm) is not None:
        return None
    if _first(_VERBAL, norm, negation=False) is None:
        return None
    return Severity.HIGH, _(_MESSAGES["verbal_promise"])


def _unilateral(norm: str) -> tuple[Severity, str] | None:
    m = _first(_UNILATERAL, norm, negation=False)
    if m is None or _CONSENT.search(norm) or _negated(norm, m.start(), _UNILATERAL_NEG):
        return None
    severity = Severity.HIGH if _MONEY_TERMS.search(norm) else Severity.MEDIUM
    return severity, _(_MESSAGES["unilateral_change"])


def _penalty(norm: str) -> tuple[Severity, str] | None:
    m = _first(_PENALTY, norm)
    if m is None:
        return None
    if _COMPOUND.search(norm):
        return Severity.HIGH, _(_MESSAGES["penalty_compound"])
    return Severity.MEDIUM, _(_MESSAGES["penalty_interest"])


def _credit(norm: str) -> tuple[Severity, str] | None:
    m = _first(_CREDIT, norm, negation=False)
    if m is None or _negated(norm, m.start(), _CREDIT_NEG):
        return None
    after = norm[m.end() : m.end() + 12]
    if _CREDIT_NEG.search(after) and not _CJK.search(norm):
        return None
    return Severity.LOW, _(_MESSAGES["credit_report"])


_RULES: tuple[tuple[str, Rule], ...] = (
    ("acceleration", _acceleration),
    ("hidden_fee", _hidden_fee),
    ("deposit_request", _deposit),
    ("verbal_promise", _verbal),
    ("unilateral_change", _unilateral),
    ("penalty_interest", _penalty),
    ("credit_report", _credit),
)


def excerpt(line: str) -> str:
    text = line.strip()
    return text if len(text) <= EXCERPT_MAX else text[: EXCERPT_MAX - 1] + "…"


def scan(text: str, *, caps: CapSettings | None = None) -> list[Finding]:
    """Risky clauses in an agreement, sorted by line and then by severity (high first)."""
    findings: list[Finding] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        norm = _normalise(line)
        hits: list[tuple[str, tuple[Severity, str] | None]] = [
            (code, rule(norm)) for code, rule in _RULES
        ]
        hits.append(("rate_above_cap", _rate_findings(norm, caps)))
        for code, hit in hits:
            if hit is not None:
                severity, message = hit
                findings.append(Finding(code, severity, number, excerpt(line), message))
    findings.sort(key=lambda f: (f.line, f.severity.rank, CODES.index(f.code)))
    return findings
