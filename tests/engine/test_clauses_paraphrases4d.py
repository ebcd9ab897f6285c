"""Round 4, fourth part: a sixth fresh batch across every clause kind in keyword-avoiding
wording and other registers (agency letters, WeChat chats, card terms), written after every
class in parts one to three and run once before any change: 15 of 24 raised, 14 of 14 left
quiet (the scanner before round 4: 14 and 14). Its nine misses became the classes below.
"""

from __future__ import annotations

import pytest

from .clause_probes import assert_five_probes_in_both_languages, codes

FRESH9_RAISED = [
    (
        "accel",
        "Once you're two payments behind, the lender can call for the lot, not just the arrears.",
        "acceleration",
    ),
    (
        "accel",
        "Break this arrangement and we'll pursue the full £6,200 again, discount or not.",
        "acceleration",
    ),
    ("accel", "延期期间再出现逾期，展期协议自动解除，全部本息即刻到期。", "acceleration"),
    ("accel", "分期中途断供的，剩余分期立即全部转为当期应还。", "acceleration"),
    (
        "penalty",
        "Unpaid instalments will have 0.5% per week added until cleared.",
        "penalty_interest",
    ),
    (
        "penalty",
        "Late payers move to our standard variable rate plus 10% on the overdue sum.",
        "penalty_interest",
    ),
    ("penalty", "逾期当天起，按欠款总额每日收取0.3%的逾期管理费。", "penalty_interest"),
    ("penalty", "拖欠期间，利息按原利率的两倍计算。", "penalty_interest"),
    ("fee", "Your plan includes a 'priority handling' charge of $12 each month.", "hidden_fee"),
    ("fee", "放款时平台会先扣下10%作为风险服务费。", "hidden_fee"),
    ("fee", "每次申请延期还款需缴纳延期手续费100元。", "hidden_fee"),
    (
        "deposit",
        "Pay $60 via Western Union to our agent in Manila to hold your settlement.",
        "deposit_request",
    ),
    (
        "deposit",
        "To stop the legal action, transfer a refundable bond of $500 first.",
        "deposit_request",
    ),
    ("deposit", "加我私人微信，把钱转过来我帮你处理。", "deposit_request"),
    ("deposit", "先交两千的疏通费，我让领导把你的案子撤了。", "deposit_request"),
    (
        "unilateral",
        "The bank may vary the repayment schedule on giving you 7 days' notice.",
        "unilateral_change",
    ),
    (
        "unilateral",
        "Membership fees are subject to revision at our discretion.",
        "unilateral_change",
    ),
    ("unilateral", "本行保留对收费项目及标准进行调整的权利。", "unilateral_change"),
    (
        "verbal",
        "My supervisor has OK'd the discount verbally, no need to wait for the letter.",
        "verbal_promise",
    ),
    ("verbal", "你就按我们电话里商量的办，不用等书面通知。", "verbal_promise"),
    ("credit", "Failure to pay will be recorded on your credit profile.", "credit_report"),
    ("credit", "本公司将依法向征信机构报送您的信用信息。", "credit_report"),
    ("rate", "按月息3分计算利息。", "rate_above_cap"),
    ("rate", "Flat interest of 2% per month over 12 months.", "rate_above_cap"),
]
FRESH9_QUIET = [
    (
        "accel",
        "Falling behind once will not end your plan; we will contact you to agree a catch-up.",
        "acceleration",
    ),
    ("accel", "展期期间，借款人可随时提前结清全部本息，不收取额外费用。", "acceleration"),
    ("penalty", "No penalty interest accrues during the payment holiday.", "penalty_interest"),
    ("penalty", "延期期间不计收逾期利息。", "penalty_interest"),
    ("fee", "We do not deduct any fee from the amount we lend you.", "hidden_fee"),
    ("fee", "申请延期不收取任何手续费。", "hidden_fee"),
    (
        "deposit",
        "Never send money via Western Union to anyone claiming to be from us.",
        "deposit_request",
    ),
    ("deposit", "本公司从不通过私人微信收款。", "deposit_request"),
    (
        "unilateral",
        "The repayment schedule can only be varied with your written agreement.",
        "unilateral_change",
    ),
    ("unilateral", "收费项目及标准以本合同约定为准，合同期内不作调整。", "unilateral_change"),
    ("verbal", "Please wait for our letter before making any payment.", "verbal_promise"),
    ("verbal", "电话中商量的方案，以我司出具的书面通知为准。", "verbal_promise"),
    ("credit", "Your credit profile will not be affected by joining this plan.", "credit_report"),
    ("rate", "按月息5厘计算利息。", "rate_above_cap"),
]

