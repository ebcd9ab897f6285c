"""Round 5: the classes of wording heldout4 missed or raised wrongly, each probed both ways in
both languages with lines written from the domain notes, not from the set: how lenders announce
a one-sided change, spoken promises kept off the papers, deposits parked or paid in codes, the
whole debt called in, unpaid interest folded into principal, and the lines that only look like
these (fees not charged, a ceiling on charges, contact channels, changes only in writing).
"""

from __future__ import annotations

import pytest

from parley.engine.clauses import scan

from .clause_probes import codes

RAISED_5 = [
    # One-sided change, as a notice announces it.
    ("u-notice", "经我司研究决定，自下月1日起产品费率调整如下：", "unilateral_change"),
    ("u-notice", "平台服务费由每月0.3%上调至0.6%，已借未还的订单同样适用。", "unilateral_change"),
    ("u-notice", "自2026年1月1日起，存量借款统一按调整后的利率计息。", "unilateral_change"),
    ("u-notice", "三、新增账户管理费，每月20元，存量借款同样收取。", "unilateral_change"),
    ("u-notice", "本规则将根据运营需要不时更新，更新内容在官网公示后即生效。", "unilateral_change"),
    ("u-notice", "如您在公告期内未提出异议，即视为您接受新的收费标准。", "unilateral_change"),
    ("u-notice", "用户继续使用本服务的，即视为其已认可修订后的协议。", "unilateral_change"),
    (
        "u-notice",
        "Pricing for the product will be adjusted as follows from 1 March:",
        "unilateral_change",
    ),
    ("u-notice", "Your daily rate will rise from 0.03% to 0.05% next month.", "unilateral_change"),
    (
        "u-notice",
        "Existing balances will also move to the new pricing from the effective date.",
        "unilateral_change",
    ),
    (
        "u-notice",
        "We are introducing a new account servicing fee of $6 a month.",
        "unilateral_change",
    ),
    (
        "u-notice",
        "If you do not object within 14 days, you will be deemed to have accepted the changes.",
        "unilateral_change",
    ),
    (
        "u-notice",
        "These terms may be updated from time to time and take effect once posted.",
        "unilateral_change",
    ),
    # Spoken promises kept off the papers.
    (
        "v-off",
        "As the loan officer told you, the late fees will be dropped; "
        "this is not written in the contract.",
        "verbal_promise",
    ),
    (
        "v-off",
        "This is branch practice, as our agent explained, so it is not part of this agreement.",
        "verbal_promise",
    ),
    ("v-off", "my supervisor okayed it on the phone, thats binding", "verbal_promise"),
    ("v-off", "the discount is real, it just won't show in the app", "verbal_promise"),
    ("v-off", "业务员说的免息是门店惯例，合同里没写，你放心。", "verbal_promise"),
    ("v-off", "经理答应的减免不在合同里，但一定作数。", "verbal_promise"),
    ("v-off", "这个优惠系统里看不到，是我们内部做法。", "verbal_promise"),
    # Deposits parked with someone, or paid in codes.
    (
        "d-park",
        "The $200 stays in escrow and is returned once your plan starts.",
        "deposit_request",
    ),
    (
        "d-park",
        "Buy two $100 store cards and send me the codes to hold the offer.",
        "deposit_request",
    ),
    (
        "d-park",
        "An escrow payment of $150 is needed before we release the settlement letter.",
        "deposit_request",
    ),
    ("d-park", "把充值卡的卡密发给我，确认后马上给你办减免。", "deposit_request"),
    ("d-park", "先买500元京东卡，把兑换码发过来锁定名额。", "deposit_request"),
    # The whole debt called in.
    ("a-call", "The lender has decided to call the entire outstanding loan.", "acceleration"),
    ("a-call", "Your total balance, now demanded in full, must be paid this week.", "acceleration"),
    (
        "a-call",
        "After two missed payments, the whole remaining debt is payable in one sum.",
        "acceleration",
    ),
    ("a-call", "We will be calling in the full unpaid balance as of today.", "acceleration"),
    ("a-call", "借款人逾期的，出借人可不经催告要求其立即偿还全部借款。", "acceleration"),
    # Unpaid interest folded into principal.
    ("p-compound", "借款人未按时支付的利息，次日起并入本金计收利息。", "penalty_interest"),
    ("p-compound", "未按约定偿还的利息将滚入本金，一并计算利息。", "penalty_interest"),
    (
        "p-compound",
        "Unpaid interest is capitalised into the principal each month.",
        "penalty_interest",
    ),
    (
        "p-compound",
        "Overdue interest will be added to the principal and charged interest.",
        "penalty_interest",
    ),
    ("p-compound", "逾期利息按月计入本金，复利计算。", "penalty_interest"),
]

