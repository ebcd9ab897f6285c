"""Every number in every generated call script is a named engine figure, and each figure
agrees with the same figure worked out here by hand (or with pyxirr).

For every example debt (store/demo.py), both languages and several wizard inputs (none at
all, a full budget, income only, no income), each sentence is a `Said` naming the figures
it states. The test removes the user's own text (lender, contract number, name) and the
figures the sentence names, formatted as the script formats them; any digit left over is
an untraced number. Then each named figure is compared with an independent computation.
"""

from __future__ import annotations

import dataclasses
import math
from datetime import date
from decimal import Decimal

import numpy_financial as npf
import pytest
import pyxirr

from parley.commands.script import script_input
from parley.engine.debt import LenderKind, Method
from parley.engine.offers import OfferKind
from parley.engine.overpaid import overpaid_interest
from parley.engine.script import Kind, build_script, date_in, gather, money_in, percent_in
from parley.engine.script.facts import said_figures
from parley.store import Store, demo

TODAY = date(2026, 11, 30)
LICENSED = {
    LenderKind.BANK,
    LenderKind.CONSUMER_FINANCE,
    LenderKind.ONLINE,
    LenderKind.SMALL_LOAN,
}
# One-year LPR rows (first day in force), from the published fixings.
LPR = [
    (date(2023, 8, 21), 0.0345),
    (date(2024, 7, 22), 0.0335),
    (date(2024, 10, 21), 0.0310),
    (date(2025, 5, 20), 0.0300),
]
CITATIONS = ("art. 670",)  # a legal citation, not a figure

INPUTS = {
    "none": {},
    "full": {
        "hardship": "job_loss",
        "since": "2026-09-01",
        "evidence": ["unemployment_certificate", "bank_statements"],
        "income": "6000",
        "costs": "3500",
        "caller": "李明",
    },
    "income only": {"hardship": "illness", "income": "6000"},
    "no income": {"hardship": "income_cut", "income": "0", "costs": "2000"},
}


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    """The example file as shipped, and the same with no income in the settings."""
    paths = {}
    for name in ("as shipped", "no income"):
        path = tmp_path_factory.mktemp("demo") / "parley.db"
        with Store.open(path) as store:
            demo.fill(store, TODAY)
            if name == "no income":
                store.save_settings(dataclasses.replace(store.load_settings(), monthly_income=0))
        paths[name] = path
    return paths


def cases():
    for debt_id in range(1, 8):
        for inputs in INPUTS:
            for settings in ("as shipped", "no income"):
                if inputs != "none" and settings == "no income":
                    continue
                yield debt_id, inputs, settings


# --- independent figures -----------------------------------------------------------------


def add_months(day, months):
    import calendar

    total = day.month - 1 + months
    year, month = day.year + total // 12, total % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def contract_rows(principal, annual_rate, n, method):
    """(principal part, interest) of each instalment, unrounded, by the textbook rules."""
    i = annual_rate / 12
    out = []
    if method is Method.ANNUITY:
        pay = principal / n if i == 0 else -npf.pmt(i, n, principal)
        left = principal
        for _ in range(n):
            interest = left * i
            out.append((pay - interest, interest))
            left -= pay - interest
    elif method is Method.EQUAL_PRINCIPAL:
        for k in range(n):
            out.append((principal / n, (principal - principal * k / n) * i))
    elif method is Method.FLAT:
        out = [(principal / n, principal * i)] * n
    elif method is Method.INTEREST_ONLY:
        out = [(0.0, principal * i)] * (n - 1) + [(principal, principal * i)]
    else:  # bullet
        out = [(principal, principal * i * n)]
    return out


def contract_apr(debt):
    received = debt.received if debt.received is not None else debt.principal - debt.fee_upfront
    flows = [received - debt.fee_one_off]
    flows += [
        -(part + interest + debt.fee_per_instalment)
        for part, interest in contract_rows(
            debt.principal, debt.annual_rate, debt.term, debt.method
        )
    ]
    return pyxirr.irr(flows) * 12


def lpr_on(day):
    return max((row for row in LPR if row[0] <= day), key=lambda row: row[0])[1]


def governing_line(debt):
    return 0.24 if debt.kind in LICENSED else 4 * lpr_on(debt.start_date)


def above(rate, line):
    return round(rate, 4) > round(line, 4)


def penalty(debt):
    """Penalty on overdue principal: each missed instalment's principal from its due date."""
    rate = debt.penalty_rate if debt.penalty_rate is not None else 1.5 * debt.annual_rate
    parts = [p for p, _i in contract_rows(debt.principal, debt.annual_rate, debt.term, debt.method)]
    amount, base, missed = 0.0, 0.0, 0
    for j, k in enumerate(range(debt.instalments_paid, debt.term)):
        due = add_months(debt.first_missed, j)
        if due >= TODAY:
            break
        amount += parts[k] * rate * (TODAY - due).days / 365
        base += parts[k]
        missed += 1
    return amount, rate, base, missed


