"""The call script: state the facts, show willingness to pay, propose two plans.

The script's language is chosen apart from the UI's (an English UI can prepare a Chinese
script for a Chinese lender), so every sentence goes through `gettext_in(lang, ...)` and
every figure is formatted with babel for that language, never the UI locale.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from babel import dates, lists, numbers

from parley import clock
from parley.engine import markdown
from parley.engine.debt import Debt, LegalStage, Settings
from parley.engine.hardship import Evidence, Hardship
from parley.engine.money import MINOR, percent_of
from parley.engine.offers import OfferKind, OfferResult, OfferTerms
from parley.engine.rates import caps, caps_exceeded
from parley.i18n import gettext_in, ngettext_in, normalise

PUSHBACK_DOWN_PAYMENT = 0.30  # what lenders, ex-P2P platforms above all, ask up front


# --- formatting in the script's language -------------------------------------------------


def money_in(lang: str, minor: int, currency: str = "CNY") -> str:
    """`123456` -> zh_CN `¥1,234.56`, en `CN¥1,234.56`."""
    return numbers.format_currency(Decimal(minor) / MINOR, currency, locale=lang)


def percent_in(lang: str, fraction: float) -> str:
    """`0.154` -> `15.4%`; up to two decimals, trailing zeros dropped, as people say it."""
    return numbers.format_percent(fraction, format="#,##0.##%", locale=lang)


def date_in(lang: str, day: date) -> str:
    """en `December 30, 2026`, zh_CN `2026年12月30日`: how a date is read aloud."""
    return dates.format_date(day, format="long", locale=lang)


def _list_in(lang: str, items: Sequence[str]) -> str:
    return lists.format_list(list(items), locale=lang)


# --- input and output --------------------------------------------------------------------


@dataclass
class ScriptInput:
    """Everything the script says. Money in minor units; offer figures from the engine."""

    debt: Debt
    hardship: Hardship
    hardship_since: date | None
    evidence: Collection[Evidence]
    monthly_income: int  # after the hardship; 0 = no regular income
    essential_costs: int
    max_instalment: int | None  # the most the user can pay a month; None: plan A's instalment
    offer_a: OfferTerms
    result_a: OfferResult
    offer_b: OfferTerms
    result_b: OfferResult
    baseline: OfferResult
    caller_name: str = ""
    hardship_detail: str = ""  # the user's own words, used for Hardship.OTHER
    settings: Settings = field(default_factory=Settings)
    today: date | None = None  # None: the clock's today


# Safety notes come first: the caller needs them before dialling.
_SECTIONS = ("safety", "facts", "willingness", "plan", "pushbacks", "confirmation")


@dataclass
class Script:
    lang: str
    title: str
    subtitle: str
    facts: list[str]
    willingness: list[str]
    plan: list[str]
    pushbacks: list[tuple[str, str]]  # (what the lender says, a calm answer)
    confirmation: list[str]
    safety: list[str]  # notes for the caller, not read out

    def _headings(self) -> dict[str, str]:
        return {
            "safety": gettext_in(self.lang, "Before you call"),
            "facts": gettext_in(self.lang, "1. State the facts"),
            "willingness": gettext_in(self.lang, "2. Show that you want to pay"),
            "plan": gettext_in(self.lang, "3. Propose a plan"),
            "pushbacks": gettext_in(self.lang, "If they push back"),
            "confirmation": gettext_in(self.lang, "Before you hang up: get it in writing"),
        }

    def _labels(self) -> tuple[str, str, str]:
        # A full-width colon already spaces Chinese; English wants a space after the label.
        sep = "" if self.lang == "zh_CN" else " "
        return gettext_in(self.lang, "They say:"), gettext_in(self.lang, "You say:"), sep

    def to_markdown(self) -> str:
        heads = self._headings()
        they, you, sep = self._labels()
        e = markdown.escape  # names, notes and figures the user typed are text, not markup
        out = [f"# {e(self.title)}", "", e(self.subtitle), ""]
        for key in _SECTIONS:
            out += [f"## {e(heads[key])}", ""]
            if key == "pushbacks":
                for line, answer in self.pushbacks:
                    out += [f"**{e(they)}**{sep}“{e(line)}”", ""]
                    out += [f"**{e(you)}**{sep}{e(answer)}", ""]
                continue
            out += [f"- {e(line)}" for line in getattr(self, key)]
            out.append("")
        return "\n".join(out).rstrip() + "\n"

    def to_text(self) -> str:
        heads = self._headings()
        they, you, sep = self._labels()
        out = [self.title, "=" * _width(self.title), self.subtitle, ""]
        for key in _SECTIONS:
            out += [heads[key], "-" * _width(heads[key])]
            if key == "pushbacks":
                for line, answer in self.pushbacks:
                    out += [f"{they}{sep}“{line}”", f"{you}{sep}{answer}", ""]
                continue
            out += [f"* {line}" for line in getattr(self, key)]
            out.append("")
        return "\n".join(out).rstrip() + "\n"


def _width(text: str) -> int:
    # Chinese characters take two columns in a terminal or a monospaced file.
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


# --- the script --------------------------------------------------------------------------


def build_script(inp: ScriptInput, lang: str) -> Script:
    """The call script for `inp`, written in `lang` ("zh_CN" or "en")."""
    code = normalise(lang) or "en"
    w = _Writer(inp, code)
    debt = inp.debt
    if debt.contract_no:
        subtitle = gettext_in(code, "Contract {contract}. Prepared on {date}.").format(
            contract=debt.contract_no, date=date_in(code, w.today)
        )
    else:
        subtitle = gettext_in(code, "Prepared on {date}.").format(date=date_in(code, w.today))
    return Script(
        lang=code,
        title=gettext_in(code, "Call script: {lender}").format(lender=debt.lender),
        subtitle=subtitle,
        facts=w.facts(),
        willingness=w.willingness(),
        plan=w.plan(),
        pushbacks=w.pushbacks(),
        confirmation=w.confirmation(),
        safety=w.safety(),
    )


class _Writer:
    def __init__(self, inp: ScriptInput, lang: str) -> None:
        self.inp = inp
        self.lang = lang
        self.today = inp.today or clock.today()

    def money(self, minor: int) -> str:
        return money_in(self.lang, minor, self.inp.settings.currency)

    def ceiling(self) -> int:
        # The most the user says aloud is the larger plan's instalment: their real limit
        # stays private, so the lender cannot bargain up to it.
        return max(self.inp.result_a.instalment, self.inp.result_b.instalment)

    # 1. the facts
    def facts(self) -> list[str]:
        inp, lang, debt = self.inp, self.lang, self.inp.debt
        out = []
        if inp.caller_name.strip():
            out.append(
                gettext_in(lang, "Hello, my name is {name}.").format(name=inp.caller_name.strip())
            )
        else:
            out.append(gettext_in(lang, "Hello."))
        if debt.contract_no:
            out.append(
                gettext_in(
                    lang, "I am calling about my loan with {lender}, contract number {contract}."
                ).format(lender=debt.lender, contract=debt.contract_no)
            )
        else:
            out.append(
                gettext_in(lang, "I am calling about my loan with {lender}.").format(
                    lender=debt.lender
                )
            )
        if debt.outstanding > 0:
            out.append(
                gettext_in(lang, "Your records show {amount} outstanding.").format(
                    amount=self.money(debt.outstanding)
                )
            )
        if debt.first_missed and debt.first_missed <= self.today:
            days = (self.today - debt.first_missed).days
            out.append(
                ngettext_in(
                    lang,
                    "I have not been able to pay since {date}. That is {n} day overdue.",
                    "I have not been able to pay since {date}. That is {n} days overdue.",
                    days,
                ).format(date=date_in(lang, debt.first_missed), n=days)
            )
        else:
            out.append(
                gettext_in(
                    lang,
                    "I have not missed a payment yet, but I cannot keep up with the next ones.",
                )
            )
        out += self._legal()
        out.append(self._hardship())
        out += self._money_situation()
        documents = [e for e in inp.evidence if Evidence(e).is_document]
        if documents:
            labels = [Evidence(e).label(lang) for e in documents]
            if lang == "en":  # labels are capitalised for lists; mid-sentence they are not
                labels = [label[0].lower() + label[1:] for label in labels]
            out.append(
                gettext_in(lang, "I can send you copies of my {documents}.").format(
                    documents=_list_in(lang, labels)
                )
            )
        return out

    def _legal(self) -> list[str]:
        stage, lang = self.inp.debt.legal_stage, self.lang
        if stage is LegalStage.LAWYER_LETTER:
            return [gettext_in(lang, "I have received a lawyer's letter about this loan.")]
        if stage in (LegalStage.LAWSUIT, LegalStage.JUDGMENT):
            return [
                gettext_in(
                    lang, "I know this has gone to court. I would still like to settle it with you."
                )
            ]
        return []

    def _hardship(self) -> str:
        inp, lang = self.inp, self.lang
        since = inp.hardship_since
        if since is None:
            text = {
                Hardship.JOB_LOSS: gettext_in(lang, "I lost my job."),
                Hardship.ILLNESS: gettext_in(lang, "I have been seriously ill."),
                Hardship.INCOME_CUT: gettext_in(lang, "My income has dropped sharply."),
                Hardship.FAMILY_EMERGENCY: gettext_in(
                    lang, "My family had an emergency that took most of our money."
                ),
                Hardship.OTHER: gettext_in(lang, "My situation has changed."),
            }[Hardship(inp.hardship)]
        else:
            text = {
                Hardship.JOB_LOSS: gettext_in(lang, "I lost my job on {date}."),
                Hardship.ILLNESS: gettext_in(lang, "Since {date} I have been seriously ill."),
                Hardship.INCOME_CUT: gettext_in(
                    lang, "Since {date} my income has dropped sharply."
                ),
                Hardship.FAMILY_EMERGENCY: gettext_in(
                    lang, "On {date} my family had an emergency that took most of our money."
                ),
                Hardship.OTHER: gettext_in(lang, "Since {date} my situation has changed."),
            }[Hardship(inp.hardship)].format(date=date_in(lang, since))
        detail = inp.hardship_detail.strip()
        return _join(lang, [text, detail]) if detail else text

    def _money_situation(self) -> list[str]:
        inp, lang = self.inp, self.lang
        if inp.monthly_income <= 0:
            out = [gettext_in(lang, "At the moment I have no regular income.")]
            if inp.essential_costs > 0:
                out.append(
                    gettext_in(lang, "Basic living costs alone take {costs} a month.").format(
                        costs=self.money(inp.essential_costs)
                    )
                )
            return out
        out = [
            gettext_in(
                lang, "My income is now {income} a month. Basic living costs take {costs}."
            ).format(income=self.money(inp.monthly_income), costs=self.money(inp.essential_costs))
        ]
        left = inp.monthly_income - inp.essential_costs
        if left > 0:
            out.append(
                gettext_in(lang, "That leaves {left} a month for all my debts.").format(
                    left=self.money(left)
                )
            )
        else:
            out.append(gettext_in(lang, "That does not even cover basic living costs."))
        return out

    # 2. willingness
    def willingness(self) -> list[str]:
        lang = self.lang
        return [
            gettext_in(lang, "I am not trying to avoid this debt. I want to repay it."),
            gettext_in(
                lang,
                "I am calling you myself, before things get worse, to agree a plan I can keep.",
            ),
            gettext_in(lang, "I can pay {amount} every month, reliably.").format(
                amount=self.money(self.inp.result_a.instalment)
            ),
            gettext_in(
                lang, "I will set reminders for every due date, so I do not miss one again."
            ),
        ]

    # 3. the plan
    def plan(self) -> list[str]:
        lang, inp = self.lang, self.inp
        out = [gettext_in(lang, "I have two options. Either works for me; you can choose.")]
        out += self._option("A", inp.offer_a, inp.result_a)
        out += self._option("B", inp.offer_b, inp.result_b)
        out.append(gettext_in(lang, "Which of the two can you accept?"))
        out.append(
            gettext_in(
                lang,
                "If neither, please tell me what you can offer. I will think it over, "
                "but I cannot pay more than {amount} a month.",
            ).format(amount=self.money(self.ceiling()))
        )
        return out

    def _headline(self, name: str, terms: OfferTerms, result: OfferResult) -> str:
        lang = self.lang
        n = len(result.schedule.instalments) or terms.count
        amount = self.money(result.instalment)
        rate = percent_in(lang, terms.rate)
        kind = OfferKind(terms.kind)
        months = ""
        if kind is OfferKind.FREEZE:
            text = ngettext_in(
                lang,
                "Option {name}: you stop the interest and park the balance, "
                "and I repay it in {n} monthly instalment of {amount}.",
                "Option {name}: you stop the interest and park the balance, "
                "and I repay it in {n} monthly instalments of {amount}.",
                n,
            )
        elif kind is OfferKind.DEFERRAL:
            months = ngettext_in(lang, "{m} month", "{m} months", terms.deferral_months).format(
                m=terms.deferral_months
            )
            text = ngettext_in(
                lang,
                "Option {name}: you pause my repayments for {months}, "
                "then I repay in {n} monthly instalment of {amount}.",
                "Option {name}: you pause my repayments for {months}, "
                "then I repay in {n} monthly instalments of {amount}.",
                n,
            )
        elif terms.rate <= 0:
            text = ngettext_in(
                lang,
                "Option {name}: you waive the interest, "
                "and I repay in {n} monthly instalment of {amount}.",
                "Option {name}: you waive the interest, "
                "and I repay in {n} monthly instalments of {amount}.",
                n,
            )
        elif kind is OfferKind.RATE_REDUCTION:
            text = ngettext_in(
                lang,
                "Option {name}: you lower the rate to {rate} a year, "
                "and I repay in {n} monthly instalment of {amount}.",
                "Option {name}: you lower the rate to {rate} a year, "
                "and I repay in {n} monthly instalments of {amount}.",
                n,
            )
        else:
            text = ngettext_in(
                lang,
                "Option {name}: we restructure the balance into {n} monthly instalment "
                "of {amount}, at {rate} a year.",
                "Option {name}: we restructure the balance into {n} monthly instalments "
                "of {amount}, at {rate} a year.",
                n,
            )
        # Each message uses only some of these fields; str.format ignores the rest.
        return text.format(name=name, n=n, amount=amount, rate=rate, months=months)

    def _option(self, name: str, terms: OfferTerms, result: OfferResult) -> list[str]:
        lang = self.lang
        out = [self._headline(name, terms, result)]
        if terms.kind == OfferKind.DEFERRAL and terms.rate > 0:
            out.append(
                gettext_in(lang, "After the pause the rate would be {rate} a year.").format(
                    rate=percent_in(lang, terms.rate)
                )
            )
        if terms.kind == OfferKind.DEFERRAL and terms.deferral_fee_pct > 0:
            out.append(
                gettext_in(lang, "I accept an extension fee of {pct} of the principal.").format(
                    pct=percent_in(lang, terms.deferral_fee_pct)
                )
            )
        if result.down_payment > 0:
            out.append(
                gettext_in(lang, "Before the first instalment, I pay {amount} up front.").format(
                    amount=self.money(result.down_payment)
                )
            )
        if result.schedule.instalments:
            out.append(
                gettext_in(lang, "The first instalment would be due on {date}.").format(
                    date=date_in(lang, result.schedule.instalments[0].due)
                )
            )
        if terms.waive_penalty:
            out.append(gettext_in(lang, "Penalty interest and late fees are waived."))
        out.append(
            gettext_in(lang, "In total you would receive {total}.").format(
                total=self.money(result.total_paid)
            )
        )
        if result.savings > 0:
            out.append(
                gettext_in(
                    lang,
                    "(A note for you, not to read out: this saves you {amount} "
                    "compared with doing nothing.)",
                ).format(amount=self.money(result.savings))
            )
        return out

    # push-backs
    def pushbacks(self) -> list[tuple[str, str]]:
        lang, inp, debt = self.lang, self.inp, self.inp.debt
        a = inp.result_a
        start = a.schedule.instalments[0].due if a.schedule.instalments else self.today
        # What the lender will call "the full amount": its own figure when the user has it.
        owed = debt.outstanding or inp.baseline.total_paid or a.total_paid
        out = [
            (
                gettext_in(lang, "You have to pay the full amount first."),
                gettext_in(
                    lang,
                    "I cannot pay {owed} at once. If I could, I would not be calling. "
                    "I can pay {amount} every month from {date}. That is money you will "
                    "actually receive.",
                ).format(
                    owed=self.money(owed),
                    amount=self.money(a.instalment),
                    date=date_in(lang, start),
                ),
            ),
            (gettext_in(lang, "We cannot reduce the interest."), self._interest_answer()),
            (
                gettext_in(lang, "Pay 30% now, then we can talk."),
                self._down_payment_answer(owed),
            ),
            (
                gettext_in(lang, "This is your last chance. Otherwise we will sue you."),
                gettext_in(
                    lang,
                    "I understand. That is why I am calling now, to agree a plan before it "
                    "comes to that. I am making you a concrete offer today, {date}. "
                    "Please note it on my account.",
                ).format(date=date_in(lang, self.today)),
            ),
            (
                gettext_in(lang, "Please go through our partner mediation service."),
                gettext_in(
                    lang,
                    "I would rather agree this with you directly, on your official line. "
                    "I will not pay a third party or any fee to negotiate. If we cannot agree, "
                    "I will turn to a financial dispute mediation centre.",
                ),
            ),
        ]
        return out

    def _interest_answer(self) -> str:
        lang, inp = self.lang, self.inp
        apr = inp.baseline.apr if inp.baseline.apr is not None else inp.debt.annual_rate
        over = caps_exceeded(apr, inp.settings.caps)
        b = inp.result_b
        sentences = []
        if over:
            cap = next(c for c in reversed(caps(inp.settings.caps)) if c.code in over)
            if cap.code.endswith("xLPR"):
                sentences.append(
                    gettext_in(
                        lang,
                        "The real rate on this loan is {apr} a year. That is above {cap}, "
                        "{multiple} times the loan prime rate, the line courts protect. "
                        "I am asking for a fair rate, not a favour.",
                    ).format(
                        apr=percent_in(lang, apr),
                        cap=percent_in(lang, cap.rate),
                        multiple=inp.settings.caps.lpr_multiple,
                    )
                )
            else:
                sentences.append(
                    gettext_in(
                        lang,
                        "The real rate on this loan is {apr} a year. That is above {cap}, "
                        "more than courts protect. I am asking for a fair rate, not a favour.",
                    ).format(apr=percent_in(lang, apr), cap=percent_in(lang, cap.rate))
                )
        else:
            sentences.append(
                gettext_in(
                    lang,
                    "I understand. I am not asking you to cut what I borrowed. But if interest "
                    "and penalties keep growing, I cannot keep up at all.",
                )
            )
        n = len(b.schedule.instalments) or inp.offer_b.count
        sentences.append(
            ngettext_in(
                lang,
                "If that is not possible, option B may suit you: {n} instalment of {amount}, "
                "{total} in total.",
                "If that is not possible, option B may suit you: {n} instalments of {amount}, "
                "{total} in total.",
                n,
            ).format(n=n, amount=self.money(b.instalment), total=self.money(b.total_paid))
        )
        return _join(lang, sentences)

    def _down_payment_answer(self, owed: int) -> str:
        lang, inp = self.lang, self.inp
        asked = percent_of(owed, PUSHBACK_DOWN_PAYMENT)
        downs = [r.down_payment for r in (inp.result_a, inp.result_b) if r.down_payment > 0]
        if downs and owed > 0 and max(downs) >= asked:
            return gettext_in(
                lang,
                "My offer already includes {down} up front, about {pct} of the balance. "
                "The rest follows in instalments.",
            ).format(down=self.money(max(downs)), pct=percent_in(lang, round(max(downs) / owed, 2)))
        if downs:
            return gettext_in(
                lang,
                "I do not have {asked}. I can pay {down} now, which is everything I can "
                "raise, and the rest in instalments.",
            ).format(asked=self.money(asked), down=self.money(max(downs)))
        return gettext_in(
            lang,
            "I do not have {asked}. If I did, I would not be behind. I can start with "
            "{amount} this month and pay the same every month after.",
        ).format(asked=self.money(asked), amount=self.money(inp.result_a.instalment))

    # written confirmation
    def confirmation(self) -> list[str]:
        lang, inp = self.lang, self.inp
        out = [
            gettext_in(
                lang,
                "Before we finish: please send me the agreement in writing, "
                "through your official e-signature system.",
            ),
            gettext_in(
                lang,
                "It needs to state the total amount, the number of instalments and the "
                "amount of each, the interest rate, every fee, and how the agreement will "
                "be reported to the credit bureau.",
            ),
            self._terms_line("A", inp.offer_a, inp.result_a),
            self._terms_line("B", inp.offer_b, inp.result_b),
            gettext_in(
                lang,
                "Please also confirm that penalty interest stops, and that nothing more is "
                "owed once I have paid as agreed.",
            ),
            gettext_in(
                lang,
                "Until I have it in writing, I will treat today's call as a proposal, "
                "not an agreement.",
            ),
            gettext_in(lang, "When will I receive it?"),
        ]
        return out

    def _terms_line(self, name: str, terms: OfferTerms, result: OfferResult) -> str:
        lang = self.lang
        n = len(result.schedule.instalments) or terms.count
        parts = [
            gettext_in(lang, "{total} in total").format(total=self.money(result.total_paid)),
        ]
        if result.down_payment > 0:
            parts.append(
                gettext_in(lang, "{amount} up front").format(amount=self.money(result.down_payment))
            )
        parts.append(
            ngettext_in(
                lang, "{n} instalment of {amount}", "{n} instalments of {amount}", n
            ).format(n=n, amount=self.money(result.instalment))
        )
        if terms.rate > 0:
            parts.append(
                gettext_in(lang, "a rate of {rate} a year").format(
                    rate=percent_in(lang, terms.rate)
                )
            )
        else:
            parts.append(gettext_in(lang, "no interest"))
        if result.total_fees > 0:
            parts.append(
                gettext_in(lang, "fees of {fees}").format(fees=self.money(result.total_fees))
            )
        else:
            parts.append(gettext_in(lang, "no fees"))
        # Chinese lists terms with the enumeration comma; English needs "and" before the last.
        terms_text = "、".join(parts) if lang == "zh_CN" else _list_in(lang, parts)
        return gettext_in(lang, "If you choose option {name}: {terms}.").format(
            name=name, terms=terms_text
        )

    # safety notes
    def safety(self) -> list[str]:
        lang, lender = self.lang, self.inp.debt.lender
        out = [
            gettext_in(
                lang,
                "Call only the customer-service number in {lender}'s official app or on its "
                "official website, never a number from a text message.",
            ).format(lender=lender),
            gettext_in(
                lang,
                "At the start, ask for the agent's ID and write it down. If anything seems "
                "wrong, check the ID with the official line.",
            ),
            gettext_in(
                lang,
                "Record the call. The recording and the written agreement are your evidence "
                "if there is a dispute later.",
            ),
            gettext_in(
                lang,
                "Never pay a “negotiation deposit” or any fee to negotiate. Real lenders do "
                "not ask for one; people posing as lenders do.",
            ),
            gettext_in(
                lang,
                "Pay only through the lender's official app or into its company account, "
                "never into a personal account.",
            ),
            gettext_in(lang, "A promise on the phone is not an agreement. Wait for it in writing."),
            gettext_in(lang, "Agent ID: ________   Date and time of the call: ________"),
        ]
        if self.inp.max_instalment:
            out.insert(
                -1,
                gettext_in(
                    lang,
                    "Know your limit: at most {amount} a month. Do not agree to more on the "
                    "call, however hard they push.",
                ).format(amount=self.money(self.inp.max_instalment)),
            )
        return out


def _join(lang: str, sentences: Sequence[str]) -> str:
    # Chinese runs sentences together; English separates them with a space.
    return ("" if lang == "zh_CN" else " ").join(sentences)
