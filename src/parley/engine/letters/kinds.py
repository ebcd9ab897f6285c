"""The six letters. Each states only what the record holds and asks for one clear thing.

Register: formal and factual, no threats, no legal conclusion the facts do not carry. A
citation appears only where it governs the lender (see citations.py).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from parley.engine.errors import InputError
from parley.engine.letters.citations import citation
from parley.engine.letters.common import (
    Words,
    evidence_list,
    loan_facts,
    parties,
    plans_section,
    sentences,
    signature,
)
from parley.engine.letters.facts import LetterFacts
from parley.engine.letters.model import Letter, Para, Section, User, bullet, fill, plain
from parley.i18n import N_, _, gettext_in


class LetterKind(StrEnum):
    PROPOSAL = "proposal"
    CONFIRMATION = "confirmation"
    OVERPAID_INTEREST = "overpaid_interest"
    STOP_COLLECTION = "stop_collection"
    MEDIATION = "mediation"
    COMPLAINT = "complaint"

    def title(self, lang: str) -> str:
        return gettext_in(lang, _TITLES[self])

    def label(self) -> str:
        return _(_TITLES[self])


_TITLES = {
    LetterKind.PROPOSAL: N_("Repayment proposal"),
    LetterKind.CONFIRMATION: N_("Request for written confirmation"),
    LetterKind.OVERPAID_INTEREST: N_("Request to offset interest paid above the legal line"),
    LetterKind.STOP_COLLECTION: N_("Notice to stop unlawful collection"),
    LetterKind.MEDIATION: N_("Application for mediation"),
    LetterKind.COMPLAINT: N_("Complaint to the financial regulator"),
}

_FLAG_LABELS = {
    "night_call": N_("Call at night"),
    "third_party": N_("Contacted relatives or employer"),
    "threat": N_("Threat"),
    "after_stop_request": N_("Contact after a request to stop"),
}


# Which citation gives each line the force of law, where it governs the lender.
_LINE_CITATION = {
    "private_lending_4lpr": "spc_private_lending_25",
    "apr_24": "spc_financial_2017_22",
}


class MissingFacts(InputError):
    """The record lacks what this kind of letter must state."""


# --- the letters -------------------------------------------------------------------------


def _proposal(w: Words) -> list[Section]:
    f = w.facts
    if not f.plans:
        raise MissingFacts(
            _("A repayment proposal needs a plan: save an offer for this debt first.")
        )
    hardship = fill(
        w.lang,
        N_("I have fallen behind because of {hardship}."),
        hardship=w.text_or_blank(f.hardship, N_("your situation, in your own words")),
    )
    return [
        parties(w, N_("To: {lender}, customer service")),
        Section(w.t(N_("The loan")), loan_facts(w)),
        Section(
            w.t(N_("Why I am writing")),
            [
                sentences(
                    w,
                    hardship,
                    plain(
                        w.lang,
                        N_(
                            "I want to repay what I owe and I am asking you to agree a plan I "
                            "can keep to."
                        ),
                    ),
                )
            ],
        ),
        evidence_list(w),
        plans_section(w, w.t(N_("What I propose (either plan)"))),
        Section(
            w.t(N_("What I ask")),
            [
                plain(
                    w.lang,
                    N_(
                        "Please tell me in writing which plan you accept, and send the agreed "
                        "terms through your official channel (an agreement with your electronic "
                        "seal, or a written confirmation), with the amounts, the due dates and "
                        "how penalty interest and fees are treated."
                    ),
                ),
                _reply_by(w),
            ],
        ),
        signature(w),
    ]


def _confirmation(w: Words) -> list[Section]:
    calls = [c for c in w.facts.calls if c.promises or c.agent_id]
    if not calls:
        raise MissingFacts(
            _("A request for written confirmation needs a logged call with what was agreed.")
        )
    call = calls[-1]
    agent = w.text_or_blank(call.agent_id, N_("the agent's ID"))
    channel = w.text_or_blank(call.channel, N_("channel"))
    paras: list[Para] = [
        fill(
            w.lang,
            N_("On {when} I spoke with your agent {agent} by {channel}. We agreed the following:"),
            when=w.moment("call_time", call.when),
            agent=agent,
            channel=channel,
        )
    ]
    if call.promises:
        paras += [bullet(Para([User(text)])) for text, _written in call.promises]
    else:
        paras.append(bullet(Para([w.blank(N_("the terms agreed on the call"))])))
    asks = [
        plain(
            w.lang,
            N_(
                "Please confirm these terms in writing through your official channel, with "
                "the amounts and due dates, so that both of us hold the same record."
            ),
        )
    ]
    if call.recorded:
        asks.append(
            plain(w.lang, N_("I kept a recording of the call, listed below with its checksum."))
        )
    asks.append(_reply_by(w))
    return [
        parties(w, N_("To: {lender}, customer service")),
        Section(w.t(N_("The loan")), loan_facts(w)),
        Section(w.t(N_("What was agreed")), paras),
        Section(w.t(N_("What I ask")), asks),
        evidence_list(w),
        signature(w),
    ]


def _overpaid(w: Words) -> list[Section]:
    o = w.facts.overpaid
    if o is None or o.amount <= 0:
        raise MissingFacts(
            _(
                "No interest above the legal line is recorded for this debt: enter the "
                "payments made and the interest repaid first."
            )
        )
    line = w.percent("line_rate", o.line_rate)
    how = [
        fill(
            w.lang,
            N_("Interest and fees I have paid so far: {paid}."),
            paid=w.money("overpaid_paid", o.paid),
        ),
        fill(
            w.lang,
            N_("Interest at {line} a year on the same money over the same dates: {allowed}."),
            line=line,
            allowed=w.money("overpaid_allowed", o.allowed),
        ),
        fill(
            w.lang,
            N_("The difference, paid above that line: {amount}."),
            amount=w.money("overpaid_amount", o.amount),
        ),
    ]
    basis: list[Para] = []
    law = citation(_LINE_CITATION.get(o.line_code, ""), w.facts.debt.kind.value)
    if o.line_is_law and law is not None:
        basis.append(_cite(w, law))
    else:
        basis.append(
            fill(
                w.lang,
                N_(
                    "I use {line} a year as the measure, a level widely quoted as the upper "
                    "limit for consumer credit, and ask you to review the interest charged "
                    "against it."
                ),
                line=line,
            )
        )
    payments = [
        bullet(
            fill(
                w.lang,
                N_("{day}: {amount}"),
                day=w.day("payment_date", day),
                amount=w.money("payment_amount", amount),
            )
        )
        for day, amount in o.payments
    ]
    if not payments:
        payments = [bullet(Para([w.blank(N_("list your payments, with dates"))]))]
    return [
        parties(w, N_("To: {lender}, customer service")),
        Section(w.t(N_("The loan")), loan_facts(w)),
        Section(w.t(N_("How the figure was worked out")), how),
        Section(w.t(N_("Payments it rests on")), payments),
        Section(w.t(N_("Basis")), basis),
        Section(
            w.t(N_("What I ask")),
            [
                fill(
                    w.lang,
                    N_(
                        "Please apply {amount} to reduce the principal I still owe, and send me "
                        "a statement in writing showing the new balance."
                    ),
                    amount=w.money("overpaid_amount", o.amount),
                ),
                _reply_by(w),
            ],
        ),
        evidence_list(w),
        signature(w),
    ]


def _stop_collection(w: Words) -> list[Section]:
    incidents = w.facts.incidents
    if not incidents:
        raise MissingFacts(
            _(
                "A notice to stop unlawful collection needs at least one logged incident "
                "(a collection contact marked as a night call, a threat, contact with others or "
                "contact after a request to stop)."
            )
        )
    rows = []
    for item in incidents:
        joiner = "、" if w.lang.startswith("zh") else ", "
        labels = joiner.join(w.t(_FLAG_LABELS[f]) for f in item.flags if f in _FLAG_LABELS)
        parts = {
            "when": w.moment("incident_time", item.when),
            "channel": w.text_or_blank(item.channel, N_("channel")),
            "what": labels,
        }
        if item.agent_id.strip():
            parts["agent"] = User(item.agent_id)
            template = N_("{when}, {channel}, caller ID {agent}: {what}.")
        else:
            template = N_("{when}, {channel}: {what}.")
        para = fill(w.lang, template, **parts)
        if item.summary.strip():
            para = sentences(
                w, para, fill(w.lang, N_("In my log: {summary}"), summary=User(item.summary))
            )
        rows.append(bullet(para))
    basis = []
    for code in ("civil_code_1033", "pipl_69"):
        found = citation(code, w.facts.debt.kind.value)
        if found:
            basis.append(
                fill(
                    w.lang,
                    N_("{title}: {says}"),
                    title=found.title_in(w.lang),
                    says=found.says_in(w.lang),
                )
            )
    asks = [
        plain(w.lang, N_("Contact me only in writing or through your official customer service.")),
        plain(w.lang, N_("Do not call me between 21:00 and 08:00.")),
        plain(
            w.lang,
            N_("Do not contact my relatives, employer or anyone else about this debt."),
        ),
        plain(
            w.lang,
            N_("Tell me in writing which collection company, if any, acts for you on this debt."),
        ),
    ]
    return [
        parties(w, N_("To: {lender}, customer service and complaints")),
        Section(w.t(N_("The loan")), loan_facts(w)),
        Section(
            w.t(N_("What happened")),
            [
                fill(
                    w.lang,
                    N_("My log records {count} incidents of collection that I ask you to stop:"),
                    count=w.count("incident_count", len(incidents)),
                ),
                *rows,
            ],
        ),
        Section(w.t(N_("What I ask")), [bullet(p) for p in asks] + [_reply_by(w)]),
        Section(w.t(N_("Basis")), basis),
        Section(
            None,
            [
                plain(
                    w.lang,
                    N_(
                        "I remain willing to repay what I owe on terms I can keep, and I keep "
                        "a record of every further contact."
                    ),
                )
            ],
        ),
        evidence_list(w),
        signature(w),
    ]


def _tried(w: Words) -> Section:
    heading = w.t(N_("What I have tried"))
    if not w.facts.attempts:
        return Section(heading, [bullet(Para([w.blank(N_("what you tried, with dates"))]))])
    return Section(
        heading,
        [
            bullet(
                fill(
                    w.lang,
                    N_("{day}: {what}"),
                    day=w.day("attempt_date", a.when),
                    what=User(a.summary) if a.summary.strip() else User(a.kind),
                )
            )
            for a in w.facts.attempts
        ],
    )


def _mediation(w: Words) -> list[Section]:
    if not w.facts.plans:
        raise MissingFacts(
            _("A mediation application needs a plan: save an offer for this debt first.")
        )
    debt = w.facts.debt
    return [
        Section(
            None,
            [
                fill(
                    w.lang, N_("To: {centre}"), centre=w.blank(N_("name of the mediation centre"))
                ),
                fill(
                    w.lang,
                    N_("Applicant: {name}, ID number {id_number}, telephone {phone}"),
                    name=w.blank(N_("your full name")),
                    id_number=w.blank(N_("ID number")),
                    phone=w.blank(N_("telephone")),
                ),
                fill(
                    w.lang,
                    N_("Other party: {lender}, address {address}"),
                    lender=User(debt.lender),
                    address=w.blank(N_("the lender's registered address")),
                ),
                fill(w.lang, N_("Date: {today}"), today=w.day("today", w.facts.today)),
            ],
        ),
        Section(w.t(N_("The dispute")), loan_facts(w)),
        Section(
            w.t(N_("What the lender claims")),
            [
                fill(
                    w.lang,
                    N_("The lender states that {outstanding} is owed."),
                    outstanding=w.money("outstanding", debt.outstanding),
                )
            ],
        ),
        _tried(w),
        plans_section(w, w.t(N_("What I propose"))),
        Section(
            w.t(N_("What I ask")),
            [
                plain(
                    w.lang,
                    N_(
                        "I ask the centre to mediate between the lender and me so that we can "
                        "agree one of these plans in writing."
                    ),
                )
            ],
        ),
        evidence_list(w),
        signature(w),
    ]


def _complaint(w: Words) -> list[Section]:
    debt = w.facts.debt
    line = citation("nfra_12378", debt.kind.value)
    channel = []
    if line:
        channel.append(fill(w.lang, N_("Sent through: {title}"), title=line.title_in(w.lang)))
    return [
        Section(
            None,
            [
                fill(
                    w.lang,
                    N_("To: {office}"),
                    office=w.blank(N_("the regulator's office for your area")),
                ),
                *channel,
                fill(
                    w.lang,
                    N_("Complainant: {name}, ID number {id_number}, telephone {phone}"),
                    name=w.blank(N_("your full name")),
                    id_number=w.blank(N_("ID number")),
                    phone=w.blank(N_("telephone")),
                ),
                fill(
                    w.lang, N_("Institution complained about: {lender}"), lender=User(debt.lender)
                ),
                fill(w.lang, N_("Date: {today}"), today=w.day("today", w.facts.today)),
            ],
        ),
        Section(w.t(N_("The facts")), loan_facts(w)),
        _tried(w),
        Section(
            w.t(N_("What I complain of")),
            [
                fill(
                    w.lang,
                    N_("{complaint}"),
                    complaint=w.blank(N_("what the institution did, in your own words")),
                )
            ],
        ),
        Section(
            w.t(N_("What I ask")),
            [
                plain(
                    w.lang,
                    N_(
                        "I ask you to look into this and to ask the institution to answer my "
                        "proposal in writing and to collect only through lawful means."
                    ),
                )
            ],
        ),
        evidence_list(w),
        signature(w),
    ]


def _cite(w: Words, found) -> Para:
    return fill(
        w.lang, N_("{title}: {says}"), title=found.title_in(w.lang), says=found.says_in(w.lang)
    )


def _reply_by(w: Words) -> Para:
    return fill(
        w.lang,
        N_("Please reply within {days} days of receiving this letter."),
        days=w.count("reply_days", w.facts.reply_days),
    )


_BUILDERS: dict[LetterKind, Callable[[Words], list[Section]]] = {
    LetterKind.PROPOSAL: _proposal,
    LetterKind.CONFIRMATION: _confirmation,
    LetterKind.OVERPAID_INTEREST: _overpaid,
    LetterKind.STOP_COLLECTION: _stop_collection,
    LetterKind.MEDIATION: _mediation,
    LetterKind.COMPLAINT: _complaint,
}


def build_letter(kind: LetterKind | str, facts: LetterFacts, lang: str) -> Letter:
    """The letter of `kind` in `lang`; MissingFacts names what the record lacks."""
    kind = LetterKind(kind)
    w = Words(facts, lang)
    return Letter(kind.value, lang, kind.title(lang), _BUILDERS[kind](w))