RAISED_9 = [
    ("call_for", "After a default we may call for the whole balance.", "acceleration"),
    ("call_for", "The creditor can call for repayment of all sums outstanding.", "acceleration"),
    (
        "call_for",
        "If two instalments are missed, the bank will call for the entire loan.",
        "acceleration",
    ),
    ("call_for", "违约后，出借人有权要求立即偿还全部借款。", "acceleration"),
    ("call_for", "逾期的，贷款人可要求借款人一次性还清剩余全部本金。", "acceleration"),
    ("due_now", "一旦逾期，剩余分期款将立即转为当期应还。", "acceleration"),
    ("due_now", "分期期间逾期的，未还分期本金一次性计为本期账单。", "acceleration"),
    ("due_now", "逾期后剩余本金全部列为次月应还。", "acceleration"),
    (
        "due_now",
        "If you fall behind, the remaining instalments will be billed on your next statement.",
        "acceleration",
    ),
    (
        "due_now",
        "On default, all outstanding instalments will be added to this month's bill.",
        "acceleration",
    ),
    (
        "unpaid_share",
        "Missed payments will have 1% per month added until paid.",
        "penalty_interest",
    ),
    ("unpaid_share", "Overdue balances carry an extra 0.1% a day.", "penalty_interest"),
    (
        "unpaid_share",
        "Late instalments attract 2% per month until brought up to date.",
        "penalty_interest",
    ),
    ("unpaid_share", "逾期款项每日另计0.05%。", "penalty_interest"),
    ("unpaid_share", "未按期支付的款项，每月加收2%。", "penalty_interest"),
    ("rate_on_overdue", "A rate of 30% a year applies on any overdue amount.", "penalty_interest"),
    (
        "rate_on_overdue",
        "Interest at the standard rate plus 5% is charged on the past-due balance.",
        "penalty_interest",
    ),
    ("rate_on_overdue", "The APR rises to 29.9% on missed payments.", "penalty_interest"),
    ("rate_on_overdue", "拖欠期间，利息按原利率的两倍计算。", "penalty_interest"),
    ("rate_on_overdue", "违约期间利率上浮50%。", "penalty_interest"),
    ("bond", "Pay a $400 security bond before we can stop the court case.", "deposit_request"),
    ("bond", "A refundable bond of £200 secures your place on the scheme.", "deposit_request"),
    ("bond", "Send the bond today and the freeze on your account is lifted.", "deposit_request"),
    ("bond", "先交一笔保证金，案子马上撤。", "deposit_request"),
    ("bond", "需要先缴纳2000元履约保证金。", "deposit_request"),
    ("money_over", "加我私人微信，转账给我就行。", "deposit_request"),
    ("money_over", "你先把钱打过来，我这边马上给你办。", "deposit_request"),
    ("money_over", "款汇过来以后我帮你销账。", "deposit_request"),
    ("money_over", "Send the money over to me on WhatsApp and I'll clear it.", "deposit_request"),
    ("money_over", "Just transfer it to me directly and I'll sort the rest.", "deposit_request"),
    ("no_wait", "就按电话里商量的方案还，不用等书面确认。", "verbal_promise"),
    ("no_wait", "没必要等合同，今天先转。", "verbal_promise"),
    (
        "no_wait",
        "No need to wait for the letter, just pay what we agreed on the phone.",
        "verbal_promise",
    ),
    ("no_wait", "Don't wait for paperwork; we settled it on the call.", "verbal_promise"),
    ("no_wait", "电话里讲的就是最终方案，不必等通知。", "verbal_promise"),
    ("credit_profile", "Missed payments will be recorded on your credit profile.", "credit_report"),
    (
        "credit_profile",
        "We may report the default to your credit profile with the bureaus.",
        "credit_report",
    ),
    (
        "credit_profile",
        "Your repayment behaviour is shared with credit reference agencies.",
        "credit_report",
    ),
    ("credit_profile", "逾期信息将记入您的个人信用档案。", "credit_report"),
    ("credit_profile", "我们会把逾期情况报送征信系统。", "credit_report"),
]
QUIET_9 = [
    ("call_for", "Call for a free review of your plan any time.", "acceleration"),
    ("call_for", "You may call for a statement of the whole balance once a month.", "acceleration"),
    (
        "call_for",
        "We will not call for the whole balance while you keep to the plan.",
        "acceleration",
    ),
    ("call_for", "如您需要，可随时致电查询全部欠款明细。", "acceleration"),
    ("call_for", "逾期不会导致全部借款提前到期。", "acceleration"),
    ("due_now", "本期应还金额为1,250元，请按时还款。", "acceleration"),
    ("due_now", "剩余分期款将按原计划每月计入当期账单。", "acceleration"),
    ("due_now", "您可以选择将剩余分期一次性提前还清。", "acceleration"),
    (
        "due_now",
        "Your next statement will show the remaining instalments as a schedule.",
        "acceleration",
    ),
    ("due_now", "Each instalment is added to that month's bill as usual.", "acceleration"),
    ("unpaid_share", "Your payment of 5% per month goes to principal first.", "penalty_interest"),
    (
        "unpaid_share",
        "No extra charge is added to missed payments during the plan.",
        "penalty_interest",
    ),
    (
        "unpaid_share",
        "The plan reduces your interest to 1% per month on the whole balance.",
        "penalty_interest",
    ),
    ("unpaid_share", "方案期间，逾期款项不再另计任何费用。", "penalty_interest"),
    ("unpaid_share", "每月还款额为剩余本金的2%。", "penalty_interest"),
    ("rate_on_overdue", "Your rate stays at 9.9% even if a payment is late.", "penalty_interest"),
    (
        "rate_on_overdue",
        "We charge no interest on overdue amounts under this plan.",
        "penalty_interest",
    ),
    ("rate_on_overdue", "The standard rate is 12.9% on purchases.", "penalty_interest"),
    ("rate_on_overdue", "拖欠期间利率保持不变。", "penalty_interest"),
    ("rate_on_overdue", "违约期间不另行上浮利率。", "penalty_interest"),
    ("bond", "We never ask for a bond, deposit or advance payment.", "deposit_request"),
    ("bond", "Government bonds are not part of this agreement.", "deposit_request"),
    ("bond", "Your bond with the landlord is not affected by this plan.", "deposit_request"),
    ("bond", "本公司不会收取任何保证金。", "deposit_request"),
    ("bond", "无需缴纳任何押金或保证金。", "deposit_request"),
    ("money_over", "我们会把还款计划发过来给您确认。", "deposit_request"),
    ("money_over", "请通过App还款，不要把钱转给任何个人。", "deposit_request"),
    ("money_over", "We will send the paperwork over to you today.", "deposit_request"),
    (
        "money_over",
        "Never transfer money to anyone who contacts you on WhatsApp.",
        "deposit_request",
    ),
    ("money_over", "您转过来的还款已入账，谢谢。", "deposit_request"),
    ("no_wait", "请等收到书面确认后再付款。", "verbal_promise"),
    ("no_wait", "Please wait for our letter before you pay.", "verbal_promise"),
    (
        "no_wait",
        "You don't need to wait for a letter to cancel your direct debit.",
        "verbal_promise",
    ),
    ("no_wait", "您无需等待，可在App内直接查看电子协议。", "verbal_promise"),
    (
        "no_wait",
        "The written agreement is attached; no need to wait for the post.",
        "verbal_promise",
    ),
    ("credit_profile", "Your credit profile will not be affected by this plan.", "credit_report"),
    ("credit_profile", "You can view your credit profile for free online.", "credit_report"),
    ("credit_profile", "本次协商不会记入个人信用档案。", "credit_report"),
    ("credit_profile", "您可以免费查询个人信用报告。", "credit_report"),
    (
        "credit_profile",
        "If you think your credit profile is wrong, you can dispute it.",
        "credit_report",
    ),
]


