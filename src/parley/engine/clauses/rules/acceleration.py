"""Acceleration: on a missed payment the lender may demand the whole debt now, or a settlement
lapses and the full original debt, waived part included, comes back."""

from __future__ import annotations

import re

from parley.engine.clauses import fast
from parley.engine.clauses import lexicon as lx
from parley.engine.clauses.model import Severity
from parley.engine.clauses.rules.base import Hit
from parley.engine.clauses.text import Line, clause_at, negated, negated_within

# The textbook words.
_NAMED = fast.compile(
    r"加速到期|提前到期|立即到期|视为(?:全部)?到期|视同(?:同时|全部)?到期|宣布.{0,12}到期|全部到期|提前收回|提前回收|"
    r"收回.{0,6}(?:全部|剩余|未到期)|收回(?:已发放|已放款)|"
    r"(?:解除|终止)(?:本|借款)?(?:合同|协议)[^。;]{0,16}(?:收回|追偿|偿还|清偿|归还|结清|支付)"
    r"[^。;]{0,6}(?:全部|剩余|所有|全额|未还)|"
    r"(?:要求|有权|可以|可).{0,6}一次性(?:结清|还清|偿还|清偿|归还|付清)|"
    r"accelerat\w*|due and payable|immediately (?:become )?due|becomes? (?:immediately )?due"
)
# Whole debt + at once + demand, in either order within one clause.
_WHOLE_NOW = fast.compile(
    rf"(?:{lx.WHOLE_DEBT})[^;。,]{{0,30}}?(?:{lx.AT_ONCE})[^;。,]{{0,12}}?(?:{lx.DEMAND})|"
    rf"(?:{lx.AT_ONCE})[^;。,]{{0,8}}?(?:{lx.DEMAND})[^;。,]{{0,16}}?(?:{lx.WHOLE_DEBT})|"
    # "the whole outstanding amount must be repaid within 7 days".
    rf"(?:{lx.WHOLE_DEBT})[^;。,]{{0,30}}?\b(?:must|shall|will|is to|has to|have to|are to) be "
    rf"(?:{lx.DEMAND})[^;。,]{{0,16}}?(?:{lx.AT_ONCE})|"
    rf"(?:{lx.WHOLE_DEBT})(?:,[^,;。]{{0,36}},)?(?:[^;。,]|(?<=\d),(?=\d)){{0,40}}?\b(?:is|are|"
    rf"will be|shall be|becomes?|ha(?:s|ve) (?:now )?(?:become|fallen)|"
    rf"falls?) "
    rf"(?:\w+ ){{0,2}}(?:due|payable|repayable)\b|"
    rf"(?:立即|立刻|马上|一次性)(?:全额|全部)(?:还款|偿还|清偿|结清|还清)|"
    rf"\b(?:repay|pay|settle|clear|want|demand|expect|collect|chase|recover|call|ask for|seek|"
    rf"sought|take|took|require)\w*\b"
    rf"[^;.,]{{0,6}}(?:{lx.WHOLE_DEBT})[^;.,]{{0,20}}?(?:{lx.AT_ONCE})|"
    rf"\b(?:call\w* in|call\w* for|recall\w*|demand\w*|requir\w*|ask\w* for)\b"
    rf"(?: (?:immediate|full|prompt))?"
    rf"(?: (?:re)?payment of)?[^;.,]{{0,12}}(?:{lx.WHOLE_DEBT})|"
    rf"(?:要求|有权|须|应).{{0,6}}(?:一次性|立即|提前).{{0,4}}(?:偿还|清偿|还清|归还|结清|支付|"
    rf"付清)"
    rf".{{0,6}}(?:全部|剩余|所有|全额)"
)
# The same, in the orders "pay at once everything you owe" and "all remaining payments may be
# collected straight away" (kept apart so each is tried only on lines with its own words).
_PAY_AT_ONCE = fast.compile(
    rf"\b(?:repay|pay|settle|clear)\w*\b[^;.,]{{0,4}}(?:{lx.AT_ONCE})[^;.,]{{0,6}}"
    rf"(?:{lx.WHOLE_DEBT})|"
    # The lender calls or demands the whole debt: "exercised its right to call the full
    # outstanding balance", "your entire balance demanded in full", "the total amount called in
    # at once".
    rf"\b(?:call|calls|called|calling) (?:in )?(?:the |your |all )?(?:{lx.WHOLE_DEBT})|"
    rf"(?:{lx.WHOLE_DEBT})(?:, (?:now |then |which is |is )*)?[^;.,]{{0,20}}?\b(?:demanded|"
    rf"called in|claimed|required|called)\b"
    rf"[^;.,]{{0,8}}?(?:{lx.AT_ONCE})"
)
# Called in, said of the whole debt: "the entire unpaid balance may be called in"; 一次性把钱
# 全还上, 剩余款项一次性全部收回 (kept apart: tried only on lines with their own words).
_CALLED_IN = fast.compile(
    rf"(?:{lx.WHOLE_DEBT})[^;.,]{{0,30}}?\b(?:may|will|can|shall|could) (?:then )?be "
    rf"(?:called in|recalled|demanded|accelerated)\b"
)
_ZH_ALL_AT_ONCE = fast.compile(
    r"(?:一次性|立即|立刻|马上)[^,。;]{0,6}(?:全部|全额|全|都)[^,。;]{0,2}(?:还上|还清|还完|结清|"
    r"付清|偿还|收回|还)|"
    r"(?:全部|全额|都|一起)[^,。;]{0,6}(?:一次|一把|马上|立即|立刻)性?(?:还清|还上|结清|付清|还完|"
    r"偿还)|"
    # The debt demanded in one go: 欠款要一把还清, 本息必须立即结清.
    r"(?:欠款|欠的钱|本息|借款)[^,。;]{0,4}(?:要|得|须|必须|需)(?:一把|一次性|立即|马上|立刻)"
    r"(?:还清|结清|付清|还完|偿还|还上)"
)
# The whole debt put on the bill now: "剩余未还分期本金及手续费将一并计入当期账单", "the
# remaining instalments will be added to your next statement".
_BILLED_NOW = fast.compile(
    rf"(?:{lx.WHOLE_DEBT})[^,。;]{{0,16}}?(?:将|会|应|须)?(?:一并|全部|一次性|立即)+(?:计入|列入|转入|"
    r"记入|转为|计为|列为)(?:当期|本期|下一?期|最近一期|当月|次月)(?:账单|应还)|"
    rf"(?:{lx.WHOLE_DEBT})[^;.,]{{0,30}}?\b(?:will|shall|may|are|is) (?:then |all |immediately )*"
    r"(?:be )?(?:added|billed|charged|moved|posted|put)\b (?:\w+ ){0,2}(?:to|on|in|onto) "
    r"(?:your |the |this )?(?:current|next|following|upcoming|this month's|next month's) "
    r"(?:statement|bill)\b"
)
_BILLED_WORDS = fast.compile(
    r"[期月](?:账单|应还)|(?:current|next|following|upcoming|month's) (?:statement|bill)"
)
# "the entire unpaid principal ... shall, at Lender's option, become payable forthwith".
_BECOMES_DUE = fast.compile(
    rf"(?:{lx.WHOLE_DEBT})[^;.]{{0,80}}?\b(?:shall|will|may|must)(?:,[^,;.]{{0,30}},)? "
    r"(?:immediately |forthwith |then )?(?:become|be) (?:immediately |forthwith )?(?:due|payable)\b"
)
_BECOMES_WORDS = fast.compile(r"\b(?:due|payable)\b")
_CALLED_IN_WORDS = fast.compile(r"called in|recalled|demanded|accelerated")
_PASSIVE_DEMAND = fast.compile(
    rf"\b(?:may|will|can|shall|must) be (?:\w+ )?(?:{lx.DEMAND})[^;.,]{{0,8}}?(?:{lx.AT_ONCE})"
)
_WHOLE = fast.compile(lx.WHOLE_DEBT)
# What _WHOLE_NOW's two alternatives without the whole debt need ("立即全额还款", "要求…一次性
# 偿还…全部"): a line with neither these nor the whole debt skips it.
_ZH_ALL = fast.compile(r"全额|全部|剩余|所有")
_AT_ONCE = fast.compile(lx.AT_ONCE)
# A settlement that lapses and gives way to the original debt.
_LAPSE = fast.compile(
    r"(?:协议|方案|减免|优惠|分期|确认书|确认函|本函|约定|承诺|安排)[^;。]{0,6}"
    r"(?:自动|即)?(?:失效|作废|终止|取消|无效|不再有效|撤销)|"
    r"(?:终止|取消|解除|撤销)(?:本|该|此)?(?:还款|分期|减免)?(?:协议|方案|减免|优惠|分期|安排)|"
    r"\b(?:enrol?ment|program(?:me)?|plan|arrangement|agreement|settlement)\b[^;.,]{0,12}"
    r"\b(?:ends|will end|terminates|is terminated|stops|is cancell?ed)\b|"
    r"\b(?:discount|offer|deal|reduction|settlement)s? (?:is|are|will be) (?:gone|off|over)\b|"
    r"\bbreak\w* (?:the|this|your|our) (?:\w+ )?(?:settlement|plan|arrangement|agreement|deal)\b|"
    r"\b(?:settlement|plan|arrangement|agreement|deal)s? (?:is|are) not (?:kept|honou?red|"
    r"maintained|"
    r"followed|met|kept up)\b|\b(?:do not|don't|fail to|not) keep (?:to )?(?:the|this|your) "
    r"(?:plan|arrangement|agreement|settlement)\b|"
    r"(?:未|不)(?:能)?(?:履行|遵守|按照?)(?:本|该|此)?(?:还款)?(?:协议|方案|约定)|"
    r"\b(?:settlement|plan|arrangement|agreement|deal)s? (?:fails?|failed|breaks? down|broke down|"
    r"falls? through|fell through|collapses?|is broken)\b|"
    r"(?:方案|协议|分期|减免)(?:失败|破裂|黄了)|"
    r"\b(?:cancel|terminat|end|withdraw|revok|rescind)\w* (?:the|this|your|our) (?:\w+ )?"
    r"(?:settlement|plan|"
    r"arrangement|agreement|offer|waiver|discount|concession|programme|program)\b|"
    r"\b(?:discount|reduction|reduced (?:amount|balance|sum)|waiver|concession|offer|settlement|"
    r"plan|arrangement)s?\b[^;.,]{0,12}\b(?:withdrawn|lost|forfeited|cancell?ed|revoked|"
    r"no longer appl\w*|void)\b|"
    r"\b(?:discount|reduction|waiver|concession|offer)s? (?:will be |is |are )?(?:withdrawn|lost|"
    r"forfeited|cancell?ed|revoked|no longer appl\w*)|\byou (?:will )?lose the (?:discount|waiver|"
    r"reduction|concession|offer)\b|"
    r"\b(?:settlement|plan|arrangement|agreement|offer|waiver|concession|discount|deal)s?\b"
    r"[^;.]{0,30}\b(?:lapses?|lapsed|(?:is|be|becomes?|shall be|will be) (?:deemed |treated as |"
    r"considered )?(?:void|null|"
    r"cancell?ed|revoked|withdrawn|terminated|invalid|rescinded))\b"
)
# The original debt comes back: enough on its own after a missed payment.
_BACK_TO_FULL = fast.compile(
    r"(?:减免|免掉|减掉|免除|豁免|优惠)(?:了)?的[^;。]{0,12}(?:补上|补回|补交|补缴|要还|得还|照收|"
    r"加回|加上)|"
    r"恢复(?:原|全额|全部|追|计算|计收|计息|收取)|(?:已|所)?减免(?:的)?(?:部分|金额|款项|利息|"
    r"罚息|费用)?[^;。]{0,10}"
    r"(?:恢复|追回|收回|重新|一并|计入)|全额(?:追偿|追讨|催收|收回|追)|(?:减免|减掉|减)的(?:部分|金额)?(?:都|全)?不(?:算|作数)|一并(?:追收|"
    r"追偿|追讨|收取|"
    r"计收)(?!利息)|"
    r"(?:一次性|全部|全额)(?:计入|入账|转入)|"
    r"\b(?:original|previous|standard) (?:apr|rate|interest rate|terms|balance|debt)\b[^;.]{0,20}"
    r"\b(?:restored|reinstated|applies again|will apply|resumes?)\b|"
    r"\b(?:waived|forgiven|frozen)\b[^;.]{0,20}"
    r"\b(?:added back|charged back|reversed|reinstated|restored)\b|"
    r"\b(?:added|charged) back\b|"
    r"\b(?:returns?|reverts?|goes back|go back|switch\w* back|falls? back) to "
    r"(?:the |your |its |their )?"
    r"(?:original|previous|standard|old|normal|full|pre-\w+|former)\b|"
    r"(?:回到|回归|恢复至|恢复为|改回|重新按|退回到?)(?:原|标准|正常|之前|此前)|"
    r"\breinstat\w*|\bresumes? (?:the )?(?:recovery|collection)|"
    r"\b(?:go|goes|going|will go) back to (?:collecting|chasing|pursuing|recovering|claiming) "
    r"(?:the |your )?(?:original|full|whole|entire)\b|"
    r"\b(?:will|shall) (?:again|once more) be (?:owed|due|payable)\b|\bbe owed again\b|"
    r"\b(?:becomes?|become|is|are|will be|falls?) (?:\w+ )?(?:payable|due|owed|owing) again\b|"
    r"(?:没到期|未到期|还没到期|后面)的?[^,。;]{0,10}(?:一起|一并|全部)(?:算|计|收|还)|"
    r"\b(?:including|plus) "
    r"(?:\w+ ){0,3}waived|(?:waived|forgiven|written[- ]off|written down|cancell?ed) (?:\w+ )?"
    r"(?:amounts?|interest|sums?|part|fees|charges|balance)[^;.]{0,20}"
    r"\b(?:due|payable|reinstated|added back)"
)
# A plan that simply ends: a lapse only when a missed payment ends it.
_ENDS = fast.compile(
    r"\b(?:enrol?ment|program(?:me)?|plan|arrangement|agreement|settlement)\b[^;.,]{0,12}"
    r"\b(?:ends|will end|terminates|is terminated|stops)\b(?! early| before| prematurely)|"
    r"(?:协议|方案|分期|安排)[^;。]{0,6}终止"
)
_RETURNS_TO = fast.compile(
    r"\b(?:returns?|reverts?|goes back|go back|switch\w* back|falls? back) to|"
    r"回到|回归|恢复至|恢复为|改回"
)
# The original debt named: acceleration only when the deal lapses in the same line.
_ORIGINAL = fast.compile(
    rf"按原(?:借款)?(?:合同|协议|欠款|债务|约定)|原(?:全部)?(?:欠款|债务|借款|金额)|"
    r"(?:最初|原来|当初|原始|原先)的?(?:全部)?(?:欠款|债务|借款|金额|本金)|"
    r"\bthe (?:remaining |outstanding )?balance (?:becomes?|is|will be|shall be) (?:\w+ )?(?:due|"
    r"payable|collectable|collectible|recoverable|enforceable)\b|"
    rf"{lx.WHOLE_DEBT}|"
    r"\b(?:full|entire|whole|original) (?:\w+ )?(?:debt|balance|amount)s?\b"
)
_GRACE = fast.compile(
    r"(?:连续|累计)\s*(?:[2-9]|[二两三四五六])\s*(?:期|个月|次)|"
    r"\b(?:two|three|four|[2-9]) (?:consecutive|or more)|"
    r"(?:超过|满)\s*(?:[3-9]\d|[1-9]\d\d)\s*(?:天|日)|more than (?:[3-9]\d|[1-9]\d\d) days"
)
# Medium only when it takes several misses *and* a written notice with time to put it right.
_NOTICE = fast.compile(
    r"(?<!不经)(?<!无需)(?<!无须)(?<!不需)(?<!未经)(?<!不必)(?<!不经书面)(?<!无需书面)"
    r"(?:书面催告|书面通知|催告)|宽限期|通知后|"
    r"\b(?:written notice|notice|cure period|grace period|"
    r"days to (?:pay|"
    r"catch up|remedy)|remedy)\b"
)
_NEG = fast.compile(
    r"不会|不得|不因|不导致|不引起|不构成|不视为|不再|无须|无需|不|\b(?:not|never|no|without)\b"
)


