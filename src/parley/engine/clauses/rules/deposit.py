"""Deposit and advance-fee requests: money asked before a deal, to unlock or release something,
or paid outside the lender's official channels (a person, a QR code, cash to a visitor).

A warning against exactly this ("never pay a deposit", "如遇此类要求请立即挂断") protects the
borrower and is not raised.
"""

from __future__ import annotations

from parley.engine.clauses import fast
from parley.engine.clauses import lexicon as lx
from parley.engine.clauses.model import Severity
from parley.engine.clauses.rules.base import Hit
from parley.engine.clauses.text import Line, clause_at, negated, never_asked

_NAMED = fast.compile(
    r"保证金|押金|诚意金|定金|解冻金|解冻费|验证金|验证费|协商费|疏通费|激活费|开通费|解锁费|"
    r"认证金|(?:激活|解锁|解冻|验证|认证|开通|启动|预约|报名|疏通|通道|加急|名额|提现|放款)(?:金|款)(?!额)|"
    r"开户费|立案费|建档费|备案费|调解费|和解费|履约金|履约保证金|现场(?:收取|缴纳|交款)|"
    r"\bbond\b[^;.]{0,16}\b(?:has to|must|needs? to) (?:clear|be paid|be posted|arrive)\b|"
    r"\block (?:the|your|this) (?:plan|deal|offer|discount|settlement|rate) in\b|"
    r"加急费|插队费|通道费|名额费|占位费|锁定(?:方案|名额|优惠)|注销费|销户费|修复费|洗白|"
    r"律师(?:的)?(?:个人)?(?:账户|账号)|当面(?:交付|交给|支付|付款|收取)|"
    r"手续费(?![:\s]*0(?:\.0+)?元)[^,。;]{0,6}(?:转|打|汇)|刷流水|验资|"
    r"(?<!monthly )(?<!weekly )(?<!scheduled )(?<!regular )(?<!savings )(?<!program )"
    r"(?<!programme )\bdeposit\b(?! (?:the|your|it|into|each|this|that|money|funds|payments?|"
    r"instalments?|and|&|terms|accounts?|products?|rates?|insurance|protection|scheme)\b)|"
    r"token (?:amount|money|payment)|holding (?:fee|payment|deposit|charge|sum|amount)|"
    r"\bopening (?:fee|charge|payment)\b|"
    r"\baccount of (?:our|the|a) (?:\w+ )?(?:officer|agent|collector|specialist|manager|executive|"
    r"representative|staff member)\b|\bcollect\w*\b[^;.]{0,30}\bin person\b|\b(?:transfer|pay|"
    r"send|deposit)\w*\b[^.]{0,60}\bname\s*:\s*[a-z]+ [a-z]+\b|holding fee|hold(?:ing)? (?:the |"
    r"this |your )?(?:offer|discount)|lock (?:it|this|the offer|the discount|the reduction) in|"
    r"secure (?:the|this|your) (?:offer|discount|reduction)|\bmoney orders?\b|"
    r"\bcashier'?s? (?:check|cheque)s?\b(?![^;.]{0,24}\b(?:to our (?:office|address)|payable to "
    r"(?:us|the company)))|\b(?:pay|buy|purchase|"
    r"send)\w*\b[^;.]{0,30}\b(?:prepaid (?:debit )?cards?|vouchers?)\b|paysafecard|(?:lawyer|"
    r"attorney|solicitor|law firm)(?:'s)? (?:account|escrow|trust account)|guarantee money|"
    r"good[- ]faith (?:payment|money|deposit|fee)|security (?:payment|sum|amount|money)|"
    r"\b(?:keeps?|holds?) (?:this|the|your) (?:settlement|offer|discount|plan|deal|reduction) "
    r"(?:reserved|open|held|on hold|available)\b|"
    r"negotiation fee|unfreez(?:e|ing) fee|(?:activation|unlock(?:ing)?|release|verification|"
    r"clearance|file[- ]opening|case[- ]opening) (?:fee|payment|deposit|charge|amount)|"
    r"\b(?:upfront|up-front|(?<!cash )(?<!cash-)advance) (?:fee|payment|charge)s?\b|"
    r"预付费|前期费用|"
    # Money before the loan is paid out: "this payment is required before funding", 放款前需先交.
    r"\b(?:payment|fee|deposit|charge|sum|amount)s?\b[^;.]{0,40}\bbefore "
    r"(?:(?:we|you|i) (?:can )?)?"
    r"(?:funding|disburs\w*|fund(?:s|ed)? (?:the|your)|releas\w* (?:the|your) (?:loan|funds)|"
    r"(?:get|receive)\w* (?:the|your) (?:loan|funds|money))|"
    r"放款前(?:(?![不无免])[^,。;]){0,4}(?:需|须|要|必须|得)?(?:先)?(?:支付|缴纳|交纳|交|转|付|缴)|"
    # Money to book, join or start a plan: 预约金, 报名费, 开通金, "a $99 enrolment payment".
    r"预约金|预约费|报名费|报名金|启动金|启动费|开通金|入会费|门槛费|排号费|排队费|"
    r"\b(?:enrol(?:l?ment)?|booking|reservation|commitment|joining|sign-?up|start-?up|onboarding|"
    r"switch(?:ing)?[- ]on) (?:fee|payment|charge|sum|amount|deposit|money)s?\b|"
    r"\b(?:hold|secure|reserve|keep|book|lock in)\w* (?:your|a|the|my) (?:place|spot|slot|seat|"
    r"position)\b|"
    r"先(?:交|付|转|缴)[^,。;]{0,16}(?:费|金)|"
    r"\bgood[- ]faith (?:amount|sum)\b|"
    r"\b(?:show|prove|demonstrate)\w* (?:your |some )?good[- ]faith\b[^;.]{0,30}(?:\$|£|€|¥|\d|"
    r"payment|transfer|deposit)|"
    r"(?<!non-)(?<!non )\brefundable (?:\S+ ){0,2}(?:amount|payment|sum|fee|"
    r"charge|bond|security)\b(?! of (?:any |your |the )?(?:overpay|excess|surplus|credit))|"
    r"\b(?:transfer|pay|send|lodg)\w*\b[^;.]{0,20}\b(?:a |"
    r"the )?(?:security )?"
    r"bond\b|"
    r"\b(?:upfront|up front|in advance|first)\b[^;.]{0,20}\bbefore (?:we|i|they) (?:can|will)\b"
)
# Money paid so that something is activated, unlocked, released or verified.
_UNLOCK = fast.compile(
    r"(?:打款|缴纳|交纳|转账|交了|付了|到账|款一到|钱一到)[^。;]{0,16}(?:解除|解开|解冻)|"
    r"(?:解除|解开)[^。;]{0,12}冻结[^。;]{0,12}(?:打款|缴纳|交纳|转账|付款|交钱)|"
    r"冻结[^。;]{0,16}(?:须|需|要|得)[^。;]{0,8}(?:打款|缴纳|交纳|转账|付款)[^。;]{0,4}解除|"
    rf"(?:{lx.PAY})[^;。]{{0,24}}?(?:激活|解锁|解冻|释放|验证(?!码)|核验)|"
    rf"(?:激活|解锁|解冻|释放|验证(?!码))[^;。]{{0,12}}?(?:需|须|要|先)[^;。]{{0,6}}(?:{lx.PAY})|"
    r"\b(?:pay\w*|transfer\w*|send\w*)\b[^;.]{0,40}\b(?:to|so (?:that|we can)|in order to|"
    r"before (?:we|i) can|and we will|then we will|then we'll|we'll) "
    r"(?:\w+ ){0,3}(?:activate|unlock|release|unfreeze|verify|validate)\b|"
    # The money itself does the unlocking: "a one-off $150 to our compliance desk releases it".
    r"(?:\b(?:payment|fee|transfer|sum|amount)\b|(?:\$|£|€|¥)\s*\d)[^;.]{0,40}\b(?:releases?|"
    r"unlocks?|activates?|unfreezes?) (?:it|them|the|your|this)\b|"
    r"\b(?:is|will be|gets?|be) (?:fully |all )?refund\w*\b[^;.]{0,30}"
    r"\b(?:once|after|when|as soon as)\b|"
    r"(?:\d+\s*元|这笔钱|这笔费用|款项|钱)[^,。;]{0,12}(?:会|将)?(?:全额|如数)?(?<!不予)(?<!不)"
    r"(?<!不会)(?<!不可)(?<!无法)(?<!不能)(?:退还|返还|退回|退给)|"
    r"\b(?:activate|unlock|unfreeze|unfrozen|verify|validate)\w*\b[^;.]{0,40}"
    r"\b(?:after|once|when) you (?:pay|transfer|send)\w*|"
    r"\b(?:activate|unlock|release|unfreeze|unfrozen|verify|validate)\w*\b[^;.]{0,40}"
    r"\b(?:you (?:must|need to|have to|should)|requires?|first) (?:\w+ ){0,2}(?:pay|transfer|"
    r"send)\b"
)
# A payment made the condition of unlocking something, in one line: "to release the letter, a
# fee must be paid first".
_UNLOCK_WORD = fast.compile(
    # Not "该费用于放款时一并扣收" (the fee, at disbursement).
    r"(?:才能|才可|以便|(?<!费)用于|方可|后才|才会|即可|就能|就可以|马上|然后|再)[^,。;]{0,6}"
    r"(?:激活|解锁|解冻|释放|验证(?!码)|核验|立案|建档|放款|出方案|办理)|"
    r"\b(?:to|in order to|before|so (?:that )?(?:we|i) can|for)\b (?:\w+ ){0,3}?"
    r"(?:activat|unlock|unfreez|releas|verif|validat)\w*|"
    r"\b(?:activat|unlock|unfreez|releas|verif|validat)\w* (?:\w+ ){0,4}?(?:requires?|needs?|"
    r"costs?)\b|"
    r"\bto (?:open|start) (?:your|the) (?:case|file|settlement|plan|account)\b|\b(?:case|"
    r"file)[- ]opening\b"
)
_FEE_WORD = fast.compile(r"费|金|\b(?:fees?|charges?|deposit|upfront|first)\b")
# Channels outside the lender's: a person, a personal account, a QR code, cash to a visitor.
_PERSONAL = fast.compile(
    r"个人账户|个人账号|个人银行卡|个人卡|私人账户|私人账号|私人卡|个人微信|个人支付宝|收款码|"
    # A red packet to the collector: "给我发个红包（888元）".
    r"(?:发|给|转)(?:我|他|她)?(?:发)?(?:个|一个)?(?:\d+(?:元|块)?的?)?红包|红包[（(]?\s*\d|"
    r"\b(?:send|give)\w* (?:me|him|her) (?:a |an )?(?:red packet|red envelope|hongbao)\b|"
    r"私人微信|私人支付宝|(?:把钱|钱|款)(?:先)?(?:转|打|汇)过来|"
    r"(?:钱|款)(?:一)?(?:到|进)(?:了)?我(?:这边|这儿|这里|账上)|"
    r"付款码|"
    r"(?:转|打|汇)(?:到|至|给|入)?[^,。;]{0,8}(?:微信|支付宝|银行卡|专员|经理|本人|我的)|"
    r"付(?:到|至|给|入)[^,。;]{0,8}(?:微信|支付宝|银行卡|专员|经理|本人|我的)|"
    r"(?:加|添加)[^,。;]{0,8}(?:微信|qq)[^。;]{0,16}(?:还款|付款|转账|缴费|打款|交钱|付钱)|"
    r"\b(?:whatsapp|telegram|signal)\b[^.;]{0,40}\b(?:pay\w*|transfer\w*|send\w*)\b|"
    r"\b(?:send|transfer|pay)\w* (?:the money |it |the payment |the cash )?over to me\b|"
    r"\b(?:pay\w*|transfer\w*|send\w*)\b[^.;]{0,40}\b(?:whatsapp|telegram)\b|"
    r"(?:户名|收款人|收款方|账户名|开户名|收款户名)[:\s]*[\u4e00-\u9fff]{2,12}(?:[)）,。;\s]|$)"
    r"(?<!公司[)）,。;\s])(?<!公司)(?<!银行)(?<!银行\s)|"
    r"\bpay (?:me|him|her)\b|\bto me (?:directly|personally)\b|"
    r"\b(?:transfer|pay|send|remit)\w*\b[^;.]{0,40}\bto (?:our|my|the|your) (?:adviser|advisor|"
    r"specialist|caseworker|case officer|(?:case )?handler|case manager|negotiator|consultant|"
    r"accounts? officer|officer|agent|collector|representative|rep)\b|"
    r"\bmy (?:zelle|cash ?app|venmo|paypal|revolut|wise)\b|\bacct name\b|"
    r"(?:专员|客服|经理|主管|催收员|工作人员)[^,。;]{0,6}(?:发送|发|给)的?[^,。;]{0,6}(?:支付|付款|收款)链接|"
    r"收款二维码|个人二维码|个人名义(?:代收|收款|收取)|以个人名义|个人通道|合作方代收|"
    r"(?:我|专员|经理|主管)[^,。;]{0,4}把?(?:还款码|收款码|付款码|二维码)(?:发|给)(?:你|您)|"
    r"\b(?:handled|done|processed) by me personally\b|"
    # Debt-settlement money held by a partner: 将每月还款预算转入乙方合作方托管账户, "transfer $612
    # each month into a savings account controlled by our partner", "send it to our escrow partner".
    r"(?:合作方|托管)[^,。;]{0,12}(?:账户|账号)|(?:(?<=由乙方)|(?<=由乙方统一))代为(?:支付|还款|偿还)|"
    r"\b(?:escrow|settlement|payment) partner\b|"
    r"\b(?:account|fund)s? (?:controlled|held|managed) by (?:our|a|the) (?:partner|affiliate)\b|"
    r"\bread (?:out )?(?:the )?(?:card|voucher|gift card) (?:numbers?|codes?|pins?)\b|"
    r"现金.{0,8}(?:交给|交由|给|付给|上门|外访|催收员|工作人员|专员)|(?:上门|外访).{0,10}(?:收取|"
    r"收款|现金)|"
    r"(?:转|打|汇|付)(?:到|给|至)(?:我(?![司们方行部门])|本人)(?:这边|这里|账上)?|合作账户|第三方账户|"
    r"代收账户|指定的?个人|"
    r"收款(?:账户|账号|卡号|人)[^。;]{0,30}[（(][\u4e00-\u9fff]{2,4}[)）]|"
    r"礼品卡|充值卡|购物卡|游戏点卡|比特币|虚拟币|泰达币|usdt|监管账户|安全账户|资金证明|"
    r"证明(?:您|你)?(?:的|有|具备)?(?:还款能力|还款实力|经济实力|资金实力|还款诚意|诚意|资质)|"
    r"原路(?:返还|退回|退还)|"
    r"(?:转|打|汇|存)(?:入|到|至)(?:我们|我方|我司)?指定(?:的)?(?:账户|账号|银行卡|卡)|"
    r"(?:对接人|联系人|经办人|负责人|专员|经理|主管|催收员|工作人员|业务员|客服|"
    r"同事)(?:的)?(?:个人)?"
    r"(?:账户|账号|银行卡|卡号|支付宝|收款码|二维码|码)|"
    r"(?:对接人|联系人|经办人|负责人|专员|经理|主管|催收员|工作人员|业务员|客服|"
    r"同事)(?:的)?(?:个人)?"
    r"微信[^。;]{0,16}(?:转|付|交|缴|打款|还款|收款)|"
    r"\b(?:account (?:name|holder)|payee|beneficiary|(?<=[\d,] )name)\b\s*:?\s*(?:mr\.?|mrs\.?|"
    r"ms\.?|miss)?\s*"
    r"(?![^;]*\b(?:ltd|limited|inc|bank|corp|llc|plc|co|company|finance|financial|credit|services?|"
    r"lending|capital|group)\b)(?:[a-z]+ |(?:[a-z]\. ?){1,2})[a-z]{2,}\b|"
    r"\b(?:venmo|zelle|cash ?app|paypal|upi|western union|moneygram|gcash|paytm|phonepe|gpay|"
    r"google pay)\b|\bcollect\w*\b[^;.]{0,30}\bat your (?:doorstep|door|home|residence|house)\b|"
    # Money sent to a handle or an e-mail address (not "write to complaints@…").
    r"\b(?:pay|send|transfer|remit|zelle|venmo)\w*\b[^;.]{0,40}\bto (?:@\w|[\w.-]+@[\w-]+\.\w)|"
    r"\bgift ?cards?\b|\b(?:itunes|google play|steam) (?:cards?|codes?)\b|\bcard codes\b|"
    # Money parked with a third party and "returned" later, paid in voucher codes: "the $350 is
    # held in escrow and returned after your first payment, just send the codes", 先存入监管
    # 账户，还款后退回, 把卡密发给我.
    r"\b(?:held|hold|kept|placed|put|parked|sits?|stays?|remains?) (?:in|into) (?:an? |our |the )?"
    r"escrow\b|"
    r"\bescrow (?:payment|deposit|fee|amount|sum|account)\b|"
    r"\bsend (?:me |us |over )?(?:the |those |your )?(?:card |voucher |gift |redemption )?codes\b|"
    r"卡密|兑换码|充值码|"
    # Money moved to prove the borrower can pay: 先转入2000元作为还款能力证明.
    r"(?:转入|转账|存入|打入|支付|缴纳)[^。;]{0,16}(?:作为|当作|用作|用于)[^,。;]{0,8}(?:证明|验证|"
    r"保证)|"
    r"\b(?:bitcoin|crypto\w*|usdt|btc)\b|"
    r"\b(?:(?:pay|transfer|remit|hand)\w* (?:it |them |this |the (?:amount|money|payment|funds|"
    r"balance|"
    r"fee|sum) |\$?\d[\d,.]* )?|send\w* (?:the )?(?:money|payment|amount|funds|fee|\$\d[\d,.]*) )"
    r"(?:directly |personally )?to (?:mr|mrs|ms|miss|my colleague|our colleague|the agent|"
    r"our agent|"
    r"the officer|our officer|the collector|our collector|him|her)\b|"
    r"(?:交给|转给|付给|打给)(?:我|他|她|我们的?|我的)?(?:同事|经理|专员|业务员|工作人员|催收员|"
    r"主管|财务|会计|出纳)|"
    r"(?:财务|会计|出纳)(?:的)?(?:个人)?(?:账户|账号|银行卡|卡|微信|支付宝)|"
    r"合作(?:公司|机构|方)(?:的)?(?:账户|账号)|\bpartner (?:company|firm|agency)(?:'s)? account\b|"
    r"(?<!your )\b(?:partner|third[- ]party|nominated|agent)(?:'s)? (?:payment )?(?:account|link|"
    r"wallet)\b|"
    r"personal (?:bank )?(?:account|card)|private account|"
    r"\b(?:to|into|in|via|through) (?:my|his|her|an agent's|agent's|the agent's|the officer's|"
    r"the specialist's|specialist's|"
    r"the manager's|manager's|collector's|the collector's|our executive's)\b (?:own |personal )?"
    r"(?:bank )?(?:account|card|wechat|alipay)|(?:wechat|alipay) (?:account|transfer|pay)|"
    r"\b(?:hand|give|pay)\w*\b[^;.]{0,40}\bin cash\b|"
    r"\bin cash\b[^;.]{0,30}\b(?:collector|agent|executive|officer|visit\w*|representative)|"
    r"\bcash\b[^;.]{0,30}\b(?:to|with) (?:our|the|a) (?:visiting |field )?(?:collector|agent|"
    r"executive|officer|representative)|\b(?:visiting|field) (?:collector|agent|executive|officer)"
    r"[^;.]{0,30}\b(?:collect|cash|pay)"
)
# A named person's own account, with money moving to it: "to my manager's account",
# 打到我同事的卡上.
_ROLE_ACCOUNT = fast.compile(
    r"\b(?:manager|colleague|agent|officer|specialist|supervisor|collector|adviser|advisor|"
    r"caseworker|case officer|handler|executive|representative|director|boss|team leader|"
    r"assistant|accountant|friend|partner)'s (?:own |personal |private )?(?:bank )?(?:account|card|"
    r"wallet)\b|"
    r"(?:同事|经理|专员|主管|领导|经办人|负责人|对接人|业务员|催收员|工作人员|老师|师傅|朋友|财务|会计|出纳|"
    r"助理)(?:[\u4e00-\u9fff]{2,3}的|的)?(?:个人|私人)?(?:[\u4e00-\u9fff]{1,4}银行)?(?:卡|账户|账号|微信|"
    r"支付宝|收款码)"
)
# Money said to come back with the loan, or steered away from the lender's own account: "连同
# 放款一起返还", "refundable and added to your first disbursement", "走公账要排队".
_WITH_THE_LOAN = fast.compile(
    r"(?:连同|随同|随|和|与|跟)(?:放款|贷款|借款|下款|本金|额度)[^,。;]{0,4}(?:一起|一并|一同)?"
    r"(?:返还|退还|退回|返回|到账|发放)|(?:放款|下款|到账)时[^,。;]{0,4}(?:一起|一并|一同)?"
    r"(?:退还|返还|退回)|"
    r"\brefund\w*\b[^;.]{0,40}\b(?:added to|with|together with|along with|included in|"
    r"returned with|paid back with) (?:your |the )?(?:first |initial )?(?:disbursement|loan|payout|"
    r"advance|funds)\b"
)
# Steered away from the lender's own account: "走公账要排队", "不走对公", "don't use the company
# account, it takes weeks". The negation is the request itself, so it is read before warnings.
_STEER = fast.compile(
    # Only through the collector: "只能走我这边", "you can only pay through me now".
    r"(?:只能|只可以|只有|必须|得)(?:走|通过|转到?|打到?|付到?|汇到?|还到?)我(?![司们方行])|"
    r"(?:只能|只可以|必须)(?:打|转|付|汇|还)(?:到|给)?我们这边|"
    r"\b(?:only|have to|must|need to) (?:pay |send |transfer )?(?:it )?(?:through|via|to) me\b|"
    r"(?:不走|绕开|避开|别走|不用走)(?:公账|对公|官方)|"
    r"(?:不要|别|不用|无需)(?:再)?(?:转|打|汇|付|还)(?:到|给|进|入)?(?:公司|对公|官方|平台|app)"
    r"(?![^,。;]{0,8}(?:以外|之外))|走(?:公账|对公)(?:账户)?(?:要|需要|太|会|"
    r"得)|"
    r"\b(?:skip|avoid|bypass|don't use|do not use|no need to use|instead of|rather than|"
    r"faster than)"
    r" (?:the |our |your )?(?:company|official|corporate|bank's|lender's) (?:account|channel|app|"
    r"route)s?\b"
)
_NOT_DEPOSIT = fast.compile(
    r"direct deposit|deposit account|deposited (?:in|into) your|time deposit|deduct\w*|withheld|"
    r"从[^,。;]{0,8}中(?:扣除|扣收)|"
    # Kept back from the loan paid out (a fee on the loan, the fee rule's): "taken out before
    # disbursement", "放款时直接扣收".
    r"\btaken (?:out|off)\b|(?:放款|到账)时?(?:直接)?(?:扣除|扣收)|"
    r"对公账户|官方|corporate account|official (?:app|account|channel)"
)
_PROTECT = fast.compile(lx.PROTECTIVE)
# A topic label opening a line: "关于保证金：", "About deposits:", "Re: your deposit -".
_TOPIC = fast.compile(r"\W*(?:关于|有关|\b(?:about|re|regarding)\b)\s*:?\s*[^:,。;]{0,16}:")
_NEG = fast.compile(
    r"不|无|没有|勿|禁止|严禁|谨防|警惕|绝不|"
    r"\b(?:no|not|never|without|neither|nor|none|won't|don't|doesn't|cannot|can't|beware|"
    r"nobody|no one|no-one)\b"
)


