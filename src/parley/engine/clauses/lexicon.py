"""Words the rules share, grouped by what they mean, in both languages.

Each is a regular-expression fragment over normalised text (lower case, NFKC). A rule builds
its patterns from these roles: who acts, what they may do, to what, on what condition.
"""

from __future__ import annotations

import re

from parley.engine.clauses.fast import Gate

# Who: the lender's side.
LENDER = (
    r"贷款人|出借人|债权人|甲方|我司|本公司|公司|平台|银行|本行|贵司|我们|我方|机构|"
    r"\b(?:the )?(?:lender|bank|company|platform|creditor|issuer)\b|\bwe\b|\bus\b"
)
# May: a power the lender keeps.
MAY = (
    r"有权|可以|可|得以|保留|享有|"
    r"\b(?:may|can|reserves? the right to|(?:is|are|shall be) entitled to|has the right to|"
    r"have the right to)\b"
)
CHANGE = (
    r"调整|变更|修改|修订|更新|上调|提高|改变|变动|浮动|"
    r"\b(?:chang|amend|vary|varie|adjust|revis|modif|increas|updat|alter|rais|repric)\w*"
)
# What the lender's change reaches when it reaches money.
MONEY_TERMS = (
    r"费|利率|利息|费率|还款金额|定价|价格|"
    r"\b(?:fees?|rates?|interest|charges?|pricing|prices?|instalment amounts?|apr)\b"
)
# The whole debt, as the acceleration clause names it.
WHOLE_DEBT = (
    r"(?:全部|剩余|余下|剩下|所有|未还|全额|一切|尚欠|原)(?:的)?(?:尚)?(?:未到期|未还|未付|没还|没到期|"
    r"未偿还)?(?:的)?(?:借款|本金|钱|"
    r"欠款|款项|本息|债务|贷款|金额|应付款|应还款|应还金额|费用|部分|分期款|分期)|"
    r"未到期(?:的)?(?:借款|贷款|本金|款项|分期)|"
    r"\b(?:all|entire|whole|full|remaining|outstanding|total|unpaid|original)\b"
    r"(?: [\w-]+){0,2} (?:sums?|amounts?|balance|loan|debt|principal|monies|money|indebtedness|"
    r"obligations|instal?lments|payments?|dues)|all (?:sums|amounts|monies) (?:outstanding|owing|"
    r"due)|\bevery (?:amount|sum|debt|obligation)s? (?:owing|owed|outstanding|due|payable)\b|"
    r"\b(?:every|all|each|any) (?:amount|sum|debt)s? (?:that )?you (?:still )?owe\b|"
    r"\beverything (?:you owe|owed|outstanding|that is owed|due)\b|\bthe (?:balance|loan|"
    r"debt) in full\b|"
    r"\bwhole of the (?:loan|debt|balance)\b|\bthe full amount\b|"
    r"\bthe rest of (?:the |your )?(?:\w+ ){0,2}(?:amount|balance|loan|debt|instal\w*|payments)\b|"
    r"\b(?:the )?(?:full|whole|entire|original) (?:£|\$|€|¥|rs\.?|cny|rmb)\s*\d|"
    # Spoken: "the whole lot", "every penny you owe", "the lot".
    r"\bthe (?:whole |full |entire )?lot\b|\bevery (?:penny|cent|pound|dollar|rupee)\b|"
    r"\beverything\b(?! (?:else|we|i|is fine|is ok)\b)"
)
AT_ONCE = (
    r"立即|立刻|一次性|一次(?=[付还结偿清])|马上|即刻|提前|全额|"
    r"(?:于|在)?[\d一二三四五六七八九十两]+\s*(?:日|天|个工作日)(?:之)?内|"
    r"\b(?:immediate(?:ly)?|at once|in full|in one (?:lump sum|payment)|forthwith|on demand|"
    r"without delay|within \d+ days?|lump[- ]sum|straight away|right away|immediately|"
    r"in one go|in one hit|all at once|back now|in a single payment|in (?:one|a single) sum|"
    r"as (?:one|a single) (?:sum|payment))\b"
)
DEMAND = (
    r"到期|偿还|清偿|还清|结清|归还|支付|付清|收回|追回|追偿|追讨|追收|催收|"
    r"\b(?:due|payable|repay\w*|repaid|paid|demand\w*|recover\w*|pay\w*|call\w* in|collect\w*)\b"
)
# A missed payment: the trigger of acceleration and of penalties.
DEFAULT = (
    r"逾期|未按时|未按期|未按约定|不按时|未能|未足额|违约|未还|未偿还|未支付|断供|不还|没还|"
    r"\b(?:miss\w*|default\w*|late|overdue|fail\w* to|not paid|does not pay|do not pay|"
    r"breach\w*|arrears)\b"
)
PAY = (
    r"交|缴|付|转|打款|打到|打给|汇|充值|存入|支付|扫码|"
    r"\b(?:pay\w*|paid|transfer\w*|send\w*|sent|remit\w*|deposit\w*|wire\w*|top up|"
    r"hand\w* over)\b"
)
# A warning to the borrower, or a promise that protects them: the risk it names is not in force.
PROTECTIVE = (
    r"请勿|切勿|不要|千万不|谨防|警惕|小心|如遇|如有人|一律拒绝|挂断|举报|报警|绝不|从不|"
    r"(?:拨打|致电|联系)[^,。;]{0,12}核实|为什么要|凭什么|怎么可能|"
    r"\bwhy (?:would|should|do|does|must) (?:a|an|the|any|you|i|we)\b|"
    r"\b(?:never|do not|don't|beware|if anyone|hang up|report (?:it|them)|scam|fraud|nobody|"
    r"no one|no-one)\b"
)


