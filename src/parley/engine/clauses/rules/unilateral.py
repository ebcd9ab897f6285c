"""One-sided changes: the lender alone may change rates, fees or terms, or rules it publishes
later bind the borrower without a new agreement."""

from __future__ import annotations

import re

from parley.engine.clauses import fast
from parley.engine.clauses import lexicon as lx
from parley.engine.clauses.model import Severity
from parley.engine.clauses.rules.base import Hit
from parley.engine.clauses.text import Line, clause_at, negated, negated_within

# Loans already made, in the words notices use: 存量借款, 未结清订单, 已借未还.
_LOANS_MADE = "存量|已借|未结清|现有|已有|已发放"
# The lender may change something: a power kept, in words or in structure.
_POWER = fast.compile(
    rf"有权.{{0,8}}(?:单方|随时|自行|酌情)?.{{0,4}}(?:{lx.CHANGE})|单方(?:面)?.{{0,4}}(?:调整|"
    rf"变更|修改|修订|决定)|"
    rf"(?:保留|享有).{{0,12}}(?:调整|变更|修改|解释).{{0,8}}权|随时(?:调整|变更|修改|更新)|"
    rf"(?:贷款人|出借人|贵司|我司|本公司|公司|平台|甲方|银行|本行)(?:后续|将|会|可)?.{{0,6}}"
    rf"(?:调整|变更|修改|提高|上调).{{0,6}}(?:利率|费率|费用|服务费|管理费|条款|还款金额|收费标准)|"
    rf"(?:贷款人|出借人|贵司|我司|本公司|平台|甲方|银行|本行)(?:可|可以|有权|将|会)(?:不时|"
    rf"随时)?[^;。]{{0,24}}?"
    rf"(?:调整|变更|修改|修订|上调|提高)|"
    rf"\b(?:may|can|will) be (?:\w+ )?(?:changed|amended|varied|adjusted|revised|modified|"
    rf"recalculated|reset|repriced|"
    rf"increased|altered|updated|raised)\b(?! (?:at your request|on request|if you ask|"
    rf"by agreement|"
    rf"as your|when you|if you))|"
    rf"\b(?:may|can|reserves? the right to|(?:is|are|shall be) entitled to|ha(?:s|ve) the right to)"
    rf" (?:\w+,? ){{0,4}}(?:change|amend|vary|adjust|revise|modify|increase|alter|update|raise|"
    rf"revisit|reprice|recalculate|reset)\b"
    rf"(?! (?:as|when|if|with) (?:your|you|the (?:balance|market|index|prime)))|"
    rf"\bat (?:its|our|the lender's|the bank's) (?:sole |absolute |own )?discretion\b|"
    # "we set the fees and may review them whenever we see fit": a change at the lender's will.
    rf"\b(?:{lx.CHANGE}|review\w*|set)\b[^;.]{{0,40}}\b(?:whenever|as|when|if) (?:we|the lender|"
    rf"the bank|it) (?:see|sees|think|thinks|consider|considers|deem|deems) (?:fit|appropriate|"
    rf"necessary)\b|"
    rf"\bat (?:our|its) (?:option|election)\b|"
    rf"\b(?:set|determined|decided|fixed|changed|varied|adjusted) by (?:us|the lender|the bank)\b|"
    rf"由(?:本)?(?:贷款人|出借人|甲方|我司|本行|银行|平台|公司)[^,。;]{{0,16}}(?:调整|确定|决定|变更|"
    rf"修订|修改)|"
    # A repricing announced: 定价调整如下, 利率由0.03%调整为0.05%, "pricing will change as follows",
    # "the daily rate goes from 0.03% to 0.05%".
    rf"(?:定价|价格|利率|费率|收费标准|服务费|费用)(?:标准)?(?:将|拟)?(?:作|作出|进行)?(?:如下)?"
    rf"(?:调整|变更|上调)(?:如下|为|至)|"
    rf"(?:定价|价格|利率|费率|收费标准|服务费)[^,。;]{{0,4}}由[^,。;]{{0,12}}(?:调整|上调|提高|变更|改)"
    rf"(?:为|至|到)|"
    # 手续费率统一提高至每期0.9%, 对您的账户执行新的费率.
    rf"(?:利率|费率|手续费|服务费|管理费|收费标准|定价|价格|月供)[^,。;]{{0,6}}(?:统一|将|拟|会)?"
    rf"(?:提高|上调|调高|上浮|调整)(?:至|为|到)|"
    rf"(?:执行|适用|启用|采用)(?:新的?|调整后的?|最新的?)(?:费率|利率|收费标准|价格|定价|条款)|"
    rf"按(?:照)?(?:新|新的|最新的?|调整后的?|变更后的?)(?:标准|费率|利率|价格|定价|收费标准|规则)"
    rf"(?:执行|收取|计收|计算|扣收)|"
    # "your APR is moving to 32.9%", "the fee is going up to $12".
    rf"\b(?:rates?|apr|fees?|charges?|pricing|prices?|payments?)\b[^;.]{{0,20}}"
    rf"\b(?:is|are|will be) "
    rf"(?:moving|going up|rising|increasing|changing|being (?:raised|increased|changed)) to\b|"
    # A revised version the lender sends replaces this one: "any revised schedule we send you
    # replaces this one automatically", 新的还款计划发送后自动替代本计划.
    rf"\b(?:revised|new|updated|amended) (?:schedule|terms|rates?|fees?|pricing|agreement|plan|"
    rf"version)\b[^;.]{{0,30}}\b(?:replaces?|supersedes?|overrides?|takes? precedence)\b|"
    rf"(?:新|更新后|修订后|调整后)的?(?:还款计划|条款|协议|规则|费率|标准)[^。;]{{0,12}}(?:自动)?"
    rf"(?:替代|取代|覆盖)|"
    # "a $3 charge will be applied to all accounts", "when the interest rate on your loan goes up".
    rf"\b(?:fees?|charges?|rates?|pricing)\b[^;.]{{0,40}}\b(?:appl\w*|introduc\w*|charged|added) "
    rf"(?:to|for|on|across) (?:all|every) (?:existing )?(?:accounts?|customers?|borrowers?|"
    rf"cardholders?|loans?)\b|"
    rf"\b(?:when|if|whenever|each time)\b[^;.]{{0,20}}\b(?:rates?|apr|fees?|charges?|pricing)\b"
    rf"[^;.]{{0,24}}\b(?:goes up|go up|rises|increases|changes)\b|"
    rf"\b(?:rates?|apr|fees?|pricing|prices?|charges?)\b[^;.]{{0,30}}\b(?:chang|increas|ris|go|goes|"
    rf"going|mov|adjust|rais)\w*(?: up)? from\b[^;.]{{0,24}}\bto\b"
)
# Rules published or changed later apply without a new agreement.
_PUBLISHED = fast.compile(
    r"以[^,。;]{0,12}(?:公布|公告|公示|发布|届时|最新|(?<!书面)通知|页面展示|页面显示)[^,。;]{0,6}为准|"
    r"以(?:平台|我司|本行|公司|贷款人|出借人|甲方)(?:的)?(?:相关)?(?:规则|规定|政策|制度)为准|"
    r"\bsubject to (?:our|the lender's|the bank's) (?:rules|policies|terms of service|pricing|"
    r"fee schedule|"
    r"tariff)\b|"
    r"\bwhich (?:we|the lender|the bank|the company) (?:may )?(?:set|determine|decide|update|"
    r"change|"
    r"revise|amend)\w*|\bright to (?:change|amend|vary|adjust|revise|modify|increase|alter)\b|"
    r"\b(?:may|can)\b (?:\w+ ){0,2}(?:introduce|add|impose) (?:new|additional|further) (?:fees|"
    r"charges)\b|"
    r"(?:有权|可)[^,。;]{0,8}(?:新增|增加|增设)(?:收费|费用|收费项目)|"
    r"(?:不时|随时|届时|最新)(?:公布|发布|公示|修订|更新|调整)的?[^。;]{0,14}(?:规则|章程|标准|"
    r"条款|规定|办法|"
    r"费率|利率)|(?:一经|自)(?:公布|发布|公示|公告)(?:之日起)?(?:即)?生效|可不时(?:发布|修订|修改|"
    r"调整)|"
    r"按(?:照)?(?:平台|我司|公司|本行|银行)?(?:最新|届时|不时|实时)?(?:公布|发布|公示|公告)的.{0,8}"
    r"(?:规则|标准|费率|利率|价格)|"
    r"(?:根据|随|依据|按照|视|如遇)[^,。;]{0,8}(?:政策|市场|经营|监管|业务|资金成本)[^。;]{0,16}"
    r"(?:调整|变动|浮动|变更|调高|上调|提高|修订)|"
    r"(?<!不)(?<!无需)(?<!无须)(?:变更|调整|修改).{0,16}(?:通知|公告|公示)(?:后|即)?.{0,6}(?:生效|"
    r"视为|即)|"
    r"无需(?:另行|事先)?通知|不另行通知|继续使用.{0,12}视为(?:同意|接受)|"
    r"\b(?:rules|terms|rates|fees|tariffs?|schedule|polic(?:y|ies)|conditions|pricing|charges|"
    r"prices|costs)\b"
    r"[^;.]{0,30}\b(?:published|posted|displayed|shown|set out|announced|shows|displays|lists|"
    r"says)\b[^;.]{0,30}\b(?:website|app|platform|site|portal|page)\b|"
    r"\b(?:rules|terms|rates|fees|tariffs?|polic(?:y|ies)|conditions|pricing|charges|prices|"
    r"costs)\b[^;.]{0,30}\b(?:website|app|platform|site|portal|page)\b[^;.]{0,12}\b(?:shows|"
    r"displays|lists|says)\b|"
    # Whatever a page shows at the time: 以App页面实时展示为准, 以官网不时公布的内容为准.
    r"以[^,。;]{0,16}(?:页面|app|官网|网站|平台|系统|公众号|小程序)[^,。;]{0,8}(?:展示|显示|公示|公布|"
    r"列明|载明|发布)[^,。;]{0,8}为准|"
    r"\bas (?:published|posted|updated|amended|revised|notified)\b[^;.]{0,20}\bfrom time to time\b|"
    r"\b(?:rules|terms|conditions|polic(?:y|ies)|fees|rates|tariffs?|pricing|schedule)\b[^;.]{0,30}"
    r"\bas (?:updated|amended|published|posted|revised|changed|varied)\b[^;.]{0,12}\b(?:on|at|in|"
    r"via|through) (?:our|the|its) (?:website|app|site|platform|portal)\b|"
    r"(?:适用|按照?|依照|遵守|执行)[^,。;]{0,12}(?:届时|最新|不时|当时|实时|彼时)[^,。;]{0,16}"
    r"(?:版本|规则|标准|条款|规定|办法)|"
    r"\bfrom time to time\b[^;.]{0,30}\b(?:apply|applies|shall apply|govern|published|posted)\b|"
    r"\b(?:in line with|according to|based on|in accordance with|to reflect|following) "
    r"(?:\w+ ){0,2}(?:policy|policies|the market|market conditions|regulation|regulations|"
    r"funding costs?|costs? of funds|market rates?|prevailing market conditions)\b|"
    r"\bsubject to (?:change|revision|variation|adjustment|review)\b|"
    # "Our fee schedule and your monthly deposit are updated periodically".
    r"\b(?:fees?|fee schedule|rates?|charges?|pricing|terms|payments?|deposits?|amounts?|apr)\b"
    r"[^;.]{0,40}\b(?:are|is|will be|may be|can be|get|gets) (?:updated|adjusted|revised|changed|"
    r"recalculated|reset|reviewed and adjusted) (?:periodically|from time to time|"
    r"regularly|as needed|at any time|each (?:month|quarter|year))\b|"
    r"\b(?:may|can)\b (?:\w+ ){0,5}(?:lower|reduce|cut)\w* (?:your |the )?(?:credit )?limit\b|"
    r"\b(?:version|terms|rules|fees|rates)\b[^;.]{0,30}\b(?:shown|displayed|posted|published|"
    r"in force|"
    r"current)\b[^;.]{0,20}\bat the time\b|\bthen[- ]current\b|"
    r"\bas (?:amended|varied|updated|revised) (?:by us|from time to time)\b|"
    r"\b(?:rate|fee|interest|pricing|charge)s? (?:changes?|adjustments?|increases?) (?:will|"
    r"shall) be "
    r"(?:notified|communicated|announced|posted|published)\b|"
    r"(?:利率|费率|费用|收费标准|条款)(?:的)?(?:调整|变更|变动|上调)[^,。;]{0,12}(?:通知|公告|"
    r"告知)|"
    r"(?:利率|费率|费用|收费标准|月供|还款金额)(?:(?![不无未])[^。;]){0,12}(?<![不无未])(?:可能|"
    r"将|会|可)(?:随时|视情况)?(?:上调|调整|"
    r"提高|变动)|"
    r"自动(?:适用|调整|变更)(?:为)?(?:新|最新)|"
    r"\b(?:rates?|fees?|charges?|pricing|apr|interest)\b[^;.]{0,30}\b(?:may|can|will) (?:go up|"
    r"rise)\b|"
    r"\b(?:changes?|amendments?|new terms|revised terms|new rates?|new fees?)\b[^;.]{0,40}"
    r"\b(?:take effect|takes effect|effective|appl(?:y|ies))\b[^;.]{0,20}\b(?:posted|published|"
    r"notified|announced|the date (?:of|we|it is))|\bpost\w* (?:any|the|all) changes?\b|"
    r"(?:自|于)(?:公告|公布|通知|发布)(?:之日)?起(?:执行|生效|适用)|"
    r"\bcontinued use\b[^;.]{0,40}\b(?:means|constitutes|is deemed|deemed|signifies)\b|"
    r"\bcontinu\w* (?:to )?us\w*\b[^;.]{0,40}\b(?:you )?(?:accept|agree)\w*|"
    r"\bdeemed to (?:have )?accept|"
    # Published and then in force: 更新后的版本在App内发布即生效, 修订后于APP公告之日起执行,
    # 本协议条款将不时更新, "the revised version takes effect once posted".
    r"(?:不时|随时|适时|定期)(?:地)?(?:进行)?(?:更新|修订|修改|调整|变更|上调)|"
    r"(?:发布|公布|公告|公示|上线|推送)(?:后)?即(?:生效|适用|执行)|"
    r"(?:更新|修订|修改|变更|调整)后的?(?:版本|条款|协议|规则|标准|费率|利率)?[^。;]{0,20}"
    r"(?:生效|适用|执行)|"
    r"(?:自|于)[^,。;]{0,8}(?:公告|公布|通知|发布)(?:之日)?起(?:执行|生效|适用)|"
    # The new price reaches loans already made: 存量未结清借款…同步适用新利率, "existing balances
    # move to the new rate".
    r"(?:存量|已发放|未结清|现有|已有)[^。;]{0,16}(?:适用|执行|按)(?:新|调整后|变更后|最新)|"
    r"\bexisting (?:loans?|balances?|borrowing|accounts?)\b[^;.]{0,40}\b(?:new|revised|updated|"
    r"higher) (?:rates?|pricing|prices?|fees?|terms)\b|"
    # A fee that did not exist, put on loans already made: 新增平台服务费，存量借款同样收取, "a new
    # service fee is introduced". (A new fee alone, 二、新增账户管理费，每月15元, is the fee: the
    # notice's own clause says how it binds.)
    rf"(?<![不无未])(?:新增|增设|增收)(?:一项|一笔|的)?[^,。;借贷额]{{0,8}}费(?=[^。;]{{0,30}}"
    rf"(?:{_LOANS_MADE}))|"
    rf"(?:{_LOANS_MADE})[^。;]{{0,30}}(?<![不无未])(?:新增|增设|增收)[^,。;借贷额]{{0,8}}费|"
    r"\b(?:introduc\w*|add\w*|start\w* charging|impos\w*) (?:a |an )?new\b[^;.]{0,30}\b(?:fee|"
    r"charge)s?\b|\bnew\b[^;.]{0,30}\b(?:fee|charge)s?\b[^;.]{0,30}\b(?:introduced|is added|"
    r"will be "
    r"added|applies|will apply|takes effect|will be charged|starts?)\b|"
    r"\b(?:if|unless) you (?:do not|don't|fail to) (?:object|reject|tell us|contact us|opt out|"
    r"respond|reply)\b[^;.]{0,80}\b(?:deemed|treated as|taken as|considered|accept\w*|agree\w*)|"
    # "Using your card after the change date confirms your acceptance of the new terms".
    r"\b(?:using|use of|continuing to use|continued use of)\b[^;.]{0,40}\b(?:confirms?|means|"
    r"constitutes?|signif\w*|indicates?|shows?) (?:your )?(?:acceptance|agreement|consent)\b|"
    r"无需(?:您|你|借款人|用户)?(?:另行|再次|重新)?(?:确认|同意)"
)
# Silence or use taken for the borrower's consent to a change: 如您无异议…即视为您同意,
# 继续使用借款服务即视为您同意, "if you do not object, you are deemed to accept". The borrower is
# the subject here, and that is the point: the clause is the lender's.
_SILENCE = fast.compile(
    r"(?:继续使用|无异议|未提出异议|没有异议|不提出异议|未表示异议)[^。;]{0,40}(?:即)?视为(?:您|你|"
    r"借款人|用户|客户|其)?(?:已)?(?:同意|接受|认可)|"
    r"\b(?:if|unless) you (?:do not|don't|fail to) (?:object|reject|tell us|contact us|opt out|"
    r"respond|reply)\b[^;.]{0,80}\b(?:deemed|treated as|taken as|considered|accept\w*|agree\w*)"
)
# A rate tied to a public index moves with it, not at the lender's will.
_INDEX = fast.compile(r"prime rate|\blpr\b|贷款市场报价利率|基准利率|\bindex\b|\bsofr\b|\blibor\b")
# A change that binds without a new signature: one-sided only when the line is about a change.
_NO_NEW_SIGNATURE = fast.compile(
    r"(?:无需|不需|不再|不另行|不另外|无须|不用)(?:与[^,。;]{0,6})?(?:另行|另外|重新|再|逐一)*(?:签订|签署|签)"
    r"(?:新的?|补充)?(?:书面)?(?:借款|还款|服务)?(?:协议|合同|东西)|"
    r"\bno (?:new|further|separate|fresh) (?:agreement|contract|document|signature)s? "
    r"(?:will|need|needs|shall|is|are)\b|"
    r"\b(?:won't|will not|don't|do not|no) need to sign (?:anything|a new|any new|again)\b"
)
_CHANGE = fast.compile(lx.CHANGE)
_NO_NOTICE = fast.compile(r"\bwithout (?:prior |further |any )?notice\b")
_CONSENT = fast.compile(
    r"经.{0,8}同意|书面同意|双方同意|协商一致|双方确认|另行协商|consent of|written consent|"
    r"agreement of both|mutual|both parties agree|agreed in writing by both|signed by both|"
    r"双方签署|双方书面|双方签字|"
    r"\bunless (?:you and (?:we|us)|both of us|we both|you (?:agree|consent|sign))\b|"
    # Only with the borrower's own agreement: "changed only by a written amendment that you agree
    # to", "unless you agree", 除非您书面同意, 征得借款人同意.
    r"\bonly (?:by|with|through|if|when|upon|after)\b[^;.]{0,50}\b(?:you|both (?:of us|parties)) "
    r"(?:\w+ )?(?:agree|consent|sign|accept)\w*|"
    r"\bwith your (?:prior |express )?(?:written )?(?:consent|agreement|approval|permission)\b|"
    r"\bunless you (?:first )?(?:agree|consent)\w*|"
    r"经(?:双方)?协商|除非(?:您|你|借款人|乙方|客户)(?:书面)?同意|征得(?:您|你|借款人|乙方|客户)(?:的)?(?:书面)?同意"
)
# Consent deemed from silence or use is the lender's: "applies only after you accept it by
# continuing to use the card", 继续使用即视为同意.
_DEEMED = fast.compile(
    r"\bcontinu\w* (?:to )?us\w*|\bdeemed\b|\bby (?:continuing|using|keeping)\b|"
    r"继续使用|视为(?:同意|接受)"
)
_NO_CONSENT = fast.compile(
    r"(?:无需|无须|不需|不需要|不必|不用|未|未经|无论是否)(?:经|征得|取得|经过)?|"
    r"\b(?:without|no need for|regardless of)\b"
)
# What "can change" when it is the world, not the lender: "circumstances can change",
# "your situation may change", 情况可能会变化.
_WORLD = fast.compile(
    r"\b(?:circumstances|situations?|things|life|lives|plans|needs|incomes?|health|jobs?|"
    r"employment|family|families|finances|priorities|people|hours|work)\s+(?:\w+ )?$|"
    # A record kept, not a term: "your account will be updated with the credit bureaus".
    r"\b(?:account|records?|status|statements?|file|details|address|information|history|"
    r"profile|report)\s+$"
)
_NEG = fast.compile(
    r"不得|不能|不可|无权|不会|不予|不作|绝不|\b(?:not|never|no|neither|cannot|won't)\b"
)
_MONEY = fast.compile(lx.MONEY_TERMS)
_BORROWER = fast.compile(
    # Not "您的账户利率" (the borrower's rate, changed by the lender): the borrower acting.
    r"(?:借款人|乙方|客户|用户|您|你)(?!的)|\b(?:the )?(?:borrower|customer|cardholder|you)\b"
)
_LENDER = fast.compile(lx.LENDER)
_PLAN = fast.compile(
    r"还款计划|还款方案|分期方案|减免方案|协商方案|\b(?:program(?:me)?|plan|arrangement)\b"
)