# Words without which no pattern here can match (see lexicon.gate).
_GATE = lx.gate(
    "保证金 押金 诚意金 定金 解冻 验证 核验 协商费 疏通费 激活 开通费 解锁 认证金 手续费 刷流水 "
    "备案费 调解费 和解费 履约金 冻结 个人通道 代收 二维码 还款码 收款码 托管 合作方 代为 partner "
    "personally bond lock_the lock_your lock_this 我们这边 acct my_zelle my_cash my_venmo "
    "my_paypal my_revolut my_wise link 链接 "
    "到我 进我 到了我 进了我 "
    "验资 释放 "
    "监管账户 安全账户 资金证明 证明 原路 对接人 联系人 经办人 负责人 主管 催收员 工作人员 业务员 "
    "客服 "
    "开户费 立案费 建档费 现场 财务 会计 出纳 in_person name account_of unfrozen "
    "立案 建档 开户 交给 转给 付给 打给 合作 colleague _mr_ _mr. _mrs _ms_ _ms. _miss_ _him_ _her_ "
    "opening to_open to_start "
    "加急 插队 通道 内部 名额 占位 锁定 注销 销户 修复 洗白 律师 当面 holding hold lock secure "
    "money_order "
    "cashier prepaid voucher paysafecard lawyer attorney solicitor law_firm "
    "加微信 添加微信 qq whatsapp telegram signal token "
    "venmo zelle cash_app cashapp paypal upi western moneygram gcash paytm phonepe gpay "
    "google_pay doorstep your_door your_home your_residence your_house @ account_name "
    "account_holder payee beneficiary "
    "预付 前期费用 先交 先付 先转 先缴 退还 返还 退回 退给 个人 私人 收款 付款码 户名 到我 给我 "
    "至我 "
    "合作账户 第三方 代收 指定 礼品卡 充值卡 购物卡 点卡 比特币 虚拟币 泰达币 微信 支付宝 银行卡 "
    "专员 经理 "
    "本人 我的 现金 上门 外访 二维码 扫码 扫一扫 "
    "deposit guarantee_money good_faith good-faith security_payment security_sum "
    "security_amount security_money keep_this keep_the keep_your keeps_this keeps_the keeps_your "
    "hold_this hold_the hold_your holds_this holds_the holds_your negotiation unfreez "
    "activat unlock releas verif validat clearance opening upfront up-front advance up_front "
    "first refund pay_me pay_him pay_her to_me gift itunes google_play steam escrow codes 卡密 "
    "兑换码 充值码 保证 "
    "card_code bitcoin crypto usdt btc partner third nominated agent personal private "
    "officer specialist manager collector executive adviser advisor caseworker handler negotiator "
    "consultant wechat alipay cash visiting field qr scan "
    "_my_ _his_ _her_ skip avoid bypass use_the use_our instead rather faster 不用走 绕开 避开 "
    "别走 不走 预约 报名 启动 开通 入会 门槛 排号 排队 enrol booking reservation commitment "
    "joining sign-up signup start-up startup onboarding switch place spot slot seat position "
    "name 领导 老师 师傅 朋友 助理 's_ "
    "不要转 不要打 不要汇 不要付 不要还 别转 别打 别汇 别付 别还 "
    "红包 red_packet red_envelope hongbao 不用转 不用打 不用付 无需转 无需付 转过来 打过来 汇过来 "
    "bond 实力 指定 releases "
    "unlocks "
    "activates unfreezes "
    "连同 随同 放款 公账 对公 官方 同事 码 收款人 收款方 账户名 开户名 具备 before_fund "
    "before_disburs before_we_can before_you_can before_i_can before_we_fund before_we_releas "
    "before_you_get before_you_receiv before_releas before_get before_receiv "
    "只能 只可以 只有 必须 得走 得通过 得转 得打 得付 得汇 得还 through_me via_me"
)


