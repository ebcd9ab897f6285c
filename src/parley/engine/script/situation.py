"""Sections 1 and 2: the facts of the loan and of the user's situation, and willingness.

Only what the engine worked out or the user entered is said. Legal points are phrased
only for the lines that govern this lender (`legal_lines.Line.applies`).
"""

from __future__ import annotations

from parley.engine.debt import LegalStage
from parley.engine.hardship import Evidence, Hardship
from parley.engine.legal_lines import APR_24, APR_36, PRIVATE_LENDING
from parley.engine.script.facts import Said
from parley.engine.script.format import list_in
from parley.engine.script.writer import F, Writer
from parley.i18n import gettext_in, ngettext_in


def facts(w: Writer) -> list[str]:
    inp, lang, debt = w.inp, w.lang, w.inp.debt
    out: list[str] = []
    name = inp.caller_name.strip()
    if name:
        out.append(w.fill(gettext_in(lang, "Hello, my name is {name}."), name=name))
    else:
        out.append(Said(gettext_in(lang, "Hello.")))
    if debt.contract_no:
        out.append(
            w.fill(
                gettext_in(
                    lang, "I am calling about my loan with {lender}, contract number {contract}."
                ),
                lender=debt.lender,
                contract=debt.contract_no,
            )
        )
    else:
        out.append(
            w.fill(
                gettext_in(lang, "I am calling about my loan with {lender}."), lender=debt.lender
            )
        )
    if w.has("outstanding"):
        out.append(
            w.fill(
                gettext_in(lang, "Your records show {amount} outstanding."),
                amount=F("outstanding"),
            )
        )
    if w.has("cut_upfront"):
        out.append(
            w.fill(
                gettext_in(
                    lang,
                    "The contract says I borrowed {principal}, but only {received} reached my "
                    "account: {cut} was taken off up front. Interest is due only on the money "
                    "actually lent (Civil Code, art. 670).",
                ),
                principal=F("principal"),
                received=F("received"),
                cut=F("cut_upfront"),
            )
        )
    if w.has("days_overdue"):
        out.append(
            w.fill(
                ngettext_in(
                    lang,
                    "I have not been able to pay since {date}. That is {n} day overdue.",
                    "I have not been able to pay since {date}. That is {n} days overdue.",
                    w.value("days_overdue"),
                ),
                date=F("first_missed"),
                n=F("days_overdue"),
            )
        )
    else:
        out.append(
            Said(
                gettext_in(
                    lang,
                    "I have not missed a payment yet, but I cannot keep up with the next ones.",
                )
            )
        )
    out += _legal_stage(w)
    out += _rate(w)
    out += _penalty(w)
    out += _overpaid(w)
    out.append(_hardship(w))
    out += _money_situation(w)
    documents = [e for e in inp.evidence if Evidence(e).is_document]
    if documents:
        labels = [Evidence(e).label(lang) for e in documents]
        if lang == "en":  # labels are capitalised for lists; mid-sentence they are not
            labels = [label[0].lower() + label[1:] for label in labels]
        out.append(
            w.fill(
                gettext_in(lang, "I can send you copies of my {documents}."),
                documents=list_in(lang, labels),
            )
        )
    return out


def _legal_stage(w: Writer) -> list[str]:
    stage, lang = w.inp.debt.legal_stage, w.lang
    if stage is LegalStage.LAWYER_LETTER:
        return [Said(gettext_in(lang, "I have received a lawyer's letter about this loan."))]
    if stage in (LegalStage.LAWSUIT, LegalStage.JUDGMENT):
        return [
            Said(
                gettext_in(
                    lang, "I know this has gone to court. I would still like to settle it with you."
                )
            )
        ]
    return []


def rate_sentence(w: Writer) -> Said | None:
    """The loan's own true APR from the contract's cash flows, and the line it is above
    when one governs this lender."""
    lang = w.lang
    if not w.has("contract_apr"):
        return None
    said = w.fill(
        gettext_in(
            lang,
            "Worked out from the contract's own payments, the true annual rate of this loan "
            "is {apr}.",
        ),
        apr=F("contract_apr"),
    )
    code = w.facts.rate_line_code
    if code is None:
        return said
    return w.join([said, line_sentence(w, code, "rate_line")])


def line_sentence(w: Writer, code: str, figure: str) -> Said:
    """What the line `figure` (of kind `code`) is, said only where it governs."""
    lang = w.lang
    if code == PRIVATE_LENDING:
        return w.fill(
            gettext_in(
                lang,
                "That is above {line}, {multiple} times the one-year loan prime rate in force "
                "when the contract was made: the limit the Supreme People's Court sets for "
                "private lending.",
            ),
            line=F(figure),
            multiple=F("lpr_multiple"),
        )
    if code == APR_24:
        return w.fill(
            gettext_in(
                lang,
                "That is above {line} a year, the level above which courts may cut what a "
                "licensed lender charges in interest, penalty and fees together.",
            ),
            line=F(figure),
        )
    if code == APR_36:
        return w.fill(
            gettext_in(lang, "That is above {line} a year, above which interest is not protected."),
            line=F(figure),
        )
    return w.fill(gettext_in(lang, "That is above {line} a year."), line=F(figure))


