"""Two proposals to put to a lender, chosen from the debt and the kind of lender.

The rules follow the practitioner's guide behind Parley (domain/negotiation-facts.md):
ex-P2P platforms usually want about 30% down first; licensed institutions (banks and
consumer-finance companies) accept principal-only instalments; with less than half of
the principal left, interest-free instalments are a fair ask; otherwise freeze the
interest and park the balance over 36 instalments, or defer then restructure.

Principal-only and interest-free asks repay the *principal left* after the payments
recorded (principal - principal repaid): the interest and charges the lender has added
are the `waived_amount`, so the terms say what they ask. The deferral pauses at most 12
months and never longer than the term left, then repays over the term left, stretched
only as far as the budget needs.

`suggest` only picks the terms; `parley.engine.offers.evaluate` computes their figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from parley.engine.debt import Debt, LenderKind, Settings
from parley.engine.legal_lines import Line, governing_line, is_above
from parley.engine.money import format_money, percent_of, round_minor
from parley.engine.offers import USUAL_DEFERRAL, OfferKind, OfferTerms, principal_left
from parley.i18n import _, language, ngettext
from parley.i18n.format import percent

P2P_DOWN_PAYMENT = 0.30  # ex-P2P platforms usually ask for about this much up front
DEFERRAL_MONTHS = USUAL_DEFERRAL  # the longest holiday lenders commonly grant
DEFERRAL_FEE = 0.005  # extension fees run 0.5%-1% of principal: ask for the low end
UNDER_HALF = 0.50  # below this share of principal left, ask for interest-free instalments
BASE_COUNT = 36  # a restructure usually runs 36-60 instalments
SHORT_COUNT = 24  # what is left after a down payment, or under half the principal
MAX_COUNT = 60

_LICENSED = (LenderKind.BANK, LenderKind.CONSUMER_FINANCE)


@dataclass(frozen=True)
class Suggestion:
    """Terms to propose, a short reason in the UI language, and whether the estimated
    instalment stays within the limit (True when no limit is known)."""

    terms: OfferTerms
    reason: str
    fits: bool = True


def suggest(
    debt: Debt,
    *,
    today: date,
    settings: Settings,
    max_instalment: int | None = None,
    down_payment_available: int | None = None,
) -> tuple[Suggestion, Suggestion]:
    """Proposals A (the main ask) and B (the alternative the lender can choose instead).

    `max_instalment` defaults to the settings' share of monthly income (20%) when the
    income is known. The instalment count is stretched, up to 60, until the estimated
    instalment fits. `down_payment_available` caps a suggested down payment.
    """
    del today  # kept in the signature: first due dates default to a month from today
    limit = max_instalment
    if limit is None and settings.monthly_income > 0:
        limit = percent_of(settings.monthly_income, settings.income_share_limit)
    balance = _balance(debt)
    if debt.kind is LenderKind.EX_P2P:
        return _ex_p2p(balance, limit, down_payment_available)
    if _under_half(debt):
        first = _interest_free(debt, limit)
    elif debt.kind in _LICENSED:
        first = _principal_only(debt, limit)
    else:
        first = _freeze(balance, limit, BASE_COUNT)
    return first, _deferral(debt, balance, limit, settings)


def _balance(debt: Debt) -> int:
    if debt.outstanding > 0:
        return debt.outstanding
    return max(debt.principal - debt.principal_repaid, 0)


def _under_half(debt: Debt) -> bool:
    remaining = debt.principal - debt.principal_repaid
    return debt.principal > 0 and remaining < debt.principal * UNDER_HALF


def estimate_instalment(amount: int, annual_rate: float, count: int, fee: int = 0) -> int:
    """The largest regular instalment of an equal-instalment plan, in minor units.

    An estimate to choose a count; the schedule itself comes from the offer engine.
    """
    if count <= 0:
        raise ValueError(count)
    if annual_rate <= 0:
        return -(-amount // count) + fee  # ceiling: the instalment that absorbs rounding
    r = annual_rate / 12
    return round_minor(amount * r / (1 - (1 + r) ** -count)) + fee


def _stretch(amount: int, rate: float, base: int, limit: int | None) -> tuple[int, bool]:
    """The smallest count from `base` up to 60 whose instalment fits within `limit`."""
    if limit is None:
        return base, True
    for count in range(base, MAX_COUNT + 1):
        if estimate_instalment(amount, rate, count) <= limit:
            return count, True
    return MAX_COUNT, False


def _fit_note(count: int, fits: bool, limit: int | None) -> str:
    if limit is None:
        return ""
    if fits:
        return _("Each instalment should stay within {limit}.").format(limit=format_money(limit))
    return ngettext(
        "Even over {n} instalment each payment would be above {limit}: "
        "consider a down payment or asking for part of the balance to be waived.",
        "Even over {n} instalments each payment would be above {limit}: "
        "consider a down payment or asking for part of the balance to be waived.",
        count,
    ).format(n=count, limit=format_money(limit))


def _join(*sentences: str) -> str:
    # Chinese runs sentences together; English separates them with a space.
    sep = "" if language() == "zh_CN" else " "
    return sep.join(s for s in sentences if s)


def _freeze(balance: int, limit: int | None, base: int) -> Suggestion:
    count, fits = _stretch(balance, 0.0, base, limit)
    reason = ngettext(
        "Stop the interest, park the balance and repay it in {n} monthly instalment: "
        "the usual first ask.",
        "Stop the interest, park the balance and repay it in {n} monthly instalments: "
        "the usual first ask.",
        count,
    ).format(n=count)
    terms = OfferTerms(kind=OfferKind.FREEZE, rate=0.0, count=count)
    return Suggestion(terms, _join(reason, _fit_note(count, fits, limit)), fits)


def _charges_waived(debt: Debt) -> int:
    """What the lender's balance holds beyond the principal left: interest and charges."""
    return max(debt.outstanding - principal_left(debt), 0)


