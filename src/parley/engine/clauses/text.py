"""One agreement line made ready for the rules: normalised, split into clauses, and able to say
whether a phrase in it is negated.

Normalising (NFKC, lower case, no spaces between Chinese characters) keeps a map back to the
original characters, so a finding can quote the words that raised it exactly as written.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from parley.engine.clauses import fast

CJK = re.compile(r"[\u3400-\u9fff]")
_SPACE = re.compile(r"\s")
CLAUSE_SPLIT = re.compile(r"[,;。!?]|\.\s|\.$|\s-\s")

# Phrases about *not paying* are conditions, not negations: "如未按时还款，……" must still count.
DEFAULT_PHRASES = re.compile(
    r"未按时|未按期|未按约定?|不按时|不按期|不按约定?|未能|无法|不能按时|未足额|逾期未|未还|"
    r"未偿还|未支付|未缴纳|未缴|未履行|不履行|不还|无论|不足额|不足|不处理|不还款|不付款|不结清|不回复|"
    r"不联系|不解决|不限于|不仅限于|not (?:be )?limited to|"
    r"do(es)? not (re)?pay|don't (re)?pay|doesn't (re)?pay|did not (re)?pay|not (re)?paid|"
    r"fail(s|ed|ure)? to|miss(es|ed)?|no\.\s?\d*|no\.|not on time|unable to|not received"
)
NEGATORS = re.compile(
    r"不|无|没有|勿|免|豁免|停止|停收|禁止|严禁|谨防|警惕|并非|绝非|"
    r"\b(no|not|never|without|neither|nor|none|free of|waive[sd]?|won't|don't|doesn't|"
    r"stop(ped|s)?|cannot|can't|beware)\b"
)
_NEW_STATEMENT = re.compile(
    r"\b(?:and|but|while|whereas|then|so)\b (?=(?:the|your|our|we|you|it|this|that|all|any)\b)"
)
# Text that only continues a list: a few words, no verb that would start a new statement.
_LIST_ITEM = re.compile(
    r"(?!.*\b(is|are|be|will|shall|must|may|applies|apply|charge[sd]?|pay|paid)\b)"
    r"\s*(and |or |nor )?[a-z\s-]{0,30}(and |or |nor )?\s*"
)


_SPACES = re.compile(r"\s+")
_GROUPING = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


def normalise(line: str) -> tuple[str, list[int]]:
    """The line as the rules read it, and for each of its characters the index of the
    original character it came from."""
    folded = unicodedata.normalize("NFKC", line).lower()
    if len(folded) == len(line):
        chars, where = folded, list(range(len(line)))
    else:  # a character widened or narrowed (ﬁ, ㎡): map piece by piece
        pieces: list[str] = []
        where = []
        for index, char in enumerate(line):
            for piece in unicodedata.normalize("NFKC", char).lower():
                pieces.append(piece)
                where.append(index)
        chars = "".join(pieces)
    if "," in chars and _GROUPING.search(chars):  # "1,000" is one number, not two clauses
        dropped = {m.start() for m in _GROUPING.finditer(chars)}
        where = [w for i, w in enumerate(where) if i not in dropped]
        chars = _GROUPING.sub("", chars)
    if not _SPACES.search(chars):
        return chars, where
    out: list[str] = []
    out_where: list[int] = []
    last = 0
    for m in _SPACES.finditer(chars):
        out.append(chars[last : m.start()])
        out_where += where[last : m.start()]
        last = m.end()
        before = chars[m.start() - 1] if m.start() else ""
        after = chars[m.end()] if m.end() < len(chars) else ""
        # Leading and trailing spaces go; "日 息 万 五" is still 日息万五.
        if before and after and not (CJK.match(before) and CJK.match(after)):
            out.append(" ")
            out_where.append(where[m.start()])
    out.append(chars[last:])
    out_where += where[last:]
    return "".join(out), out_where


@dataclass
class Line:
    """One line of an agreement: its original text, its normalised form and the map between."""

    raw: str
    norm: str
    where: list[int]
    number: int = 0
    padded: str = ""  # " norm ", so a gate can ask for " my " at either end of the line

    @classmethod
    def of(cls, raw: str, number: int = 0) -> Line:
        norm, where = normalise(raw)
        return cls(raw, norm, where, number, f" {norm} ")

    def words(self, start: int, end: int) -> tuple[str, tuple[int, int]]:
        """The original words behind norm[start:end], and their span in the original line."""
        if not self.where or start >= end:
            return "", (0, 0)
        first = self.where[min(start, len(self.where) - 1)]
        last = self.where[min(end, len(self.where)) - 1] + 1
        return self.raw[first:last], (first, last)

    def clause_at(self, pos: int) -> tuple[int, int]:
        return clause_at(self.norm, pos)

    def clause(self, pos: int) -> str:
        start, end = clause_at(self.norm, pos)
        return self.norm[start:end]


@lru_cache(maxsize=2)  # the line being read; never carried from line to line
def _separators(text: str) -> tuple[list[int], list[int]]:
    """Where each clause separator in `text` starts and ends (the rules ask one line often)."""
    found = list(CLAUSE_SPLIT.finditer(text))
    return [m.start() for m in found], [m.end() for m in found]


def clause_at(text: str, pos: int) -> tuple[int, int]:
    """Bounds of the clause (between separators) holding position `pos`."""
    starts, ends = _separators(text)
    # The last separator ending at or before `pos` (a match of finditer(text, 0, pos)), and
    # the first one starting at or after it.
    i = bisect_right(ends, pos)
    while i and starts[i - 1] + (ends[i - 1] - starts[i - 1]) > pos:
        i -= 1
    start = ends[i - 1] if i else 0
    j = bisect_left(starts, pos)
    end = starts[j] if j < len(starts) else len(text)
    return start, end


def negated(text: str, pos: int, negators: re.Pattern[str] | fast.Gated = NEGATORS) -> bool:
    """True when the clause holding `pos` negates what follows, before `pos`.

    A bare list ("no service, management or membership fee") carries the negation of the
    clause it continues, up to a few clauses back.
    """
    for _step in range(4):
        start, _end = clause_at(text, pos)
        before = text[start:pos]
        # Most clauses hold no negator at all: only then is it worth removing default phrases.
        if negators.search(before):
            before = DEFAULT_PHRASES.sub(" ", before)
        if CJK.search(text[max(start, pos - 1) : pos + 1]):
            before = before[-24:]  # a Chinese negator binds to the words right after it
        else:  # "...will no longer apply and the original debt is due": a new statement
            before = _NEW_STATEMENT.split(before)[-1]
        if negators.search(before):
            return True
        if start == 0 or not _LIST_ITEM.fullmatch(text[start:pos]) or not _short_item(text, start):
            return False
        pos = start - 1
    return False


def _short_item(text: str, start: int) -> bool:
    """A clause that may continue a list: no figure, no Chinese ("不行，激活金要单独付" and "if
    you don't, 0.8% a day keeps accruing" start new statements; Chinese lists are joined by 、
    inside one clause)."""
    clause = text[start : clause_at(text, start)[1]]
    return not _DIGIT_OR_CJK.search(clause)


_DIGIT_OR_CJK = re.compile(r"[\d\u3400-\u9fff]")


def first(
    pattern: re.Pattern[str] | fast.Gated,
    text: str,
    negators: re.Pattern[str] | fast.Gated | None = NEGATORS,
) -> re.Match[str] | None:
    """The first match not negated in its clause (any match when `negators` is None)."""
    for m in pattern.finditer(text):
        if negators is None or not negated(text, m.start(), negators):
            return m
    return None


_NUMBERING = re.compile(r"^\W*(?:第?[一二三四五六七八九十\d]+[、.)）条]?|\([a-z\d]+\)|[a-z]\))?\s*")
_HEADING_VERB = re.compile(
    r"收取|计收|加收|支付|应当|应|须|将|为|是|按|可|会|"
    r"\b(?:is|are|be|will|shall|may|must|pay|paid|charged?|applies|apply|accrues?|we|you|if)\b"
)


_FIGURE = re.compile(r"[\d%‰$¥£€]")


def is_heading(norm: str) -> bool:
    """A title or section heading ("Penalty Fees", 三、逾期罚息计算方式): it names a subject and
    states nothing, so it raises nothing; the clause under it does."""
    text = _NUMBERING.sub("", norm.strip(), count=1).strip()
    if not text or _FIGURE.search(text):
        return False
    if text[-1] in "。.;；!！?？" or re.search(r"[,，;；:：]\s*\S", text):
        return False
    if CJK.search(text):
        return len(text) <= 16 and not _HEADING_VERB.search(text)
    return len(text.split()) <= 6 and not _HEADING_VERB.search(text)


# A charge named, then waived: "罚息全免", "罚息予以免除", "late fees waived", "interest frozen".
_WAIVED_AFTER = re.compile(
    r"(?P<pre>(?:\s*[\d.]+\s*元)?[^,;。a-z]{0,8}?|"
    r"(?: (?:will|shall|are|is|to|be|been|have|has|being))* )"
    r"(?:全免|全部免|减免|免除|免收|豁免|予以免|不再(?:计|收)|停止(?:计|收)|"
    r"\b(?:waived|frozen|forgiven|stopped|removed|cancell?ed|suspended|will not be charged|"
    r"not charged|is not charged|are not charged)\b)"
)


# "罚息不予减免", "不得免除": the waiver itself refused, so the charge stands.
_REFUSED = re.compile(r"不|未|无|没|非")


def waived_after(text: str, end: int) -> bool:
    """True when the words right after position `end` waive the charge just named."""
    m = _WAIVED_AFTER.match(text, end)
    return m is not None and not _REFUSED.search(m["pre"])


_TITLE_BREAK = re.compile(r"[,，;；。!！?？:：]")


def is_title(norm: str) -> bool:
    """A document's first line naming it ("Security Deposit Agreement (2026 edition)"): short,
    one phrase, no sentence. Its words describe the document, not a clause in it."""
    text = norm.strip()
    if not text or _TITLE_BREAK.search(text) or "%" in text or text[-1] in ".。!?":
        return False
    if CJK.search(text):
        return len(text) <= 24
    return len(text.split()) <= 10 and not _HEADING_VERB.search(text)


# A negation inside the words a rule read: "全部借款不会提前到期", "甲方不得单方调整利率",
# "the balance will not become due".
_NEGATED_SPAN = re.compile(
    r"不会|不得|不能|不可|不予|不导致|不因|不视为|不构成|无权|无需|无须|不再|绝不|从不|"
    r"\b(?:not|never|won't|cannot|can't|shall not|will not)\b"
)


def negated_within(text: str, start: int, end: int) -> bool:
    return bool(_NEGATED_SPAN.search(text, start, end))
