"""One-sided changes: the lender alone may change rates, fees or terms, or rules it publishes
later bind the borrower without a new agreement."""

from __future__ import annotations

from parley.engine.clauses import fast
from parley.engine.clauses import lexicon as lx
from parley.engine.clauses.model import Severity
from parley.engine.clauses.rules.base import Hit
from parley.engine.clauses.text import Line, clause_at, negated, negated_within

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
    rf"increased|altered|updated|raised)\b(?! (?:at your request|on request|if you ask|"
    rf"by agreement|"
    rf"as your|when you|if you))|"
    rf"\b(?:may|can|reserves? the right to|(?:is|are|shall be) entitled to|ha(?:s|ve) the right to)"
    rf" (?:\w+,? ){{0,4}}(?:change|amend|vary|adjust|revise|modify|increase|alter|update|raise)\b"
    rf"(?! (?:as|when|if|with) (?:your|you|the (?:balance|market|index|prime)))|"
    rf"\bat (?:its|our|the lender's|the bank's) (?:sole |absolute |own )?discretion\b|"
    # "we set the fees and may review them whenever we see fit": a change at the lender's will.
    rf"\b(?:{lx.CHANGE}|review\w*|set)\b[^;.]{{0,40}}\b(?:whenever|as|when|if) (?:we|the lender|"
    rf"the bank|it) (?:see|sees|think|thinks|consider|considers|deem|deems) (?:fit|appropriate|"
    rf"necessary)\b|"
    rf"\bat (?:our|its) (?:option|election)\b|"
    rf"\b(?:set|determined|decided|fixed|changed|varied|adjusted) by (?:us|the lender|the bank)\b|"
    rf"由(?:贷款人|出借人|甲方|我司|本行|银行|平台|公司)[^,。;]{{0,10}}(?:调整|确定|决定|变更)"
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
    r"(?:调整|变动|浮动|变更)|"
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
    r"\bdeemed to (?:have )?accept"
)
# A rate tied to a public index moves with it, not at the lender's will.
_INDEX = fast.compile(r"prime rate|\blpr\b|贷款市场报价利率|基准利率|\bindex\b|\bsofr\b|\blibor\b")
# A change that binds without a new signature: one-sided only when the line is about a change.
_NO_NEW_SIGNATURE = fast.compile(
    r"(?:无需|不需|不再|不另行|无须|不用)(?:另行|重新|再)?(?:签订|签署|签)(?:新的?|补充)?(?:书面)?(?:协议|"
    r"合同)|"
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
    # Only with the borrower's own agreement: "changed only by a written amendment that you agree
    # to", "unless you agree", 除非您书面同意, 征得借款人同意.
    r"\bonly (?:by|with|through|if|when|upon|after)\b[^;.]{0,50}\b(?:you|both (?:of us|parties)) "
    r"(?:\w+ )?(?:agree|consent|sign|accept)\w*|"
    r"\bwith your (?:prior |express )?(?:written )?(?:consent|agreement|approval|permission)\b|"
    r"\bunless you (?:first )?(?:agree|consent)\w*|"
    r"除非(?:您|你|借款人|乙方|客户)(?:书面)?同意|征得(?:您|你|借款人|乙方|客户)(?:的)?(?:书面)?同意"
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
    "shows displays periodically regularly as_needed at_any_time"
)


def check(line: Line) -> Hit | None:
    norm = line.norm
    if not _GATE.search(line.padded):
        return None
    consent = _CONSENT.search(norm)
    if consent is not None and (
        _NO_CONSENT.search(norm, max(0, consent.start() - 6), consent.end()) or _DEEMED.search(norm)
    ):
        consent = None  # "无需征得借款人同意", "未经借款人同意": consent is what it does without
    if consent is not None or _INDEX.search(norm):
        return None
    # A change that binds by notice alone is as sharp as one to the price (high); rules or
    # terms the lender publishes are high when they reach money, else medium.
    patterns = [(_POWER, "unilateral_change", False), (_PUBLISHED, "unilateral_published", False)]
    if _CHANGE.search(norm):
        patterns.insert(0, (_NO_NEW_SIGNATURE, "unilateral_change", True))
        patterns.append((_NO_NOTICE, "unilateral_published", False))
    for pattern, key, sharp in patterns:
        for m in pattern.finditer(norm):
            if negated(norm, m.start(), _NEG) or _borrowers_own(norm, m.start()):
                continue
            if pattern is _POWER and negated_within(norm, *m.span()):
                continue
            clause_start = clause_at(norm, m.start())[0]
            if (
                pattern is _POWER
                and _WORLD.search(norm, clause_start, m.start())
                and not _MONEY.search(norm, clause_start, m.start())
            ):
                continue
            # The terms of a repayment plan are its payments: changing them reaches money.
            money = _MONEY.search(norm) or (pattern is _POWER and _PLAN.search(norm))
            severity = Severity.HIGH if sharp or money else Severity.MEDIUM
            return Hit(severity, key, *m.span())
    return None
