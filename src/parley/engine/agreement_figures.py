"""An agreement's own figures (balance, instalment, count, fees, rate, down payment), checked
against the accepted offer and recomputed into a true annual cost.

Only the first statement of each figure counts: agreements restate them, and the first is
the one in the operative clause far more often than not.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from parley.engine.clauses import Finding, Severity, excerpt, stated_rates
from parley.engine.debt import Method
from parley.engine.errors import InputError
from parley.engine.money import format_money, parse_money
from parley.engine.offers import OfferResult, OfferTerms
from parley.engine.rates import CapSettings, Rate, caps_exceeded
from parley.engine.schedule import Schedule
from parley.i18n import N_, _

FIGURES: tuple[str, ...] = ("balance", "instalment", "count", "fees", "rate", "down_payment")


@dataclass(frozen=True)
class AgreementFigures:
    balance: int | None = None
    instalment: int | None = None
    count: int | None = None
    fees: int | None = None  # per instalment, every recurring fee added up
    rate: Rate | None = None
    down_payment: int | None = None
    # figure name -> (1-based line, the line's text), so a mismatch can point at the clause
    sources: dict[str, tuple[int, str]] = field(default_factory=dict, compare=False, hash=False)


_AMOUNT = (
    r"(?:¥|rmb|cny|人民币)?\s*"
    r"(?P<amount>\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)\s*(?P<wan>万)?"
)
_AMOUNT_AT = re.compile(_AMOUNT)
# A number followed by one of these counts time, instalments or a share, not money:
# "2年", "12期", "30%", "90 days".
_NOT_MONEY_AFTER = re.compile(
    r"\s*(年(?!化|利)|个月|月(?!息|利|供|还)|日(?!息|利)|天|期|号|%|‰|倍|次|days?\b|months?\b|years?\b|instalments?\b|"
    r"payments?\b|times\b)"
)
# How far after its keyword a figure may be stated (dates in between count as one mark).
_WINDOW = 32
_CLAUSE_END = re.compile(r"[;。\n]")

_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# Dates are not money: "2026年12月30日" must not be read as a down payment of 2,026.
_DATE = re.compile(
    r"\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?"
    r"|\d{1,2}\s*月\s*\d{1,2}\s*[日号]"
    r"|(?:19|20)\d{2}\s*年(?:度|底|初)?(?!化|利)"
    r"|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}"
    r"|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}\b\.?,?(?:\s+\d{{4}})?"
    rf"|\b{_MONTHS}\b\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b,?(?:\s+\d{{4}})?"
)

_BALANCE = re.compile(
    r"(剩余本金|剩余应还(本金|金额|本息)?|剩余欠款|尚欠本金|欠款本金|所欠本金|欠款余额|欠款金额|"
    r"欠款总额|待还本金|本金余额|挂账金额|"
    r"应还总额|债务总额|未还本金|借款金额|借款本金|贷款金额|贷款本金|loan amount|"
    r"remaining principal|outstanding (principal|balance)|parked balance|balance owed|"
    r"total owed|amount owed)"
)
_INSTALMENT = re.compile(
    r"(每期(应)?还款(金额|额)?|每期(应还|金额)?|月供|每月(应)?还款(金额|额)?|"
    r"instalments? (amount )?(is|of)|each instalment( is| of)?|monthly (instalment|payment)s?"
    r"( of| is)?|per instalment|instalments of)"
)
_COUNT = re.compile(
    r"分\s*(?P<n1>\d{1,3})\s*期|共\s*(?P<n2>\d{1,3})\s*期|(?P<n3>\d{1,3})\s*期(还款|偿还|分期)|"
    r"(?P<n4>\d{1,3}) (equal )?(monthly )?(instalments|repayments|payments)|"
    r"over (?P<n5>\d{1,3}) months"
)
_FEE_WORD = (
    r"账户管理费|管理费|服务费|会员费|担保费|保险费|手续费|"
    r"(?:account management|management|service|membership|guarantee|insurance|handling|"
    r"platform|admin(?:istration)?) fee"
)
_PERIODIC = (
    r"每月|每期|按月|per month|per instalment|a month|monthly|each month|every month|"
    r"each instalment"
)
_FEE = re.compile(rf"(?P<fee>{_FEE_WORD})")
_DOWN = re.compile(
    r"(首付(款)?|首期款|首期还款|先行支付|先行还款|down payment|upfront payment|up-front payment)"
)
_PENALTY_NEAR = re.compile(r"罚息|违约金|逾期|penalty|default|late|overdue")
_FEE_NEGATED = re.compile(r"不收|不另收|免收|无|免除|\b(no|not|without|free of)\b")


def _normalise(line: str) -> str:
    """Full-width digits made plain, spaces collapsed, and every date masked with a non-digit
    of the same length, so no date is read as an amount, a count or a rate."""
    norm = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", line).lower())
    return _DATE.sub(lambda m: "§" * len(m.group()), norm)


def _amount_after(norm: str, start: int, *, first_only: bool = False) -> int | None:
    """The first amount of money within the clause after `start`: numbers that count time,
    instalments or a share ("2年", "12期", "30%") are passed over, or with `first_only` end
    the search (a fee quoted as a rate is a rate, not an amount)."""
    end = _CLAUSE_END.search(norm, start)
    clause = norm[start : end.start() if end else len(norm)]
    for m in _AMOUNT_AT.finditer(clause):
        if m.start("amount") > _WINDOW:
            return None
        if not m["wan"] and _NOT_MONEY_AFTER.match(clause, m.end()):
            if first_only:
                return None
            continue
        return _money(m)
    return None


def _money(match: re.Match[str]) -> int | None:
    text = match["amount"] + (match["wan"] or "")
    try:
        return parse_money(text)
    except InputError:
        return None


def _fee_amount(norm: str) -> int | None:
    """A recurring fee in this line: a fee word, a per-period word, and an amount after it."""
    m = _FEE.search(norm)
    if m is None or not re.search(_PERIODIC, norm):
        return None
    if _FEE_NEGATED.search(norm[max(0, m.start() - 12) : m.start()]):
        return None
    return _amount_after(norm, m.end(), first_only=True)


def extract_figures(text: str) -> AgreementFigures:
    """The figures an agreement states, in Chinese or English wording; None where absent."""
    found: dict[str, object] = {}
    sources: dict[str, tuple[int, str]] = {}
    fees = 0
    for number, line in enumerate(text.splitlines(), start=1):
        norm = _normalise(line)
        if not norm.strip():
            continue

        def keep(name: str, value: object, number: int = number, line: str = line) -> None:
            if value is not None and name not in found:
                found[name] = value
                sources[name] = (number, excerpt(line))

        if m := _BALANCE.search(norm):
            keep("balance", _amount_after(norm, m.end()))
        if m := _INSTALMENT.search(norm):
            keep("instalment", _amount_after(norm, m.end()))
        if m := _COUNT.search(norm):
            n = next(int(v) for k, v in m.groupdict().items() if k.startswith("n") and v)
            if n > 0:
                keep("count", n)
        if m := _DOWN.search(norm):
            keep("down_payment", _amount_after(norm, m.end()))
        fee = _fee_amount(norm)
        if fee:
            fees += fee
            sources.setdefault("fees", (number, excerpt(line)))
        if "rate" not in found and not _FEE.search(norm):
            for pos, rate in stated_rates(norm):
                if not _PENALTY_NEAR.search(norm[max(0, pos - 16) : pos]):
                    keep("rate", rate)
                    break
    if fees:
        found["fees"] = fees
    return AgreementFigures(sources=sources, **found)  # type: ignore[arg-type]


# --- against the accepted offer ------------------------------------------------------------

_LABELS = {
    "balance": N_("balance"),
    "instalment": N_("instalment"),
    "count": N_("number of instalments"),
    "fees": N_("fees per instalment"),
    "rate": N_("annual rate"),
    "down_payment": N_("down payment"),
}


def _pct(fraction: float) -> str:
    return f"{round(fraction * 100, 4):g}%"


def compare(figures: AgreementFigures, terms: OfferTerms, result: OfferResult) -> list[Finding]:
    """A high `mismatch` finding for each figure the agreement states differently from the
    accepted offer. A figure the agreement does not state is not a mismatch."""
    findings: list[Finding] = []
    # The stated instalment may or may not include the fee, and the last instalment absorbs
    # rounding: the first or the most common payment, with or without fees, all agree.
    payments = [i.payment - i.fee for i in result.schedule.instalments]
    agreed_instalments: set[int] = set()
    if payments:
        fee = result.schedule.instalments[0].fee
        for value in (payments[0], max(set(payments), key=payments.count)):
            agreed_instalments |= {value, value + fee}

    def add(name: str, stated: str, agreed: str) -> None:
        line, text = figures.sources.get(name, (1, ""))
        message = _("The agreement says the {figure} is {stated}, but you agreed {agreed}.").format(
            figure=_(_LABELS[name]), stated=stated, agreed=agreed
        )
        findings.append(Finding("mismatch", Severity.HIGH, line, text, message))

    if figures.balance is not None:
        agreed = result.schedule.principal + result.down_payment
        if figures.balance != agreed:
            add("balance", format_money(figures.balance), format_money(agreed))
    if figures.instalment is not None and payments and figures.instalment not in agreed_instalments:
        agreed = result.instalment - result.schedule.instalments[0].fee
        add("instalment", format_money(figures.instalment), format_money(agreed))
    if figures.count is not None and figures.count != terms.count:
        add("count", str(figures.count), str(terms.count))
    stated_fees = figures.fees or 0
    if stated_fees != terms.fee_per_instalment and (figures.fees is not None):
        add("fees", format_money(stated_fees), format_money(terms.fee_per_instalment))
    if figures.rate is not None:
        differs = abs(figures.rate.annual - terms.rate) > 5e-6
        if differs or figures.rate.flat != (terms.method is Method.FLAT):
            add("rate", figures.rate.describe(), _pct(terms.rate))
    if figures.down_payment is not None and figures.down_payment != result.down_payment:
        add("down_payment", format_money(figures.down_payment), format_money(result.down_payment))
    findings.sort(key=lambda f: f.line)
    return findings


# --- the agreement's true cost ----------------------------------------------------------------


@dataclass(frozen=True)
class AgreementCost:
    """What the agreement costs by its own figures."""

    financed: int  # balance less any down payment: what the instalments repay
    payments: tuple[int, ...]  # every instalment with its fees
    schedule: Schedule | None  # built from the stated rate when no instalment is stated
    total_paid: int  # down payment + every payment
    total_cost: int  # total_paid - balance: interest and fees together
    apr: float | None
    ear: float | None
    reason: str | None  # why no rate could be solved, translated
    caps_exceeded: list[str] = field(default_factory=list)


def recompute(
    figures: AgreementFigures,
    *,
    start: date,
    method: Method = Method.ANNUITY,
    caps: CapSettings | None = None,
) -> AgreementCost | None:
    """The agreement's true APR and total cost from its own figures, or None when it does not
    state enough (a balance, a count, and an instalment or a rate).

    The stated instalment wins over the stated rate: it is what will actually be paid.
    """
    if figures.balance is None or not figures.count:
        return None
    if figures.instalment is None and figures.rate is None:
        return None
    from parley.engine import cost  # the solver pulls in numerical libraries: load on use
    from parley.engine.schedule import build_schedule

    down = figures.down_payment or 0
    financed = figures.balance - down
    fee = figures.fees or 0
    schedule: Schedule | None = None
    if figures.instalment is not None:
        payments = tuple(figures.instalment + fee for _ in range(figures.count))
    else:
        assert figures.rate is not None
        schedule = build_schedule(
            financed,
            figures.rate.annual,
            figures.count,
            Method.FLAT if figures.rate.flat else method,
            start=start,
            fee_per_instalment=fee,
        )
        payments = tuple(i.payment for i in schedule.instalments)
    solved = cost.periodic_cost(financed, list(payments), periods_per_year=12)
    total_paid = down + sum(payments)
    return AgreementCost(
        financed=financed,
        payments=payments,
        schedule=schedule,
        total_paid=total_paid,
        total_cost=total_paid - figures.balance,
        apr=solved.apr,
        ear=solved.ear,
        reason=solved.reason,
        caps_exceeded=caps_exceeded(solved.apr, caps),
    )
