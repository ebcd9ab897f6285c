"""The clause scanner on single clauses: what it must flag, what it must leave alone."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest

from parley import i18n
from parley.engine.clauses import CODES, Severity, scan, stated_rates
from parley.engine.rates import Basis, CapSettings


def codes(text: str, **kwargs) -> dict[str, Severity]:
    return {f.code: f.severity for f in scan(text, **kwargs)}


@pytest.mark.parametrize(
    ("text", "code", "severity"),
    [
        ("如借款人任何一期未按时还款，剩余全部借款立即到期。", "acceleration", "high"),
        ("贷款人有权宣布借款加速到期。", "acceleration", "high"),
        ("借款人连续三期未还款的，全部借款提前到期。", "acceleration", "medium"),
        (
            "If any payment is missed, the whole balance becomes immediately due.",
            "acceleration",
            "high",
        ),
        ("每月另收取账户管理费30元。", "hidden_fee", "high"),
        ("A guarantee fee of CNY 50 is added to each instalment.", "hidden_fee", "high"),
        ("展期需支付本金 1% 的展期费。", "hidden_fee", "medium"),
        ("请先缴纳协商保证金2000元。", "deposit_request", "high"),
        ("钱转到我个人微信就行。", "deposit_request", "high"),
        ("Pay the deposit into my personal account today.", "deposit_request", "high"),
        ("客服口头答应停息挂账。", "verbal_promise", "high"),
        (
            "Details will be notified later; the agent confirmed it over the phone.",
            "verbal_promise",
            "high",
        ),
        ("平台有权单方调整服务费率。", "unilateral_change", "high"),
        ("We may amend these terms from time to time.", "unilateral_change", "medium"),
        ("逾期按日收取千分之一的滞纳金。", "penalty_interest", "medium"),
        (
            "Overdue interest is compounded monthly: compound interest applies.",
            "penalty_interest",
            "high",
        ),
        ("还款记录将报送人民银行征信中心。", "credit_report", "low"),
        ("We report missed payments to the credit bureau.", "credit_report", "low"),
    ],
)
def test_risky_clause_is_flagged(text, code, severity):
    assert codes(text).get(code) == severity


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("除每期还款额外，不收取任何其他费用。", "hidden_fee"),
        ("本协议项下不收取账户管理费、服务费和会员费。", "hidden_fee"),
        ("There are no fees other than the instalment.", "hidden_fee"),
        ("No service, management or membership fee is charged.", "hidden_fee"),
        ("服务费：0 元", "hidden_fee"),
        ("我司不会要求您缴纳任何保证金。", "deposit_request"),
        ("请勿向任何个人账户转账。", "deposit_request"),
        ("The lender will not ask for any deposit.", "deposit_request"),
        ("Never pay a deposit to anyone who calls you.", "deposit_request"),
        ("Repayments are collected by direct deposit from your salary account.", "deposit_request"),
        ("任何口头承诺均无效，以本协议书面内容为准。", "verbal_promise"),
        ("Spoken promises are not binding; only this written agreement counts.", "verbal_promise"),
        ("任何一方不得单方变更本协议。", "unilateral_change"),
        ("Any change needs the written consent of both parties.", "unilateral_change"),
        ("分期期间免除罚息和违约金。", "penalty_interest"),
        ("No penalty interest is charged during the deferral.", "penalty_interest"),
        ("本次协商结果不会上报征信。", "credit_report"),
        ("任何一期逾期均不导致剩余款项提前到期。", "acceleration"),
        ("年化利率不超过 24%。", "rate_above_cap"),
        ("The annual rate will not exceed 24% in any case.", "rate_above_cap"),
        ("利率为一年期 LPR 的四倍，即 15.4%。", "rate_above_cap"),
    ],
)
def test_clean_clause_is_left_alone(text, code):
    assert code not in codes(text)


# Annual equivalents worked by hand: day x 365, month x 12 (the lenders' own convention).
@pytest.mark.parametrize(
    ("text", "severity"),
    [
        ("借款日利率 0.1%", "high"),  # 36.5%
        ("日息万五", "low"),  # 0.05% x 365 = 18.25%
        ("月息 2.5%", "medium"),  # 30%
        ("月利率 3%", "medium"),  # exactly 36%: not above it
        ("年化利率 24%", "low"),  # exactly 24%, above 4 x 3% LPR = 12%
        ("Interest rate: 0.1% per day.", "high"),
        ("daily rate 0.06%", "low"),  # 21.9%
        ("APR 40%", "high"),
        ("日利率０．１％", "high"),  # full-width digits and percent sign
        ("日 息 万 分 之 五", "low"),
    ],
)
def test_rate_above_cap_severity_follows_the_cap_exceeded(text, severity):
    assert codes(text).get("rate_above_cap") == Severity(severity)


def test_rate_within_every_cap_is_not_flagged():
    assert "rate_above_cap" not in codes("年化利率 0%")
    assert "rate_above_cap" not in codes("年化利率 10%")


def test_caps_come_from_the_settings():
    # With a latest LPR of 3.85% added in settings, 4 x LPR is 15.4%: a 15% loan is within it.
    settings = CapSettings(lpr_added=((date(2026, 6, 22), Decimal("0.0385")),))
    assert "rate_above_cap" not in codes("年化利率 15%", caps=settings)
    assert "rate_above_cap" in codes("年化利率 15%")


def test_stated_rates_reads_the_units_people_write():
    found = {
        rate.basis: float(rate.value) for _pos, rate in stated_rates("日息万五，月息1.5%，年化18%")
    }
    assert found == {Basis.DAILY: 0.0005, Basis.MONTHLY: 0.015, Basis.ANNUAL: 0.18}
    ((_, rate),) = stated_rates("default interest at a daily rate of 0.05%")
    assert rate.basis is Basis.DAILY


def test_findings_point_at_lines_and_are_sorted():
    text = "\n".join(
        [
            "借款合同",
            "",
            "逾期按日息0.1%收取罚息。",
            "每月收取服务费 20 元。",
        ]
    )
    findings = scan(text)
    assert [(f.line, f.code) for f in findings] == [
        (3, "rate_above_cap"),
        (3, "penalty_interest"),
        (4, "hidden_fee"),
    ]
    assert findings[0].excerpt == "逾期按日息0.1%收取罚息。"
    assert all(f.code in CODES for f in findings)


def test_messages_follow_the_ui_language():
    english = scan("每月收取服务费 20 元。")[0].message
    i18n.set_language("zh_CN")
    chinese = scan("每月收取服务费 20 元。")[0].message
    assert re.search(r"[\u4e00-\u9fff]", chinese)
    assert english != chinese


def test_rate_message_names_the_rate_and_the_cap():
    (finding,) = scan("Interest rate: 0.1% per day.")
    assert "36.5%" in finding.message
    assert "36%" in finding.message


def test_a_long_agreement_reports_each_risky_line():
    # Speed is measured in benchmarks/clauses_bench.py, not asserted here.
    clauses = [
        "第{n}条 借款人应按期足额还款，每期还款 1,333.33 元。",
        "第{n}条 如任何一期未按时还款，剩余全部借款立即到期。",
        "{n}. The Borrower shall pay an account management fee of CNY 30 per month.",
        "{n}. Interest rate: 0.05% per day, reported to the credit bureau.",
    ]
    text = "\n".join(clauses[n % 4].format(n=n) for n in range(300))
    findings = scan(text)
    acceleration = {f.line for f in findings if f.code == "acceleration"}
    fees = {f.line for f in findings if f.code == "hidden_fee"}
    assert acceleration == {n + 1 for n in range(300) if n % 4 == 1}
    assert fees == {n + 1 for n in range(300) if n % 4 == 2}