def _borrowers_own(norm: str, start: int) -> bool:
    """ "The Borrower may change the repayment date" is the borrower's right, not the lender's."""
    clause_start = line_clause_start(norm, start)
    before = norm[clause_start:start]
    return bool(_BORROWER.search(before)) and not _LENDER.search(before)


_FROM_TO = re.compile(r"(?:由|\bfrom\b)\D{0,12}?(\d+(?:\.\d+)?)\D{0,20}?(\d+(?:\.\d+)?)")


def _lowered(norm: str, start: int, end: int) -> bool:
    """ "利率由4.30%调整为4.20%", "from 6% to 5%": a price that falls is not a change against the
    borrower (a floating rate following its index, a concession)."""
    m = _FROM_TO.search(norm, start, min(len(norm), end + 16))
    return m is not None and m.start() < end and float(m[2]) <= float(m[1])


def line_clause_start(norm: str, pos: int) -> int:
    return clause_at(norm, pos)[0]


# Words without which no pattern here can match (see lexicon.gate).
_GATE = lx.gate(
    "limit 有权 单方 保留 享有 随时 调整 变更 修改 修订 更新 上调 提高 改变 变动 浮动 解释 为准 "
    "不时 "
    "届时 最新 "
    "生效 公布 发布 公示 公告 通知 继续使用 执行 适用 展示 显示 确定 决定 "
    "可能 自动 go_up rise 规则 规定 政策 制度 subject_to at_the_time then-current then_current "
    "as_amended as_varied as_updated as_revised 告知 "
    "新增 增加 增设 introduce impose which_we right_to option election set_by determined_by "
    "decided_by fixed_by "
    "chang amend vary varie adjust revis modif increas updat alter rais discretion published "
    "posted displayed shown set_out announced notif time_to_time polic market regulation "
    "funding subject notice continu deemed repric cost_of_funds 版本 as_updated as_published "
    "as_posted as_changed page "
    "see_fit sees_fit think_fit thinks_fit appropriate necessary "
    "shows displays periodically regularly as_needed at_any_time 适时 定期 上线 推送 存量 "
    "已发放 未结清 现有 已有 existing 新增 增收 _new_ 异议 object reject tell_us "
    "contact_us opt_out respond reply go_up goes_up going_up go_from goes_from going_from "
    "moves_from move_from rises_from rise_from rising_from 调高 上浮 启用 采用 recalculat reset "
    "repric all_accounts every_account all_customers all_borrowers all_cardholders all_loans "
    "existing_accounts existing_customers existing_loans goes_up rises increases changes using "
    "use_of 无需 按新 按照新 按最新 按照最新 按调整 按照调整 按变更 按照变更 moving_to going_up_to "
    "rising_to increasing_to changing_to being_raised being_increased being_changed replace "
    "supersede override precedence 替代 取代 覆盖 revisit"
)


