"""Round 9: lines the rules or the learned layer raised on round 9's learning set (tuning8) and,
leave-one-set-out, on the earlier blind sets, each class probed both ways in both languages
with lines written from the domain notes, not from the sets: a fee kept back from the loan
paid out (a fee, not a deposit); the loan paid to the borrower's own card; "without further
notice" on a clause that makes everything due (the acceleration's notice, not a change of
terms); a change that needs both parties to sign; a table's header row and a letter's subject
line.
"""

from __future__ import annotations

import pytest

from .clause_probes import assert_five_probes_in_both_languages, codes

RAISED_9 = [
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
