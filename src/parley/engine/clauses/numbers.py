"""Rates read in the units agreements write them in.

- percentages and per-mille with a period: `0.3‰/天`, `2% per month`, `日利率0.066%`;
- per ten thousand: `日息万五`, `万分之五`; per amount: `每万元每日收取利息6元` (0.06% a day);
- the folk units: `月息2分` (2% a month), `年息1分` (10% a year), `月息5厘` (0.5% a month);
- relative rates: `罚息按借款利率上浮50%` is 1.5 times the contract rate, `1.5倍`, "1.5 times
  the contract rate"; read against the contract rate the agreement states, else no rate;
- a flat rate, charged on the original principal for the whole term (`等本等息`, "on the
  original principal"), read at the real annual rate it comes to over the term;
- blank template fields (`月息 __ %`) state no rate at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from parley.engine.clauses import fast
from parley.engine.rates import PER_YEAR, Basis, Rate

_CN_NUM = {
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN = "零一二两三四五六七八九十点"
_NUM = rf"\d+(?:\.\d+)?|[{_CN}]{{1,6}}"

# No bare 日 or 年 here: in "2026年12月1日起，按本金的3%" they are a date, not a period.
_DAY = (
    r"日利率|日息|日利|日费率|日综合费率|每日|每天|按日|"
    r"daily(?: interest)? rate|daily|per day|a day"
)
_MONTH = (
    r"月利率|月息|月利|月费率|月综合费率|每月|按月|"
    r"monthly(?: interest)? rate|monthly|per month|a month"
)
_YEAR = (
    r"年化综合费率|年化利率|年化费率|综合年化|年利率|年化|年息|annual(?: percentage| interest)? "
    r"rate|annual(?:ised|ized)? rate|annual|apr|per annum|p\.a\.|per year|a year"
)
_ANY = r"利率|利息|费率|interest rate|interest|rate"
_UNIT = r"day|日|天|month|月|year|annum|年"
_VALUE = (
    rf"(?P<pct>\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)|"
    rf"(?P<mille>\d+(?:\.\d+)?)\s*‰|"
    rf"百分之\s*(?P<bai>{_NUM})|"
    rf"千分之\s*(?P<qian>{_NUM})|"
    rf"万分之\s*(?P<wan1>{_NUM})|"
    rf"万(?P<wan2>[一二两三四五六七八九]|\d+(?:\.\d+)?)(?![\d元])"
)
_RATE_BEFORE = fast.compile(
    rf"(?P<kw>{_DAY}|{_MONTH}|{_YEAR}|{_ANY})[^\d%‰\n万千百;。]{{0,48}}?(?:{_VALUE})"
    rf"(?:\s*(?:/|per |a |每|的)?\s*(?P<unit>{_UNIT}))?"
)
_RATE_AFTER = fast.compile(rf"(?:{_VALUE})\s*(?:/|per |a |每|的)?\s*(?P<unit>{_UNIT})")
_BASIS_WORD = fast.compile(f"{_DAY}|{_MONTH}|{_YEAR}")
# Words that make the figure after them a share, a cut or a score rather than a rate charged:
# "利息的60%", "cut by up to 70%", "成功率98%", "a discount of 40%".
_SHARE = fast.compile(
    r"(?:(?:利息|罚息|本金|欠款|余额|金额|费用)(?:总额)?的|成功率|通过率|批准率|减免(?:比例)?|少还|优惠|"
    r"\b(?:cut|reduced?|lowered|slashed|discount(?:ed)?|saving|savings|save|off|success rate|"
    r"approval rate|forgiven|waived?)\b)"
    r"(?:高达|达到|可达|最高|达|为|约|\s+(?:by|of|up to|as much as|at least|around|about))*\s*$"
)
# 每万元每日收取利息6元: an amount per amount borrowed, per period.
_PER_AMOUNT = fast.compile(
    rf"每\s*(?:借款|借|贷款)?\s*(?:(?:1|一)?\s*(?P<base>万|千|百)|(?P<base_num>10000|1000|100))\s*元"
    rf"(?:借款|本金)?[,\s]*(?:每|/)?\s*"
    rf"(?P<unit>日|天|月|年)?"
    rf"[^\d;。]{{0,10}}?(?P<amount>{_NUM})\s*元"
)
# "$15 per $100 borrowed for each 14-day term": a charge per hundred lent, over a term in days.
_PER_HUNDRED_TERM = fast.compile(
    r"(?:\$|¥|£|€|rs\.?\s?)\s*(?P<amount>\d+(?:\.\d+)?) (?:per|for every|for each|on each|every) "
    r"(?:\$|¥|£|€|rs\.?\s?)?\s*100\b[^;.]{0,40}?\b(?P<days>\d+)[- ]days?\b|"
    r"每(?:借)?(?:款)?\s*100\s*元[^,。;\d]{0,8}(?P<zh_days>\d+)\s*天[^,。;\d]{0,8}(?P<zh_amount>\d+(?:\.\d+)?)\s*元"
)
# 月息2分, 年息一分五厘: the folk units, scaled by the period they are quoted for.
_FOLK = fast.compile(
    rf"(?P<kw>月息|月利息|月利率|月利|年息|年利息|年利率|年利|日息|日利息|日利率)\s*(?:为|是|按|按照|以)?\s*"
    rf"(?P<fen>{_NUM})\s*(?P<unit>分|厘)(?:(?P<li>{_NUM})\s*厘)?"
)
_FOLK_SCALE = {  # what one 分 is worth, per basis
    Basis.ANNUAL: Decimal("0.1"),
    Basis.MONTHLY: Decimal("0.01"),
    Basis.DAILY: Decimal("0.001"),
}
_REFERENCE = (
    r"借款[日月年]?利率|贷款[日月年]?利率|合同[日月年]?利率|约定利率|正常利率|原利率|执行利率|"
    r"(?:本|原|该)?协议利率|展期利率|(?:本|原)合同利率|当期利率|"
    r"(?:the )?(?:contract|loan|agreed|normal|standard|interest|borrowing) (?:interest )?rate"
)
_RELATIVE = fast.compile(
    rf"(?:{_REFERENCE})[^\d;。]{{0,8}}?(?:基础上|基础之上)?\s*(?:上浮|加收|上调|提高|浮动|增加|加)"
    rf"\s*(?:(?P<up>\d+(?:\.\d+)?)\s*%|百分之\s*(?P<up_cn>{_NUM}))|"
    rf"(?:{_REFERENCE})[^\d;。]{{0,4}}?的\s*(?P<times>\d+(?:\.\d+)?|[一二两三四五])\s*倍|"
    rf"(?P<times_en>\d+(?:\.\d+)?|one and a half|two|three|double) times (?:the )?(?:{_REFERENCE})|"
    rf"(?:{_REFERENCE})[^\d;。]{{0,4}}?的\s*(?P<pct_of>\d+(?:\.\d+)?)\s*%|"
    rf"(?P<pct_of_en>\d+(?:\.\d+)?)\s*% of (?:the )?(?:{_REFERENCE})|"
    rf"(?:{_REFERENCE}) (?:increased by|raised by) (?P<up_en>\d+(?:\.\d+)?)\s*%|"
    rf"(?:{_REFERENCE}) (?:plus|\+) (?P<plus>\d+(?:\.\d+)?)\s*(?:%|percentage points?)"
)
_EN_TIMES = {"one and a half": Decimal("1.5"), "two": Decimal(2), "three": Decimal(3)}
# "not above 24%", "4 × LPR", "上限": a ceiling or a reference, not a rate being charged.
CEILING = fast.compile(
    r"不超过|不高于|不得超过|最高不|上限|封顶|以内|lpr|贷款市场报价利率|"
    r"(?:not|never|n't) exceed|no more than|not more than|at most|capped|cap of|ceiling|limit"
)


@dataclass(frozen=True)
class StatedRate:
    start: int
    end: int
    rate: Rate | None  # None: a relative rate whose contract rate the line does not state
    relative: Decimal | None = None  # the multiple of the contract rate, when read as one
    plus: Decimal | None = None  # or the points added to it a year ("the loan rate plus 5%")
    flat: Rate | None = None  # the flat monthly rate as quoted, when `rate` is its real APR
    on_top: bool = False  # added to a rate the line does not state: not a rate charged alone

    @property
    def quoted(self) -> Rate | None:
        """The rate as the line words it."""
        return self.flat or self.rate


def cn_number(text: str) -> Decimal:
    """A number written with digits or Chinese numerals up to 99 (二十四, 一点五)."""
    if not text:
        raise ValueError(text)
    if text[0].isdigit():
        return Decimal(text)
    whole, _sep, frac = text.partition("点")
    value = Decimal(0)
    if "十" in whole:
        tens, _ten, units = whole.partition("十")
        value = Decimal(_CN_NUM.get(tens, 1) if tens else 1) * 10
        value += Decimal(_CN_NUM[units]) if units else 0
    elif whole:
        for char in whole:
            value = value * 10 + _CN_NUM[char]
    if frac:
        value += Decimal("0." + "".join(str(_CN_NUM[c]) for c in frac))
    return value


def _basis_of(word: str | None) -> Basis | None:
    if not word:
        return None
    if word in ("day", "天", "日") or re.fullmatch(_DAY, word):
        return Basis.DAILY
    if word in ("month", "月") or re.fullmatch(_MONTH, word):
        return Basis.MONTHLY
    if word in ("annum", "year", "年") or re.fullmatch(_YEAR, word):
        return Basis.ANNUAL
    return None


def _overlaps(found: list[StatedRate], start: int, end: int) -> bool:
    return any(s.start < end and start < s.end for s in found)


# Interest on the original principal for the whole term, however the line says so.
_FLAT = fast.compile(
    r"等本等息|按(?:初始|原始|最初|原借款|原贷款|原本金)(?:借款|贷款)?(?:本金|金额)?|分期本金|"
    # An instalment plan's fee per period is charged on the amount put on the plan: 每期手续费0.68%.
    r"每期(?:分期)?手续费|分期手续费|\b(?:instal?ment|plan) fees?\b|"
    r"\b(?:on|of) the (?:original|initial|full original|starting) (?:principal|amount|loan|balance|"
    r"sum)\b|\bflat(?: rate| fee)?\b|\badd-on (?:rate|interest)\b"
)
# The rate charged each period, when the period is the instalment: "每期按分期本金的0.65%".
_PER_INSTALMENT = fast.compile(
    r"每期[^,。;\d]{0,10}?(?P<pct>\d+(?:\.\d+)?)\s*%|"
    r"\b(?:per|each|every) (?:instal?ment|period)\b[^;,.\d]{0,16}(?P<pct_en>\d+(?:\.\d+)?)\s*%|"
    r"(?P<pct_after>\d+(?:\.\d+)?)\s*% (?:per|each|every|a) (?:instal?ment|period)\b"
)
_TERM = fast.compile(
    r"(?:over|for) (?P<en>\d+) months|(?P<en2>\d+)[- ]month|分\s*(?P<zh>\d+)\s*期|"
    r"(?P<zh2>\d+)\s*(?:期|个月)|(?P<en3>\d+) (?:instal?ments|periods|monthly payments)\b"
)
DEFAULT_FLAT_TERM = 12  # months, when the line does not state the term


def flat_apr(monthly: Decimal, months: int) -> Decimal:
    """The real annual rate (12 x the monthly rate that amortises the same payments) of a flat
    monthly rate charged on the original principal for `months` equal instalments."""
    payment = 1 / months + float(monthly)
    low, high = 0.0, 1.0
    for _step in range(60):
        mid = (low + high) / 2
        present = payment * (1 - (1 + mid) ** -months) / mid if mid else payment * months
        low, high = (mid, high) if present > 1 else (low, mid)
    return Decimal(str(round(low * 12, 6)))


def _as_flat(norm: str, found: list[StatedRate]) -> list[StatedRate]:
    term = _TERM.search(norm)
    months = int(next(g for g in term.groups() if g)) if term else DEFAULT_FLAT_TERM
    if months < 2:
        return found
    if not any(s.rate is not None and s.rate.basis is Basis.MONTHLY for s in found):
        m = _PER_INSTALMENT.search(norm)
        if m is not None and not _overlaps(found, m.start(), m.end()):
            quoted = Rate(Decimal(m["pct"] or m["pct_en"] or m["pct_after"]) / 100, Basis.MONTHLY)
            found = sorted([*found, StatedRate(m.start(), m.end(), quoted)], key=lambda f: f.start)
    out = []
    for s in found:
        if s.rate is not None and s.rate.basis is Basis.MONTHLY and s.relative is None:
            real = Rate(flat_apr(s.rate.value, months), Basis.ANNUAL, flat=True)
            s = replace(s, rate=real, flat=s.rate)
        out.append(s)
    return out


# A rate added on top of another the line does not state ("additional interest of 0.1% per
# day", "the Prime Rate plus 26.99%", 另加收0.3‰/天) states no rate of its own.
_ON_TOP = fast.compile(
    r"(?:\b(?:additional|extra|further|on top of)\b|另加收|另加|额外加收|另行加收|"
    r"另按|另行按|另外按|额外按|此外按|"
    r"(?:prime rate|base rate|benchmark rate|lpr|sofr|index|贷款市场报价利率|基准利率)"
    r"[^;.\d]{0,8}(?:plus|\+|加))[^;.,。\d]{0,24}(?:\d|[百千万]分之)"
)


def rate_spans(norm: str) -> list[StatedRate]:
    """Every rate stated in a normalised line, by position. A relative rate is read against
    the contract rate stated on the same line, and states no rate when there is none."""
    found = [
        replace(s, on_top=True) if _ON_TOP.search(norm, max(0, s.start - 40), s.end) else s
        for s in _spans(norm)
    ]
    found = _changed_to(norm, found)
    # Only a line that states a rate, or a charge per instalment, can state a flat one.
    if (found or "每期" in norm or "instal" in norm or "period" in norm) and _FLAT.search(norm):
        found = _as_flat(norm, found)
    base = next((s.quoted for s in found if s.quoted is not None and not s.on_top), None)
    if base is None or all(s.rate is not None for s in found):
        return found
    out = []
    for s in found:
        if s.relative is not None:
            s = replace(s, rate=Rate(base.value * s.relative, base.basis))
        elif s.plus is not None:
            s = replace(s, rate=Rate(annual(base) + s.plus))
        out.append(s)
    return out


# A rate changed from one figure to another states the new one in the old one's basis:
# 日利率由0.03%调整为0.05%, "the daily rate goes from 0.03% to 0.05%".
_CHANGED_TO = re.compile(
    r"\s*(?:(?:调整|上调|提高|下调|变更|改|调|升|增加)(?:为|至|到)|"
    r"(?:(?:will )?(?:\w+ )?(?:up )?to))"
    r"\s*(\d+(?:\.\d+)?)\s*%"
)


def _changed_to(norm: str, found: list[StatedRate]) -> list[StatedRate]:
    out = list(found)
    for s in found:
        if s.rate is None or s.flat is not None:
            continue
        m = _CHANGED_TO.match(norm, s.end)
        if m is None or _overlaps(found, m.start(1), m.end()):
            continue
        out.append(StatedRate(m.start(1), m.end(), Rate(Decimal(m[1]) / 100, s.rate.basis)))
    return sorted(out, key=lambda f: f.start) if len(out) > len(found) else found


_HAS_NUMBER = fast.compile(rf"[\d{_CN}]")
_HAS_VALUE = fast.compile(r"[%‰万]|分之|percent|per cent")


def _spans(norm: str) -> list[StatedRate]:
    found: list[StatedRate] = []
    if not _HAS_NUMBER.search(norm):
        return found
    relative = _RELATIVE.finditer(norm) if ("利率" in norm or "rate" in norm) else ()
    for m in relative:
        if m["plus"]:  # "the loan rate plus 5%": five points added, not five per cent more
            found.append(StatedRate(m.start(), m.end(), None, None, Decimal(m["plus"]) / 100))
            continue
        if m["up"] or m["up_en"]:
            multiple = 1 + Decimal(m["up"] or m["up_en"]) / 100
        elif m["up_cn"]:
            multiple = 1 + cn_number(m["up_cn"]) / 100
        elif m["pct_of"] or m["pct_of_en"]:
            multiple = Decimal(m["pct_of"] or m["pct_of_en"]) / 100
        elif m["times"]:
            multiple = cn_number(m["times"])
        else:
            word = m["times_en"]
            multiple = _EN_TIMES.get(word, Decimal(2) if word == "double" else None) or Decimal(
                word
            )
        # Kept as a span without a rate, so "上浮50%" is never read as 50% a year.
        found.append(StatedRate(m.start(), m.end(), None, multiple))
    for m in _PER_AMOUNT.finditer(norm) if "每" in norm else ():
        if _overlaps(found, m.start(), m.end()):
            continue
        base = (
            {"万": 10_000, "千": 1_000, "百": 100}[m["base"]] if m["base"] else int(m["base_num"])
        )
        value = cn_number(m["amount"]) / base
        found.append(
            StatedRate(m.start(), m.end(), Rate(value, _basis_of(m["unit"]) or Basis.DAILY))
        )
    for m in _PER_HUNDRED_TERM.finditer(norm) if "100" in norm else ():
        days = int(m["days"] or m["zh_days"])
        if days and not _overlaps(found, m.start(), m.end()):
            value = Decimal(m["amount"] or m["zh_amount"]) / 100 / days
            found.append(StatedRate(m.start(), m.end(), Rate(value, Basis.DAILY)))
    for m in _FOLK.finditer(norm) if ("息" in norm or "利" in norm) else ():
        if _overlaps(found, m.start(), m.end()):
            continue
        basis = {"日": Basis.DAILY, "月": Basis.MONTHLY, "年": Basis.ANNUAL}[m["kw"][0]]
        fen = cn_number(m["fen"]) if m["unit"] == "分" else cn_number(m["fen"]) / 10
        fen += cn_number(m["li"]) / 10 if m["li"] else 0
        found.append(StatedRate(m.start(), m.end(), Rate(fen * _FOLK_SCALE[basis], basis)))
    # Every other form needs a percent, per-mille or 万 figure.
    if not _HAS_VALUE.search(norm):
        return sorted(found, key=lambda f: f.start)
    for pattern in (_RATE_BEFORE, _RATE_AFTER):
        for m in pattern.finditer(norm):
            if _overlaps(found, m.start(), m.end()):
                continue
            value_start = min(
                m.start(g) for g in ("pct", "mille", "bai", "qian", "wan1", "wan2") if m[g]
            )
            # The unit after the number wins, then the basis word nearest before it
            # ("default interest at a daily rate of 0.05%" is daily).
            words = list(_BASIS_WORD.finditer(norm, m.start(), value_start))
            basis = _basis_of(m["unit"]) or (_basis_of(words[-1].group()) if words else None)
            if m["pct"] is not None:
                value = Decimal(m["pct"]) / 100
            elif m["bai"] is not None:
                value = cn_number(m["bai"]) / 100
            elif m["mille"] is not None or m["qian"] is not None:
                value = cn_number(m["mille"] or m["qian"]) / 1000
                basis = basis or Basis.DAILY
            else:
                value = cn_number(m["wan1"] or m["wan2"]) / 10_000
                basis = basis or Basis.DAILY  # 万五 is quoted per day
            if pattern is _RATE_AFTER and basis is None:
                continue
            if basis is None and _SHARE.search(norm, max(m.start(), value_start - 24), value_start):
                continue  # "利息的60%予以减免", "cut by up to 70%", "成功率98%": not a rate
            found.append(StatedRate(m.start(), m.end(), Rate(value, basis or Basis.ANNUAL)))
    return sorted(found, key=lambda f: f.start)


def pct(fraction: Decimal | float) -> str:
    """A fraction as a percentage with up to three decimals: 0.00066 -> 0.066%."""
    value = Decimal(str(fraction)) * 100
    text = format(value.quantize(Decimal("0.001")).normalize(), "f")
    return f"{text}%"


def annual(rate: Rate) -> Decimal:
    return rate.value * PER_YEAR[rate.basis]
