"""Round 4, third part: a fresh batch aimed at the clause kinds tuning4 before showed weakest
(acceleration, penalty pricing, one-sided changes, spoken promises), in wording that avoids
each kind's textbook keywords, written after every other round-4 rule and run once before any
change: 17 of 26 raised, 12 of 12 left quiet (the same as the scanner before round 4). Its nine
misses became the classes below, each probed both ways in both languages.
"""

from __future__ import annotations

import pytest

from .clause_probes import assert_five_probes_in_both_languages, codes

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


# A fifth fresh batch, the other kinds (deposits, fees, reporting, rates) in keyword-avoiding
# wording, written after the classes above and run once before any change: 14 of 20 raised,
# 10 of 10 left quiet (the same as before round 4). Its six misses became the classes after it.
FRESH8_RAISED = [
    (
        "deposit",
        "Your plan is approved; a one-off $150 to our compliance desk releases it today.",
        "deposit_request",
    ),
    (
        "deposit",
        "Before the reduced balance is confirmed, please show good faith with a $300 transfer.",
        "deposit_request",
    ),
    (
        "deposit",
        "The funds are ready but held until a $95 insurance premium is paid via CashApp.",
        "deposit_request",
    ),
    ("deposit", "您的减免申请已通过，缴纳800元服务押金后即可生效。", "deposit_request"),
    ("deposit", "需要先往指定账户存入一笔钱证明您的还款实力。", "deposit_request"),
    ("deposit", "额度已经下来了，先把首期的利息打给我，马上给您放款。", "deposit_request"),
    ("fee", "Each time you ask us to move a due date, we charge $20.", "hidden_fee"),
    (
        "fee",
        "A $4.95 monthly account-keeping charge applies for the life of the loan.",
        "hidden_fee",
    ),
    ("fee", "Setting up the plan costs $60, added to your first instalment.", "hidden_fee"),
    ("fee", "每月另需支付账户服务费19元。", "hidden_fee"),
    ("fee", "到账金额=借款金额-平台服务费（借款金额的8%）。", "hidden_fee"),
    ("fee", "委托我方处理债务需支付相当于减免金额20%的服务报酬。", "hidden_fee"),
    (
        "credit",
        "Details of any missed payment will be passed to Experian and Equifax.",
        "credit_report",
    ),
    ("credit", "We check your credit file before approving the plan.", "credit_report"),
    ("credit", "您的还款情况会同步给百行征信。", "credit_report"),
    ("credit", "逾期记录将影响您在人民银行的信用记录。", "credit_report"),
    ("rate", "综合年化成本为35.9%。", "rate_above_cap"),
    ("rate", "每借1000元，每天利息1元。", "rate_above_cap"),
    ("rate", "Interest: 1.5% a month on the reducing balance.", "rate_above_cap"),
    ("rate", "Daily interest of 0.2% applies.", "rate_above_cap"),
]
FRESH8_QUIET = [
    (
        "deposit",
        "We will never ask you to pay anything before your plan starts.",
        "deposit_request",
    ),
    ("deposit", "您的第一笔还款为首期分期款，无需预先支付任何费用。", "deposit_request"),
    (
        "deposit",
        "Payments go to the account shown on your statement in our company's name.",
        "deposit_request",
    ),
    ("fee", "There is no charge for changing your due date.", "hidden_fee"),
    ("fee", "本借款不收取任何形式的服务费。", "hidden_fee"),
    ("fee", "The cost of the loan is interest only; no other charges apply.", "hidden_fee"),
    ("credit", "We will not check your credit file for this plan.", "credit_report"),
    ("credit", "本次协商不影响您的个人信用记录。", "credit_report"),
    ("rate", "年利率为LPR加50个基点。", "rate_above_cap"),
    ("rate", "Interest: 0.5% a month.", "rate_above_cap"),
]
RAISED_8 = [
    # The money itself unlocks or releases; good faith or strength proven with a transfer.
    ("money_unlocks", "A small $80 transfer unlocks your settlement letter.", "deposit_request"),
    ("money_unlocks", "The $200 payment activates the plan straight away.", "deposit_request"),
    ("money_unlocks", "Please show good faith by sending £250 today.", "deposit_request"),
    ("money_unlocks", "请把5000元转入我们指定的账户，用于核实您的资金。", "deposit_request"),
    ("money_unlocks", "先存一笔钱证明您的经济实力，审核就能通过。", "deposit_request"),
    # A fee named by what it rewards, or a charge that "applies".
    ("named_charge", "A monthly admin charge applies: $6.", "hidden_fee"),
    ("named_charge", "An account-keeping charge of $3 applies each month.", "hidden_fee"),
    ("named_charge", "债务处理成功后，需按减免金额的15%支付佣金。", "hidden_fee"),
    ("named_charge", "乙方应向甲方支付服务报酬3,000元。", "hidden_fee"),
    ("named_charge", "代理报酬按回款金额的10%收取。", "hidden_fee"),
    # Interest per thousand or per hundred lent, per day.
    ("per_thousand", "每借1000元，每天利息0.5元。", "rate_above_cap"),
    ("per_thousand", "每借100元每天收取利息0.1元。", "rate_above_cap"),
    ("per_thousand", "借款每1000元每日利息1元。", "rate_above_cap"),
    ("per_thousand", "$15 per $100 borrowed for each 14-day period.", "rate_above_cap"),
    ("per_thousand", "A charge of $2 per $100 borrowed for each 7-day term.", "rate_above_cap"),
    # "减免金额", "减免后": the reduction named, not a waiver of what follows.
    ("reduction_noun", "减免后罚息按日0.05%计收。", "penalty_interest"),
    ("reduction_noun", "按减免金额的20%收取服务费。", "hidden_fee"),
    ("reduction_noun", "减免部分以外的违约金按日万分之五计收。", "penalty_interest"),
    (
        "reduction_noun",
        "After the reduction, default interest of 0.1% a day still applies.",
        "penalty_interest",
    ),
    ("reduction_noun", "A success fee of 20% of the amount we save you is payable.", "hidden_fee"),
]
QUIET_8 = [
    (
        "money_unlocks",
        "Your first instalment starts the plan; nothing is payable before it.",
        "deposit_request",
    ),
    (
        "money_unlocks",
        "A payment made by direct debit releases no personal data.",
        "deposit_request",
    ),
    ("money_unlocks", "We never ask you to show good faith with a payment.", "deposit_request"),
    (
        "money_unlocks",
        "还款请转入本公司指定的对公账户，户名：某某消费金融有限公司。",
        "deposit_request",
    ),
    ("money_unlocks", "我们不会要求您证明经济实力或先行转账。", "deposit_request"),
    ("named_charge", "No charge applies for early repayment.", "hidden_fee"),
    ("named_charge", "We charge no fees for this plan.", "hidden_fee"),
    ("named_charge", "本服务不收取任何佣金或报酬。", "hidden_fee"),
    ("named_charge", "If we charge you a fee, it will be listed in this schedule.", "hidden_fee"),
    ("named_charge", "甲方不向乙方收取任何服务报酬。", "hidden_fee"),
    ("per_thousand", "每借1000元，每天利息0.2元。", "rate_above_cap"),
    ("per_thousand", "每借100元每天收取利息0.02元。", "rate_above_cap"),
    ("per_thousand", "每1000元借款每月利息5元。", "rate_above_cap"),
    ("per_thousand", "$0.80 per $100 borrowed for each 30-day period.", "rate_above_cap"),
    ("per_thousand", "Interest is $0.50 per $100 per 30-day period.", "rate_above_cap"),
    ("reduction_noun", "本次减免服务费。", "hidden_fee"),
    ("reduction_noun", "罚息减免后，剩余本金按月偿还。", "penalty_interest"),
    ("reduction_noun", "减免罚息1,200元。", "penalty_interest"),
    ("reduction_noun", "All default interest is waived under this plan.", "penalty_interest"),
    ("reduction_noun", "Late fees are waived after the reduction.", "hidden_fee"),
]


@pytest.mark.parametrize(
    ("kind", "text", "code"), FRESH7_RAISED + RAISED_7 + FRESH8_RAISED + RAISED_8
)
def test_round4c_class_is_raised(kind, text, code):
    assert code in codes(text), (kind, text)


@pytest.mark.parametrize(("kind", "text", "code"), FRESH7_QUIET + QUIET_7 + FRESH8_QUIET + QUIET_8)
def test_round4c_near_miss_is_not(kind, text, code):
    assert code not in codes(text), (kind, text)


def test_every_round4c_class_has_five_probes_each_way_in_both_languages():
    for probes in (RAISED_7, QUIET_7, RAISED_8, QUIET_8):
        assert_five_probes_in_both_languages(probes)
