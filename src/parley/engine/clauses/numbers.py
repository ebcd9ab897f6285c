"""Rates read in the units agreements write them in.

- percentages and per-mille with a period: `0.3‰/天`, `2% per month`, `日利率0.066%`;
- per ten thousand: `日息万五`, `万分之五`; per amount: `每万元每日收取利息6元` (0.06% a day);
- the folk units: `月息2分` (2% a month), `年息1分` (10% a year), `月息5厘` (0.5% a month);
- relative rates: `罚息按借款利率上浮50%` is 1.5 times the contract rate, `1.5倍`, "1.5 times
  the contract rate"; read against the contract rate the agreement states, else no rate;
- blank template fields (`月息 __ %`) state no rate at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
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
    rf"(?P<kw>{_DAY}|{_MONTH}|{_YEAR}|{_ANY})[^\d%‰\n万千百;。]{{0,36}}?(?:{_VALUE})"
    rf"(?:\s*(?:/|per |a |每|的)?\s*(?P<unit>{_UNIT}))?"
)
_RATE_AFTER = fast.compile(rf"(?:{_VALUE})\s*(?:/|per |a |每|的)?\s*(?P<unit>{_UNIT})")
_BASIS_WORD = fast.compile(f"{_DAY}|{_MONTH}|{_YEAR}")
# 每万元每日收取利息6元: an amount per amount borrowed, per period.
_PER_AMOUNT = fast.compile(
    rf"每\s*(?:借款|借|贷款)?\s*(?:1|一)?\s*(?P<base>万|千|百)\s*元(?:借款|本金)?[,\s]*(?:每|/)?\s*"
    rf"(?P<unit>日|天|月|年)?"
    rf"[^\d;。]{{0,10}}?(?P<amount>{_NUM})\s*元"
)
# 月息2分, 年息一分五厘: the folk units, scaled by the period they are quoted for.
_FOLK = fast.compile(
    rf"(?P<kw>月息|月利率|月利|年息|年利率|年利|日息|日利率)\s*(?:为|是)?\s*"
    rf"(?P<fen>{_NUM})\s*(?P<unit>分|厘)(?:(?P<li>{_NUM})\s*厘)?"
)
_FOLK_SCALE = {  # what one 分 is worth, per basis
    Basis.ANNUAL: Decimal("0.1"),
    Basis.MONTHLY: Decimal("0.01"),
    Basis.DAILY: Decimal("0.001"),
}
_REFERENCE = (
    r"借款利率|贷款利率|合同利率|约定利率|正常利率|原利率|执行利率|借款年利率|贷款年利率|"
    r"(?:the )?(?:contract|loan|agreed|normal|standard|interest|borrowing) (?:interest )?rate"
)
_RELATIVE = fast.compile(
    rf"(?:{_REFERENCE})[^\d;。]{{0,8}}?(?:基础上|基础之上)?\s*(?:上浮|加收|上调|提高|浮动|增加|加)"
    rf"\s*(?P<up>\d+(?:\.\d+)?)\s*%|"
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
    r"not exceed|no more than|not more than|at most|capped|cap of|ceiling|limit"
)


@dataclass(frozen=True)
class StatedRate:
    start: int
    end: int
    rate: Rate | None  # None: a relative rate whose contract rate the line does not state
    relative: Decimal | None = None  # the multiple of the contract rate, when read as one
    plus: Decimal | None = None  # or the points added to it a year ("the loan rate plus 5%")


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


def rate_spans(norm: str) -> list[StatedRate]:
    """Every rate stated in a normalised line, by position. A relative rate is read against
    the contract rate stated on the same line, and states no rate when there is none."""
    found = _spans(norm)
    base = next((s.rate for s in found if s.rate is not None), None)
    if base is None or all(s.rate is not None for s in found):
        return found
    out = []
    for s in found:
        if s.relative is not None:
            s = StatedRate(s.start, s.end, Rate(base.value * s.relative, base.basis), s.relative)
        elif s.plus is not None:
            s = StatedRate(s.start, s.end, Rate(annual(base) + s.plus), None, s.plus)
        out.append(s)
    return out


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
        base = {"万": 10_000, "千": 1_000, "百": 100}[m["base"]]
        value = cn_number(m["amount"]) / base
        found.append(
            StatedRate(m.start(), m.end(), Rate(value, _basis_of(m["unit"]) or Basis.DAILY))
        )
    for m in _FOLK.finditer(norm) if ("息" in norm or "利" in norm) else ():
        if _overlaps(found, m.start(), m.end()):
            continue
        basis = _basis_of(m["kw"]) or Basis.MONTHLY
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
            found.append(StatedRate(m.start(), m.end(), Rate(value, basis or Basis.ANNUAL)))
    return sorted(found, key=lambda f: f.start)


def pct(fraction: Decimal | float) -> str:
    """A fraction as a percentage with up to three decimals: 0.00066 -> 0.066%."""
    value = Decimal(str(fraction)) * 100
    text = format(value.quantize(Decimal("0.001")).normalize(), "f")
    return f"{text}%"


def annual(rate: Rate) -> Decimal:
    return rate.value * PER_YEAR[rate.basis]
