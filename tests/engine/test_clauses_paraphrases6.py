"""Round 6: protective lines the rules raised on round 6's learning set (tuning6), each class
probed both ways in both languages with lines written from the domain notes, not from the set:
a promise never to ask, made earlier in the sentence than the words it covers; the whole
agreement said to be the written one; a call's terms promised in a letter before any payment;
money said to be unrecoverable; a charge billed with each instalment; which phone number to
trust; court costs left to the court; "deposit" as the name of a product; a check mailed to
the lender's own office; a loan offered with no credit check; (from heldout6, once scored) the
borrower's own right to repay early.
"""

from __future__ import annotations

import pytest

from .clause_probes import assert_five_probes_in_both_languages, codes

RAISED_6 = [
    ("s-none", "Penalty APR: 29.99%, applied if you pay late.", "penalty_interest"),
    ("s-none", "逾期罚息：按日0.05%计收。", "penalty_interest"),
    ("f-nothing", "A $300 arrangement fee is deducted from the amount you receive.", "hidden_fee"),
    ("f-nothing", "平台将从借款本金中直接扣除服务费800元。", "hidden_fee"),
    (
        "d-where",
        "Send the $200 fee by Zelle to agent.lee@mailbox.example today.",
        "deposit_request",
    ),
    ("d-where", "这笔钱直接转到我这边，我帮你处理。", "deposit_request"),
    ("a-prepay", "如乙方逾期，甲方有权要求乙方提前偿还全部剩余本金。", "acceleration"),
    (
        "a-prepay",
        "If you miss a payment, we may require the whole balance at once.",
        "acceleration",
    ),
    # The terms are whatever a page says; costs put on the borrower; a check to a person.
    ("u-contact", "具体费率以办理时页面展示为准。", "unilateral_change"),
    ("u-contact", "Fees are as shown in the app from time to time.", "unilateral_change"),
    ("f-court", "因催收产生的律师费、诉讼费均由借款人承担。", "hidden_fee"),
    ("f-court", "You will pay all legal costs we incur in collecting this debt.", "hidden_fee"),
    ("d-name", "Send a cashier's check for $500 to Mr Lee today.", "deposit_request"),
    ("c-none", "逾期记录将上报征信系统。", "credit_report"),
    ("c-none", "Missed payments will be reported to the credit bureaus.", "credit_report"),
    # The request itself, with a "never" elsewhere that covers something else.
    (
        "d-asked",
        "Pay the $300 verification fee to unlock your loan. We never ask twice.",
        "deposit_request",
    ),
    (
        "d-asked",
        "We do not charge for the call. Send the release fee of $150 today.",
        "deposit_request",
    ),
    ("d-asked", "请先向个人账户转账2000元解冻，我们不会再收其他费用。", "deposit_request"),
    ("d-asked", "我们不会催你，但解冻费800元今天必须转到专员个人卡上。", "deposit_request"),
    ("d-asked", "转账2000元验证，验证后这笔钱会全额退还。", "deposit_request"),
    # A deal that lives on the call alone.
    (
        "v-call",
        "Don't worry about the letter, what we agreed on the phone is what counts.",
        "verbal_promise",
    ),
    (
        "v-call",
        "The waiver is agreed on this call; you won't see it on any letter.",
        "verbal_promise",
    ),
    ("v-call", "减免的事电话里说好了就算数，不用等书面的。", "verbal_promise"),
    ("v-call", "我口头答应你了，不用签什么协议。", "verbal_promise"),
    ("v-call", "这个减免只是我们电话里讲好的，书面上不会体现。", "verbal_promise"),
]

