"""The scan: every line that states something (not a heading) through every rule."""

from __future__ import annotations

import re

from parley.engine.clauses import fast, lexicon, trigrams
from parley.engine.clauses.explain import explain
from parley.engine.clauses.model import CODES, Finding, Severity, excerpt
from parley.engine.clauses.numbers import rate_spans
from parley.engine.clauses.plausible import reads_as
from parley.engine.clauses.rules import LINE_RULES, Hit, rate_cap, verbal
from parley.engine.clauses.text import Line, is_heading, is_title, negated
from parley.engine.rates import CapSettings, Rate

_ADVICE = re.compile(lexicon.ADVICE)
_BORROWER_SPEAKS = re.compile(
    r"\W*(?:我|本人|借款人|客户|用户|me|you|borrower|customer|user|debtor)\s*:"
)
# A chat or call transcript: "客服小美：…", "周先生：…", "Agent Mike: …".
_SPEAKER = re.compile(r"\W*(?:\[[^\]]*\]\s*)?([^:\d]{1,16}?)\s*:")
# A speaker who speaks for the lender (or poses as one), by role.
_LENDER_ROLE = re.compile(
    r"客服|催收|专员|经理|老师|顾问|法务|调解|主管|工作人员|业务员|"
    r"\b(?:agent|collector|officer|advis[eo]r|rep|representative|support|team|lender|bank|"
    r"specialist|manager|id)\b"
)
_ON_DEFAULT = re.compile(
    r"逾期|违约|\bif (?:you|the borrower) (?:pay late|miss|default|fall behind|are late|"
    r"are in default)"
)
_ADVICE_GATE = lexicon.gate(
    "诈骗 骗局 骗子 谨防 警惕 小心 当心 提防 防范 是否 有没有 有无 对方 有人 正规 不法 犯罪 冒充 "
    "假冒 "
    "问清 询问 请告知 请问 举报 报警 挂断 协商时 if_any_staff if_a_staff if_any_member "
    "if_any_employee "
    "if_an_employee if_any_agent if_an_agent if_any_person if_a_person "
    "scam fraud ask check look watch careful wary make_sure if_someone if_anyone caller if_they "
    "collector real genuine legitimate posing pretending impersonat tell_me"
)


def stated_rates(text: str) -> list[tuple[int, Rate]]:
    """Every rate stated in one line, with its position: `日息万五`, `daily 0.1%`, `年化36%`."""
    line = Line.of(text)
    return [(s.start, s.quoted) for s in rate_spans(line.norm) if s.quoted is not None]


def _finding(code: str, hit: Hit, line: Line) -> Finding:
    why, ask, message = explain(hit.key, **hit.params)
    words, (start, end) = line.words(hit.start, hit.end)
    # The span follows the words as quoted, without the spaces around them.
    start += len(words) - len(words.lstrip())
    end -= len(words) - len(words.rstrip())
    return Finding(
        code,
        hit.severity,
        line.number,
        excerpt(line.raw),
        message,
        words.strip(),
        (start, end),
        why,
        ask,
    )


# A field label, not a speaker: "Note: …", "备注：…", "Amount due: …".
_FIELD = re.compile(
    r"注|日期|金额|地址|电话|编号|合同|协议|提示|提醒|温馨|重要|说明|余额|费用|利率|期限|账户|状态|时间|"
    r"条|款|项|\b(?:notes?|date|re|subject|to|from|cc|tel|phone|e-?mail|address|amount|balance|"
    r"total|fees?|rate|apr|interest|terms?|tip|important|warning|reminder|ref(?:erence)?|"
    r"account|due|payment|status|time|section|clause|item|schedule|option|plan)\b"
)


def _borrower(lines: list[Line]) -> str | None:
    """The borrower's name in a two-party transcript: the one recurring speaker who does not
    speak for the lender ("周先生" beside "催收员小刘", "Dana" beside "Agent Mike")."""
    counts: dict[str, int] = {}
    for line in lines:
        m = _SPEAKER.match(line.norm)
        if m is not None:
            name = m.group(1).strip()
            counts[name] = counts.get(name, 0) + 1
    recurring = [name for name, count in counts.items() if count >= 2]
    lender = [name for name in recurring if _LENDER_ROLE.search(name)]
    others = [name for name in recurring if not _LENDER_ROLE.search(name)]
    if len(lender) != 1 or len(others) != 1 or _FIELD.search(others[0]):
        return None
    return others[0]


