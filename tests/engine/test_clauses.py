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
        # Medium only with several misses *and* a written notice that gives time to catch up.
        (
            "借款人连续三期未还款，经书面催告后 30 日内仍未还款的，全部借款提前到期。",
            "acceleration",
            "medium",
        ),
        ("借款人连续三期未还款的，全部借款提前到期。", "acceleration", "high"),
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
        "{n}. The Borrower shall pay an account management fee of $30 per month.",
        "{n}. Interest rate: 0.05% per day, reported to the credit bureau.",
    ]
    text = "\n".join(clauses[n % 4].format(n=n) for n in range(300))
    findings = scan(text)
    acceleration = {f.line for f in findings if f.code == "acceleration"}
    fees = {f.line for f in findings if f.code == "hidden_fee"}
    assert acceleration == {n + 1 for n in range(300) if n % 4 == 1}
    assert fees == {n + 1 for n in range(300) if n % 4 == 2}


# --- meaning, not keywords (issue 13) ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # Acceleration without 提前到期 or "accelerate".
        (
            "If a payment is missed, this settlement lapses and we will resume recovery of the "
            "full original debt, including what was waived.",
            "acceleration",
        ),
        (
            "Should any instalment be missed, the original balance will be reinstated.",
            "acceleration",
        ),
        ("The lender may demand immediate repayment of all sums outstanding.", "acceleration"),
        ("借款人逾期的，贷款人有权提前收回未到期贷款。", "acceleration"),
        ("借款人违约时，贷款人有权要求借款人一次性支付全部欠款。", "acceleration"),
        ("任一期逾期，本方案自动终止，已减免的利息将恢复计算并一并追收。", "acceleration"),
        # Deposits without 保证金 or "deposit".
        ("请先支付599元激活费，方案才能生效。", "deposit_request"),
        ("Pay CNY 500 to unlock your hardship plan.", "deposit_request"),
        ("扫描下方收款码支付验证金200元。", "deposit_request"),
        ("Transfer the fee to the specialist's account shown below.", "deposit_request"),
        ("办理需先缴纳 1,000 元风险评估费，到账后为您生成协议。", "deposit_request"),
        ("Our executive will visit you; hand the first payment to him in cash.", "deposit_request"),
        # One-sided changes without 有权调整 or "may change".
        (
            "The rules published on our website from time to time apply to this loan.",
            "unilateral_change",
        ),
        ("Rates may be adjusted in line with policy and the market.", "unilateral_change"),
        ("Changes will be notified to you; no new agreement will be signed.", "unilateral_change"),
        ("具体收费标准以平台官网公布为准。", "unilateral_change"),
        # Spoken promises without 口头 or "verbal".
        ("Agent: You have my personal guarantee on that.", "verbal_promise"),
        ("专员：我们以通话录音为准，录音就是凭证。", "verbal_promise"),
    ],
)
def test_paraphrases_are_read_by_their_meaning(text, code):
    assert code in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "口头约定与本确认书不一致的，以本确认书为准。",
        "Nothing said on the phone changes this agreement.",
        "请放心还款。",
        "Never pay on a verbal deal.",
        "Please note that I will not rely on any promise made over the phone.",
        "I can offer a lump sum of $2,000 as full and final settlement.",
        "方案一：本人可一次性支付 8,000 元作为首付款，剩余本金分 48 期偿还。",
        "本贷款基准利率参照中国人民银行公布的贷款市场报价利率。",
        "凡是要求先交保证金、解冻费的，都是诈骗。",
        "Look for a clause that makes the whole balance due if you miss one payment.",
        "请扫码下载官方App查看还款计划。",
        "Penalty Fees",
        "三、逾期罚息计算方式",
        "本方案项下罚息予以免除。",
        "The APR will vary with the market based on the Prime Rate.",
        # A negation inside the clause's own words.
        "任何一期逾期，全部借款不会提前到期。",
        "甲方不得单方调整利率。",
        "贷款利率在合同期内固定，不会调整。",
        "The whole balance will not become due if you miss one payment.",
        # Paying from one's own account, and a borrower's own words in a transcript.
        "I will pay from my personal account each month.",
        "我：没有书面的东西我不太放心。",
        # A notice that describes the fraud it warns against.
        "近期有不法分子冒充我司客服，要求客户向个人账户转账。",
    ],
)
def test_protective_and_advisory_lines_raise_nothing(text):
    assert codes(text) == {}


