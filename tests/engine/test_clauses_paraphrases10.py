"""Round 10: figures read as rates that are not, from heldout9 once it was scored, each class
probed both ways in both languages with lines written from the domain notes, not from the set:
a percentage that is a share, a cut or a score ("cut by up to 70%", 成功率98%, 利息的60%予以
减免), and a penalty rate set relative to this agreement's own rate (按本协议利率上浮50%),
which states no annual rate unless the line states the rate it rises from. And a call's terms
said to stand without the letter ("that call counts as your acceptance", "does not need to be
put in writing", 通话确认后即刻生效), beside the rule that they must be written. And, as the
labellers of heldout6, tuning8 and tuning9 read it, a new fee announced on its own line (二、新增
账户管理费，每月15元) is the fee; it is a one-sided change when it reaches loans already made.
And, from the clean agreements of the learning sets read leave-one-set-out: fees stated as
none or nil, payments that go back to their original amount after a plan (not the whole debt
made due), a note on what the borrower may argue (协商时可主张), and an agreed new payment
(not a change the lender makes alone). And deposit requests the rules missed across the learning
sets: money that lifts a freeze (须您本人先打款解除), debt-settlement money held by a partner
(转入合作方托管账户, "our escrow partner"), a person's own channel ("my Zelle", 我把收款码发你,
"Acct name …"), and filing fees or bonds (调解备案费, 履约金, "the bond has to clear"). And, from
clean agreements read leave-one-set-out, what resemblance alone raised: a debt settled in
full (not made due), a change free of charge, a disclosure box's totals, a letter that confirms
a call's terms (the writing itself). And two readings every labeller of the learning sets
shared: "具体以借款页面展示为准" after the figures a line gives says which of them applies, not that
terms are set elsewhere; a new price for loans not yet made is not a change to the reader's.
"""

from __future__ import annotations

import pytest

from .clause_probes import assert_five_probes_in_both_languages, codes

RAISED_10 = [
    ("precisely", "本产品费率及收费项目以App页面实时展示为准。", "unilateral_change"),
    ("precisely", "Fees are whatever the app shows when you draw down.", "unilateral_change"),
    (
        "new-loans",
        "自2025年11月1日起，借款日利率调整为0.079%，存量未还借款同步适用。",
        "unilateral_change",
    ),
    (
        "new-loans",
        "From 1 June the rate on existing balances will rise to 29.9%, and we may change it again.",
        "unilateral_change",
    ),
    ("settled", "If the plan lapses, the whole balance is due at once.", "acceleration"),
    (
        "settled",
        "Any missed payment: the remaining balance is due in full immediately.",
        "acceleration",
    ),
    ("free", "Moving your due date costs $15 each time.", "hidden_fee"),
    ("free", "每次修改还款日收取手续费15元。", "hidden_fee"),
    (
        "letter-confirms",
        "What we agreed on the recorded call stands; no letter will follow.",
        "verbal_promise",
    ),
    ("letter-confirms", "电话里说好的就算数，不会再发书面确认。", "verbal_promise"),
    ("unfreeze-pay", "须您本人先打款解除冻结。", "deposit_request"),
    ("unfreeze-pay", "款一到账，系统自动解除银行卡的冻结。", "deposit_request"),
    ("unfreeze-pay", "Pay the $200 and the hold on your account is lifted.", "deposit_request"),
    ("partner-account", "将每月还款预算转入乙方合作方托管账户。", "deposit_request"),
    ("partner-account", "Send your monthly budget to our escrow partner.", "deposit_request"),
    ("person-channel", "First payment goes to my Zelle.", "deposit_request"),
    ("person-channel", "我把收款码发你，你扫一下。", "deposit_request"),
    ("person-channel", "Acct name Derek Hale, acct no. 4471-0093.", "deposit_request"),
    ("named-filing", "请于今日前缴纳调解备案费3,800元。", "deposit_request"),
    ("named-filing", "签约前须缴存履约金3,000元。", "deposit_request"),
    ("named-filing", "The bond has to clear today or officers will attend.", "deposit_request"),
    ("agreed-change", "We may change your monthly payment at any time.", "unilateral_change"),
    ("agreed-change", "我司可随时调整每月还款金额。", "unilateral_change"),
    ("nil-fee", "Late payment fee: $39. Returned payment fee: $25.", "hidden_fee"),
    ("nil-fee", "提现手续费：每笔2元。", "hidden_fee"),
    (
        "back-to-normal",
        "Miss a payment and the plan ends; the whole balance is then due at once.",
        "acceleration",
    ),
    ("back-to-normal", "方案期间逾期一次，剩余欠款立即全部到期。", "acceleration"),
    ("new-fee", "二、新增账户管理费，每月15元，随当期账单扣收。", "hidden_fee"),
    ("new-fee", "新增平台服务费，每月0.3%，存量未结清借款同样收取。", "unilateral_change"),
    (
        "new-fee",
        "A new account fee of $5 a month will be added to existing accounts.",
        "unilateral_change",
    ),
    (
        "call-stands",
        "Our agent confirmed the new date by telephone; that call counts as your acceptance.",
        "verbal_promise",
    ),
    (
        "call-stands",
        "The waiver agreed on your call does not need to be put in writing.",
        "verbal_promise",
    ),
    ("call-stands", "通话确认后即刻生效，无需另签协议。", "verbal_promise"),
    (
        "call-stands",
        "Terms your adviser confirms by phone bind us; written confirmations are not issued.",
        "verbal_promise",
    ),
    ("call-stands", "电话里说好的减免当场生效。", "verbal_promise"),
    ("share", "Interest is charged at 3% per month on the unpaid balance.", "rate_above_cap"),
    ("share", "逾期期间每日按未还本金的0.1%计收罚息。", "rate_above_cap"),
    ("relative", "逾期部分按本协议利率上浮50%计收罚息，本协议年利率为24%。", "rate_above_cap"),
    (
        "relative",
        "Default interest is 1.5 times the contract rate, which is 20% a year.",
        "rate_above_cap",
    ),
]