# The borrower's own offer ("本人可一次性支付", "I can pay a lump sum") is not the lender's demand.
_OWN_OFFER = fast.compile(
    r"本人|我(?!们|司|方|行)|\bi (?:can|could|will|would|offer|propose)\b|"
    # The borrower's own option: "您可随时提前一次性还清全部欠款".
    r"(?:您|你|借款人|乙方)(?:也)?(?:可|可以|有权)(?:随时)?"
)
# The lender accepting a settlement sum ("同意债务人以18,600元一次性结清", "we agree that you
# settle for $2,000 in one payment") is the deal itself, not the whole debt called in.
_SETTLEMENT = fast.compile(
    r"(?:同意|接受|允许)[^,。;]{0,6}(?:债务人|借款人|您|你|乙方|客户)|"
    r"以[^,。;]{0,10}\d[\d,.]*\s*(?:元|万元)[^,。;]{0,4}(?:一次性|一次)|"
    r"\b(?:agree\w*|accept\w*) (?:that )?(?:you|the borrower|the debtor|your offer)\b|"
    r"\bsettle\w* (?:\w+ ){0,4}for (?:\$|£|€|¥|rs\.?)\s*\d"
)


# The borrower's choice, or a reward for paying at once, is no demand.
_CHOICE = fast.compile(
    r"(?:如|若|如果|倘若)(?:您|你|借款人|客户)(?:愿意|希望|需要|想|想要|选择|有能力)|"
    r"\bif you (?:wish|want|prefer|choose|would like|are able)\b"
)
_PERK = fast.compile(
    r"[^,。;]{0,4}(?:并|即可|可)?(?:享受|获得|享有)(?:减免|优惠|折扣)|"
    r"[^;.]{0,12}\b(?:and|to) (?:get|receive|enjoy|qualify for) (?:a |the )?(?:discount|reduction|"
    r"waiver)\b"
)


