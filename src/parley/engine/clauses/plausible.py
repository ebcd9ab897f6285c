"""What a line must say for the learned layer's finding of a type to stand.

The layer reads resemblance: a line that shares enough trigrams with labelled lines of a type.
Resemblance alone raised "each advance is repaid automatically" as a fee and "your payments
return to the amount in your original agreement" as acceleration on agreements it had not
seen. Each type here names the words without which the line cannot be that type.
"""

from __future__ import annotations

import re

from parley.engine.clauses.rules import fees, unilateral

# Penalty interest is what a missed payment costs: a plain rate line is not one.
_ARREARS = re.compile(
    r"逾期|违约|罚|拖欠|未按|未还|迟延|延迟|滞纳|欠款|未付|未能|到期未|复利|利滚利|"
    r"\b(?:late|overdue|default\w*|arrears?|miss\w*|past[- ]due|unpaid|penalty|delinquen\w*|"
    r"behind|breach\w*|compound\w*|capitali[sz]\w*|fail\w*|triggered|"
    # How long a penalty rate applies: "the higher rate stays until six payments on time".
    r"higher (?:rate|apr)s?|(?:apr|rate)s? (?:are|is) (?:increased|raised))\b"
)
# Acceleration makes a whole debt due now, or brings back what was waived.
_WHOLE = re.compile(
    r"全部|全额|一次性|立即|马上|即刻|剩余|原欠款|原债务|原合同|原金额|恢复|作废|失效|到期|收回|追偿|"
    r"\b(?:all|whole|entire|full|fully|immediately|at once|straight away|right away|reinstat\w*|"
    r"restor\w*|revert\w*|void|lapses?|cancel\w*|everything|due|payable|owed?|outstanding)\b"
)
# A one-sided change is a power to change or a change announced: "from January your payment
# will be $287" in an extension both signed names neither.
_POWER_WORD = re.compile(
    r"有权|随时|单方|视情况|调整|调|变更|变动|修改|修订|更新|上调|提高|为准|不时|通知|公告|公布|发布|政策|"
    # ("may" the verb, not the month: "from 1 May", "May 1")
    r"(?<!\d )\bmay\b(?! \d)|"
    r"\b(?:can|reserves?|discretion|from time to time|at any time|chang\w*|amend\w*|vary|varies|"
    r"repric\w*|adjust\w*|updat\w*|increas\w*|rais\w*|modif\w*|publish\w*|posted|notice|notif\w*|"
    r"sole|decid\w*|determin\w*|set by|policy|policies|market|existing)\b"
)
# A debt settled is the opposite of one made due: "the remaining $4,470 will be treated as settled
# in full".
_SETTLED = re.compile(
    r"settled in full|paid[- ]in[- ]full|treated as settled|视为结清|已结清|结清证明"
)
# Nothing charged: "放款时不预扣任何利息或费用", "move the date up to 14 days, free of charge".
_FREE = re.compile(
    r"不(?:预扣|收取|扣除|扣收|加收|另收|另行收取)任何|不收(?:取)?任何|免收|免费|"
    r"\b(?:free of charge|at no (?:cost|charge|extra cost)|without (?:any )?(?:fee|charge)s?|"
    r"no (?:fee|charge)s? (?:is|are|will be) (?:charged|taken|deducted|added|payable))\b"
)
# A disclosure box's totals: "Total of payments: $9,279.36. Finance charge: $1,279.36." (the
# interest over the loan's life, not a fee on top of it).
_TOTALS = re.compile(
    r"total of payments|amount financed|total cost of credit|还款总额|应还总额|借款总成本"
)
# A deposit is money asked to move: "return a copy or upload it in the app" asks none, nor does
# "if $600 or more is forgiven, we may be required to file a form".
_MONEY = re.compile(
    r"付|转|交|缴|汇|款|钱|费|金|打款|收款|户名|账户|账号|码|卡|红包|"
    r"\b(?:pay\w*|paid|transfer\w*|send\w*|sent|remit\w*|wire\w*|deposit\w*|acc(?:ount)?s?|"
    r"sort code|cards?|zelle|venmo|paypal|gift|crypto|bitcoin|bond|cash|fees?|amount|sum|clear|"
    r"unlock\w*|releas\w*|verif\w*|activat\w*)\b"
)
# A hidden fee is a charge named: "each advance is repaid automatically" names none.
_CHARGE = re.compile(
    r"费|佣金|手续|会员|保险|保费|权益|违约金|滞纳金|收取|扣收|加收|另收|"
    r"(?:维护|服务|管理|保障|通道|加速|咨询|方案)金|"
    r"\b(?:fees?|charge[sd]?|costs?|commissions?|premiums?|memberships?|subscriptions?|"
    r"insurance|levy|surcharges?|pric(?:e|ed|ing)|extra|add-?ons?)\b"
)


def reads_as(code: str, norm: str, start: int, end: int) -> bool:
    """Whether a line the layer raised as `code` (its words at start..end) says what that type
    needs."""
    if code == "penalty_interest":
        return bool(_ARREARS.search(norm))
    if code == "acceleration":
        return bool(_WHOLE.search(norm)) and not _SETTLED.search(norm)
    if code == "unilateral_change":
        return bool(_POWER_WORD.search(norm)) and not (
            unilateral.about_contact(norm, start, end)
            or unilateral.consented(norm)
            or unilateral.new_loans_only(norm)
        )
    if code == "hidden_fee":
        return bool(_CHARGE.search(norm)) and not (
            fees.none_charged(norm) or _FREE.search(norm) or _TOTALS.search(norm)
        )
    if code == "deposit_request":
        return bool(_MONEY.search(norm))
    return True
