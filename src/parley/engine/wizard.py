"""What the wizard holds, as plain text keyed by field id, and what it computes from it.

Everything here is free of textual: the `parley script` verb builds the same script from
a saved draft. Texts are kept as typed so nothing is lost; parsing happens on demand.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from functools import partial
from typing import Any

from parley.engine.affordability import max_instalment
from parley.engine.budget.model import Budget
from parley.engine.debt import Debt, Settings
from parley.engine.errors import InputError
from parley.engine.hardship import Evidence, Hardship
from parley.engine.inputs import parse_count, parse_date, parse_down, parse_percent, parse_text
from parley.engine.money import parse_money, to_decimal_str
from parley.engine.offers import OfferKind, OfferResult, OfferTerms, baseline, evaluate
from parley.engine.proposals import MAX_COUNT, Suggestion, suggest
from parley.engine.rates import parse_rate
from parley.engine.script import ScriptInput
from parley.i18n import N_, _

LABELS = ("A", "B")
STEP_NAMES = (
    N_("Debt"),
    N_("Hardship"),
    N_("Budget"),
    N_("Proposals"),
    N_("Safety"),
    N_("Script"),
)
LAST_STEP = len(STEP_NAMES)

# The checks the caller ticks before dialling: (code, what to do, why).
SAFETY: tuple[tuple[str, str, str], ...] = (
    (
        "official_line",
        N_("I will call the official customer-service number only"),
        N_("From the lender's own app or website, never from a text message."),
    ),
    (
        "agent_id",
        N_("I will ask for the agent's ID and write it down"),
        N_("Check it with the official line if anything sounds wrong."),
    ),
    (
        "record",
        N_("I will record the call"),
        N_("A recording and the written agreement are your proof later."),
    ),
    (
        "no_deposit",
        N_("I will never pay a negotiation deposit or into a personal account"),
        N_("Real lenders never charge a fee to negotiate; scammers posing as them do."),
    ),
    (
        "in_writing",
        N_("I will get every promise in writing"),
        N_("A promise on the phone binds nobody until it is confirmed in writing."),
    ),
)

# Evidence a person can tick; "nothing in writing" is what ticking none of them means.
EVIDENCE = tuple(e for e in Evidence if e is not Evidence.VERBAL_ONLY)

OFFER_FIELDS = ("rate", "count", "down", "deferral_months", "deferral_fee", "waived")


def parse_past_date(text: str, today: date) -> date:
    day = parse_date(text)
    if day > today:
        raise InputError(_("That date is in the future: when did it start?"))
    return day


def _rate_text(rate: float) -> str:
    return f"{rate * 100:.4f}".rstrip("0").rstrip(".") + "%"


def terms_to_texts(t: OfferTerms) -> dict[str, str]:
    return {
        "kind": OfferKind(t.kind).value,
        "rate": _rate_text(t.rate),
        "count": str(t.count),
        "down": f"{t.down_payment_pct * 100:g}%"
        if t.down_payment_pct is not None
        else to_decimal_str(t.down_payment),
        "deferral_months": str(t.deferral_months),
        "deferral_fee": f"{t.deferral_fee_pct * 100:g}%",
        "waived": to_decimal_str(t.waived_amount),
    }


def parsers(today: date) -> dict[str, Callable[[str], Any]]:
    """The parser of every text field, by field id (offer fields as `A-rate`...)."""
    found: dict[str, Callable[[str], Any]] = {
        "since": partial(parse_past_date, today=today),
        "detail": partial(parse_text, max_length=200),
        "income": parse_money,  # only from `parley script --income`: the app uses the budget's
        "costs": parse_money,
        "down_available": parse_money,
        "caller": partial(parse_text, max_length=40),
    }
    for label in LABELS:
        found[f"{label}-rate"] = parse_rate
        found[f"{label}-count"] = partial(parse_count, low=1, high=MAX_COUNT)
        found[f"{label}-down"] = parse_down
        found[f"{label}-deferral_months"] = partial(parse_count, low=0, high=24)
        found[f"{label}-deferral_fee"] = partial(parse_percent, high=20)
        found[f"{label}-waived"] = parse_money
    return found


OPTIONAL = frozenset({"since", "detail", "caller", "costs"})

# The text fields each step holds (steps 1, 5 and 6 are choices, apart from the name).
STEP_FIELDS: dict[int, tuple[str, ...]] = {
    1: (),
    2: ("since", "detail"),
    3: (),  # income, essential costs and the lump sum are the budget's (Plan mode)
    4: tuple(f"{label}-{name}" for label in LABELS for name in OFFER_FIELDS),
    5: ("caller",),
    6: (),
}


def fresh(settings: Settings, lang: str) -> dict[str, Any]:
    """A new wizard's texts: nothing assumed (the income is the budget's, in the settings;
    no hardship is chosen until the user chooses one)."""
    return {
        "hardship": "",
        "since": "",
        "detail": "",
        "evidence": [],
        "costs": "",
        "down_available": "0",
        "safety": [],
        "caller": "",
        "script_lang": lang,
        "offers_edited": False,
        "suggested_for": "",
    }


def budget_texts(budget: Budget) -> dict[str, str]:
    """The wizard's essential costs and down-payment money, from the household budget (their
    one home, like the income). Costs stay blank until the budget holds some, so the script
    leaves them out rather than assume none."""
    return {
        "costs": to_decimal_str(budget.essentials_total) if budget.essentials else "",
        "down_available": to_decimal_str(budget.lump_sum),
    }


def check(field_id: str, text: str, today: date) -> tuple[Any, str]:
    """(value, "") or (None, the error in the user's language)."""
    if not text.strip():
        if field_id in OPTIONAL:
            return None, ""
        return None, _("This field is needed.")
    try:
        return parsers(today)[field_id](text), ""
    except InputError as error:
        return None, str(error)


class Wizard:
    """One debt's wizard: the texts as typed, and the figures worked out from them."""

    def __init__(
        self,
        debt: Debt,
        settings: Settings,
        today: date,
        texts: dict[str, Any],
        step: int = 1,
        good: dict[str, Any] | None = None,
        payments: Sequence[tuple[date, int]] = (),
    ) -> None:
        self.debt = debt
        self.payments = tuple(payments)  # dated payments recorded, for interest paid
        self.settings = settings
        self.today = today
        self.texts = texts
        self.step = min(max(step, 1), LAST_STEP)
        # Last valid text of each field: what the draft keeps while a field is wrong.
        self.good: dict[str, Any] = {
            k: v for k, v in texts.items() if not isinstance(v, str) or not self.error(k)
        }
        if good:
            self.good.update(good)

    # --- texts ----------------------------------------------------------------------------

    def error(self, field_id: str) -> str:
        if field_id not in parsers(self.today):
            return ""
        return check(field_id, str(self.texts.get(field_id, "")), self.today)[1]

    def value(self, field_id: str) -> Any:
        """The parsed value of a field, from its last valid text."""
        text = str(self.good.get(field_id, self.texts.get(field_id, "")))
        return check(field_id, text, self.today)[0]

    def set(self, field_id: str, value: Any) -> bool:
        """Keep what was typed; True when it is valid (and so goes into the draft)."""
        self.texts[field_id] = value
        if isinstance(value, str) and self.error(field_id):
            return False
        self.good[field_id] = value
        if field_id.startswith(LABELS) and "-" in field_id:
            self.texts["offers_edited"] = self.good["offers_edited"] = True
        return True

    def draft(self) -> dict[str, Any]:
        """JSON-safe data for the store: the last valid text of every field."""
        data = dict(self.texts)
        data.update(self.good)
        return data

    def step_errors(self, step: int) -> list[str]:
        """Field ids of `step` whose text is wrong (step 4 also checks the terms together)."""
        wrong = [f for f in STEP_FIELDS[step] if self.error(f)]
        if step == 4 and not wrong:
            for label in LABELS:
                try:
                    self.evaluate(label, from_texts=True)
                except InputError as error:
                    name = _TERM_FIELDS.get(error.field or "", error.field or "")
                    wrong.append(f"{label}-{name if name in OFFER_FIELDS else 'count'}")
        return wrong

    # --- money ----------------------------------------------------------------------------

    @property
    def income(self) -> int:
        # One income everywhere: the household budget's, never a figure of the wizard's own.
        return self.settings.monthly_income

    @property
    def costs(self) -> int:
        return self.value("costs") or 0

    def share_cap(self) -> int:
        """The largest instalment at or below the settings' share of income (20%)."""
        return max_instalment(self.income, self.settings.income_share_limit)

    def limit(self) -> int | None:
        """What the user can pay a month: the share cap, or less when costs leave less."""
        if self.income <= 0:
            return None
        left = max(self.income - self.costs, 0)
        return min(self.share_cap(), left)

    def eval_settings(self) -> Settings:
        return dataclasses.replace(self.settings, monthly_income=self.income)

    # --- proposals ------------------------------------------------------------------------

    def fingerprint(self) -> str:
        return f"{self.debt.id}|{self.income}|{self.costs}|{self.value('down_available') or 0}"

    def suggestions(self) -> tuple[Suggestion, Suggestion]:
        return suggest(
            self.debt,
            today=self.today,
            settings=self.eval_settings(),
            max_instalment=self.limit(),
            down_payment_available=self.value("down_available"),
        )

    def ensure_offers(self, *, force: bool = False) -> bool:
        """Fill A and B from the suggestions when they are missing, or when the budget
        changed and the user has not edited them. True when they were (re)filled."""
        have = all(f"{label}-rate" in self.texts for label in LABELS)
        stale = self.texts.get("suggested_for") != self.fingerprint()
        if have and not force and (self.texts.get("offers_edited") or not stale):
            return False
        for label, found in zip(LABELS, self.suggestions(), strict=True):
            for name, text in terms_to_texts(found.terms).items():
                key = f"{label}-{name}"
                self.texts[key] = self.good[key] = text
        self.texts["suggested_for"] = self.good["suggested_for"] = self.fingerprint()
        self.texts["offers_edited"] = self.good["offers_edited"] = False
        return True

    def terms(self, label: str, *, from_texts: bool = False) -> OfferTerms:
        """Offer `label`'s terms from its last valid texts (or the texts as typed)."""
        source = self.texts if from_texts else {**self.texts, **self.good}

        def val(name: str) -> Any:
            key = f"{label}-{name}"
            value, error = check(key, str(source.get(key, "")), self.today)
            if error:
                raise InputError(error, field=name)
            return value

        down_kind, down = val("down")
        # Drafts saved before the waiver field existed have no text for it: nothing waived.
        waived_key = f"{label}-waived"
        waived = val("waived") if str(source.get(waived_key, "")).strip() else 0
        return OfferTerms(
            kind=OfferKind(source.get(f"{label}-kind", OfferKind.FREEZE.value)),
            rate=val("rate").annual,
            count=val("count"),
            down_payment=down if down_kind == "amount" else 0,
            down_payment_pct=down if down_kind == "pct" else None,
            deferral_months=val("deferral_months"),
            deferral_fee_pct=val("deferral_fee"),
            waived_amount=waived,
        )

    def evaluate(self, label: str, *, from_texts: bool = False) -> OfferResult:
        return evaluate(
            self.debt,
            self.terms(label, from_texts=from_texts),
            today=self.today,
            settings=self.eval_settings(),
        )

    def baseline(self) -> OfferResult:
        return baseline(self.debt, today=self.today, settings=self.eval_settings())

    # --- the script -----------------------------------------------------------------------

    def script_input(self) -> ScriptInput:
        self.ensure_offers()
        terms = {label: self.terms(label) for label in LABELS}
        results = {label: self.evaluate(label) for label in LABELS}
        return build_input(
            self.debt,
            self.settings,
            self.today,
            self.draft(),
            terms["A"],
            results["A"],
            terms["B"],
            results["B"],
            payments=self.payments,
        )

    def call_day(self) -> date:
        return next_working_day(self.today)


# OfferTerms field names that check_terms reports, mapped to the wizard's field names.
_TERM_FIELDS = {
    "count": "count",
    "rate": "rate",
    "down_payment": "down",
    "down_payment_pct": "down",
    "deferral_months": "deferral_months",
    "deferral_fee_pct": "deferral_fee",
}


def next_working_day(day: date) -> date:
    """The next Monday-to-Friday day after `day`: when customer service is surely open."""
    day += timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def build_input(
    debt: Debt,
    settings: Settings,
    today: date,
    data: dict[str, Any],
    terms_a: OfferTerms,
    result_a: OfferResult,
    terms_b: OfferTerms,
    result_b: OfferResult,
    payments: Sequence[tuple[date, int]] = (),
) -> ScriptInput:
    """The script's input from a draft's data (missing or wrong values left out: the
    script then leaves a blank or says nothing, never a guess)."""

    def val(key: str) -> Any:
        return check(key, str(data.get(key, "")), today)[0]

    # The budget's income, as everywhere; an income given for one run (`parley script
    # --income`) replaces it.
    income = val("income")
    if income is None and settings.monthly_income > 0:
        income = settings.monthly_income
    costs = val("costs")
    wiz_settings = dataclasses.replace(settings, monthly_income=income or 0)
    limit = None
    if income:
        limit = max_instalment(income, settings.income_share_limit)
        if costs is not None:
            limit = min(limit, max(income - costs, 0))
    try:
        hardship: Hardship | None = Hardship(data.get("hardship") or "")
    except ValueError:
        hardship = None
    evidence = [Evidence(e) for e in data.get("evidence", []) if e in set(Evidence)]
    return ScriptInput(
        debt=debt,
        hardship=hardship,
        hardship_since=val("since"),
        evidence=evidence,
        monthly_income=income,
        essential_costs=costs,
        max_instalment=limit or None,
        offer_a=terms_a,
        result_a=result_a,
        offer_b=terms_b,
        result_b=result_b,
        baseline=baseline(debt, today=today, settings=wiz_settings),
        caller_name=val("caller") or "",
        hardship_detail=val("detail") or "",
        settings=wiz_settings,
        today=today,
        payments=payments,
    )
