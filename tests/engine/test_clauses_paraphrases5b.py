"""Round 5, second part. A ninth fresh batch, written after the round's first classes (part
one) and run once before any further change: keyword-avoiding lines for the weak kinds
(one-sided changes, spoken promises, deposits, acceleration, compounding) and plain lines that
only look like them. First run: 9 of 23 raised, 18 of 18 left quiet; the scanner before round
5 (42dc783) also raised 9 of 23. Its misses became the classes probed in `RAISED_5B` /
`QUIET_5B` (written after those rules; first run 16 of 18 and 14 of 15, see SCORES.md).
"""

from __future__ import annotations

import pytest

from parley.engine.clauses import scan


def codes(text: str) -> set[str]:
    return {f.code for f in scan(text)}


FRESH9_RAISED = [
    ("本公司可视资金成本变化对贷款利率作相应调整，届时以系统显示为准。", "unilateral_change"),
    ("产品收费标准以借款时页面所示为准，平台保留后续修改的权利。", "unilateral_change"),
    ("自本通知发出之日起，分期手续费率统一提高至每期0.9%。", "unilateral_change"),
    ("我们将于30日后对您的账户执行新的费率，无需您另行确认。", "unilateral_change"),
    ("Your plan's monthly amount may be recalculated by us at each review.", "unilateral_change"),
    ("We'll let you know by SMS when the interest rate on your loan goes up.", "unilateral_change"),
    (
        "From the next billing cycle, a $3 paper statement charge will be applied to all accounts.",
        "unilateral_change",
    ),
    (
        "Using your card after the change date confirms your acceptance of the new terms.",
        "unilateral_change",
    ),
    (
        "The rep on the line said we'd waive the rest if you pay half — you can rely on that.",
        "verbal_promise",
    ),
    ("Don't worry about the letter, what I tell you now is what counts.", "verbal_promise"),
    (
        "It was agreed in our phone conversation, so there is no separate document.",
        "verbal_promise",
    ),
    ("领导在电话里已经点头了，不用再走流程。", "verbal_promise"),
    ("我们主管口头批了，这个不会写进还款协议里。", "verbal_promise"),
    (
        "Send a refundable $180 compliance payment so the file can be passed to underwriting.",
        "deposit_request",
    ),
    (
        "To move your case to the settlement team, "
        "first pay a $75 processing deposit to my colleague.",
        "deposit_request",
    ),
    ("审核通过后需先转入2000元作为还款能力证明，放款时一起退还。", "deposit_request"),
    ("请先支付888元服务保障金，资金会在三个工作日内原路退回。", "deposit_request"),
    (
        "Upon any default, every amount you still owe us becomes repayable straight away.",
        "acceleration",
    ),
    (
        "If this instalment bounces, we'll seek the whole loan back from you immediately.",
        "acceleration",
    ),
    ("逾期超过七天的，平台有权要求借款人一次性清偿所有未还款项。", "acceleration"),
    ("一旦违约，之前约定的分期全部取消，剩余欠款须当日还清。", "acceleration"),
    ("Interest on missed payments will itself earn interest until cleared.", "penalty_interest"),
    ("拖欠的利息按月转为本金继续计息。", "penalty_interest"),
]

FRESH9_QUIET = [
    ("本协议的任何修改均需双方签字确认。", "unilateral_change"),
    ("在借款期限内，您的借款利率固定不变。", "unilateral_change"),
    ("The rate shown above is fixed for the life of the loan.", "unilateral_change"),
    ("We will not add any new fees to your account during the plan.", "unilateral_change"),
    ("您可以在App中随时修改还款提醒时间。", "unilateral_change"),
    ("Please keep a note of the date and time of any call with us.", "verbal_promise"),
    ("如需变更还款安排，请以书面形式提出申请。", "verbal_promise"),
    ("通话可能被录音，用于服务质量监督。", "verbal_promise"),
    ("Calls may be recorded for training and quality purposes.", "verbal_promise"),
    (
        "Your monthly payment is collected by direct debit from your nominated account.",
        "deposit_request",
    ),
    ("请通过App内的官方还款通道还款，不要向任何个人转账。", "deposit_request"),
    ("We never ask for an upfront payment before a loan is paid out.", "deposit_request"),
    ("You may repay the whole balance early at any time without charge.", "acceleration"),
    ("本次展期后，剩余本金按原计划分12期偿还。", "acceleration"),
    ("本产品无任何服务费、管理费。", "hidden_fee"),
    ("There is no charge for making extra payments.", "hidden_fee"),
    ("逾期期间停止计收罚息。", "penalty_interest"),
    ("Interest does not compound on this loan.", "penalty_interest"),
]

