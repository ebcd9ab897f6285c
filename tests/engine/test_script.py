"""The call script: the user's own figures, in the script's language, whatever the UI's."""

import calendar
import dataclasses
import re
import subprocess
import sys
from datetime import date

import pytest

from parley import i18n
from parley.engine.debt import Debt, LenderKind, Settings
from parley.engine.hardship import Evidence, Hardship
from parley.engine.offers import OfferKind, OfferResult, OfferTerms, baseline, evaluate
from parley.engine.proposals import suggest
from parley.engine.schedule import Instalment, Schedule
from parley.engine.script import ScriptInput, build_script, money_in

TODAY = date(2026, 11, 30)
CJK = re.compile(r"[\u4e00-\u9fff]")


def add_months(day, months):
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def result(instalment, count, *, first_due, down=0, interest=0, fees=0, savings=0, apr=0.0):
    """An OfferResult built by hand, so these tests do not depend on the offer engine."""
    rows = tuple(
        Instalment(
            n=i + 1,
            due=add_months(first_due, i),
            payment=instalment,
            principal=instalment,
            interest=0,
            fee=0,
            balance=0,
        )
        for i in range(count)
    )
    total = down + instalment * count
    return OfferResult(
        schedule=Schedule(instalments=rows, principal=instalment * count),
        down_payment=down,
        total_paid=total,
        total_interest=interest,
        total_fees=fees,
        apr=apr,
        ear=apr,
        savings=savings,
        income_share=None,
    )


def make_input(**changes):
    debt = Debt(
        lender="Jiayin Finance",
        kind=LenderKind.ONLINE,
        contract_no="JY-2025-0417",
        principal=4_000_000,
        outstanding=5_000_000,
        annual_rate=0.36,
        first_missed=date(2026, 10, 16),
    )
    values = dict(
        debt=debt,
        hardship=Hardship.JOB_LOSS,
        hardship_since=date(2026, 9, 1),
        evidence=[Evidence.UNEMPLOYMENT_CERTIFICATE, Evidence.BANK_STATEMENTS],
        monthly_income=500_000,
        essential_costs=320_000,
        max_instalment=140_000,
        offer_a=OfferTerms(kind=OfferKind.FREEZE, count=36, down_payment=500_000),
        result_a=result(125_000, 36, first_due=date(2026, 12, 30), down=500_000, savings=1_234_500),
        offer_b=OfferTerms(
            kind=OfferKind.DEFERRAL,
            rate=0.12,
            count=48,
            deferral_months=12,
            deferral_fee_pct=0.005,
        ),
        result_b=result(
            131_672,
            48,
            first_due=date(2027, 12, 30),
            interest=1_320_256,
            fees=25_000,
            savings=700_000,
            apr=0.1268,
        ),
        baseline=result(0, 0, first_due=TODAY, apr=0.36),
        caller_name="Li Ming",
        today=TODAY,
        settings=Settings(),
    )
    values.update(changes)
    return ScriptInput(**values)


def lines(script):
    out = [*script.facts, *script.willingness, *script.plan, *script.confirmation]
    out += [*script.safety]
    for said, answer in script.pushbacks:
        out += [said, answer]
    return out


# Reference figures written out by hand from CLDR's conventions for each language.
FIGURES = {
    "en": [
        "CN¥1,250.00",
        "CN¥50,000.00",
        "CN¥5,000.00",
        "December 30, 2026",
        "CN¥1,400.00",
        "CN¥12,345.00",
        "CN¥1,316.72",
        "12%",
        "CN¥15,000.00",
        "CN¥5,000.00",
    ],
    "zh_CN": [
        "¥1,250.00",
        "¥50,000.00",
        "¥5,000.00",
        "2026年12月30日",
        "¥1,400.00",
        "¥12,345.00",
        "¥1,316.72",
        "12%",
        "¥15,000.00",
        "¥5,000.00",
    ],
}


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_script_carries_the_users_figures_in_its_language(lang):
    script = build_script(make_input(), lang)
    text = script.to_text()
    for figure in FIGURES[lang]:
        assert figure in text, figure
    # Totals: A = 5,000 down + 36 x 1,250 = 50,000; B = 48 x 1,316.72 = 63,202.56.
    assert ("CN¥50,000.00" if lang == "en" else "¥50,000.00") in " ".join(script.plan)
    assert ("63,202.56") in " ".join(script.plan)
    assert "JY-2025-0417" in text and "Jiayin Finance" in text
    assert "Li Ming" in " ".join(script.facts)
    if lang == "zh_CN":
        assert "CN¥" not in text


