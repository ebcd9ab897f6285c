"""Round 4, third part: a fresh batch aimed at the clause kinds tuning4 before showed weakest
(acceleration, penalty pricing, one-sided changes, spoken promises), in wording that avoids
each kind's textbook keywords, written after every other round-4 rule and run once before any
change: 17 of 26 raised, 12 of 12 left quiet (the same as the scanner before round 4). Its nine
misses became the classes below, each probed both ways in both languages.
"""

from __future__ import annotations

import pytest

from parley.engine.clauses import scan


def codes(text: str) -> set[str]:
    return {f.code for f in scan(text)}


FRESH7_RAISED = [
    (
        "accel",
        "Skip one payment and we can ask for everything left on the loan straight away.",
        "acceleration",
    ),
    (
        "accel",
        "If the card account falls 60 days behind, the whole outstanding "
        "amount must be repaid within 7 days.",
        "acceleration",
    ),
    (
        "accel",
        "Any missed instalment ends the payment plan, and the unpaid amount "
        "will then be collected in one sum.",
        "acceleration",
    ),
    ("accel", "只要有一期没按时还，剩下没还的钱就得一次性还清。", "acceleration"),
    ("accel", "若违约，出借人可要求借款人于三日内归还全部借款本息。", "acceleration"),
    ("accel", "协议期间逾期一次，之前免掉的利息和罚息都要补上。", "acceleration"),
    ("accel", "方案作废后，按照最初的欠款数额继续向您追讨。", "acceleration"),
    (
        "accel",
        "If you default, the reduced balance no longer applies and you will "
        "owe the original amount.",
        "acceleration",
    ),
    (
        "penalty",
        "For every day a payment is late, an extra 0.05% of the overdue amount is added.",
        "penalty_interest",
    ),
    (
        "penalty",
        "Late balances are charged a higher rate of 36% a year until brought up to date.",
        "penalty_interest",
    ),
    ("penalty", "超过还款日未还的部分，每天加收万分之五。", "penalty_interest"),
    ("penalty", "逾期的款项另按日千分之一收取资金占用费。", "penalty_interest"),
    ("penalty", "未按期还款的，按逾期金额每日0.1%支付违约金。", "penalty_interest"),
    (
        "penalty",
        "Interest not paid when due is added to the balance and itself earns interest.",
        "penalty_interest",
    ),
    (
        "unilateral",
        "We set the fees for this product and may review them whenever we see fit.",
        "unilateral_change",
    ),
    (
        "unilateral",
        "Pricing follows our rate card, which we update without asking you.",
        "unilateral_change",
    ),
    ("unilateral", "费率以平台届时公布的标准执行。", "unilateral_change"),
    ("unilateral", "本公司可视经营情况对服务费进行调整，调整后即时生效。", "unilateral_change"),
    ("unilateral", "利率将随资金成本变化而相应调整，以短信通知为准。", "unilateral_change"),
    (
        "unilateral",
        "The interest rate on your plan is variable and set by us each quarter.",
        "unilateral_change",
    ),
    (
        "verbal",
        "I've sorted the waiver with my manager, you don't need anything on paper.",
        "verbal_promise",
    ),
    (
        "verbal",
        "Just trust what I told you on the call, the system will show it next week.",
        "verbal_promise",
    ),
    ("verbal", "我们这边已经给您登记了，不需要再发什么协议。", "verbal_promise"),
    ("verbal", "这个减免是我私下给你申请的，书面上不会体现。", "verbal_promise"),
    ("verbal", "协议回头再补，先按我说的转账。", "verbal_promise"),
    (
        "verbal",
        "Everything's agreed between us, the written confirmation will come after you pay.",
        "verbal_promise",
    ),
]
FRESH7_QUIET = [
    ("accel", "Missing one payment will not cause the whole loan to become due.", "acceleration"),
    ("accel", "即使逾期，贷款人也只能要求偿还已到期的款项。", "acceleration"),
    (
        "accel",
        "Your reduced balance stays in place even if a payment is a few days late.",
        "acceleration",
    ),
    (
        "penalty",
        "No extra interest is charged on late payments under this plan.",
        "penalty_interest",
    ),
    ("penalty", "逾期不另收任何费用。", "penalty_interest"),
    (
        "penalty",
        "If you pay late, we'll send a reminder; your rate stays the same.",
        "penalty_interest",
    ),
    (
        "unilateral",
        "Your rate is fixed and we cannot change it during the term.",
        "unilateral_change",
    ),
    ("unilateral", "服务费标准在合同期内不作调整。", "unilateral_change"),
    ("unilateral", "Any new fee would need a new agreement signed by you.", "unilateral_change"),
    (
        "verbal",
        "We will send you the signed agreement before your first payment.",
        "verbal_promise",
    ),
    ("verbal", "所有约定以双方签署的书面协议为准。", "verbal_promise"),
    (
        "verbal",
        "Please keep this letter; it is the full record of our agreement.",
        "verbal_promise",
    ),
]

