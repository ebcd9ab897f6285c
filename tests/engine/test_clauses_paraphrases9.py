"""Round 9: lines the rules or the learned layer raised on round 9's learning set (tuning8) and,
leave-one-set-out, on the earlier blind sets, each class probed both ways in both languages
with lines written from the domain notes, not from the sets: a fee kept back from the loan
paid out (a fee, not a deposit); the loan paid to the borrower's own card; "without further
notice" on a clause that makes everything due (the acceleration's notice, not a change of
terms); a change that needs both parties to sign; a table's header row and a letter's subject
line. And wordings the rules missed on tuning8, with their near misses: no written agreement to
come ("不需要再签书面协议", "no written offer will be mailed"); other loans made due with this
one (视同同时到期); money to reach the collector himself (钱到了我这边). And, from the
layer trained with heldout9, a plain interest rate is not penalty interest.
"""

from __future__ import annotations

import pytest

from .clause_probes import assert_five_probes_in_both_languages, codes

RAISED_9 = [
    (
        "plain-rate",
        "Once triggered, the higher rate stays until you make six payments on time.",
        "penalty_interest",
    ),
    ("plain-rate", "逾期后按日利率0.1%计收罚息。", "penalty_interest"),
    ("no-writing", "电话里谈妥的减免方案当场生效，不需要再签书面协议。", "verbal_promise"),
    ("no-writing", "这个方案不用另外签合同，按我说的来就行。", "verbal_promise"),
    (
        "no-writing",
        "Whatever our negotiator agrees on the call is final; no written offer will be sent.",
        "verbal_promise",
    ),
    ("cross-due", "逾期超过3日的，借款人在本平台的其他借款视同同时到期。", "acceleration"),
    ("cross-due", "任一笔借款违约的，乙方名下其他借款视为全部到期。", "acceleration"),
    ("to-me", "钱到了我这边马上给你开通。", "deposit_request"),
    ("to-me", "款一到我账上就给你办停息。", "deposit_request"),
    (
        "kept-back",
        "A $250 processing fee must be paid before we can release your loan.",
        "deposit_request",
    ),
    ("kept-back", "放款前需先支付风险评估费600元。", "deposit_request"),
    ("own-card", "请将解冻费转到专员个人银行卡。", "deposit_request"),
    (
        "own-card",
        "Transfer the $300 release fee to our specialist's personal account.",
        "deposit_request",
    ),
    ("no-notice", "我司可随时调整借款利率，无需另行通知。", "unilateral_change"),
    (
        "no-notice",
        "We may change the interest rate at any time without notice.",
        "unilateral_change",
    ),
    ("both-sign", "The payment schedule may be changed at our discretion.", "unilateral_change"),
    ("both-sign", "还款计划可由贷款人根据情况自行调整。", "unilateral_change"),
    ("header", "Subject: we are raising your APR to 29.9% from 1 May.", "unilateral_change"),
    ("header", "Late fee | $39 per missed payment | charged monthly", "hidden_fee"),
]

QUIET_9 = [
    ("plain-rate", "借款日利率为0.05%，按日计息。", "penalty_interest"),
    ("plain-rate", "透支部分自记账日起按日利率万分之五计息。", "penalty_interest"),
    ("plain-rate", "Your APR will go from 17.99% to 26.49% on 1 May.", "penalty_interest"),
    (
        "no-writing",
        "A written offer will be sent to you before any payment is taken.",
        "verbal_promise",
    ),
    ("no-writing", "双方协商一致的方案，须签署书面协议后生效。", "verbal_promise"),
    ("cross-due", "本笔借款逾期不影响您的其他借款，其他借款不视同到期。", "acceleration"),
    (
        "cross-due",
        "Missing this payment does not make your other loans with us due.",
        "acceleration",
    ),
    ("cross-due", "其他借款按原计划还款，不因本笔逾期而提前到期。", "acceleration"),
    (
        "to-me",
        "Once your payment reaches our company account, we will send a receipt.",
        "deposit_request",
    ),
    ("to-me", "您的还款已到账，我这边已为您登记。", "deposit_request"),
    ("to-me", "款项到账后，系统会自动发送电子回单。", "deposit_request"),
    ("kept-back", "A $160 processing charge is taken out before disbursement.", "deposit_request"),
    (
        "kept-back",
        "The arrangement fee of $90 is taken off the amount we send you.",
        "deposit_request",
    ),
    ("kept-back", "服务费300元于放款时直接扣收，实际到账9,700元。", "deposit_request"),
    ("own-card", "贷款本金扣除手续费后的余额划付至乙方绑定的银行卡。", "deposit_request"),
    ("own-card", "款项将转入借款人本人名下的银行卡。", "deposit_request"),
    (
        "own-card",
        "Funds are paid to your own bank account within one working day.",
        "deposit_request",
    ),
    ("no-notice", "乙方逾期的，甲方可宣布全部借款立即到期，无需另行通知。", "unilateral_change"),
    (
        "no-notice",
        "出现违约情形时，贷款人可要求借款人立即偿还全部剩余本金，无须事先通知。",
        "unilateral_change",
    ),
    (
        "no-notice",
        "If you default, we may demand the whole balance at once, without further notice.",
        "unilateral_change",
    ),
    (
        "both-sign",
        "This schedule will not change unless you and we both sign a written amendment.",
        "unilateral_change",
    ),
    (
        "both-sign",
        "Your rate stays fixed unless you agree in writing to a new one.",
        "unilateral_change",
    ),
    ("both-sign", "收费标准如需变动，须经您书面同意后方可执行。", "unilateral_change"),
    ("both-sign", "还款计划的任何变更，须经双方签署书面补充协议。", "unilateral_change"),
    ("header", "Fee | Amount | When charged", "hidden_fee"),
    ("header", "费用项目｜金额｜收取时间", "hidden_fee"),
    ("header", "Subject: some updates to your terms", "unilateral_change"),
    ("header", "主题：关于调整服务费标准的通知", "unilateral_change"),
]


@pytest.mark.parametrize(("kind", "text", "code"), RAISED_9, ids=lambda v: v[:40])
def test_round9_raised(kind: str, text: str, code: str) -> None:
    assert code in codes(text), kind


@pytest.mark.parametrize(("kind", "text", "code"), QUIET_9, ids=lambda v: v[:40])
def test_round9_quiet(kind: str, text: str, code: str) -> None:
    assert code not in codes(text), kind


def test_every_round9_class_has_five_probes_in_both_languages() -> None:
    assert_five_probes_in_both_languages(RAISED_9 + QUIET_9)