def test_a_fee_rate_change_is_a_one_sided_change_not_a_hidden_fee():
    found = codes("平台有权单方调整服务费率。")
    assert found == {"unilateral_change": Severity.HIGH}
    found = codes("We may change the interest rate and fees at any time.")
    assert "unilateral_change" in found and "hidden_fee" not in found


def test_a_fixed_late_fee_is_a_fee_and_a_daily_one_penalty_interest():
    assert codes("Late Payment: Up to $41.") == {"hidden_fee": Severity.MEDIUM}
    assert "penalty_interest" in codes("逾期按日收取千分之一的滞纳金。")


# Annual equivalents by hand: 6 / 10,000 a day x 365 = 21.9%; 0.066% x 365 = 24.09%;
# 2% a month x 12 = 24%; 0.3 per mille a day x 365 = 10.95% (within 4 x LPR = 12%).
@pytest.mark.parametrize(
    ("text", "words", "annual"),
    [
        ("借款利息按每万元每日收取利息6元计算。", "每万元每日收取利息6元", "21.9%"),
        ("日利率0.066%（按日计息）", "日利率0.066%", "24.09%"),
        ("月息2分。", "月息2分", "24%"),
        (
            "Interest at 2% per month continues to accrue on the overdue amount.",
            "Interest at 2% per month",
            "24%",
        ),
    ],
)
def test_rates_are_read_in_their_units(text, words, annual):
    (finding,) = [f for f in scan(text) if f.code == "rate_above_cap"]
    assert finding.words == words
    assert f"({annual} a year)" in finding.why or f"{annual} a year" in finding.why


def test_three_decimals_of_a_daily_rate_are_kept():
    (finding,) = [f for f in scan("日利率0.066%") if f.code == "rate_above_cap"]
    assert "0.066% a day" in finding.why


def test_per_mille_per_day_is_read_and_tested_against_the_caps():
    ((_, rate),) = stated_rates("另加收0.3‰/天")
    assert (rate.value, rate.basis) == (Decimal("0.0003"), Basis.DAILY)
    assert "rate_above_cap" not in codes("另加收0.3‰/天")  # 10.95% a year


def test_a_relative_penalty_rate_is_a_multiple_of_the_contract_rate():
    # 上浮50% is 1.5 x the rate on the same line: 18% x 1.5 = 27%, above 24%.
    found = scan("借款年利率18%，逾期罚息按借款利率上浮50%计收。")
    rate = next(f for f in found if f.code == "rate_above_cap")
    assert rate.severity == Severity.MEDIUM and "27% a year" in rate.why
    assert "1.5 × the contract rate" in rate.why
    # Without the contract rate on the line, 上浮50% states no rate at all (never 50% a year).
    alone = codes("逾期罚息按借款利率上浮50%计收。")
    assert alone == {"penalty_interest": Severity.MEDIUM}


def test_a_blank_template_rate_states_no_rate_but_keeps_its_kind():
    assert codes("借款人逾期的，就逾期部分按月息 ___% 计收罚息。") == {
        "penalty_interest": Severity.MEDIUM
    }
    assert codes("年利率 ___%") == {}


def test_a_date_is_not_the_period_of_a_percentage():
    assert "rate_above_cap" not in codes("自2026年12月1日起，按剩余本金的 3% 收取违约金。")


def test_each_finding_quotes_its_words_and_says_why_and_what_to_ask():
    line = "第五条 借款人任何一期未按时还款的，贷款人有权宣布全部借款提前到期。"
    (finding,) = scan(line)
    assert finding.code == "acceleration"
    start, end = finding.span
    assert line[start:end] == finding.words
    assert "提前到期" in finding.words
    assert finding.why and finding.ask
    assert finding.message == f"{finding.why} {finding.ask}"


