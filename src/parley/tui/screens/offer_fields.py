"""The offer editor's fields: what each one parses, and an offer's terms as field texts.

Kept apart from the screen so the screen holds layout and live editing only.
"""

from __future__ import annotations

from datetime import date

from parley.engine.inputs import parse_count, parse_date, parse_down, parse_percent
from parley.engine.money import format_money, parse_money, to_decimal_str
from parley.engine.offers import OfferResult, OfferTerms
from parley.engine.rates import parse_rate
from parley.i18n import N_

# The field that shows a refusal about an OfferTerms field (check_terms names the terms').
FIELD_OF_TERM = {
    "down_payment": "down",
    "down_payment_pct": "down",
    "deferral_fee_pct": "deferral_fee",
    "fee_per_instalment": "fee",
    "waived_amount": "waived",
}


def field_of(term: str | None, default: str | None = None) -> str | None:
    return FIELD_OF_TERM.get(term or "", term or default)


def rate_text(rate: float) -> str:
    return f"{rate * 100:.4f}".rstrip("0").rstrip(".") + "%"


def terms_to_texts(t: OfferTerms) -> dict[str, str]:
    return {
        "rate": rate_text(t.rate),
        "count": str(t.count),
        "down": f"{t.down_payment_pct * 100:g}%"
        if t.down_payment_pct is not None
        else to_decimal_str(t.down_payment),
        "deferral_months": str(t.deferral_months),
        "deferral_fee": f"{t.deferral_fee_pct * 100:g}%",
        "fee": to_decimal_str(t.fee_per_instalment),
        "waived": to_decimal_str(t.waived_amount),
        "first_due": t.first_due.isoformat() if t.first_due else "",
    }


FIELDS: tuple[tuple[str, str, object, bool, str], ...] = (
    # (name, label msgid, parser, required, tooltip msgid)
    (
        "rate",
        N_("New rate"),
        parse_rate,
        True,
        N_("0% means interest waived; 日息/月息 are converted"),
    ),
    (
        "count",
        N_("Instalments"),
        lambda t: parse_count(t, low=1, high=120),
        True,
        N_("36-60 is typical for a restructure"),
    ),
    (
        "down",
        N_("Down payment (amount or %)"),
        parse_down,
        True,
        N_("Ex-P2P platforms often ask about 30% first"),
    ),
    (
        "deferral_months",
        N_("Deferral months"),
        lambda t: parse_count(t, low=0, high=24),
        True,
        N_("Months with no payment (up to 12 is common)"),
    ),
    (
        "deferral_fee",
        N_("Extension fee (% of principal)"),
        lambda t: parse_percent(t, high=20),
        True,
        N_("0.5%-1% of the principal is common"),
    ),
    (
        "fee",
        N_("Fee per instalment"),
        parse_money,
        True,
        N_("Any service or management fee added to each instalment"),
    ),
    (
        "waived",
        N_("Amount waived"),
        parse_money,
        True,
        N_("A partial waiver; it reduces the principal first"),
    ),
    ("first_due", N_("First due date"), parse_date, False, N_("Blank: one month from today")),
)


def balances(result: OfferResult, today: date) -> tuple[int, ...]:
    """Balance at each month from today, for the chart."""
    points = [result.schedule.principal]
    for instalment in result.schedule.instalments:
        months = (instalment.due.year - today.year) * 12 + instalment.due.month - today.month
        while len(points) < months:
            points.append(points[-1])  # deferral: nothing paid, balance stays
        points.append(instalment.balance)
    return tuple(points)


def short_money(minor: int) -> str:
    return format_money(minor).split(".")[0]
