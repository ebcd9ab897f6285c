"""Round 5, second part. A ninth fresh batch, written after the round's first classes (part
one) and run once before any further change: keyword-avoiding lines for the weak kinds
(one-sided changes, spoken promises, deposits, acceleration, compounding) and plain lines that
only look like them. First run: 9 of 23 raised, 18 of 18 left quiet; the scanner before round
5 (42dc783) also raised 9 of 23. Its misses became the classes probed in `RAISED_5B` /
`QUIET_5B` (written after those rules; first run 16 of 18 and 14 of 15, see SCORES.md).

A tenth fresh batch, written after the ninth's classes, every kind, other registers (SMS
notices, chat, letters): first run 13 of 22 raised, 14 of 15 quiet (before round 5: 12 of 22).
Its classes are probed in `RAISED_5C` / `QUIET_5C` (first run 14 of 15 and 10 of 11).
"""

from __future__ import annotations

import pytest

from .clause_probes import codes

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


FRESH10_RAISED = [
    ("温馨提示：您的借款服务费将于7月1日起按新标准执行，详见App公告。", "unilateral_change"),
    ("本行可根据内部管理需要对还款顺序、费用标准作出变更。", "unilateral_change"),
    ("请知悉，我司已将逾期管理费上调为每日10元。", "unilateral_change"),
    ("The company can revisit the fees on this plan every quarter.", "unilateral_change"),
    ("Heads up: your APR is moving to 32.9% on your next statement.", "unilateral_change"),
    ("Any revised schedule we send you replaces this one automatically.", "unilateral_change"),
    ("我跟你交个底，只要这个月还一半，剩下的公司不会再追了，这话你记着就行。", "verbal_promise"),
    ("客服在语音里跟您确认过的方案，就按那个执行，没有文件。", "verbal_promise"),
    (
        "We agreed this on WhatsApp voice, so you don't need anything else from us.",
        "verbal_promise",
    ),
    ("Just go with what I said on the call yesterday; the system will catch up.", "verbal_promise"),
    ("为证明您的还款诚意，请先将600元转至协调员账户。", "deposit_request"),
    ("Pay a one-time $120 onboarding amount and your hardship plan goes live.", "deposit_request"),
    (
        "A small security sum of $250 keeps this settlement reserved for you until Friday.",
        "deposit_request",
    ),
    ("如果本期再逾期，前面谈好的分期就不算了，欠款要一把还清。", "acceleration"),
    (
        "Should the plan lapse, we revert to collecting the original $6,420.00 in full.",
        "acceleration",
    ),
    (
        "Any late payment entitles us to ask for everything owed under this agreement "
        "straight away.",
        "acceleration",
    ),
    ("每逾期一天，按欠款金额的千分之一加收违约金。", "penalty_interest"),
    ("Any overdue sum will bear default interest at twice the contract rate.", "penalty_interest"),
    ("每次还款将额外收取2元通道费。", "hidden_fee"),
    ("A $15 account review charge applies each quarter.", "hidden_fee"),
    ("未按期还款的，相关记录将报送金融信用信息基础数据库。", "credit_report"),
    ("We may share details of missed payments with credit reference agencies.", "credit_report"),
]

FRESH10_QUIET = [
    ("本分期方案的每期金额在整个还款期内固定。", "unilateral_change"),
    ("如需修改本协议，须双方另行签署补充协议。", "unilateral_change"),
    ("We won't change your rate while this plan is in place.", "unilateral_change"),
    ("The fees in this table are the only fees we charge.", "unilateral_change"),
    ("本确认函为双方就还款安排达成的全部约定。", "verbal_promise"),
    (
        "If anything here differs from what you were told on the phone, this letter applies.",
        "verbal_promise",
    ),
    ("Please keep this letter as your record of the agreement.", "verbal_promise"),
    ("所有还款请通过本公司对公账户或App完成。", "deposit_request"),
    ("There is no fee to join this hardship programme.", "deposit_request"),
    ("We will never ask you to pay anyone to release your plan.", "deposit_request"),
    ("You will not be asked to repay the balance early if you keep to the plan.", "acceleration"),
    ("逾期一次不会导致本协议失效。", "acceleration"),
    ("本方案执行期间不产生罚息和违约金。", "penalty_interest"),
    ("办理本次延期不收取任何费用。", "hidden_fee"),
    ("您可随时通过人民银行征信中心查询本人信用报告。", "credit_report"),
]

RAISED_5C = [
    ("自下月起，您的分期手续费按最新费率收取。", "unilateral_change"),
    ("本公司有关部门可重新审定收费项目，届时按新标准计收。", "unilateral_change"),
    ("Your monthly fee is going up to $12 from June.", "unilateral_change"),
    ("We may revisit the interest rate on this loan each year.", "unilateral_change"),
    ("A new schedule issued by us will supersede this one.", "unilateral_change"),
    ("我司发出的新还款计划将自动取代本计划。", "unilateral_change"),
    ("这话你记着，剩下的钱我们不会再催了。", "verbal_promise"),
    ("We sorted this on a voice call, you don't need anything else from us.", "verbal_promise"),
    ("我说的你放心，减免的事领导已经同意了。", "verbal_promise"),
    (
        "Per my WhatsApp call with your manager, the balance is halved — no letter needed.",
        "verbal_promise",
    ),
    ("We won't need anything in writing, the voice note covers it.", "verbal_promise"),
    ("A security amount of $300 will hold the discount until Monday.", "deposit_request"),
    ("Send $90 to keep the offer open for you until the end of the week.", "deposit_request"),
    ("如果再逾期，之前的分期作废，本息必须立即结清。", "acceleration"),
    ("逾期的话，欠款得一次性还清。", "acceleration"),
]

QUIET_5C = [
    ("本协议按双方签署时确定的费率执行。", "unilateral_change"),
    ("This agreement replaces any earlier offer we made to you.", "unilateral_change"),
    ("The payment is not going to change during the plan.", "unilateral_change"),
    ("如您希望调整还款日，可在App内申请。", "unilateral_change"),
    ("请保留本函，作为还款协议的书面凭证。", "verbal_promise"),
    ("Where this letter and a phone call differ, this letter governs.", "verbal_promise"),
    ("Voice messages are not monitored; please write to us.", "verbal_promise"),
    ("每期还款时收取平台服务费10元。", "deposit_request"),
    ("We don't ask for any security sum; beware of anyone who does.", "deposit_request"),
    ("本人可一次性还清欠款。", "acceleration"),
    ("如您愿意，欠款可一次性结清并享受减免。", "acceleration"),
]


@pytest.mark.parametrize(("text", "code"), FRESH9_RAISED + RAISED_5B + FRESH10_RAISED + RAISED_5C)
def test_raised(text: str, code: str) -> None:
    assert code in codes(text)


@pytest.mark.parametrize(("text", "code"), FRESH9_QUIET + QUIET_5B + FRESH10_QUIET + QUIET_5C)
def test_quiet(text: str, code: str) -> None:
    assert code not in codes(text)