QUIET_6 = [
    # A ceiling, a line valued at nothing, the payment itself.
    (
        "s-none",
        "Your APR will never exceed 18%, the maximum permitted for credit unions.",
        "rate_above_cap",
    ),
    ("s-none", "Penalty APR: None.", "penalty_interest"),
    ("s-none", "Minimum payment: 2% of the balance or $25, whichever is greater.", "hidden_fee"),
    ("s-none", "罚息：无。", "penalty_interest"),
    ("s-none", "最低还款额：账单金额的10%。", "hidden_fee"),
    # Nothing taken off the loan.
    (
        "f-nothing",
        "We will pay the full $5,000 into your account; nothing is deducted from the "
        "amount you receive.",
        "hidden_fee",
    ),
    ("f-nothing", "Nothing is withheld from your loan for fees or insurance.", "hidden_fee"),
    ("f-nothing", "Nothing extra is charged for paying early.", "hidden_fee"),
    ("f-nothing", "放款时不从借款本金中扣除任何费用。", "hidden_fee"),
    ("f-nothing", "借款金额全额到账，平台不预先扣收任何服务费。", "hidden_fee"),
    # Where to write or who handles the case, not where to send money.
    (
        "d-where",
        "Complaints: write to complaints@lender.example or call 1-800-555-0147.",
        "deposit_request",
    ),
    (
        "d-where",
        "Questions? Email help@lender.example and we will reply within two days.",
        "deposit_request",
    ),
    ("d-where", "您的案件已转至我部处理，专员今日可为您办理。", "deposit_request"),
    ("d-where", "该账户已转给我部门跟进，请留意官方短信。", "deposit_request"),
    ("d-where", "投诉请发送邮件至 service@lender.example。", "deposit_request"),
    # The borrower repaying early by choice is no acceleration.
    ("a-prepay", "九、乙方提前偿还部分或全部剩余本金的，不收取任何费用。", "acceleration"),
    ("a-prepay", "借款人可随时提前归还全部借款，利息按实际天数计算。", "acceleration"),
    ("a-prepay", "您提前清偿剩余本金的，剩余期数相应减少。", "acceleration"),
    ("a-prepay", "You may repay early, in part or in full, at no charge.", "acceleration"),
    (
        "a-prepay",
        "If you repay the whole balance early, no interest is charged after that day.",
        "acceleration",
    ),
    # Which number or address to trust, not which terms apply.
    ("u-contact", "客服热线：400-860-7325（以乙方官网公布号码为准）", "unilateral_change"),
    ("u-contact", "还款账户信息以我司官网公布的为准，请勿向其他账户转账。", "unilateral_change"),
    ("u-contact", "联系地址以官网最新公布的地址为准。", "unilateral_change"),
    (
        "u-contact",
        "Our hotline number is as published on our website from time to time.",
        "unilateral_change",
    ),
    (
        "u-contact",
        "Call only the phone number shown in the app from time to time.",
        "unilateral_change",
    ),
    # Court costs the court decides.
    ("f-court", "如发生诉讼，诉讼费用的承担以人民法院的裁判为准。", "hidden_fee"),
    ("f-court", "诉讼费、保全费由人民法院依法判决承担方。", "hidden_fee"),
    ("f-court", "案件受理费的负担以法院判决为准。", "hidden_fee"),
    ("f-court", "Court costs, if any, will be paid as the court orders.", "hidden_fee"),
    (
        "f-court",
        "Legal costs are only payable if a court awards them, as the court directs.",
        "hidden_fee",
    ),
    # "Deposit" naming a product or a set of terms; a check to the lender's own office.
    (
        "d-name",
        "The Bank's Deposit and Lending Terms form part of this agreement.",
        "deposit_request",
    ),
    ("d-name", "Your savings are covered by the deposit protection scheme.", "deposit_request"),
    ("d-name", "See our deposit rates and products on the website.", "deposit_request"),
    (
        "d-name",
        "You may pay by cashier's check mailed to our office at 12 Main Street.",
        "deposit_request",
    ),
    ("d-name", "本行《存款与贷款业务条款》构成本合同的组成部分。", "deposit_request"),
    # No credit check, nothing reported.
    ("c-none", "整个过程不查征信、不上征信。", "credit_report"),
    ("c-none", "本产品不查征信，也不上征信。", "credit_report"),
    ("c-none", "申请不查征信。", "credit_report"),
    ("c-none", "No credit check is made for this plan.", "credit_report"),
    ("c-none", "This plan is not reported to the credit bureaus.", "credit_report"),
    # A promise never to ask, said before the list it covers.
    (
        "d-never",
        'We will never ask you for a fee, deposit or "verification payment" to release your loan.',
        "deposit_request",
    ),
    (
        "d-never",
        "We will not ask for an activation charge, a holding fee or gift cards, ever.",
        "deposit_request",
    ),
    (
        "d-never",
        "甲方不会以“解冻”“验证”“保证金”等任何名义要求乙方向个人账户付款。",
        "deposit_request",
    ),
    (
        "d-never",
        "本公司不会以任何名义要求客户缴纳“解冻费”“验证费”，或向任何个人账户转账。",
        "deposit_request",
    ),
    (
        "d-never",
        "我司及委托机构均不会要求借款人向个人账户、个人收款码或“监管账户”付款。",
        "deposit_request",
    ),
    # Money said to be lost, not promised back.
    ("d-lost", "如您现在放弃，前面的款项将无法退回。", "deposit_request"),
    ("d-lost", "已支付的服务费不能退回。", "deposit_request"),
    ("d-lost", "该笔费用一经收取无法退还。", "deposit_request"),
    ("d-lost", "Fees already paid cannot be refunded.", "deposit_request"),
    ("d-lost", "The membership charge is non-refundable once your plan starts.", "deposit_request"),
    # A charge billed with the instalments: a fee, not money asked up front.
    ("d-billed", "会员服务费：每期随当期还款一并扣收96元，开通后方可优先放款。", "deposit_request"),
    ("d-billed", "加速审核费随当期账单收取，开通后方可提前放款。", "deposit_request"),
    ("d-billed", "服务费每月随还款扣收，开通后方可享受提额。", "deposit_request"),
    (
        "d-billed",
        "The priority fee is added to your first statement; it unlocks faster payouts.",
        "deposit_request",
    ),
    (
        "d-billed",
        "The express fee is billed with each instalment and releases funds sooner.",
        "deposit_request",
    ),
    # The written agreement is the whole agreement.
    (
        "v-entire",
        "This document is the entire agreement between us; no oral statement by any "
        "employee changes its terms.",
        "verbal_promise",
    ),
    ("v-entire", "This is the complete agreement between us and the lender.", "verbal_promise"),
    ("v-entire", "No verbal promise by our staff forms part of this plan.", "verbal_promise"),
    ("v-entire", "本协议为双方之间的完整协议，任何口头承诺均不作数。", "verbal_promise"),
    ("v-entire", "工作人员的口头说法不能变更本协议。", "verbal_promise"),
    # A call's terms, promised in writing before anything is paid.
    (
        "v-letter",
        "Anything we agree with you by phone will be confirmed in a letter before your "
        "first payment is due.",
        "verbal_promise",
    ),
    (
        "v-letter",
        "What we discuss on the call is confirmed in a written notice before you pay.",
        "verbal_promise",
    ),
    ("v-letter", "Please do not send money on the strength of a phone call.", "verbal_promise"),
    ("v-letter", "电话中商定的方案，我们会在您首次还款前书面确认。", "verbal_promise"),
    ("v-letter", "电话沟通的内容须经书面确认后方才生效。", "verbal_promise"),
]


@pytest.mark.parametrize(("kind", "text", "code"), RAISED_6, ids=lambda v: v[:40])
def test_round6_raised(kind: str, text: str, code: str) -> None:
    assert code in codes(text), kind


@pytest.mark.parametrize(("kind", "text", "code"), QUIET_6, ids=lambda v: v[:40])
def test_round6_quiet(kind: str, text: str, code: str) -> None:
    assert code not in codes(text), kind


def test_every_round6_class_has_five_probes_in_both_languages() -> None:
    assert_five_probes_in_both_languages(RAISED_6 + QUIET_6)