def _principal_only(debt: Debt, limit: int | None) -> Suggestion:
    count, fits = _stretch(principal_left(debt), 0.0, BASE_COUNT, limit)
    reason = ngettext(
        "Banks and consumer-finance companies are licensed and have room to accept "
        "repaying the principal only, in {n} monthly instalment.",
        "Banks and consumer-finance companies are licensed and have room to accept "
        "repaying the principal only, in {n} monthly instalments.",
        count,
    ).format(n=count)
    terms = OfferTerms(
        kind=OfferKind.RATE_REDUCTION, rate=0.0, count=count, waived_amount=_charges_waived(debt)
    )
    return Suggestion(terms, _join(reason, _fit_note(count, fits, limit)), fits)


def _interest_free(debt: Debt, limit: int | None) -> Suggestion:
    count, fits = _stretch(principal_left(debt), 0.0, SHORT_COUNT, limit)
    left = (debt.principal - debt.principal_repaid) / debt.principal
    reason = ngettext(
        "Only {share} of the principal is left, so asking for the interest to be waived "
        "is fair: the rest in {n} interest-free monthly instalment.",
        "Only {share} of the principal is left, so asking for the interest to be waived "
        "is fair: the rest in {n} interest-free monthly instalments.",
        count,
    ).format(share=percent(left, 0), n=count)
    terms = OfferTerms(
        kind=OfferKind.RATE_REDUCTION, rate=0.0, count=count, waived_amount=_charges_waived(debt)
    )
    return Suggestion(terms, _join(reason, _fit_note(count, fits, limit)), fits)


def fair_rate(debt: Debt, settings: Settings) -> tuple[float, Line | None]:
    """The contract rate, cut to the lowest legal line that governs this lender when it is
    above it; with the line it was cut to (None when not cut)."""
    line = governing_line(debt, settings)
    if debt.annual_rate <= 0:
        return 0.0, None
    if line is not None and is_above(debt.annual_rate, line):
        return float(line.rate), line
    return debt.annual_rate, None


def _deferral(debt: Debt, balance: int, limit: int | None, settings: Settings) -> Suggestion:
    rate, line = fair_rate(debt, settings)
    left = debt.remaining_instalments
    months = min(DEFERRAL_MONTHS, left)
    # Interest runs during the pause unless the lender agrees otherwise in writing.
    parked = balance + round_minor(min(principal_left(debt), balance) * rate / 12 * months)
    count, fits = _stretch(parked, rate, min(left, MAX_COUNT), limit)
    if line is not None:
        rate_note = _("at {rate} a year, the legal line for this lender ({line})").format(
            rate=percent(rate), line=line.label()
        )
    elif rate > 0:
        rate_note = _("at the contract rate of {rate} a year").format(rate=percent(rate))
    else:
        rate_note = _("with no interest")
    reason = ngettext(
        "A {m}-month break while your income recovers, with no penalty interest, "
        "then {n} monthly instalment {rate}. Interest runs during the break unless the "
        "lender agrees in writing that it does not.",
        "A {m}-month break while your income recovers, with no penalty interest, "
        "then {n} monthly instalments {rate}. Interest runs during the break unless the "
        "lender agrees in writing that it does not.",
        count,
    ).format(m=months, n=count, rate=rate_note)
    terms = OfferTerms(
        kind=OfferKind.DEFERRAL,
        rate=rate,
        count=count,
        deferral_months=months,
        deferral_fee_pct=DEFERRAL_FEE,
    )
    return Suggestion(terms, _join(reason, _fit_note(count, fits, limit)), fits)


def _ex_p2p(
    balance: int, limit: int | None, available: int | None
) -> tuple[Suggestion, Suggestion]:
    wanted = percent_of(balance, P2P_DOWN_PAYMENT)
    if available is not None and available < wanted:
        down = max(available, 0)
        count, fits = _stretch(balance - down, 0.0, SHORT_COUNT, limit)
        reason = ngettext(
            "Ex-P2P platforms usually want about {pct} up front. You can put down {down}, "
            "so offer that, with the rest interest-free over {n} month.",
            "Ex-P2P platforms usually want about {pct} up front. You can put down {down}, "
            "so offer that, with the rest interest-free over {n} months.",
            count,
        ).format(pct=percent(P2P_DOWN_PAYMENT, 0), down=format_money(down), n=count)
        terms = OfferTerms(kind=OfferKind.FREEZE, rate=0.0, count=count, down_payment=down)
    else:
        count, fits = _stretch(balance - wanted, 0.0, SHORT_COUNT, limit)
        reason = ngettext(
            "Ex-P2P platforms usually want about {pct} up front ({down}). Offer it, with "
            "the rest interest-free over {n} month.",
            "Ex-P2P platforms usually want about {pct} up front ({down}). Offer it, with "
            "the rest interest-free over {n} months.",
            count,
        ).format(pct=percent(P2P_DOWN_PAYMENT, 0), down=format_money(wanted), n=count)
        terms = OfferTerms(
            kind=OfferKind.FREEZE, rate=0.0, count=count, down_payment_pct=P2P_DOWN_PAYMENT
        )
    first = Suggestion(terms, _join(reason, _fit_note(count, fits, limit)), fits)
    second = _freeze(balance, limit, BASE_COUNT)
    second = Suggestion(
        second.terms,
        _join(_("Nothing up front, for when the down payment is out of reach."), second.reason),
        second.fits,
    )
    return first, second