# Words without which no pattern here can match (see lexicon.gate).
_GATE = lx.gate(
    "到期 收回 回收 解除 终止 一次性 立即 立刻 马上 即刻 提前 全额 失效 作废 取消 无效 撤销 恢复 "
    "减免 追 一并 "
    "计入 accelerat due payable immediate at_once in_full in_one forthwith demand within lump "
    "straight right_away call lapse void null cancel revok withdraw terminat invalid rescind ends "
    "will_end "
    "stops lose lost forfeit longer reinstat resum waive restor forgiven frozen _back delay 有效 "
    "gone _off _over 入账 转入 end_ terminat return_to returns_to revert go_back goes_back "
    "switch fall_back falls_back 回到 回归 恢复 改回 重新按 退回 一次付 一次还 一次结 一次偿 "
    "一次清 collected called_in recalled demanded single_payment back_now again 没到期 未到期 后面 "
    "一次还 一把 余下 剩下 期账单 月账单 期应还 月应还 rest_of current_statement current_bill "
    "next_statement "
    "next_bill following_statement following_bill upcoming_statement upcoming_bill "
    "month's_statement month's_bill plan_fail deal_fail ment_fail plans_fail deals_fail ments_fail "
    "not_kept not_honour not_honor not_maintained not_followed not_met keep_to keep_the keep_this "
    "keep_your 未履行 不履行 未能履行 未遵守 不遵守 未按 "
    "break_down breaks_down broke_down fall_through falls_through fell_through collaps is_broken "
    "补上 补回 补交 补缴 要还 得还 照收 加回 加上 最初 原来 当初 原始 原先 日内 天内 "
    "must_be shall_be will_be is_to_be has_to_be have_to_be are_to_be "
    "required claimed seek sought "
    "失败 破裂 黄了 back_to_collect back_to_chas back_to_pursu back_to_recover back_to_claim"
)