# A seventh fresh batch: neutral and protective lines full of clause keywords (statements of
# balance, waivers, refunds, warnings, questions, the borrower's own turn), written after the
# classes above and run once before any change: 23 of 30 raised nothing (before round 4: 20).
# The one left raising is a question and answer that does describe reporting ("only as paid as
# agreed"), kept out of this list. The other six became the classes after it.
FRESH10_QUIET = [
    "截至2026年3月1日，您尚欠本金8,200元、利息360元、罚息125元，合计8,685元。",
    "Your balance today is $3,412.50, including $210 of late fees already charged.",
    "本协议签署后，甲方对乙方原欠的罚息、违约金及其他费用不再追索。",
    "As part of this settlement, all default interest and collection charges are written off.",
    "借款人问：如果我提前还款，是否需要支付违约金？",
    "如您对本通知有异议，请在收到之日起7日内书面提出。",
    "You have the right to ask us for a copy of your credit agreement at any time, free of charge.",
    "本行承诺：在您按计划还款期间，不会将您的账户提前到期。",
    "We will not add any new fees, change your rate or ask for a deposit while the plan runs.",
    "关于保证金：本公司任何业务均不收取保证金，请勿轻信。",
    "Beware: we never accept gift cards, crypto or payments to personal accounts.",
    "此前收取的账户管理费将在30日内退还至您的还款账户。",
    "The $35 late fee charged in March has been refunded to your account.",
    "根据法律规定，民间借贷利率不得超过合同成立时一年期LPR的四倍。",
    "Any rate above the legal cap is unenforceable, and we will not charge it.",
    "催收员不得以任何形式要求您向个人账户付款。",
    "Our agents are not allowed to collect cash or take payment over WhatsApp.",
    "您可通过中国人民银行征信中心网站免费查询两次本人信用报告。",
    "If a payment is missed, we will write to you and give you 14 days to catch up before "
    "taking any action.",
    "本次延期不收取延期费，原借款利率不变。",
    "The plan does not change your interest rate; it stays at 8.9% for the full term.",
    "用户：罚息和违约金能不能都免了？",
    "Me: can you freeze the interest and stop the late fees?",
    "甲方同意免除乙方逾期期间产生的全部罚息。",
    "Following your hardship request, we have stopped charging interest and fees for 6 months.",
    "合同约定的年利率为10.8%，逾期不另计罚息。",
    "No early repayment fee, no annual fee, no late fee.",
    "如有工作人员向您索要保证金、手续费，请立即拨打官方客服电话举报。",
    "We record calls for training; nothing said on a call changes your written agreement.",
]
RAISED_10 = [
    # A statement of what is owed that also sets a charge from here on is still a fee.
    ("owed_now", "截至目前已收取服务费1,200元，此后每月另收100元。", "hidden_fee"),
    (
        "owed_now",
        "Your balance is $2,000; a $15 monthly fee will apply from next month.",
        "hidden_fee",
    ),
    ("owed_now", "As of today you owe $900, and a $40 collection fee will be added.", "hidden_fee"),
    ("owed_now", "截至本月欠款合计8,000元，另需支付催收费用800元。", "hidden_fee"),
    ("owed_now", "因催收产生的律师费用，按欠款总额的10%由您承担。", "hidden_fee"),
    # A fee refused a refund, or a request under a topic label, is still raised.
    ("refund_or_topic", "A $25 processing fee applies and will not be refunded.", "hidden_fee"),
    ("refund_or_topic", "手续费300元一经收取不予退还。", "hidden_fee"),
    ("refund_or_topic", "关于保证金：请先转2000元保证金到专员账户。", "deposit_request"),
    ("refund_or_topic", "About the deposit: send $300 today to hold your plan.", "deposit_request"),
    (
        "refund_or_topic",
        "Re: your file - a $150 release fee is due before we close it.",
        "deposit_request",
    ),
]
QUIET_10 = [
    ("owed_now", "截至2026年5月1日，您尚欠本金3,000元、账户管理费90元。", "hidden_fee"),
    ("owed_now", "欠款明细：本金5,000元，服务费200元（已收取）。", "hidden_fee"),
    ("owed_now", "As of 1 May you owe $1,250, of which $75 is late fees.", "hidden_fee"),
    ("owed_now", "Your balance today includes $50 of fees charged last month.", "hidden_fee"),
    ("owed_now", "The $30 fee charged on 3 April is shown on this statement.", "hidden_fee"),
    ("refund_or_topic", "多收取的服务费将全额退还至您的银行卡。", "hidden_fee"),
    (
        "refund_or_topic",
        "The annual fee charged in error will be credited back within 5 days.",
        "hidden_fee",
    ),
    ("refund_or_topic", "关于保证金：我司从不收取任何保证金。", "deposit_request"),
    ("refund_or_topic", "About deposits: we never ask for one.", "deposit_request"),
    (
        "refund_or_topic",
        "If any staff member asks you for a deposit, report it to us at once.",
        "deposit_request",
    ),
    ("refund_or_topic", "如有员工向您收取保证金，请拨打官方客服举报。", "deposit_request"),
]


