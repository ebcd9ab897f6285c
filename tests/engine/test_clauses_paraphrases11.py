"""Round 11: lines heldout10 raised wrongly once it was scored, each class probed both ways in
both languages with lines written from the domain notes, not from the set: no penalty charged
or compounded (本公司不收取罚息, "default interest shall not be compounded"), a fee the lender
bears itself or names only inside the APR, a penalty rate relative to the daily loan rate
(在借款日利率基础上加收50%), and a sum that nobody is asked to move ("if $600 or more is
forgiven, we may be required to file a form").
"""

from __future__ import annotations

import pytest

from .clause_probes import assert_five_probes_in_both_languages, codes

RAISED_11 = [
    ("no-penalty", "逾期罚息按日0.05%计收，不计复利。", "penalty_interest"),
    (
        "no-penalty",
        "Default interest of 5% a year is added to any overdue amount.",
        "penalty_interest",
    ),
    ("borne", "Any late payment is charged a $25 fee, borne by you.", "hidden_fee"),
    ("borne", "短信通知费每条0.1元，由借款人承担。", "hidden_fee"),
    (
        "daily-relative",
        "逾期本金在借款日利率基础上加收50%计收逾期利息，借款日利率为0.05%。",
        "rate_above_cap",
    ),
    (
        "daily-relative",
        "Overdue sums are charged 1.5 times the loan rate of 30% a year.",
        "rate_above_cap",
    ),
    ("no-move", "Pay the $300 release fee today to unlock your funds.", "deposit_request"),
    ("no-move", "解冻需先交一笔6,800元的流水费用。", "deposit_request"),
]

QUIET_11 = [
    ("no-penalty", "逾期处理：如发生逾期，本公司不收取罚息、违约金或滞纳金。", "penalty_interest"),
    ("no-penalty", "Default interest shall not be compounded.", "penalty_interest"),
    ("no-penalty", "9. 逾期罚息不计复利，不对未付利息再计收罚息。", "penalty_interest"),
    (
        "no-penalty",
        "No late charges or penalty interest will be assessed during the plan.",
        "penalty_interest",
    ),
    ("borne", "短信通知费、银行划扣手续费均由本公司承担，不向借款人收取。", "hidden_fee"),
    (
        "borne",
        "Taking the origination fee into account, the APR on this loan is 28.81%.",
        "hidden_fee",
    ),
    ("borne", "转账手续费由平台承担。", "hidden_fee"),
    ("daily-relative", "逾期本金在借款日利率基础上加收50%计收逾期利息。", "rate_above_cap"),
    ("daily-relative", "逾期部分按借款月利率上浮30%计收罚息。", "rate_above_cap"),
    ("daily-relative", "Late sums carry the contract rate plus 4%.", "rate_above_cap"),
    (
        "no-move",
        "If $600 or more is forgiven, we may be required to file IRS Form 1099-C.",
        "deposit_request",
    ),
    ("no-move", "Our office hours are 8 to 8, Monday through Saturday.", "deposit_request"),
    ("no-move", "您的案件编号为20251130，请在24小时内回电。", "deposit_request"),
]


@pytest.mark.parametrize(("kind", "text", "code"), RAISED_11, ids=lambda v: v[:40])
def test_round11_raised(kind: str, text: str, code: str) -> None:
    assert code in codes(text), kind


@pytest.mark.parametrize(("kind", "text", "code"), QUIET_11, ids=lambda v: v[:40])
def test_round11_quiet(kind: str, text: str, code: str) -> None:
    assert code not in codes(text), kind


def test_every_round11_class_has_five_probes_in_both_languages() -> None:
    assert_five_probes_in_both_languages(RAISED_11 + QUIET_11)