QUIET_5 = [
    # Changes the borrower agrees to, that fall, or that follow an index.
    ("u-not", "经双方协商，利率由24%调整为18%。", "unilateral_change"),
    ("u-not", "随LPR下调，您的贷款执行利率由4.35%调整为4.15%。", "unilateral_change"),
    ("u-not", "本协议不新增任何费用。", "unilateral_change"),
    ("u-not", "任何条款变更须经您书面同意后方可生效。", "unilateral_change"),
    ("u-not", "Your rate goes from 9.9% to 7.9% under the hardship plan.", "unilateral_change"),
    ("u-not", "No new fees will be introduced under this agreement.", "unilateral_change"),
    ("u-not", "Any change to these terms needs your written consent.", "unilateral_change"),
    ("u-not", "You can update your contact details at any time in the app.", "unilateral_change"),
    # Writing required, contact channels, nothing off the papers.
    (
        "v-not",
        "We may contact you by phone, text message or email about your account.",
        "verbal_promise",
    ),
    ("v-not", "我司可通过电话、短信或邮件方式提醒您还款。", "verbal_promise"),
    ("v-not", "我们不会通过电话口头变更任何条款，变更须经您书面确认。", "verbal_promise"),
    ("v-not", "Any change must be confirmed in writing before it applies.", "verbal_promise"),
    ("v-not", "We never change your agreement over the phone.", "verbal_promise"),
    ("v-not", "本合同未载明的事项，按相关法律法规执行。", "verbal_promise"),
    # Fees not charged, credited, inside a sum or an all-in rate.
    ("f-not", "提前还款手续费继续免收。", "hidden_fee"),
    ("f-not", "展期服务费一律不予收取。", "hidden_fee"),
    ("f-not", "Extension fees you paid will be credited toward your principal.", "hidden_fee"),
    ("f-not", "The whole $2,310.00 including all charges is due on 5 May.", "hidden_fee"),
    ("f-not", "年化综合成本约为22.5%（含利息及担保费）。", "hidden_fee"),
    ("f-not", "APR: 19.9% (this figure reflects the origination fee).", "hidden_fee"),
    # A ceiling on charges, the excess not owed.
    ("p-not", "利息、罚息及违约金合计不超过法定上限，超出部分借款人无须支付。", "penalty_interest"),
    ("p-not", "出借人收取的逾期利息总额超过法律保护上限的，超出部分无效。", "penalty_interest"),
    (
        "p-not",
        "Any interest or late charges above the legal limit are not payable.",
        "penalty_interest",
    ),
    # Not the whole debt called in, nor a deposit.
    ("a-not", "Please call us about your outstanding balance.", "acceleration"),
    ("a-not", "借款人未按期支付的利息，按合同利率计收利息。", "acceleration"),
    ("d-not", "该担保费用于放款时从借款中一次性扣收。", "deposit_request"),
    ("d-not", "We will send you a code to confirm your payment.", "deposit_request"),
]


@pytest.mark.parametrize(("kind", "text", "code"), RAISED_5, ids=lambda v: v[:40])
def test_raised(kind: str, text: str, code: str) -> None:
    assert code in codes(text), kind


@pytest.mark.parametrize(("kind", "text", "code"), QUIET_5, ids=lambda v: v[:40])
def test_quiet(kind: str, text: str, code: str) -> None:
    assert code not in codes(text), kind


def test_the_rate_after_a_change_is_the_one_read() -> None:
    # 0.05% a day is 18.25% a year: above 4 x LPR (about 14%), under 24%.
    rates = [f for f in scan("借款日利率由0.03%调整为0.05%。") if f.code == "rate_above_cap"]
    assert [f.words for f in rates] == ["0.05%"]


def test_compounding_is_high_and_not_acceleration() -> None:
    found = {
        f.code: f.severity
        for f in scan("借款人未按期支付的利息，自应付之日起并入本金，一并计收利息。")
    }
    assert found == {"penalty_interest": "high"}


def test_no_notice_keeps_acceleration_high() -> None:
    text = "出借人可不经催告，要求借款人立即偿还全部借款本息：借款人连续两个月未付息的。"
    assert [(f.code, f.severity) for f in scan(text)] == [("acceleration", "high")]