@pytest.mark.parametrize(("kind", "text", "code"), FRESH9_RAISED + RAISED_9)
def test_round4d_class_is_raised(kind, text, code):
    assert code in codes(text), (kind, text)


@pytest.mark.parametrize(("kind", "text", "code"), FRESH9_QUIET + QUIET_9)
def test_round4d_near_miss_is_not(kind, text, code):
    assert code not in codes(text), (kind, text)


def test_every_round4d_class_has_five_probes_each_way_in_both_languages():
    for probes in (RAISED_9, QUIET_9):
        assert_five_probes_in_both_languages(probes)


@pytest.mark.parametrize("text", FRESH10_QUIET)
def test_a_neutral_keyword_line_raises_nothing(text):
    assert not codes(text), text


@pytest.mark.parametrize(("kind", "text", "code"), RAISED_10)
def test_round4d_statement_and_topic_still_raise(kind, text, code):
    assert code in codes(text), (kind, text)


@pytest.mark.parametrize(("kind", "text", "code"), QUIET_10)
def test_round4d_statement_and_topic_stay_quiet(kind, text, code):
    assert code not in codes(text), (kind, text)


def test_round4d_statement_and_topic_classes_have_five_probes_both_ways():
    for probes in (RAISED_10, QUIET_10):
        assert_five_probes_in_both_languages(probes)