_CONTACT = fast.compile(
    r"号码|电话|热线|地址|网址|账户信息|账号信息|\b(?:phone|number|address|hotline)\b"
)


# A price set for loans not yet made, and one that reaches loans already made.
_NEW_LOANS = fast.compile(
    r"新发放|新借款|新增借款|新申请|新订单|"
    r"\bnew (?:loans?|borrowing|accounts?|customers?|applications?|draws?|advances?)\b"
    r"(?! (?:servicing|service|maintenance|management|keeping|fees?|charges?)\b)"
)
_EXISTING = fast.compile(
    rf"{_LOANS_MADE}|\b(?:existing|current|outstanding) (?:loans?|balances?|accounts?|borrowing)\b|"
    r"\balready\b"
)


def new_loans_only(norm: str) -> bool:
    """Whether a price is set for loans not yet made ("新发放借款的日利率区间调整为…", "new accounts
    will be opened at 19.9%"): not a change to the reader's own loan."""
    return bool(_NEW_LOANS.search(norm)) and not _EXISTING.search(norm)


# "具体以…为准" after figures the line states: which of them applies, not terms set elsewhere.
_PRECISELY = fast.compile(r"具体(?:金额|费率|利率|数额|额度)?")
_FIGURE = fast.compile(r"\d")