def instalment_plan(amount, rate, count):
    """Each payment of `amount` over `count` months at `rate`, unrounded."""
    if rate == 0:
        return [amount / count] * count
    return [-npf.pmt(rate / 12, count, amount)] * count


def expected(debt, payments, inp):
    """name -> (value, tolerance): each figure the script may state, worked out here."""
    out = {"today": (TODAY, 0), "owed": (debt.outstanding, 0)}
    out["outstanding"] = (debt.outstanding, 0)
    out["principal"] = (debt.principal, 0)
    out["principal_left"] = (min(debt.principal - debt.principal_repaid, debt.outstanding), 0)
    if debt.received is not None:
        out["received"] = (debt.received, 0)
        out["cut_upfront"] = (debt.principal - debt.received, 0)
    if debt.first_missed:
        out["first_missed"] = (debt.first_missed, 0)
        out["days_overdue"] = ((TODAY - debt.first_missed).days, 0)
    apr = contract_apr(debt)
    out["contract_apr"] = (apr, 1e-4)
    line = governing_line(debt)
    out["rate_line"] = (line, 1e-9)
    out["lpr_multiple"] = (4, 0)
    amount, rate, base, missed = (0.0, 0.0, 0.0, 0)
    if debt.first_missed:
        amount, rate, base, missed = penalty(debt)
        # The schedule rounds each principal part to the fen; the textbook parts here do not.
        out["penalty"] = (amount, missed + 2)
        out["penalty_rate"] = (rate, 1e-9)
        out["penalty_base"] = (base, missed + 2)
        out["penalty_line"] = (line, 1e-9)
    # Interest paid above the line is the engine's figure (engine/overpaid.py has its own
    # tests); here it only has to be the figure the sentence names.
    over = overpaid_interest(debt, payments, inp.settings)
    out["overpaid"] = (over.amount, 0)
    out["interest_paid"] = (over.interest_and_fees_paid, 0)
    out["overpaid_line"] = (line, 1e-9)
    if inp.monthly_income is not None:
        out["income"] = (inp.monthly_income, 0)
    if inp.essential_costs is not None:
        out["costs"] = (inp.essential_costs, 0)
        if inp.monthly_income:
            out["left"] = (inp.monthly_income - inp.essential_costs, 0)
    if inp.monthly_income:
        cap = math.floor(inp.monthly_income * 0.20)
        if inp.essential_costs is not None:
            cap = min(cap, inp.monthly_income - inp.essential_costs)
        out["limit"] = (cap, 1)
    if inp.hardship_since:
        out["hardship_since"] = (date(2026, 9, 1), 0)
    # Carrying on: the balance over the instalments left at the contract rate, plus penalty.
    left_n = max(debt.term - debt.instalments_paid, 1)
    base_pay = [
        p + i + debt.fee_per_instalment
        for p, i in contract_rows(debt.outstanding, debt.annual_rate, left_n, debt.method)
    ]
    base_total = amount + sum(base_pay)
    d = debt.annual_rate / 12
    base_pv = amount + sum(p / (1 + d) ** (k + 1) for k, p in enumerate(base_pay))
    out["baseline.balance"] = (debt.outstanding, 0)
    out["baseline.count"] = (left_n, 0)
    out["baseline.rate"] = (debt.annual_rate, 1e-12)
    out["baseline.total"] = (base_total, left_n + 2)
    out["baseline.penalty"] = (amount, missed + 2)
    out["baseline.first_due"] = (add_months(TODAY, 1), 0)
    instalments = {}
    downs = []
    for name, terms in (("A", inp.offer_a), ("B", inp.offer_b)):
        balance = debt.outstanding - terms.waived_amount
        down = round(balance * terms.down_payment_pct) if terms.down_payment_pct else 0
        down = down or terms.down_payment
        financed = balance - down
        rate = 0.0 if terms.kind is OfferKind.FREEZE else terms.rate
        months = terms.deferral_months if terms.kind is OfferKind.DEFERRAL else 0
        principal_left = min(debt.principal - debt.principal_repaid, debt.outstanding)
        parked = min(financed, principal_left - terms.waived_amount)
        accrued = 0
        fee = 0
        if months:
            accrued = 0 if terms.deferral_interest_waived else round(parked * rate * months / 12)
            fee = round((principal_left - terms.waived_amount) * terms.deferral_fee_pct)
        pays = instalment_plan(financed + accrued, rate, terms.count)
        total = down + fee + sum(pays) + (0 if terms.waive_penalty else amount)
        pv = down + fee + (0 if terms.waive_penalty else amount)
        pv += sum(p / (1 + d) ** (k + 1 + months) for k, p in enumerate(pays))
        n = terms.count
        out[f"{name}.rate"] = (terms.rate, 1e-12)
        out[f"{name}.count"] = (n, 0)
        out[f"{name}.balance"] = (balance, 0)
        out[f"{name}.instalment"] = (pays[0], 1)
        out[f"{name}.total"] = (total, n)
        out[f"{name}.fees"] = (fee + terms.fee_per_instalment * n, 0)
        out[f"{name}.first_due"] = (add_months(TODAY, 1 + months), 0)
        out[f"{name}.waived"] = (terms.waived_amount, 0)
        out[f"{name}.down"] = (down, 1)
        out[f"{name}.deferral_months"] = (terms.deferral_months, 0)
        out[f"{name}.deferral_fee_pct"] = (terms.deferral_fee_pct, 1e-12)
        out[f"{name}.deferral_fee"] = (fee, 1)
        out[f"{name}.deferral_interest"] = (accrued, 1)
        out[f"{name}.savings"] = (abs(base_total - total), n + left_n + 4)
        out[f"{name}.savings_today"] = (abs(base_pv - pv), n + left_n + 4)
        out[f"{name}.discount_rate"] = (debt.annual_rate, 1e-12)
        instalments[name] = pays[0]
        if down:
            downs.append(down)
    out["ceiling"] = (max(instalments.values()), 1)
    out["pushback_share"] = (0.30, 0)
    out["pushback_asked"] = (round(debt.outstanding * 0.30), 1)
    if downs:
        out["down_max"] = (max(downs), 1)
        out["down_share"] = (round(max(downs) / debt.outstanding, 2), 0)
    return out


