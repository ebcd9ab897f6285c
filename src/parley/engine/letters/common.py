"""Parts every letter shares: figures in the letter's language, the parties, the loan's facts,
the evidence list and the signature block."""

from __future__ import annotations

from datetime import date, datetime

from babel import numbers

from parley.engine.letters.facts import LetterFacts
from parley.engine.letters.model import Blank, Fig, Para, Section, User, bullet, fill
from parley.engine.script.format import date_in, money_in, percent_in, sentence_gap
from parley.i18n import N_, gettext_in


class Words:
    """Figures and blanks in one letter's language."""

    def __init__(self, facts: LetterFacts, lang: str) -> None:
        self.facts = facts
        self.lang = lang

    def t(self, message: str) -> str:
        return gettext_in(self.lang, message)

    def money(self, name: str, minor: int) -> Fig:
        return Fig(name, money_in(self.lang, minor, self.facts.currency), minor)

    def percent(self, name: str, fraction: float) -> Fig:
        return Fig(name, percent_in(self.lang, fraction), fraction)

    def day(self, name: str, value: date) -> Fig:
        return Fig(name, date_in(self.lang, value), value)

    def moment(self, name: str, value: datetime) -> Fig:
        return Fig(name, f"{date_in(self.lang, value.date())} {value:%H:%M}", value)

    def count(self, name: str, n: int) -> Fig:
        return Fig(name, numbers.format_decimal(n, locale=self.lang), n)

    def blank(self, label: str) -> Blank:
        return Blank(self.t(label))

    def text_or_blank(self, text: str, label: str) -> User | Blank:
        return User(text) if text.strip() else self.blank(label)

    def sep(self) -> str:
        """What separates two sentences in one paragraph."""
        return sentence_gap(self.lang)


def sentences(w: Words, *parts: Para) -> Para:
    out = Para()
    for i, part in enumerate(parts):
        if i and w.sep():
            out.segments.append(w.sep())
        out.segments.extend(part.segments)
    return out


def parties(w: Words, to_label: str) -> Section:
    debt = w.facts.debt
    paras = [
        fill(w.lang, to_label, lender=User(debt.lender)),
        fill(
            w.lang,
            N_("From: {name}, ID number {id_number}, telephone {phone}"),
            name=w.blank(N_("your full name")),
            id_number=w.blank(N_("ID number")),
            phone=w.blank(N_("telephone")),
        ),
        fill(w.lang, N_("Date: {today}"), today=w.day("today", w.facts.today)),
    ]
    return Section(None, paras)


def loan_facts(w: Words) -> list[Para]:
    """The contract as the record holds it: number, date, principal, money received."""
    f, debt = w.facts, w.facts.debt
    contract = w.text_or_blank(debt.contract_no, N_("contract number"))
    start = w.day("start_date", debt.start_date) if debt.start_date else w.blank(N_("date"))
    paras = [
        fill(
            w.lang,
            N_("On {start} I signed contract {contract} with you for a loan of {principal}."),
            start=start,
            contract=contract,
            principal=w.money("principal", debt.principal),
        )
    ]
    if f.cut_upfront > 0:
        paras.append(
            fill(
                w.lang,
                N_(
                    "Only {received} reached my account: {cut} was deducted before the money "
                    "was paid out."
                ),
                received=w.money("received", f.received),
                cut=w.money("cut_upfront", f.cut_upfront),
            )
        )
    paras.append(
        fill(
            w.lang,
            N_(
                "So far I have repaid {principal_repaid} of principal and {interest_repaid} of "
                "interest and fees; by my records {principal_left} of principal remains."
            ),
            principal_repaid=w.money("principal_repaid", debt.principal_repaid),
            interest_repaid=w.money("interest_repaid", debt.interest_repaid),
            principal_left=w.money("principal_left", f.principal_left),
        )
    )
    if f.contract_apr is not None:
        paras.append(
            fill(
                w.lang,
                N_(
                    "Worked out from the contract's own cash flows (the money received, the "
                    "instalments and the fees), the loan's annual percentage rate is {apr}."
                ),
                apr=w.percent("contract_apr", f.contract_apr),
            )
        )
    if debt.first_missed:
        paras.append(
            fill(
                w.lang,
                N_("My first missed payment was due on {first_missed}."),
                first_missed=w.day("first_missed", debt.first_missed),
            )
        )
    return [sentences(w, *paras)]


def evidence_list(w: Words) -> Section:
    items = w.facts.evidence
    heading = w.t(N_("Documents attached"))
    if not items:
        return Section(heading, [bullet(Para([w.blank(N_("list the documents you attach"))]))])
    paras = [
        bullet(
            fill(
                w.lang,
                N_("{name} (SHA-256 {sha256})"),
                name=User(item.name),
                sha256=Fig("sha256", item.sha256, item.sha256),
            )
        )
        for item in items
    ]
    return Section(heading, paras)


def signature(w: Words) -> Section:
    return Section(
        None,
        [
            fill(w.lang, N_("Signed: {name}"), name=w.blank(N_("your signature"))),
            fill(w.lang, N_("Date: {today}"), today=w.day("today", w.facts.today)),
        ],
    )


def plans_section(w: Words, heading: str) -> Section:
    paras = []
    for plan in w.facts.plans:
        figures = {
            "label": Fig("plan_label", plan.label, plan.label),
            "kind": User(plan.kind),
            "instalment": w.money(f"plan_{plan.label}_instalment", plan.instalment),
            "count": w.count(f"plan_{plan.label}_count", plan.count),
            "total": w.money(f"plan_{plan.label}_total", plan.total),
        }
        if plan.down_payment:
            para = fill(
                w.lang,
                N_(
                    "Plan {label} ({kind}): a down payment of {down}, then {count} monthly "
                    "instalments of {instalment}; {total} in all."
                ),
                down=w.money(f"plan_{plan.label}_down", plan.down_payment),
                **figures,
            )
        else:
            para = fill(
                w.lang,
                N_(
                    "Plan {label} ({kind}): {count} monthly instalments of {instalment}; "
                    "{total} in all."
                ),
                **figures,
            )
        if plan.first_due:
            para = sentences(
                w,
                para,
                fill(
                    w.lang,
                    N_("The first payment would be made on {first_due}."),
                    first_due=w.day(f"plan_{plan.label}_first_due", plan.first_due),
                ),
            )
        paras.append(bullet(para))
    return Section(heading, paras)