# A charge taken with every repayment or every period is the fee rule's business.
_RECURRING_CHARGE = fast.compile(
    r"(?:每次|每期|每月|每笔)(?:还款|借款|提现|扣款)?[^,。;]{0,12}(?:收取|扣收|加收|扣除)"
)


def _protective(norm: str, pos: int) -> bool:
    """A warning or a promise about this very risk: negated, the clause warns against it, or
    the sentence promises never to ask for it."""
    if negated(norm, pos, _NEG):
        return True
    start, end = clause_at(norm, pos)
    return bool(_PROTECT.search(norm[start:end])) or never_asked(norm, pos)


# A QR code or a scan is a payment channel only when money moves through it (not "扫码下载App").
_QR = fast.compile(r"二维码|扫码|扫一扫|扫[^,。;]{0,6}码|\bqr code\b|\bscan\b")
_QR_PAY = fast.compile(r"付|转|支付|还款|缴|交|\b(?:pay\w*|transfer\w*|send\w*|repay\w*)\b")
_QR_OFFICIAL = fast.compile(r"下载|关注|官方|\b(?:download|official|install)\b")


_PAY = fast.compile(lx.PAY)
_FROM = fast.compile(r"从|\bfrom\b")
_TO_BORROWER = fast.compile(r"乙方|借款人|您本人|你本人|\byour own\b")
_OFFICIAL = fast.compile(r"官方|对公|\b(?:official|corporate)\b")
_SUM = fast.compile(
    r"(?:\$|¥|£|€|rs\.?|cny|rmb|usd)\s*\d|\d[\d,.]*\s*(?:元|yuan|dollars)|required|需要|需"
)


