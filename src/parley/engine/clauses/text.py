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
    r"未偿还|未支付|未缴纳|未缴|未履行|不履行|不还|无论|不足额|不足|不处理|不还款|不付款|不结清|"
    r"不回复|"
    r"不联系|不解决|不限于|不仅限于|不过|不然|不久|不少|不断|not (?:be )?limited to|"
    # Acting without notice is no denial of the act: 可不经催告要求其立即偿还.
    r"不经(?:书面)?(?:催告|通知)|无[需须](?:另行|事先|书面)?(?:催告|通知)|"
    r"do(es)? not (re)?pay|don't (re)?pay|doesn't (re)?pay|did not (re)?pay|not (re)?paid|"
    r"fail(s|ed|ure)? to|miss(es|ed)?|no\.\s?\d*|no\.|not on time|unable to|not received"
)
NEGATORS = re.compile(
    r"不|无|没有|勿|(?<!减)免(?!息)|减免(?!金额|部分|额|后)|豁免|停止|停收|暂停|暂缓|禁止|严禁|"
    r"谨防|警惕|并非|绝非|"
    # "nothing is deducted" negates; "if nothing is arranged" is a condition.
    r"\b(no|not|never|without|neither|nor|none|(?<!if )(?<!when )nothing|free of|waive[sd]?|"
    r"won't|don't|doesn't|stop(ped|s)?|cannot|can't|beware|nobody|no one|no-one)\b"
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
_ODD_SPACE = re.compile(r"[^\S ]|  ")
_GROUPING = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


def normalise(line: str) -> tuple[str, list[int]]:
    """The line as the rules read it, and for each of its characters the index of the
    original character it came from."""
    chars, where = fold_case(line)
    if not _SPACES.search(chars):
        return chars, where
    # Most English lines: single spaces only, nothing to fold or drop (fold_spaces would
    # return them unchanged, at a cost that was a tenth of the scan).
    if chars.isascii() and not _ODD_SPACE.search(chars) and chars[0] != " " and chars[-1] != " ":
        return chars, where
    return fold_spaces(chars, where)


def fold_case(line: str) -> tuple[str, list[int]]:
    """NFKC, lower case, no grouping commas in figures; with the map to the original."""
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
    return chars, where


def fold_spaces(chars: str, where: list[int]) -> tuple[str, list[int]]:
    """Spaces as the rules read them: none at either end or between two Chinese characters,
    one for any other run."""
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
_CELLS = re.compile(r"\s*[|｜\t]\s*")


def is_heading(norm: str) -> bool:
    """A title or section heading ("Penalty Fees", 三、逾期罚息计算方式): it names a subject and
    states nothing, so it raises nothing; the clause under it does."""
    text = _NUMBERING.sub("", norm.strip(), count=1).strip()
    if not text or _FIGURE.search(text):
        return False
    cells = [cell for cell in _CELLS.split(text) if cell]
    if len(cells) > 1 and all(
        len(cell) <= 12 if CJK.search(cell) else len(cell.split()) <= 3 for cell in cells
    ):
        return True  # a table's header row: "Fee | Amount | When charged"
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


# The sentence's own verb waives what it names, further on: "违约金、超限费共计3,120元，本行予以
# 全部免除", "对剩余本金、利息及罚息不再主张", "利息罚息全部可以给您减掉", "all late fees and
# default interest on the account will be written off".
_WAIVED_LATER = re.compile(
    r"(?P<pre>[^。;]{0,60}?)"
    r"(?:予以(?:全部|全额)?(?:免除|减免|豁免|核销)|(?:全部|全额|一律|均)?(?:免除|豁免|减免|"
    r"核销)(?:了)?|"
    r"不再(?:主张|追究|追偿|追讨|追索|收取|计收|计算|要求)|放弃(?:追偿|主张|追索|收取|追讨)|"
    # Not charged at all: 提前还款手续费继续免收, 一律不予收取.
    r"(?:继续|仍然|仍|一律|均|全部)?(?:免收|免于收取|免予收取|不予收取|不收取)|"
    # Turned into a repayment: "renewal fees will be credited toward your principal".
    r"\b(?:(?:will|shall) (?:also )?be |are |is |have been |has been )?(?:credited|applied) "
    r"(?:to|towards?|against) (?:your |the )?(?:principal|loan balance|balance owed)\b|"
    r"(?:减掉|免掉|抹掉|抹平|给您免了|给你免了|不用还了|不用付了|不收了)|"
    # Refunded: "此前收取的账户管理费将在30日内退还", "the late fee … has been refunded".
    r"(?:全额|如数)?(?:退还|返还|退回)(?:至|到|给)?|"
    r"\b(?:(?:will|shall) (?:also )?be |are |is |have been |has been )?(?:refunded|credited back|"
    r"reimbursed|reversed)\b|"
    r"\b(?:(?:will|shall) (?:also )?be |are |is |have been |has been )?(?:waived|forgiven|"
    r"written off|cancell?ed|released|dropped|removed|wiped (?:out|off)|struck off)\b|"
    r"\b(?:will|shall) (?:not|no longer) (?:seek|pursue|claim|collect|recover|charge)\b)"
)
# A waiver refused, put as a question or on a condition, or after the charge is set: "不予免除",
# "能不能免掉", "罚息按日0.05%计收，如一次性结清可予以减免".
_WAIVER_DOUBTED = re.compile(
    r"不|没|无法|未|能否|能不能|可否|是否|如果|若|如(?!数)|%|‰|计收|收取|加收|"
    r"按日|按月|\b(?:not|no|never|unless|if|whether|accrues?|accruing|applies|apply|"
    r"(?:is|are|be|been) (?:charged|applied|payable))\b"
)
_WAIVED_CLAUSE_END = re.compile(r"[。;]|\.\s|\.$")


# The waiving words alone, to skip the costlier match on the many lines without any.
_WAIVER_WORD = re.compile(
    r"免|核销|不再|放弃|减掉|抹|不用还|不用付|不收|不予收取|退还|返还|退回|refunded|credited|"
    r"applied to|"
    r"applied toward|applied against|"
    r"reimbursed|"
    r"reversed|waived|forgiven|written off|cancel|released|"
    r"dropped|removed|wiped|struck off|not seek|not pursue|not claim|not collect|not recover|"
    r"not charge|no longer"
)


def waived_later(text: str, end: int) -> bool:
    """True when the sentence holding the charge just named (ending at `end`) waives it: the
    waiver is its verb, not a condition or a question ("罚息不予免除", "能不能免掉?")."""
    stop = _WAIVED_CLAUSE_END.search(text, end)
    stop_at = stop.start() if stop else len(text)
    if not _WAIVER_WORD.search(text, end, stop_at):
        return False
    m = _WAIVED_LATER.match(text, end, stop_at)
    if m is None or _WAIVER_DOUBTED.search(m["pre"]):
        return False
    tail = text[m.end() : m.end() + 3]
    return not any(mark in tail for mark in "?？吗")


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
    r"\b(?:not(?! yet (?:due|payable))|never|won't|cannot|can't|shall not|will not)\b"
)


# A promise never to ask: "we will never ask you for a fee, deposit or “verification payment”",
# "we do not require …", 本公司不会以“解冻”“验证”等任何名义要求…向个人账户付款.
_NEVER_ASK = fast.compile(
    r"(?:不会|绝不|从不|从来不|不得|不可能)(?:以[^。;]{0,24}名义)?(?:主动)?(?:要求|索要|收取|让|向)|"
    r"\b(?:never|will not|won't|do not|does not|don't|shall not|would not)\b (?:\w+ ){0,2}?"
    r"(?:ask|request|require|demand|charge|collect|take|tell)\w*\b"
)
_SENTENCE_END = fast.compile(r".*[。.!?;](?=\s|$|[^\d])")


def never_asked(text: str, pos: int) -> bool:
    """True when the sentence holding `pos` promises, before it, never to ask for what it then
    lists: the promise covers every charge or payment named after it."""
    ended = _SENTENCE_END.match(text, 0, pos)
    return bool(_NEVER_ASK.search(text, ended.end() if ended else 0, pos))


def negated_within(text: str, start: int, end: int) -> bool:
    return bool(_NEGATED_SPAN.search(text, start, end))