# (class, text, code that must be raised)
RAISED_7 = [
    # The whole debt to be paid within days (DEMAND now reads "repaid", "paid").
    (
        "within_days",
        "The entire balance must be paid within 10 days of this notice.",
        "acceleration",
    ),
    ("within_days", "All sums owing are to be repaid within 14 days of a default.", "acceleration"),
    ("within_days", "违约后，借款人应于五日内偿还全部剩余本金。", "acceleration"),
    ("within_days", "如逾期，贷款人可要求借款人在3日内还清全部欠款。", "acceleration"),
    ("within_days", "逾期超过30天，剩余借款须在7个工作日内一次性结清。", "acceleration"),
    # What was waived has to be made up, or the original sum is pursued, once a plan lapses.
    ("made_up", "方案期间只要逾期一次，免掉的利息都得补上。", "acceleration"),
    ("made_up", "如未按期还款，减免了的罚息将全部加回。", "acceleration"),
    ("made_up", "协议失效后，按最初的借款金额向您追偿。", "acceleration"),
    (
        "made_up",
        "If you miss a payment, the waived interest will be added back to the balance.",
        "acceleration",
    ),
    (
        "made_up",
        "If the plan is cancelled, we will pursue the original balance in full.",
        "acceleration",
    ),
    # Overdue amounts charged a share per day, however it is worded.
    (
        "daily_share",
        "Each day a payment is overdue, 0.1% of the overdue amount is added.",
        "penalty_interest",
    ),
    (
        "daily_share",
        "A further 1% of the past-due balance is charged per month.",
        "penalty_interest",
    ),
    ("daily_share", "未还的款项，每日加收0.05%。", "penalty_interest"),
    ("daily_share", "逾期部分按日收取千分之一。", "penalty_interest"),
    (
        "daily_share",
        "For each month late, 2% of the missed payment is charged.",
        "penalty_interest",
    ),
    # A change at the lender's will, however it is put.
    (
        "see_fit",
        "We may revise the service fee whenever we consider it necessary.",
        "unilateral_change",
    ),
    ("see_fit", "Charges are set by us and can be adjusted as we see fit.", "unilateral_change"),
    ("see_fit", "We review our rates and change them whenever we think fit.", "unilateral_change"),
    ("see_fit", "本公司可视情况随时调整费率。", "unilateral_change"),
    ("see_fit", "平台有权根据自身需要变更服务费标准。", "unilateral_change"),
    # Kept off the record on purpose.
    ("off_record", "这个优惠我私下帮您申请的，系统上不会显示。", "verbal_promise"),
    ("off_record", "减免的事不会写在合同上，你放心。", "verbal_promise"),
    (
        "off_record",
        "The discount won't appear on your statement, it's just between us.",
        "verbal_promise",
    ),
    ("off_record", "I'll approve it privately; it won't show in the system.", "verbal_promise"),
    ("off_record", "这个是我私下答应你的，协议上不写。", "verbal_promise"),
]
QUIET_7 = [
    ("within_days", "Each instalment must be paid within 5 days of its due date.", "acceleration"),
    ("within_days", "请于3日内完成本期还款。", "acceleration"),
    ("within_days", "The settlement sum of $2,000 must be paid within 14 days.", "acceleration"),
    ("within_days", "您可以在7日内无理由取消本次借款并全额退还本金。", "acceleration"),
    ("within_days", "We will reply to your complaint within 14 days.", "acceleration"),
    ("made_up", "按期还完后，减免的部分无需补缴。", "acceleration"),
    ("made_up", "最初的借款金额为50,000元，现剩余本金20,000元。", "acceleration"),
    ("made_up", "Waived interest will never be added back, whatever happens.", "acceleration"),
    ("made_up", "The original balance was $9,000; you now owe $3,200.", "acceleration"),
    ("made_up", "免掉的罚息不会再补收。", "acceleration"),
    (
        "daily_share",
        "Late Payment: $15 or 5% of the past-due amount, whichever is greater.",
        "penalty_interest",
    ),
    (
        "daily_share",
        "The minimum payment is 3% of the unpaid balance each month.",
        "penalty_interest",
    ),
    ("daily_share", "未还的部分按原计划每月偿还。", "penalty_interest"),
    ("daily_share", "每日还款金额为未还本金的1%。", "penalty_interest"),
    (
        "daily_share",
        "No extra charge applies to overdue amounts while you are on the plan.",
        "penalty_interest",
    ),
    (
        "see_fit",
        "If we consider it appropriate, we may offer you a payment holiday.",
        "unilateral_change",
    ),
    ("see_fit", "We will contact you whenever we think it necessary.", "unilateral_change"),
    (
        "see_fit",
        "You may change your payment date as you see fit, once a year.",
        "unilateral_change",
    ),
    ("see_fit", "本公司将视情况为您提供延期还款服务。", "unilateral_change"),
    ("see_fit", "如您认为有必要，可随时申请调整还款日。", "unilateral_change"),
    ("off_record", "请勿与催收人员私下协商或转账。", "verbal_promise"),
    ("off_record", "所有减免都会写在合同上，并在系统中显示。", "verbal_promise"),
    ("off_record", "The discount will appear on your next statement.", "verbal_promise"),
    ("off_record", "Nothing is agreed privately; everything is in this letter.", "verbal_promise"),
    ("off_record", "协议上写明的减免金额为3,000元。", "verbal_promise"),
]


@pytest.mark.parametrize(("kind", "text", "code"), FRESH7_RAISED + RAISED_7)
def test_round4c_class_is_raised(kind, text, code):
    assert code in codes(text), (kind, text)


@pytest.mark.parametrize(("kind", "text", "code"), FRESH7_QUIET + QUIET_7)
def test_round4c_near_miss_is_not(kind, text, code):
    assert code not in codes(text), (kind, text)


def test_every_round4c_class_has_five_probes_each_way_in_both_languages():
    for probes in (RAISED_7, QUIET_7):
        kinds: dict[str, list[str]] = {}
        for kind, text, _code in probes:
            kinds.setdefault(kind, []).append(text)
        for kind, texts in kinds.items():
            assert len(texts) >= 5, kind
            assert any(ord(c) > 0x3000 for t in texts for c in t), kind
            assert any(t.isascii() for t in texts), kind