_PROTECT = fast.compile(lexicon.PROTECTIVE)
# A letter's or e-mail's subject line names what follows: "Subject: some updates to your terms".
_SUBJECT = re.compile(r"\W*(?:subject|re|主题|标题|事由)\s*:")
_NO_NOTICE = re.compile(
    r"(?:无需|无须|不再|不必|不另|毋须)(?:另行|再行|事先|提前)?(?:通知|告知)|"
    r"\bwithout (?:prior |further |any |advance )?notice\b"
)
# What the rules found already settles these: the deposit is the scam's fee and a change of a
# fee's rate is a one-sided change (neither a hidden fee), a fee on the loan is not a deposit
# ("a processing charge taken out before disbursement"), a rate raised on default is penalty
# pricing, a change the lender announces is not a spoken deal.
_SETTLED_BY = {
    "hidden_fee": {"deposit_request", "unilateral_change"},
    "deposit_request": {"hidden_fee"},
    "unilateral_change": {"penalty_interest"},
    "verbal_promise": {"unilateral_change"},
}


def _learned(line: Line, score: tuple[int, ...], ruled: set[str]) -> list[tuple[str, Hit]]:
    """What the learned layer adds to the rules on this line: types they did not raise, on a
    line that neither protects the borrower nor negates the words that raised it (a negation
    before them; one among them is most often a condition: "if two payments are not received,
    everything you owe is due"), and that says what the type needs (plausible.reads_as)."""
    skip = ruled | {code for code, by in _SETTLED_BY.items() if by & ruled}
    found = trigrams.flagged(line.norm, score, skip)
    if not found or _PROTECT.search(line.norm):
        return []
    return [
        (code, Hit(Severity(severity), code, start, end))
        for code, severity, start, end in found
        if not negated(line.norm, start) and reads_as(code, line.norm, start, end)
    ]


def _speaker(line: Line) -> str | None:
    m = _SPEAKER.match(line.norm)
    return m.group(1).strip() if m is not None else None


def scan(text: str, *, caps: CapSettings | None = None) -> list[Finding]:
    """Risky clauses in an agreement, sorted by line and then by severity (high first)."""
    lines = [
        Line.of(raw, number) for number, raw in enumerate(text.splitlines(), start=1) if raw.strip()
    ]
    borrower = _borrower(lines)
    findings: list[Finding] = []
    for line in lines:
        fast.expect(line.norm, line.padded)
        found = rate_spans(line.norm)
        if not found and (
            is_heading(line.norm)
            or (line is lines[0] and len(lines) > 1 and is_title(line.norm))
            or ((subject := _SUBJECT.match(line.norm)) and is_title(line.norm[subject.end() :]))
        ):
            continue  # a heading, the document's title, or a letter's subject line
        if _ADVICE_GATE.search(line.norm) and _ADVICE.search(line.norm):
            continue  # advice about a risk, not the risk
        if _BORROWER_SPEAKS.match(line.norm) or (borrower and _speaker(line) == borrower):
            continue  # the borrower's own words in a chat or call transcript
        score = trigrams.scores(line.norm)
        # A rule's words on a line the labelled agreements say is unlike its type (a balance
        # that includes penalty interest, a fee taken from the proceeds read as a deposit).
        unlike = trigrams.unlike(score)
        hits: list[tuple[str, Hit]] = []
        for code, rule in LINE_RULES:
            hit = rule(line) if code not in unlike else None
            if hit is not None:
                hits.append((code, hit))
        # A rate raised on a missed payment is penalty pricing, not a one-sided change.
        codes = {code for code, _hit in hits}
        if {"penalty_interest", "unilateral_change"} <= codes and _ON_DEFAULT.search(line.norm):
            hits = [(code, hit) for code, hit in hits if code != "unilateral_change"]
        # "may demand everything at once, without further notice": the notice waived is the
        # acceleration's own, not a change of terms.
        if "acceleration" in codes:
            hits = [
                (code, hit)
                for code, hit in hits
                if code != "unilateral_change"
                or not _NO_NOTICE.search(line.norm, hit.start, hit.end)
            ]
        # A fee asked to unlock or release something is the scam's fee, raised as a deposit.
        if any(code == "deposit_request" for code, _hit in hits):
            hits = [(code, hit) for code, hit in hits if code != "hidden_fee"]
        # "we will notify you of the new rate" is the lender changing terms, not a spoken deal.
        if "verbal_promise" not in unlike and not any(
            code == "unilateral_change" for code, _hit in hits
        ):
            hit = verbal.check(line)
            if hit is not None:
                hits.append(("verbal_promise", hit))
        hit = rate_cap.check(line, found, caps)
        if hit is not None:
            hits.append(("rate_above_cap", hit))
        hits += _learned(line, score, {code for code, _hit in hits})
        findings += [_finding(code, hit, line) for code, hit in hits]
    findings.sort(key=lambda f: (f.line, f.severity.rank, CODES.index(f.code)))
    return findings


__all__ = ["Severity", "scan", "stated_rates"]
