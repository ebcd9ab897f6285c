"""Credit reporting: the loan or plan is reported to (or queried at) a credit bureau.

Naming 中国人民银行 as the source of a benchmark rate is not credit reporting."""

from __future__ import annotations

from parley.engine.clauses import fast
from parley.engine.clauses import lexicon as lx
from parley.engine.clauses.model import Severity
from parley.engine.clauses.rules.base import Hit
from parley.engine.clauses.text import CJK, Line, negated

_CREDIT = fast.compile(
    r"征信|信用报告|信用记录|金融信用信息基础数据库|信用信息基础数据库|百行|朴道|信用档案|"
    r"信用评分|信用评级|(?:上报|报送|报给|报到|上传|报)(?:到|给|至)?(?:人行|人民银行|央行)|"
    r"(?:报送|上报|提供|查询|纳入|记入)[^;。]{0,12}(?:信用信息|信用档案|信用数据库)|"
    r"\bcredit (?:bureaus?|reports?|reporting|reference|records?|history|information|files?|rating|"
    r"standing|worthiness|profile|"
    r"agenc(?:y|ies)|score)\b|\bpboc credit\b|\b(?:equifax|experian|transunion)\b|"
    r"\b(?:consumer|credit) reporting agenc(?:y|ies)\b|\bthe (?:credit )?bureaus?\b"
)
# The borrower's right to dispute what was reported protects them: "对报送信息有异议的，可向
# 征信机构提出", "if you believe we reported inaccurate information, write to us".
_DISPUTE = fast.compile(
    r"异议|有误|错误信息|更正|纠正|申诉|"
    r"\b(?:disput\w*|inaccurate|incorrect|errors?|correct(?:ion|ed)?s?|wrong(?:ly)?)\b"
)
# The borrower looking at their own report is not the lender reporting: "您可以通过中国人民银行
# 征信中心查询本人信用报告", "you can get a free copy of your credit report".
_OWN_REPORT = fast.compile(
    r"(?:您|你|本人|借款人|乙方)(?:(?!我们|我司|本行|(?<!人民)银行|平台|公司|贷款人|出借人|甲方|授权|同意)"
    r"[^,。;]){0,20}?(?:查询|查看|获取|下载|打印|申请查询)(?:[一二两三\d]+次)?(?:本人|自己|您|你)?"
    r"(?:的)?(?:个人)?"
    r"(?:信用报告|征信报告|征信|信用记录)|"
    r"\byou (?:can|may|are entitled to|have the right to) (?:\w+ ){0,3}(?:check|get|obtain|"
    r"request|order|view|see|download) (?:a (?:free )?copy of )?your (?:own )?credit "
    r"(?:report|file|score)s?\b"
)
# Naming a scam ("征信修复", "credit repair") is not the lender reporting anything.
_NOT_REPORTING = fast.compile(r"征信修复|修复征信|征信洗白|credit repair|fix your credit")
_NEG = fast.compile(
    r"不(?:会|再)?(?:因[^,。;]{0,8})?(?:被)?(?:上报|报送|报告|影响|纳入|提交|报|查询|记入|录入|计入|记录|体现|查|上)|"
    r"\b(?:will not|won't|not be|does not|do not|is not|are not|isn't|aren't|"
    r"no (?:negative )?(?:impact|effect))\b"
)


# Words without which no pattern here can match (see lexicon.gate).
_GATE = lx.gate(
    "征信 信用 百行 朴道 人行 人民银行 央行 "
    "credit equifax experian transunion reporting pboc bureau"
)


# Reporting is an act: reported, shared, queried, affecting a record. Naming a bureau is not.
_ACT = fast.compile(
    r"报送|上报|报告|提供|查询|纳入|记入|录入|上传|影响|报|查|留下|显示|体现|授权|共享|更新|同步|推送|"
    r"登记|报备|反馈|披露|标记|记录|"
    r"\b(?:report(?:s|ed|ing)?|furnish(?:es|ed|ing)?|shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing)|"
    r"provid(?:e|es|ed|ing)|sen(?:d|ds|t|ding)|pass(?:es|ed|ing)?|notif(?:y|ies|ied|ying)|"
    r"obtain(?:s|ed|ing)?|pull(?:s|ed|ing)?|check(?:s|ed|ing)?|inquir(?:e|es|ed|ing|y|ies)|"
    r"review(?:s|ed|ing)?|reflect(?:s|ed|ing)?|affect(?:s|ed|ing)?|appear(?:s|ed|ing)?|"
    r"record(?:s|ed|ing)?|list(?:s|ed|ing)?|regist(?:er|ers|ered|ering)|lodg(?:e|es|ed|ing)|"
    r"fil(?:e|es|ed|ing)|flag(?:s|ged|ging)?|remain(?:s|ed|ing)?|updat(?:e|es|ed|ing)|"
    r"upload(?:s|ed|ing)?|go(?:es|ing)? (?:to|on)|"
    r"submit(?:s|ted|ting)?|mark(?:s|ed|ing)?|inform(?:s|ed|ing)?|tell|told|"
    r"damag(?:e|es|ed|ing)|harm(?:s|ed|ing)?|hurt(?:s|ing)?|lower(?:s|ed|ing)?|access(?:es|ed|"
    r"ing)?)\b"
)


# "will not, by itself, be reported", 不会因本次延期受到影响: the reporting itself denied.
_DENIED = fast.compile(
    r"\b(?:will not|won't|shall not|does not|doesn't|do not|don't|never|not)\b(?:,[^,.;]{0,30},)? "
    r"(?:be )?(?:\w+ )?(?:report|affect|record|shar|pass|send|furnish|impact|harm|damag|list|"
    r"flag)\w*"
)
_ZH_NO_EFFECT = fast.compile(
    r"不会(?:因[^,。;]{0,8})?(?:受到|产生)?(?:任何)?(?:不良)?影响|不受(?:任何)?影响|"
    r"不会(?:被)?(?:上报|报送|记录)"
)


def check(line: Line) -> Hit | None:
    norm = line.norm
    if not _GATE.search(line.padded):
        return None
    m = _CREDIT.search(norm)
    if m is not None and _OWN_REPORT.search(norm):  # skip what the borrower looks at themself
        own = [o.span() for o in _OWN_REPORT.finditer(norm)]
        m = next(
            (c for c in _CREDIT.finditer(norm) if not any(a <= c.start() < b for a, b in own)),
            None,
        )
    if m is None or negated(norm, m.start(), _NEG) or _NOT_REPORTING.search(norm):
        return None
    if _DISPUTE.search(norm):
        return None
    outside = norm[: m.start()] + " " + norm[m.end() :]
    if not (_ACT.search(outside) or _ACT.match(m.group())):
        return None
    if _NEG.search(norm, max(0, m.start() - 8), m.end()):
        return None  # "不会上报人行": the act of the match itself denied
    if _DENIED.search(norm, 0, m.start()) or _ZH_NO_EFFECT.search(norm, m.end()):
        return None
    after = norm[m.end() : m.end() + 16]
    if _NEG.search(after) and not CJK.search(norm):
        return None
    return Hit(Severity.LOW, "credit_report", *m.span())