def about_contact(norm: str, start: int, end: int) -> bool:
    """Whether the clause up to these words names a contact detail: "（以官网公布号码为准）" says
    which number to call, not what the terms are."""
    return bool(_CONTACT.search(norm, clause_at(norm, start)[0], end))


def consented(norm: str) -> bool:
    """Whether a change here needs the borrower's consent: "经您书面同意后方可执行", "only with
    a written amendment you sign" (not a change the lender makes alone)."""
    consent = _CONSENT.search(norm)
    if consent is not None and (
        _NO_CONSENT.search(norm, max(0, consent.start() - 6), consent.end()) or _DEEMED.search(norm)
    ):
        consent = None  # "无需征得借款人同意", "未经借款人同意": consent is what it does without
    return consent is not None


def check(line: Line) -> Hit | None:
    norm = line.norm
    if not _GATE.search(line.padded):
        return None
    if consented(norm) or _INDEX.search(norm):
        return None
    if new_loans_only(norm):
        return None
    # A change that binds by notice alone is as sharp as one to the price (high); rules or
    # terms the lender publishes are high when they reach money, else medium.
    patterns = [
        (_POWER, "unilateral_change", False),
        (_PUBLISHED, "unilateral_published", False),
        (_SILENCE, "unilateral_published", True),
    ]
    if _CHANGE.search(norm):
        patterns.insert(0, (_NO_NEW_SIGNATURE, "unilateral_change", True))
        patterns.append((_NO_NOTICE, "unilateral_published", False))
    for pattern, key, sharp in patterns:
        for m in pattern.finditer(norm):
            if about_contact(norm, m.start(), m.end()):
                continue
            if (
                pattern is _PUBLISHED
                and _PRECISELY.search(norm, max(0, m.start() - 4), m.start())
                and _FIGURE.search(norm, 0, m.start())
            ):
                continue  # "日利率0.045%至0.065%，具体以借款页面展示为准": the figures are given
            if negated(norm, m.start(), _NEG) or (
                pattern is not _SILENCE and _borrowers_own(norm, m.start())
            ):
                continue
            if _lowered(norm, m.start(), m.end()):
                continue
            if pattern is _POWER and negated_within(norm, *m.span()):
                continue
            clause_start = clause_at(norm, m.start())[0]
            if (
                pattern is _POWER
                and _WORLD.search(norm, clause_start, m.start())
                and not _MONEY.search(norm, clause_start, m.end())
            ):
                continue
            # The terms of a repayment plan are its payments: changing them reaches money.
            money = _MONEY.search(norm) or (pattern is _POWER and _PLAN.search(norm))
            severity = Severity.HIGH if sharp or money else Severity.MEDIUM
            return Hit(severity, key, *m.span())
    return None