RAISED_5B = [
    ("贷款年利率将统一上调至19.8%，自下一还款日起执行。", "unilateral_change"),
    ("到期后系统将自动对您的借款适用最新的收费标准，无需您再次确认。", "unilateral_change"),
    ("月供金额将视市场情况调高至新的标准。", "unilateral_change"),
    ("Your instalment may be reset by us at any review date.", "unilateral_change"),
    ("A $2 monthly app fee will be applied to all existing accounts.", "unilateral_change"),
    ("Whenever our pricing changes, the new rate applies to your balance.", "unilateral_change"),
    (
        "Use of the account after 1 June shows your acceptance of the revised fees.",
        "unilateral_change",
    ),
    ("The officer on the line promised the fee would be removed.", "verbal_promise"),
    ("The officer said on our phone conversation that the fee is gone.", "verbal_promise"),
    ("You can count on my word here, nothing else is needed.", "verbal_promise"),
    ("催收主管电话里已经松口了，你照做就行，不用走手续。", "verbal_promise"),
    ("我们经理电话里拍板了，给你免一半。", "verbal_promise"),
    ("A refundable $60 setup payment is needed to open your settlement file.", "deposit_request"),
    ("请先存入5000元用于验证您的还款能力，下款时一并退还。", "deposit_request"),
    ("需要先打入1000元作为保证，放款时一起返还给您。", "deposit_request"),
    ("On default, all amounts you owe become payable immediately.", "acceleration"),
    ("If you miss this payment we will seek the full balance from you at once.", "acceleration"),
    ("逾期后，平台将一次性收回所有未还款项。", "acceleration"),
]

QUIET_5B = [
    ("经双方协商一致，利率调整为年化12%。", "unilateral_change"),
    ("贷款利率在合同期内保持不变，不会上调。", "unilateral_change"),
    ("You can reset your PIN at any time in the app.", "unilateral_change"),
    ("No fee will be applied to accounts that pay on time.", "unilateral_change"),
    ("If you change your address, tell us within 30 days.", "unilateral_change"),
    ("Stay on the line to speak to an adviser.", "verbal_promise"),
    ("A record of our phone conversation will be sent to you in writing.", "verbal_promise"),
    ("如需办理延期，请按流程在App内提交申请。", "verbal_promise"),
    ("电话沟通内容以本确认书为准。", "verbal_promise"),
    (
        "The refundable amount of any overpayment will be sent to your bank account.",
        "deposit_request",
    ),
    ("您可提供收入证明作为还款能力的证明材料。", "deposit_request"),
    ("放款时将从借款中扣除服务费。", "deposit_request"),
    ("You can pay all amounts you owe early without a fee.", "acceleration"),
    ("Please call us if you cannot pay the full balance.", "acceleration"),
    ("如您希望提前结清所有未还款项，可在App内操作。", "acceleration"),
    # A written message restating a call is the writing (round 4's class), not a spoken deal.
    ("As settled in our phone conversation, you pay $400 and we close the file.", "verbal_promise"),
]


@pytest.mark.parametrize(("text", "code"), FRESH9_RAISED + RAISED_5B)
def test_raised(text: str, code: str) -> None:
    assert code in codes(text)


@pytest.mark.parametrize(("text", "code"), FRESH9_QUIET + QUIET_5B)
def test_quiet(text: str, code: str) -> None:
    assert code not in codes(text)
