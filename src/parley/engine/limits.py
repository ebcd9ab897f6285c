"""What a debt, an offer, a payment and the settings may hold: the forms' own rules, in one
place, so an import can refuse exactly what the forms refuse.

Each function returns the first problem as (field, sentence), or None when the value is fine.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from parley.engine.debt import Debt, Settings
from parley.engine.inputs import FIRST_YEAR, LAST_YEAR
from parley.engine.money import MAX_MINOR
from parley.engine.offers import OfferTerms
from parley.engine.rates import MAX_ANNUAL
from parley.i18n import _

MAX_TERM = 600  # instalments in a contract (50 years of monthly payments)
MAX_OFFER_COUNT = 120
MAX_DEFERRAL_MONTHS = 24
MAX_DEFERRAL_FEE = 0.20
MAX_LPR = 0.20
MAX_LPR_MULTIPLE = 10
MIN_PENALTY_MULTIPLE, MAX_PENALTY_MULTIPLE = 1.0, 5.0
MAX_BEST_WINDOW = 365
MAX_LATEST_WINDOW = 730
TEXT_LIMITS = {"lender": 80, "contract_no": 200, "notes": 2000}

Problem = tuple[str, str]


def _money(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return _("expected a whole number (money is in minor units, e.g. fen).")
    if value < 0:
        return _("An amount cannot be negative.")
    if value > MAX_MINOR:
        return _("That amount is too large to be a consumer debt; check the digits.")
    return None


def _count(value: Any, low: int, high: int) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return _("expected a whole number (money is in minor units, e.g. fen).")
    if value < low:
        return _("Enter at least {low}.").format(low=low)
    if value > high:
        return _("Enter at most {high}.").format(high=high)
    return None


def _fraction(value: Any, high: float) -> str | None:
    """A rate or share stored as a fraction: finite, 0..high."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return _("expected a number.")
    if not math.isfinite(value):
        return _("“{text}” is not an ordinary number: use digits, e.g. 12.5.").format(text=value)
    if value < 0:
        return _("A percentage cannot be negative.")
    if value > high:
        return _("Enter at most {high}%.").format(high=f"{high * 100:g}")
    return None


def _day(value: date | None) -> str | None:
    if value is not None and not FIRST_YEAR <= value.year <= LAST_YEAR:
        return _("{text}: enter a year from {first} to {last}.").format(
            text=value.isoformat(), first=FIRST_YEAR, last=LAST_YEAR
        )
    return None


def debt_problem(debt: Debt, today: date | None = None) -> Problem | None:
    """The first thing the debt form would refuse in this debt."""
    if not debt.lender.strip():
        return "lender", _("a lender name is required.")
    for name, limit in TEXT_LIMITS.items():
        if len(getattr(debt, name) or "") > limit:
            return name, _("Keep it under {n} characters.").format(n=limit)
    for name in (
        "principal",
        "fee_upfront",
        "fee_per_instalment",
        "fee_one_off",
        "principal_repaid",
        "interest_repaid",
        "outstanding",
    ):
        problem = _money(getattr(debt, name))
        if problem:
            return name, problem
    if debt.received is not None:
        problem = _money(debt.received)
        if problem:
            return "received", problem
        if debt.received > debt.principal:
            return "received", _("The amount received cannot be more than the principal.")
    problem = _count(debt.term, 1, MAX_TERM)
    if problem:
        return "term", problem
    problem = _count(debt.instalments_paid, 0, MAX_TERM)
    if problem:
        return "instalments_paid", problem
    if debt.instalments_paid > debt.term:
        return "instalments_paid", _("More instalments paid than the contract has.")
    for name in ("annual_rate", "penalty_rate"):
        value = getattr(debt, name)
        if value is None:
            continue
        problem = _fraction(value, float(MAX_ANNUAL))
        if problem:
            return name, problem
    for name in ("start_date", "first_missed"):
        problem = _day(getattr(debt, name))
        if problem:
            return name, problem
    missed, start = debt.first_missed, debt.start_date
    if missed is not None and (
        (today is not None and missed > today) or (start is not None and missed < start)
    ):
        return "first_missed", _(
            "The first missed payment cannot be before the start date or in the future."
        )
    return None


def terms_problem(terms: OfferTerms) -> Problem | None:
    """The first thing the offer editor would refuse in these terms."""
    checks: list[tuple[str, str | None]] = [
        ("rate", _fraction(terms.rate, float(MAX_ANNUAL))),
        ("count", _count(terms.count, 1, MAX_OFFER_COUNT)),
        ("down_payment", _money(terms.down_payment)),
        (
            "down_payment_pct",
            None if terms.down_payment_pct is None else _fraction(terms.down_payment_pct, 1.0),
        ),
        ("deferral_months", _count(terms.deferral_months, 0, MAX_DEFERRAL_MONTHS)),
        ("deferral_fee_pct", _fraction(terms.deferral_fee_pct, MAX_DEFERRAL_FEE)),
        ("fee_per_instalment", _money(terms.fee_per_instalment)),
        ("waived_amount", _money(terms.waived_amount)),
        ("first_due", _day(terms.first_due)),
    ]
    return next(((name, problem) for name, problem in checks if problem), None)


def payment_problem(amount: Any, paid_on: date | None) -> Problem | None:
    problem = _money(amount)
    if problem:
        return "amount", problem
    problem = _day(paid_on)
    return ("paid_on", problem) if problem else None


def settings_problem(settings: Settings) -> Problem | None:
    """The first thing the settings screen would refuse."""
    caps = settings.caps
    checks: list[tuple[str, str | None]] = [
        ("monthly_income", _money(settings.monthly_income)),
        ("income_share_limit", _fraction(settings.income_share_limit, 1.0)),
        ("lpr_multiple", _count(caps.lpr_multiple, 1, MAX_LPR_MULTIPLE)),
        ("penalty_multiple", _multiple(settings.penalty_multiple)),
        ("best_window", _count(settings.best_window, 1, MAX_BEST_WINDOW)),
        ("latest_window", _count(settings.latest_window, 1, MAX_LATEST_WINDOW)),
    ]
    checks += [("caps_fixed", _fraction(cap, float(MAX_ANNUAL))) for cap in caps.fixed]
    for day, rate in caps.lpr_added:
        checks += [("lpr_added", _day(day)), ("lpr_added", _fraction(float(rate), MAX_LPR))]
    found = next(((name, problem) for name, problem in checks if problem), None)
    if found is None and settings.best_window >= settings.latest_window:
        return "latest_window", _("The latest window must be longer than the best one.")
    return found


def _multiple(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return _("expected a number.")
    if not math.isfinite(value) or not MIN_PENALTY_MULTIPLE <= value <= MAX_PENALTY_MULTIPLE:
        return _("Enter a multiple from 1 to 5, e.g. 1.5.")
    return None