# Paying early at the borrower's choice is not the lender calling the loan in.
_PREPAY_OPTION = fast.compile(
    r"提前(?:一次性)?(?:还款|结清|还清|偿还|归还|清偿)|"
    r"\b(?:prepay\w*|early (?:re)?payment|pay(?:ing)? early|repay\w* early)\b"
)
_LENDER_DEMANDS = fast.compile(
    r"要求|有权|宣布|收回|视为|\b(?:demand\w*|requir\w*|declare\w*|call\w* in)\b"
)


def check(line: Line) -> Hit | None:
    norm = line.norm
    if not _GATE.search(line.padded):
        return None
    prepay_only = bool(_PREPAY_OPTION.search(norm)) and not _LENDER_DEMANDS.search(norm)
    if _WHOLE.search(norm) is not None:
        patterns = (_NAMED, _WHOLE_NOW, _PAY_AT_ONCE, _PASSIVE_DEMAND, _CALLED_IN, _ZH_ALL_AT_ONCE)
        if _BECOMES_WORDS.search(norm):
            patterns += (_BECOMES_DUE,)
        if _BILLED_WORDS.search(norm):
            patterns += (_BILLED_NOW,)
    else:  # every other pattern names the whole debt: none of them can match
        patterns = (_NAMED, _WHOLE_NOW) if _ZH_ALL.search(norm) else (_NAMED,)
        patterns += (_ZH_ALL_AT_ONCE,)
    for pattern in patterns:
        if pattern is _PASSIVE_DEMAND and not _AT_ONCE.search(norm):
            continue  # its own gate ("may", "will") lets nearly every line through
        if pattern is _CALLED_IN and not _CALLED_IN_WORDS.search(norm):
            continue
        for m in pattern.finditer(norm) if not prepay_only else ():
            if pattern is _PASSIVE_DEMAND:
                # The whole debt is what "may be collected straight away".
                start = clause_at(norm, m.start())[0]
                whole = _WHOLE.search(norm, max(start, m.start() - 60), m.start())
                if whole is None:
                    continue
            clause_start = clause_at(norm, m.start())[0]
            if _OWN_OFFER.search(norm[clause_start : m.start()]) or _SETTLEMENT.search(
                norm[clause_start : m.start()]
            ):
                continue
            if _CHOICE.search(norm, 0, m.start()) or _PERK.match(norm, m.end()):
                continue  # "如您愿意，欠款可一次性结清并享受减免": the borrower's option
            if not negated(norm, m.start(), _NEG) and not negated_within(norm, *m.span()):
                grace = _GRACE.search(norm)
                return Hit(
                    Severity.MEDIUM if grace and _NOTICE.search(norm) else Severity.HIGH,
                    "acceleration",
                    *m.span(),
                )
    lapse = _LAPSE.search(norm)
    back = _BACK_TO_FULL.search(norm)
    if lapse and back is None:
        back = _ORIGINAL.search(norm)
    if back is None or negated(norm, back.start(), _NEG) or negated_within(norm, *back.span()):
        return None
    if lapse is None and not re.search(lx.DEFAULT, norm):
        return None
    if (
        lapse is not None
        and _ENDS.fullmatch(lapse.group())
        and _RETURNS_TO.search(back.group())
        and not re.search(lx.DEFAULT, norm)
    ):
        return None  # "when the plan ends, your card returns to normal use": it ran its course
    start = min(lapse.start(), back.start()) if lapse else back.start()
    end = max(lapse.end(), back.end()) if lapse else back.end()
    severity = Severity.MEDIUM if _GRACE.search(norm) and _NOTICE.search(norm) else Severity.HIGH
    return Hit(severity, "acceleration_lapse", start, end)