def words(*fragments: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{f})" for f in fragments))


def gate(anchors: str) -> Gate:
    """A fast test that a line holds one of the words a rule cannot fire without.

    `anchors` are separated by spaces; "_" stands for a space inside one (the line is searched
    with a space added at each end, so "_my_" finds "my" as a word). Plain literals only,
    so the regex engine can skip ahead to their first characters; a rule runs its costlier
    patterns only on lines that pass its gate."""
    return Gate({a.replace("_", " ") for a in anchors.split()})


# Advice or a warning to the borrower about a risk, not the risk itself:
# "凡是要求先交保证金的都是诈骗",
# "look for a clause that makes the whole balance due", "a real lender will not ask for a fee".
ADVICE = (
    r"(?:是|都是|属于|就是|均为|均属|都属|皆属|一律属|均系)(?:于)?(?:诈骗|骗局|骗子)|(?:谨防|警惕|小心|当心|提防|"
    r"防范)[^,。;]{0,12}(?:诈骗|骗)|"
    r"(?:注意|留意|看清|检查|核对|确认)[^,。;]{0,12}(?:是否|有没有|有无)|"
    r"(?:如果|如|若)(?:有)?(?:工作人员|员工|客服|任何人|人)[^。;]{0,30}(?:请|应|要)(?:立即)?(?:拨打|致电|"
    r"挂断|停止|拒绝|报警|举报)|"
    r"(?:如果|如|若)(?:对方|有人|催收员|来电)[^,。;]{0,16}(?:请|应|要)?(?:立即)?(?:挂断|停止|拒绝|"
    r"报警|举报)|"
    r"(?:如果|如|若)(?:对方|有人)[^。;]{0,24}(?:请|应)(?:立即)?(?:挂断|停止|拒绝|报警|举报)|"
    r"正规(?:机构|平台|银行|贷款机构|金融机构|公司)(?:都)?(?:不会|从不|绝不)|"
    r"\b(?:is|are|it's) (?:always |probably |likely |almost certainly )?(?:a )?(?:scam|fraud)s?\b|"
    r"不法分子|犯罪分子|冒充|假冒|问清楚|问清|询问|请告知|请问|"
    # What the borrower may argue when negotiating: "协商时可主张从本金中扣减".
    r"协商时(?:可|可以)?(?:主张|要求|提出)|"
    r"\b(?:fraudsters?|scammers?|posing as|pretending to be|impersonat\w*)\b|"
    r"\btell me (?:how|whether|if|what|when)\b|\bask for (?:it|them|this|that|the \w+) to be\b|"
    r"\b(?:ask (?:whether|if|how|what|when|them whether|the lender (?:whether|if|to|how))|"
    r"check (?:whether|that|if)|"
    r"look (?:for|out for)|watch (?:out|for)|be (?:careful|wary)|make sure)\b|"
    r"\bif (?:someone|anyone|a caller|the caller|they|a collector|(?:any|a|an) (?:staff member|"
    r"member of (?:our )?staff|employee|agent|caller|collector|person))\b[^.;]{0,40}\b(?:it is|"
    r"it's|"
    r"hang up|stop|refuse|report)\b|"
    r"\ba (?:real|genuine|legitimate) (?:lender|bank|company|creditor)s? (?:will never|never|won't|"
    r"will not|does not|doesn't|would never)\b"
)
