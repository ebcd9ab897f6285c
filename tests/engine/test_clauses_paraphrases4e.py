"""Round 4, fifth part: an eighth fresh batch (SMS notices, key-terms lines, collectors' chat),
written after every class in parts one to four and run once before any change: 16 of 20
raised, 14 of 14 left quiet (the scanner before round 4: 16 and 13). Its four misses became
the classes below.
"""

from __future__ import annotations

import pytest

from .clause_probes import assert_five_probes_in_both_languages, codes

FRESH11_RAISED = [
    ("accel", "【某贷】您已逾期，平台将收回剩余全部借款，请于今日内结清。", "acceleration"),
    (
        "accel",
        "Should you miss any payment, the remaining balance will immediately fall due.",
        "acceleration",
    ),
    (
        "accel",
        "If the arrangement is not kept, we reserve the right to recover the "
        "full original balance.",
        "acceleration",
    ),
    ("accel", "协商还款期间如有违约，已同意的减免即刻作废，全额追回。", "acceleration"),
    ("penalty", "Arrears attract interest at 0.06% per day.", "penalty_interest"),
    ("penalty", "逾期期间按未还本金的日万分之七计收利息，直至还清。", "penalty_interest"),
    ("penalty", "If payment is late, your APR goes up to 34.99%.", "penalty_interest"),
    ("fee", "Optional repayment insurance: $8 per month (pre-selected).", "hidden_fee"),
    ("fee", "每笔借款收取信息咨询费，按借款金额的3%一次性收取。", "hidden_fee"),
    ("fee", "Admin fee for each payment arrangement set up: £25.", "hidden_fee"),
    (
        "deposit",
        "Deposit the verification amount of $99 to unlock your approved loan.",
        "deposit_request",
    ),
    ("deposit", "您需要先充值500元会员费激活借款额度，才能提现。", "deposit_request"),
    ("deposit", "给我发个红包（888元），我帮你跟领导申请全免。", "deposit_request"),
    (
        "unilateral",
        "本平台有权根据业务需要随时修改本协议条款，修改后的条款一经公布即生效。",
        "unilateral_change",
    ),
    (
        "unilateral",
        "We can change the interest rate on your account by giving you 30 days' notice.",
        "unilateral_change",
    ),
    ("verbal", "经理电话里已经同意给你免掉一半，回头补个协议就行。", "verbal_promise"),
    ("verbal", "Consider it done – I've got verbal approval from my team lead.", "verbal_promise"),
    ("credit", "Non-payment will be reported to all three credit bureaus.", "credit_report"),
    ("credit", "贷款逾期信息将上传至征信系统并保留5年。", "credit_report"),
    ("rate", "日息0.1%，按日计息。", "rate_above_cap"),
]
FRESH11_QUIET = [
    ("accel", "即使您逾期，我们也不会要求您提前偿还尚未到期的款项。", "acceleration"),
    (
        "accel",
        "You can settle the remaining balance early at any time with no fee.",
        "acceleration",
    ),
    ("penalty", "No default interest is charged on arrears during the plan.", "penalty_interest"),
    ("penalty", "方案期间暂停计收逾期利息。", "penalty_interest"),
    (
        "fee",
        "Repayment insurance is optional and not pre-selected; it costs "
        "nothing unless you choose it.",
        "hidden_fee",
    ),
    ("fee", "本平台不收取任何信息咨询费。", "hidden_fee"),
    ("deposit", "We do not ask for verification payments or gift cards.", "deposit_request"),
    ("deposit", "任何要求您发红包、转账的都是骗子，请勿理会。", "deposit_request"),
    ("unilateral", "本协议条款的修改须经双方书面签署补充协议后生效。", "unilateral_change"),
    ("unilateral", "We cannot change the interest rate on your plan.", "unilateral_change"),
    ("verbal", "经理同意的方案会以书面协议形式寄给您，签字后生效。", "verbal_promise"),
    ("verbal", "Nothing is approved until you receive our written confirmation.", "verbal_promise"),
    ("credit", "Paying on time will help your credit score.", "credit_report"),
    ("rate", "日息0.02%，按日计息。", "rate_above_cap"),
]
RAISED_11 = [
    # A plan not kept, and the full original sum recovered.
    (
        "not_kept",
        "If the plan is not kept, we may recover the full original balance.",
        "acceleration",
    ),
    (
        "not_kept",
        "Fail to keep the arrangement and the original debt is owed again.",
        "acceleration",
    ),
    ("not_kept", "If you don't keep to the plan, the whole balance falls due.", "acceleration"),
    ("not_kept", "借款人未履行还款协议的，出借人有权按原欠款全额追偿。", "acceleration"),
    ("not_kept", "如不遵守本方案，减免部分全部恢复，按原债务追收。", "acceleration"),
    # Arrears that attract interest; a rate that goes up once late.
    ("arrears_rate", "Arrears bear interest at 2% a month.", "penalty_interest"),
    ("arrears_rate", "Any arrears will attract interest at the default rate.", "penalty_interest"),
    ("arrears_rate", "If you pay late, the rate goes up to 29.9%.", "penalty_interest"),
    (
        "arrears_rate",
        "Miss a payment and your APR went up to 35.9% from that date.",
        "penalty_interest",
    ),
    ("arrears_rate", "拖欠款项按日万分之五计收利息。", "penalty_interest"),
    # A red packet to the collector.
    ("red_packet", "你给我发个红包，这事我帮你搞定。", "deposit_request"),
    ("red_packet", "发一个888的红包给我，我去找领导批。", "deposit_request"),
    ("red_packet", "红包（500元）发我微信就行。", "deposit_request"),
    (
        "red_packet",
        "Send me a red packet of 500 yuan on WeChat and I'll sort the waiver.",
        "deposit_request",
    ),
    (
        "red_packet",
        "A small hongbao to me personally will speed things up.",
        "deposit_request",
    ),
]
QUIET_11 = [
    ("not_kept", "If the plan is kept, the remaining balance is written off.", "acceleration"),
    ("not_kept", "Even if a payment is not kept, the plan stays in place.", "acceleration"),
    (
        "not_kept",
        "Your promise to pay will not be kept on file after the plan ends.",
        "acceleration",
    ),
    ("not_kept", "借款人按约履行本协议的，剩余欠款不再追偿。", "acceleration"),
    ("not_kept", "如未按时还款，我们会先电话提醒，方案继续有效。", "acceleration"),
    ("arrears_rate", "No interest is charged on arrears under this plan.", "penalty_interest"),
    ("arrears_rate", "Your rate will not go up if you pay late.", "penalty_interest"),
    ("arrears_rate", "Arrears are shown on your statement.", "penalty_interest"),
    ("arrears_rate", "House prices went up 5% this year.", "penalty_interest"),
    ("arrears_rate", "拖欠款项不另计利息。", "penalty_interest"),
    ("red_packet", "本公司工作人员不会向您索要红包或任何财物。", "deposit_request"),
    ("red_packet", "春节红包活动与本借款无关。", "deposit_request"),
    ("red_packet", "Never send red packets or transfers to our staff.", "deposit_request"),
    ("red_packet", "Our staff do not accept gifts or red packets.", "deposit_request"),
    ("red_packet", "谨防有人以发红包为名骗取钱财。", "deposit_request"),
]


@pytest.mark.parametrize(("kind", "text", "code"), FRESH11_RAISED + RAISED_11)
def test_round4e_class_is_raised(kind, text, code):
    assert code in codes(text), (kind, text)


@pytest.mark.parametrize(("kind", "text", "code"), FRESH11_QUIET + QUIET_11)
def test_round4e_near_miss_is_not(kind, text, code):
    assert code not in codes(text), (kind, text)


def test_every_round4e_class_has_five_probes_each_way_in_both_languages():
    for probes in (RAISED_11, QUIET_11):
        assert_five_probes_in_both_languages(probes)