def test_the_explanation_is_translated():
    i18n.set_language("zh_CN")
    (finding,) = scan("每月收取服务费 20 元。")
    assert re.search(r"[\u4e00-\u9fff]", finding.why)
    assert re.search(r"[\u4e00-\u9fff]", finding.ask)
    assert finding.message == finding.why + finding.ask  # Chinese joins without a space


def test_words_map_back_through_full_width_text():
    line = "日利率０．１％，逾期另收服务费"
    found = {f.code: f for f in scan(line)}
    rate = found["rate_above_cap"]
    assert line[rate.span[0] : rate.span[1]] == rate.words == "日利率０．１％"


# Round 2: each class of wording the second corpus showed, in paraphrases written for the test
# (not the corpus lines), in both languages.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # Acceleration: pay-at-once + whole debt, a passive demand, 一次付清, back to the old rate.
        ("On any default we may require you to repay immediately everything owed.", "acceleration"),
        ("We can ask you to settle at once the entire balance of the loan.", "acceleration"),
        (
            "If you miss two payments, the whole balance may be collected right away.",
            "acceleration",
        ),
        (
            "All outstanding instalments will be payable immediately on a missed payment.",
            "acceleration",
        ),
        ("逾期两期的，出借人可要求借款人将剩余未还本金一次还清。", "acceleration"),
        ("连续逾期的，平台有权要求您将全部尚未到期的分期款一次结清。", "acceleration"),
        (
            "If a plan payment is missed the plan ends and your account reverts to the original "
            "rate and balance.",
            "acceleration",
        ),
        ("任一期未按时还款的，本方案失效，利率回到原合同标准执行。", "acceleration"),
        # Deposits: a named payee, a person's code, money returned with the loan, 不走公账.
        ("请转账至：收款人 王某，建设银行 6217 **** 0021，备注“激活”。", "deposit_request"),
        ("直接扫经理的码付款就行，比走公账快。", "deposit_request"),
        ("这笔费用到时连同贷款一并返还给你。", "deposit_request"),
        ("该款项将随放款一起退还到您的账户。", "deposit_request"),
        ("The charge is refundable and will be returned with your loan funds.", "deposit_request"),
        ("Don't use the company account, it takes weeks; pay me directly.", "deposit_request"),
        # One-sided changes: terms as updated online, 适用届时版本; a plan's terms changed at will.
        (
            "The fee schedule, as amended on our website, applies to your account.",
            "unilateral_change",
        ),
        ("收费标准适用平台届时公布的最新版本。", "unilateral_change"),
        ("借款额度及费率按公司当时在App页面展示的规则执行。", "unilateral_change"),
    ],
)
def test_round_two_paraphrases_are_read_by_their_meaning(text, code):
    assert code in codes(text)


@pytest.mark.parametrize(
    ("text", "code", "severity"),
    [
        (
            "We may change the repayment plan terms at any time at our discretion.",
            "unilateral_change",
            Severity.HIGH,
        ),
        (
            "The Lender may amend these terms from time to time.",
            "unilateral_change",
            Severity.MEDIUM,
        ),
        # Credit reporting in more acts.
        (
            "The missed payments have been registered with a credit reference agency.",
            "credit_report",
            Severity.LOW,
        ),
        (
            "A default marker will remain on your credit file for six years.",
            "credit_report",
            Severity.LOW,
        ),
        ("您的逾期记录已同步至征信系统。", "credit_report", Severity.LOW),
        ("结清后我司将向征信中心更新您的账户状态。", "credit_report", Severity.LOW),
        # Penalty pricing on what is unpaid, however named.
        (
            "Any sum not paid on time will carry interest at 3% a month.",
            "penalty_interest",
            Severity.MEDIUM,
        ),
        (
            "Interest in arrears continues to accrue until the debt is paid.",
            "penalty_interest",
            Severity.MEDIUM,
        ),
        ("逾期后按每日未还金额的0.1%收取违约费用。", "penalty_interest", Severity.MEDIUM),
        ("如不及时处理，逾期费用将按日持续产生。", "penalty_interest", Severity.MEDIUM),
        # Fees by what they do.
        (
            "We will charge you $12 each time a direct debit is returned.",
            "hidden_fee",
            Severity.MEDIUM,
        ),
        ("A further $40 fee is due for every rollover of the loan.", "hidden_fee", Severity.HIGH),
        (
            "The borrower pays the insurance company 0.5% of the principal every month.",
            "hidden_fee",
            Severity.HIGH,
        ),
        ("借款人每月须向担保公司支付本金的1%作为担保费用。", "hidden_fee", Severity.HIGH),
        ("逾期另收取违约金人民币500元。", "hidden_fee", Severity.MEDIUM),
        ("借款人承担实现债权的费用，包括但不限于律师费、公证费。", "hidden_fee", Severity.MEDIUM),
        ("逾期后每日按未还本金的0.05%收取逾期服务费。", "hidden_fee", Severity.HIGH),
        ("Annual membership fee: $120", "hidden_fee", Severity.HIGH),
        # Spoken assurances.
        ("催收员：放心，这事我负责，有问题直接找我。", "verbal_promise", Severity.HIGH),
        ("Agent: Don't worry, I'll take care of it personally.", "verbal_promise", Severity.HIGH),
    ],
)
def test_round_two_classes_carry_their_severity(text, code, severity):
    assert codes(text).get(code) == severity


