"""An agreement's own figures: read from its wording, checked against the accepted offer,
and recomputed into a true annual rate."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from parley.engine.agreement_figures import AgreementFigures, compare, extract_figures, recompute
from parley.engine.debt import Method
from parley.engine.money import format_money
from parley.engine.offers import OfferResult, OfferTerms
from parley.engine.rates import Basis, Rate
from parley.engine.schedule import Instalment, Schedule

ZH = """分期还款协议
第一条 截至签署日，剩余本金 48,000 元。
第二条 上述本金分 36 期偿还，每期还款 1,333.33 元。
第三条 每月账户管理费 30 元，随当期还款一并支付。
第四条 分期期间年化利率 0%。
"""

EN = """Repayment plan
1. Outstanding balance: CNY 12,000.00.
2. A down payment of CNY 3,600 is due on signing.
3. The rest is repaid in 12 monthly instalments of CNY 700.00.
4. Annual interest rate: 0%.
"""


def test_chinese_wording():
    figures = extract_figures(ZH)
    assert figures.balance == 4_800_000
    assert figures.count == 36
    assert figures.instalment == 133_333
    assert figures.fees == 3_000
    assert figures.rate is not None and figures.rate.annual == 0
    assert figures.down_payment is None
    assert figures.sources["fees"][0] == 4


def test_english_wording():
    figures = extract_figures(EN)
    assert (figures.balance, figures.down_payment, figures.count, figures.instalment) == (
        1_200_000,
        360_000,
        12,
        70_000,
    )
    assert figures.fees is None
    assert figures.sources["count"][0] == 4


def test_full_width_digits_and_wan():
    figures = extract_figures("剩余本金：４．８万元，分３６期，首付 1.44万元")
    assert figures.balance == 4_800_000
    assert figures.count == 36
    assert figures.down_payment == 1_440_000


def test_daily_rate_and_fees_added_up():
    figures = extract_figures("日利率 0.05%\n每期收取服务费 20 元\n每月另收会员费 9.9 元")
    assert figures.rate == Rate(value=figures.rate.value, basis=Basis.DAILY)
    assert figures.rate.annual == pytest.approx(0.1825)
    assert figures.fees == 2_990


def test_a_waived_fee_is_not_a_fee():
    assert extract_figures("每月不收取账户管理费，服务费 0 元。").fees is None


def test_nothing_stated_nothing_extracted():
    assert extract_figures("本协议一式两份。") == AgreementFigures()


# --- compare ------------------------------------------------------------------------------


def _offer_48000_over_36() -> tuple[OfferTerms, OfferResult]:
    # 48,000.00 / 36 = 1,333.33 a month; the last instalment takes the 0.12 left over.
    rows = []
    balance = 4_800_000
    for n in range(1, 37):
        principal = 133_333 if n < 36 else 4_800_000 - 133_333 * 35
        balance -= principal
        rows.append(
            Instalment(
                n=n,
                due=date(2027, 1, 15) + timedelta(days=30 * (n - 1)),
                payment=principal,
                principal=principal,
                interest=0,
                fee=0,
                balance=balance,
            )
        )
    schedule = Schedule(instalments=tuple(rows), principal=4_800_000)
    terms = OfferTerms(rate=0.0, count=36, fee_per_instalment=0)
    result = OfferResult(
        schedule=schedule,
        down_payment=0,
        total_paid=4_800_000,
        total_interest=0,
        total_fees=0,
        apr=0.0,
        ear=0.0,
        savings=0,
        income_share=None,
    )
    return terms, result


def test_agreement_matching_the_offer_has_no_mismatch():
    terms, result = _offer_48000_over_36()
    text = ZH.replace("第三条 每月账户管理费 30 元，随当期还款一并支付。\n", "")
    assert compare(extract_figures(text), terms, result) == []


def test_each_differing_figure_is_one_high_mismatch_at_its_line():
    terms, result = _offer_48000_over_36()
    text = ZH.replace("1,333.33", "1,533.33").replace("年化利率 0%", "年化利率 18%")
    findings = compare(extract_figures(text), terms, result)
    assert [(f.code, f.severity, f.line) for f in findings] == [
        ("mismatch", "high", 3),
        ("mismatch", "high", 4),
        ("mismatch", "high", 5),
    ]
    instalment, fees, rate = (f.message for f in findings)
    assert format_money(153_333) in instalment and format_money(133_333) in instalment
    assert format_money(3_000) in fees and format_money(0) in fees
    assert "18%" in rate and "0%" in rate


def test_count_and_down_payment_mismatch():
    terms, result = _offer_48000_over_36()
    findings = compare(AgreementFigures(count=48, down_payment=1_000_000), terms, result)
    assert len(findings) == 2
    assert any("48" in f.message and "36" in f.message for f in findings)


def test_flat_rate_in_the_agreement_is_not_the_annuity_agreed():
    terms, result = _offer_48000_over_36()
    flat = AgreementFigures(rate=Rate(value=Decimal(0), basis=Basis.ANNUAL, flat=True))
    assert [f.code for f in compare(flat, terms, result)] == ["mismatch"]


# --- recompute ----------------------------------------------------------------------------


def _recompute_or_skip(figures: AgreementFigures, **kwargs):
    pytest.importorskip("parley.engine.cost")
    try:
        return recompute(figures, **kwargs)
    except NotImplementedError:
        pytest.skip("the schedule or cost engine is not implemented yet")


def test_recompute_needs_a_balance_a_count_and_an_instalment_or_rate():
    assert recompute(AgreementFigures(balance=100_000), start=date(2026, 12, 1)) is None
    assert recompute(AgreementFigures(balance=100_000, count=12), start=date(2026, 12, 1)) is None


def _irr_by_bisection(received: int, payments: list[int]) -> float:
    """Monthly rate at which the payments are worth what was received (independent reference)."""
    low, high = 0.0, 1.0
    for _ in range(200):
        mid = (low + high) / 2
        value = sum(p / (1 + mid) ** (k + 1) for k, p in enumerate(payments))
        low, high = (mid, high) if value > received else (low, mid)
    return (low + high) / 2


def test_recompute_pays_fees_with_every_instalment_and_subtracts_the_down_payment():
    figures = AgreementFigures(
        balance=1_200_000, down_payment=360_000, count=12, instalment=70_000, fees=1_000
    )
    cost = recompute(figures, start=date(2026, 12, 1))
    assert cost.financed == 840_000
    assert list(cost.payments) == [71_000] * 12
    assert cost.total_paid == 360_000 + 12 * 71_000
    assert cost.total_cost == 360_000 + 12 * 71_000 - 1_200_000
    assert cost.apr == pytest.approx(12 * _irr_by_bisection(840_000, [71_000] * 12), abs=1e-9)


def test_hidden_fee_shows_up_in_the_true_rate():
    npf = pytest.importorskip("numpy_financial")
    figures = extract_figures(ZH)
    cost = _recompute_or_skip(figures, start=date(2026, 12, 1))
    # Independent reference: the monthly IRR of 48,000 received against 36 x 1,363.33 paid.
    reference = float(npf.rate(36, -1_363.33, 48_000, 0)) * 12
    assert cost.apr == pytest.approx(reference, abs=1e-6)
    assert cost.total_paid == 36 * 136_333
    assert cost.total_cost == 36 * 136_333 - 4_800_000
    # "Interest-free" with a 30-a-month fee is not free: the true rate is above 1% a year.
    assert cost.apr > 0.01


def test_flat_rate_from_the_stated_rate():
    npf = pytest.importorskip("numpy_financial")
    figures = AgreementFigures(
        balance=1_200_000,
        count=12,
        rate=Rate(value=Decimal("0.015"), basis=Basis.MONTHLY, flat=True),
    )
    cost = _recompute_or_skip(figures, start=date(2026, 12, 1), method=Method.ANNUITY)
    # 1.5% a month flat on 12,000: 180 interest + 1,000 principal every month.
    reference = float(npf.rate(12, -1_180, 12_000, 0)) * 12
    assert cost.apr == pytest.approx(reference, abs=1e-4)
    assert cost.apr == pytest.approx(0.317, abs=0.002)  # the textbook "about 31.7%"
    assert "24%" in cost.caps_exceeded


def test_balance_stated_as_still_owed_principal():
    # Wording of the kind found in confirmation letters: "乙方尚欠本金人民币 18,600.00 元".
    figures = extract_figures(
        "一、截至本协议签署日，乙方尚欠本金人民币 18,600.00 元，利息及罚息人民币 1,420.00 元。"
    )
    assert figures.balance == 1_860_000


# --- numbers read with their units and context ------------------------------------------------


def test_a_date_is_not_a_down_payment():
    # Issue 14: the year in 2026年12月30日 was read as a down payment of 2,026.
    figures = extract_figures("首付款应于2026年12月30日前支付。")
    assert figures.down_payment is None


def test_the_down_payment_after_its_due_date_is_still_found():
    figures = extract_figures("首付款于2026年12月30日前支付人民币3,000元，其余分12期。")
    assert figures.down_payment == 300_000
    assert figures.count == 12


def test_english_dates_are_not_money():
    figures = extract_figures(
        "A down payment is due on 30 December 2026.\nDown payment due 2026-12-30: CNY 500."
    )
    assert figures.down_payment == 50_000
    assert figures.sources["down_payment"][0] == 2


def test_arrears_principal_is_the_balance():
    # Issue 14: 欠款本金人民币12,000元 was reported as "balance not stated".
    assert extract_figures("欠款本金人民币12,000元，分12期还清。").balance == 1_200_000
    assert extract_figures("剩余本金：人民币9,600元").balance == 960_000
    assert extract_figures("乙方尚欠本金8,000.50元").balance == 800_050


def test_counts_and_shares_next_to_a_figure_are_not_money():
    figures = extract_figures("首付 30%，于签约日支付\n首付款在 3 日内支付人民币 2,400 元")
    assert figures.down_payment == 240_000
    assert figures.sources["down_payment"][0] == 2
    assert extract_figures("每期还款 12 期后调整").instalment is None


def test_a_balance_before_the_yearly_rate_is_still_money():
    figures = extract_figures("剩余本金 4800 年化利率 0%")
    assert figures.balance == 480_000
    assert figures.rate is not None and figures.rate.annual == 0


def test_dates_do_not_make_counts_or_instalments():
    figures = extract_figures("每月还款日为每月15日，首期还款日2027年1月15日。")
    assert figures.instalment is None
    assert figures.down_payment is None