def shown(lang, kind, value):
    if kind is Kind.MONEY:
        return money_in(lang, value)
    if kind is Kind.PERCENT:
        return percent_in(lang, value)
    if kind is Kind.DATE:
        return date_in(lang, value)
    return str(value)


# --- the test ----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize(("debt_id", "inputs", "settings"), list(cases()))
def test_every_number_in_every_script_is_its_engine_figure(stores, lang, debt_id, inputs, settings):
    with Store.open(stores[settings]) as store:
        debt = store.get_debt(debt_id)
        payments = [(p.paid_on, p.amount) for p in store.list_payments(debt_id)]
        inp = script_input(store, debt, TODAY, given=INPUTS[inputs])
    facts = gather(inp)
    script = build_script(inp, lang)
    user_text = [debt.lender, debt.contract_no, inp.caller_name]
    used: set[str] = set()
    for line in script.lines()[1:]:  # the title is the lender's name and a heading
        text = str(line)
        for part in (*user_text, *CITATIONS):
            if part:
                text = text.replace(part, "")
        names = said_figures(line)
        # Longest first, so "CN¥1,234.00" is removed before a "1,234" inside it could be.
        for name in sorted(names, key=lambda n: -len(shown(lang, facts[n].kind, facts[n].value))):
            figure = facts[name]
            assert shown(lang, figure.kind, figure.value) in str(line), (name, str(line))
            text = text.replace(shown(lang, figure.kind, figure.value), "")
        assert not any(c.isdigit() for c in text), f"untraced number in: {line!r} -> {text!r}"
        used.update(names)
    truth = expected(debt, payments, inp)
    for name in used:
        assert name in truth, f"no independent figure for {name}"
        want, tolerance = truth[name]
        got = facts[name].value
        if isinstance(want, date):
            assert got == want, name
        elif isinstance(got, float | Decimal) and tolerance < 1:
            assert abs(float(got) - want) <= tolerance, (name, got, want)
        else:
            assert abs(got - want) <= tolerance, (name, got, want)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_scripts_state_the_figures_that_matter(stores, lang):
    """The sentences a user would check, on the example debts."""
    texts = {}
    with Store.open(stores["as shipped"]) as store:
        for debt_id in range(1, 8):
            inp = script_input(store, store.get_debt(debt_id), TODAY, given={})
            texts[debt_id] = build_script(inp, lang).to_text()
    # 快闪借: 10,000 contract, 9,000 received: the fee cut up front is named, and the rate is
    # the contract's own 39.06% (pyxirr), above the 24% line for a licensed lender.
    assert money_in(lang, 900_000) in texts[3] and money_in(lang, 100_000) in texts[3]
    assert "39.06%" in texts[3]
    # The 23.9% and 36% loans are quoted at their contract rates, not 60.84% or 102%.
    assert "23.9%" in texts[6] and "60.84%" not in texts[6]
    assert "102" not in texts[5]
    # A consumer-finance company is never told the private-lending line governs it.
    for debt_id in (2, 6):
        assert ("private lending" if lang == "en" else "民间借贷") not in texts[debt_id]
    # 安盈 (the stored offers) and 佳禾 (suggested, under half the principal left).
    assert money_in(lang, 980_000) in texts[6]