@pytest.mark.parametrize(
    "text",
    [
        # A settlement the lender accepts is not the whole debt called in.
        "经协商，债权人同意借款人以12,000元一次性结清全部欠款。",
        "We agree that you settle for $3,000 in one payment as full and final settlement.",
        # "without notice" about something other than a change.
        "If you do not reply, we may pass the file to our solicitors without further notice.",
        # Interest on an extended or current principal is the ordinary rate.
        "Interest continues to accrue on the rescheduled principal at the contract rate.",
        # Asking for writing, and writing that overrides what was said.
        "主题：请贵司就电话中商定的方案出具书面确认",
        "Please confirm the new payment dates to me in writing.",
        "本确认书取代此前电话中的一切说法。",
        "未经书面确认的口头表述不构成合同变更。",
        "This letter replaces anything our staff said by phone.",
        "具体安排均以我行出具的书面通知为准，电话沟通内容不作为办理依据。",
        # A service contact is not a payment channel.
        "如有疑问请添加客服微信，由专人为你解答。",
    ],
)
def test_round_two_protective_and_neutral_lines_raise_nothing(text):
    assert codes(text) == {}


# Real APR of a flat rate, by hand: 1.5% a month on the original principal over 12 months is
# a payment of 1/12 + 0.015 = 0.098333 per unit lent; the monthly rate i with
# 0.098333 x (1 - (1 + i)^-12) / i = 1 is 2.643%, so 12 x i = 31.72% (above 24%, within 36%).
def test_a_flat_rate_is_tested_at_its_real_annual_rate():
    text = (
        "Interest is charged on the original principal for the whole term: "
        "1.5% a month over 12 months."
    )
    (finding,) = [f for f in scan(text) if f.code == "rate_above_cap"]
    assert finding.severity is Severity.MEDIUM
    assert "31.7" in finding.why
    # The rate as quoted is what agreement figures read.
    ((_, rate),) = stated_rates(text)
    assert (rate.value, rate.basis) == (Decimal("0.015"), Basis.MONTHLY)


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        # 1分5厘 a month = 1.5% x 12 = 18% a year: above 12%, within 24%.
        ("月利息按1分5厘计算。", Severity.LOW),
        # $15 per $100 for 14 days = 15% / 14 x 365 = 391% a year.
        ("Fee: $20 per $100 borrowed for each 14-day period.", Severity.HIGH),
    ],
)
def test_rates_in_folk_and_payday_units(text, severity):
    assert codes(text).get("rate_above_cap") == severity


@pytest.mark.parametrize(
    "text",
    [
        "Penalty APR: the Prime Rate plus 25.99%.",
        "From default, the overdue sum bears additional interest of 0.2% per day.",
        "逾期另加收日0.5‰的利息。",
    ],
)
def test_a_rate_added_on_top_of_an_unstated_one_states_no_rate(text):
    assert "rate_above_cap" not in codes(text)