QUIET_10 = [
    ("precisely", "月费率0.8%，具体费率以借款页面展示为准。", "unilateral_change"),
    ("precisely", "借款日利率为0.045%至0.065%，具体以借款页面展示为准。", "unilateral_change"),
    ("precisely", "综合年化成本约为23.9%，具体金额以借款确认页展示为准。", "unilateral_change"),
    ("new-loans", "一、新发放借款的日利率区间调整为0.02%至0.065%。", "unilateral_change"),
    (
        "new-loans",
        "From 1 May, new accounts will be opened at an APR of 19.9%.",
        "unilateral_change",
    ),
    (
        "new-loans",
        "New loans taken out after 1 June will carry a rate of 18.9%.",
        "unilateral_change",
    ),
    (
        "settled",
        "Once all payments are received, the remaining $4,470 will be treated as settled in full.",
        "acceleration",
    ),
    ("settled", "余款视为结清，我司将出具结清证明。", "acceleration"),
    (
        "settled",
        "Pay the three instalments and your account is marked paid in full.",
        "acceleration",
    ),
    ("free", "Need more time? Move your due date by up to 14 days, free of charge.", "hidden_fee"),
    ("free", "放款时不预扣任何利息或费用。", "hidden_fee"),
    ("free", "4. Total of payments: $9,279.36. Finance charge: $1,279.36.", "hidden_fee"),
    (
        "letter-confirms",
        "This letter confirms the arrangement you agreed on the recorded call of 1 August.",
        "verbal_promise",
    ),
    (
        "letter-confirms",
        "This e-mail sets out the plan we discussed by phone today.",
        "verbal_promise",
    ),
    ("letter-confirms", "本函即为电话中所商定方案的书面确认。", "verbal_promise"),
    ("unfreeze-pay", "您的账户已解除冻结，无需支付任何费用。", "deposit_request"),
    ("unfreeze-pay", "We never ask for money to lift a freeze on your account.", "deposit_request"),
    (
        "partner-account",
        "还款请直接转入出借机构的对公账户，不要转入任何合作方账户。",
        "deposit_request",
    ),
    (
        "partner-account",
        "Never send money to an escrow partner or any account not in the lender's name.",
        "deposit_request",
    ),
    (
        "partner-account",
        "You keep paying your lenders directly; we never use a partner account.",
        "deposit_request",
    ),
    (
        "person-channel",
        "Pay only through the app; we never use Zelle or personal accounts.",
        "deposit_request",
    ),
    ("person-channel", "请通过App还款，不要扫描任何个人收款二维码。", "deposit_request"),
    ("named-filing", "本协议不收取任何备案费或履约金。", "deposit_request"),
    ("named-filing", "No bond or deposit is needed for this plan.", "deposit_request"),
    (
        "agreed-change",
        "From January your payment will be $287.14 a month; the revised schedule is attached.",
        "unilateral_change",
    ),
    ("agreed-change", "自2026年1月起，您的月供为2,871元，还款计划表见附件。", "unilateral_change"),
    (
        "agreed-change",
        "Your new payment of $150 a month starts on 1 March, as you asked.",
        "unilateral_change",
    ),
    ("nil-fee", "Late payment fee: None. Returned payment fee: None.", "hidden_fee"),
    ("nil-fee", "提现手续费：0元；转账手续费：0元。", "hidden_fee"),
    ("nil-fee", "提现手续费：0元；转账手续费：0元。", "deposit_request"),
    (
        "back-to-normal",
        "After the 12 months your payments return to the amount in your original loan agreement.",
        "acceleration",
    ),
    ("back-to-normal", "方案结束后，还款额回到原来每月的金额。", "acceleration"),
    (
        "back-to-normal",
        "Once the plan ends, your monthly payment goes back to the original amount.",
        "acceleration",
    ),
    ("argue", "如放款时被直接扣了服务费，协商时可主张从本金中扣减。", "hidden_fee"),
    ("argue", "协商时可以要求对方免除违约金和罚息。", "penalty_interest"),
    ("argue", "协商时可主张按日利率0.1%以外的部分不予支付。", "rate_above_cap"),
    (
        "argue",
        "When you negotiate, ask the lender to refund the $60 processing fee it took.",
        "hidden_fee",
    ),
    (
        "argue",
        "When you negotiate, ask for it to be waived: the $35 late fee is not in your contract.",
        "hidden_fee",
    ),
    ("new-fee", "二、新增账户管理费，每月15元，随当期账单扣收。", "unilateral_change"),
    ("new-fee", "三、增设逾期提醒服务费，每次5元。", "unilateral_change"),
    (
        "call-stands",
        "Any change to this plan must be put in writing before it takes effect.",
        "verbal_promise",
    ),
    ("call-stands", "电话中商定的内容须经书面确认后方可生效。", "verbal_promise"),
    (
        "call-stands",
        "A written confirmation will be sent to you before any payment is due.",
        "verbal_promise",
    ),
    ("share", "We can get your balance cut by up to 70%.", "rate_above_cap"),
    ("share", "我们专做停息挂账、减免利息，成功率高达98%。", "rate_above_cap"),
    ("share", "对您已产生利息的60%予以减免。", "rate_above_cap"),
    ("share", "Interest already charged is reduced by 40% if you pay by Friday.", "rate_above_cap"),
    ("relative", "逾期部分按展期利率上浮50%计收罚息。", "rate_above_cap"),
    ("relative", "逾期后按本协议利率上浮30%计收罚息。", "rate_above_cap"),
    ("relative", "Overdue sums bear interest at the contract rate plus 5%.", "rate_above_cap"),
]


@pytest.mark.parametrize(("kind", "text", "code"), RAISED_10, ids=lambda v: v[:40])
def test_round10_raised(kind: str, text: str, code: str) -> None:
    assert code in codes(text), kind


@pytest.mark.parametrize(("kind", "text", "code"), QUIET_10, ids=lambda v: v[:40])
def test_round10_quiet(kind: str, text: str, code: str) -> None:
    assert code not in codes(text), kind


def test_every_round10_class_has_five_probes_in_both_languages() -> None:
    assert_five_probes_in_both_languages(RAISED_10 + QUIET_10)