def _off_channel(norm: str) -> Hit | None:
    """Money asked outside official channels, or paid to unlock something."""
    for m in _QR.finditer(norm):
        start, end = clause_at(norm, m.start())
        if (
            _QR_PAY.search(norm, start, end)
            and not _QR_OFFICIAL.search(norm)
            and not _protective(norm, m.start())
        ):
            return Hit(Severity.HIGH, "deposit_personal", *m.span())
    m = _WITH_THE_LOAN.search(norm)
    if m is not None and not _protective(norm, m.start()):
        return Hit(Severity.HIGH, "deposit_unlock", *m.span())
    for m in _PERSONAL.finditer(norm):
        start, end = clause_at(norm, m.start())
        if _OFFICIAL.search(norm, start, end):
            continue  # "our official WeChat account", "对公账户"
        if _FROM.search(norm, max(start, m.start() - 16), m.start()):
            # Paying *from* one's own account: "本人从个人账户还款", "from my personal account".
            continue
        if _TO_BORROWER.search(m.group()):
            continue  # "余额划付至乙方绑定的银行卡": the loan paid out to the borrower's own card
        if not _protective(norm, m.start()):
            return Hit(Severity.HIGH, "deposit_personal", *m.span())
    m = _ROLE_ACCOUNT.search(norm)
    if m is not None and _PAY.search(norm) and not _protective(norm, m.start()):
        start, end = clause_at(norm, m.start())
        if not _OFFICIAL.search(norm, start, end):
            return Hit(Severity.HIGH, "deposit_personal", *m.span())
    unlock = _UNLOCK_WORD.search(norm)
    if unlock is not None:
        fee = _FEE_WORD.search(norm)
        if fee and (_PAY.search(norm) or _SUM.search(norm)) and not _protective(norm, fee.start()):
            return Hit(Severity.HIGH, "deposit_unlock", *unlock.span())
    for m in _UNLOCK.finditer(norm):
        if not _protective(norm, m.start()):
            return Hit(Severity.HIGH, "deposit_unlock", *m.span())
    return None