@pytest.mark.parametrize(("ui", "lang"), [("en", "zh_CN"), ("zh_CN", "en")])
def test_script_language_is_independent_of_the_ui(ui, lang):
    i18n.set_language(ui)
    script = build_script(make_input(), lang)
    assert i18n.language() == ui
    for line in lines(script):
        if lang == "en":
            assert not CJK.search(line), line
        else:
            assert CJK.search(line), line
    assert script.lang == lang


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"caller_name": "", "evidence": [Evidence.VERBAL_ONLY], "hardship_since": None},
        {
            "monthly_income": 0,
            "max_instalment": None,
            "hardship": Hardship.OTHER,
            "hardship_detail": "My shop closed.",
        },
        {"debt": Debt(lender="Some Bank", kind=LenderKind.BANK)},
    ],
)
def test_every_section_is_filled(lang, changes):
    script = build_script(make_input(**changes), lang)
    for section in (
        script.facts,
        script.willingness,
        script.plan,
        script.pushbacks,
        script.confirmation,
        script.safety,
    ):
        assert section and all(section)
    assert all(said and answer for said, answer in script.pushbacks)
    md = script.to_markdown()
    assert md.count("\n## ") == 6
    for line in lines(script):
        assert line in md
        assert line in script.to_text()


def test_pushbacks_answer_with_the_users_numbers():
    script = build_script(make_input(), "en")
    said = [s for s, _ in script.pushbacks]
    answers = dict(script.pushbacks)
    assert len(said) >= 5
    full = next(a for s, a in script.pushbacks if "full amount" in s)
    assert "CN¥50,000.00" in full and "CN¥1,250.00" in full
    thirty = next(a for s, a in script.pushbacks if "30%" in s)
    # 30% of 50,000 is 15,000, more than the 5,000 the user can put down.
    assert "CN¥15,000.00" in thirty and "CN¥5,000.00" in thirty
    interest = next(a for s, a in script.pushbacks if "interest" in s)
    assert "36%" in interest and "24%" in interest  # above the 24% courts protect
    assert any("sue" in s for s in said) and any("mediation" in s for s in said)
    assert answers


def test_no_cap_argument_when_the_rate_is_within_the_caps():
    # The line argument follows the loan's own rate (here 10% a year), whatever the
    # baseline's IRR says: the baseline used to count penalty as a cost up front.
    debt = dataclasses.replace(make_input().debt, annual_rate=0.10)
    script = build_script(
        make_input(debt=debt, baseline=result(0, 0, first_due=TODAY, apr=0.60)), "en"
    )
    interest = next(a for s, a in script.pushbacks if "interest" in s)
    assert "courts" not in interest and "above" not in interest


def test_confirmation_asks_for_the_terms_in_writing():
    for lang, words in {
        "en": ["e-signature", "credit bureau", "rate", "fee"],
        "zh_CN": ["电子签章", "征信", "利率", "费用"],
    }.items():
        text = " ".join(build_script(make_input(), lang).confirmation)
        for word in words:
            assert word in text, (lang, word)


def test_safety_notes_cover_the_scams():
    for lang, words in {
        "en": ["official", "agent's ID", "Record", "deposit", "personal account"],
        "zh_CN": ["官方", "工号", "录音", "保证金", "个人账户"],
    }.items():
        text = " ".join(build_script(make_input(), lang).safety)
        for word in words:
            assert word in text, (lang, word)


def test_days_overdue_counted_from_the_first_missed_payment():
    # 16 October to 30 November 2026: 15 + 30 days.
    script = build_script(make_input(), "en")
    assert any("45 days overdue" in line for line in script.facts)


def test_engine_script_imports_no_ui():
    code = (
        "import sys, parley.engine.script, parley.engine.proposals; print('textual' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_script_figures_match_the_offer_engine(lang):
    settings = Settings(monthly_income=600_000)
    inp = make_input()
    debt = inp.debt
    a, b = suggest(debt, today=TODAY, settings=settings)
    try:
        base = baseline(debt, today=TODAY, settings=settings)
        ra = evaluate(debt, a.terms, today=TODAY, settings=settings)
        rb = evaluate(debt, b.terms, today=TODAY, settings=settings)
    except NotImplementedError:
        pytest.skip("offers.evaluate is not implemented in this tree yet")
    script = build_script(
        make_input(
            offer_a=a.terms,
            result_a=ra,
            offer_b=b.terms,
            result_b=rb,
            baseline=base,
            settings=settings,
        ),
        lang,
    )
    plan = " ".join(script.plan)
    for r in (ra, rb):
        assert money_in(lang, r.instalment) in plan
        assert money_in(lang, r.total_paid) in plan