def _rate(w: Writer) -> list[str]:
    found = rate_sentence(w)
    return [found] if found else []


def _penalty(w: Writer) -> list[str]:
    lang = w.lang
    if not w.has("penalty"):
        return []
    said = w.fill(
        gettext_in(
            lang,
            "Penalty interest so far comes to {amount} by my count: {rate} a year on the "
            "overdue principal of {base}. It is not part of the loan's rate.",
        ),
        amount=F("penalty"),
        rate=F("penalty_rate"),
        base=F("penalty_base"),
    )
    code = w.facts.penalty_line_code
    if code is None:
        return [said]
    over = w.fill(
        gettext_in(lang, "That penalty rate is itself above {line} a year."),
        line=F("penalty_line"),
    )
    return [w.join([said, over])]


def _overpaid(w: Writer) -> list[str]:
    if not w.has("overpaid"):
        return []
    return [
        w.fill(
            gettext_in(
                w.lang,
                "From my payments so far, I have paid {paid} in interest and fees, of which "
                "{amount} is above the {line} a year that applies to this loan.",
            ),
            paid=F("interest_paid"),
            amount=F("overpaid"),
            line=F("overpaid_line"),
        )
    ]


def _hardship(w: Writer) -> Said:
    inp, lang = w.inp, w.lang
    detail = inp.hardship_detail.strip()
    if inp.hardship is None:
        said = Said(detail or gettext_in(lang, "[your situation]"))
        if w.has("hardship_since"):
            since = w.fill(gettext_in(lang, "It started on {date}."), date=F("hardship_since"))
            return w.join([said, since])
        return said
    kind = Hardship(inp.hardship)
    if w.has("hardship_since"):
        text = {
            Hardship.JOB_LOSS: gettext_in(lang, "I lost my job on {date}."),
            Hardship.ILLNESS: gettext_in(lang, "Since {date} I have been seriously ill."),
            Hardship.INCOME_CUT: gettext_in(lang, "Since {date} my income has dropped sharply."),
            Hardship.FAMILY_EMERGENCY: gettext_in(
                lang, "On {date} my family had an emergency that took most of our money."
            ),
            Hardship.OTHER: gettext_in(lang, "Since {date} my situation has changed."),
        }[kind]
        said = w.fill(text, date=F("hardship_since"))
    else:
        said = Said(
            {
                Hardship.JOB_LOSS: gettext_in(lang, "I lost my job."),
                Hardship.ILLNESS: gettext_in(lang, "I have been seriously ill."),
                Hardship.INCOME_CUT: gettext_in(lang, "My income has dropped sharply."),
                Hardship.FAMILY_EMERGENCY: gettext_in(
                    lang, "My family had an emergency that took most of our money."
                ),
                Hardship.OTHER: gettext_in(lang, "My situation has changed."),
            }[kind]
        )
    return w.join([said, detail]) if detail else said


def _money_situation(w: Writer) -> list[str]:
    lang = w.lang
    if not w.has("income"):
        return []  # not given: no affordability claim at all
    if w.value("income") <= 0:
        out = [Said(gettext_in(lang, "At the moment I have no regular income."))]
        if w.value("costs", 0) > 0:
            out.append(
                w.fill(
                    gettext_in(lang, "Basic living costs alone take {costs} a month."),
                    costs=F("costs"),
                )
            )
        return out
    if not w.has("costs"):
        return [
            w.fill(gettext_in(lang, "My income is now {income} a month."), income=F("income")),
            Said(gettext_in(lang, "Basic living costs take [your living costs] a month.")),
        ]
    out = [
        w.fill(
            gettext_in(lang, "My income is now {income} a month. Basic living costs take {costs}."),
            income=F("income"),
            costs=F("costs"),
        )
    ]
    if w.value("left", 0) > 0:
        out.append(
            w.fill(gettext_in(lang, "That leaves {left} a month for all my debts."), left=F("left"))
        )
    else:
        out.append(Said(gettext_in(lang, "That does not even cover basic living costs.")))
    return out


def affordable(w: Writer) -> bool:
    """May the user say "I can pay {A's instalment} every month"? Only when their income
    is known and the instalment is within what they can pay."""
    limit = w.value("limit")
    return limit is not None and w.value("A.instalment", 0) <= limit


def willingness(w: Writer) -> list[str]:
    lang = w.lang
    out = [
        Said(gettext_in(lang, "I am not trying to avoid this debt. I want to repay it.")),
        Said(
            gettext_in(
                lang,
                "I am calling you myself, before things get worse, to agree a plan I can keep.",
            )
        ),
    ]
    if affordable(w):
        out.append(
            w.fill(
                gettext_in(lang, "I can pay {amount} every month, reliably."),
                amount=F("A.instalment"),
            )
        )
    out.append(
        Said(
            gettext_in(lang, "I will set reminders for every due date, so I do not miss one again.")
        )
    )
    return out