# A charge the lender bills itself ("added to your first statement", 计入账单) is a fee on its
# own account (the fee rule), not money asked up front through another channel.
_BILLED = fast.compile(
    r"\badded to (?:your |the )?(?:first |next |monthly )?(?:statement|balance|bill|account|loan)|"
    r"\bbilled\b|\bon your (?:first |next )?(?:statement|bill)\b|计入(?:账单|本金|欠款|应还)|"
    r"随(?:当期|每期)?(?:账单|每期|还款)"
)


def check(line: Line) -> Hit | None:
    norm = line.norm
    if not _GATE.search(line.padded):
        return None
    if _BILLED.search(norm) and not _PERSONAL.search(norm):
        return None
    steer = _STEER.search(norm)
    if steer is not None and not _PROTECT.search(norm[: steer.start()] + " " + norm[steer.end() :]):
        return Hit(Severity.HIGH, "deposit_personal", *steer.span())
    # A line that warns against any of this is the protection, not the request.
    if not _PROTECT.search(norm) and (hit := _off_channel(norm)):
        return hit
    topic = _TOPIC.match(norm)
    if topic is not None and not (
        _NEG.search(norm, topic.end()) or _PROTECT.search(norm, topic.end())
    ):
        topic = None  # "About the deposit: send $300 today": the label names what is asked
    for m in _NAMED.finditer(norm):
        if m.group().endswith("费") and _RECURRING_CHARGE.search(norm):
            continue  # "每次还款将额外收取2元通道费": a charge on every repayment, a fee
        if topic is not None and m.end() <= topic.end():
            continue  # "关于保证金：…": the subject named, the sentence after it says what holds
        around = norm[max(0, m.start() - 8) : m.end() + 10]
        if _NOT_DEPOSIT.search(around) or _protective(norm, m.start()):
            continue
        return Hit(Severity.HIGH, "deposit_request", *m.span())
    return None
