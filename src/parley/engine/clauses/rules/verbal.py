"""Spoken promises and notices still to come, in place of written terms.

Three shapes: a deal said to rest on words alone ("口头答应", "you have my personal guarantee",
"no need to sign anything"); a channel (by phone, on the call) that carries a promise; and
the terms themselves put off to a later notice ("具体方案另行通知", "the written plan will follow
later"). The protection against them is not the risk: "口头约定与本确认书不一致的，以本确认书为准",
"nothing said on the phone changes this agreement", advice never to pay on a spoken deal, and
a plain reassurance (请放心还款) are left alone.
"""

from __future__ import annotations

import re

from parley.engine.clauses import fast
from parley.engine.clauses import lexicon as lx
from parley.engine.clauses.model import Severity
from parley.engine.clauses.rules.base import Hit
from parley.engine.clauses.text import NEGATORS, Line, clause_at

# Words alone carry the deal.
_WORD_ONLY = fast.compile(
    r"口头|不用签|无需签|不需要签|不用(?:签|写|走)|无需书面|不用书面|没必要签|"
    r"(?:不需要|不用|无需|没必要|不必|不另外)(?:再|另外|另行)?签?(?:什么|任何)?(?:书面|合同|协议|签字|材料|"
    r"文件|确认函)|"
    r"(?:先|你先|您先).{0,10}(?:再|然后).{0,10}(?:签|发|给你|给您).{0,6}(?:协议|合同|确认)|"
    r"我(?:跟你|向你|给你|和你)?保证|包在我身上|备注好了|已经备注|我说了算|相信我|说好了|讲好了|"
    r"谈好了|"
    r"以(?:通话|电话)?录音为准|录音(?:就是|即为|作为)凭证|以(?:电话|通话|语音|聊天|微信)(?:内容|记录)?为准|"
    r"记住我(?:的)?工号|"
    r"\b(?:do not|don't|does not|doesn't|will not|won't|need not) (?:need to )?"
    r"(?:appear|be (?:written|"
    r"included|put|set out|recorded|stated)) in (?:this|the|any|a) (?:letter|agreement|writing|"
    r"contract|document|confirmation)\b|"
    r"(?:不出|不给|不发|不提供|不开)(?:任何)?书面|不(?:能|会|用)?写(?:在|进)(?:协议|合同|书面)|"
    r"当面(?:说|答应|承诺|同意|讲)|不用看|比(?:合同|协议|书面)(?:更)?(?:优先|有效|管用|算数)|"
    r"以我(?:说的|的话)为准|(?:不用|无需|不必|没必要)(?:再)?等(?:什么)?(?:书面|合同|协议|通知|确认)|"
    r"私下(?:给你|给您|帮你|帮您|申请|处理|办|操作|答应|说好|谈好|批)|"
    r"\b(?:approv|arrang|agree|sort|handl|do|fix)\w* (?:it|this|that) privately\b|"
    r"\b(?:won't|will not|doesn't|does not) (?:show|appear)(?: up)? (?:in|on) (?:the|your|our) "
    r"(?:system|records?|file|account)\b|"
    r"(?:书面|合同|协议|系统)上?(?:不会|不)(?:体现|显示|写)|不会(?:体现|显示|写)在(?:书面|合同|协议|系统)|"
    # What was said counts, and no writing will come: "电话里跟您讲好的就作数，不会有书面材料".
    r"(?:讲好|说好|谈好|答应|约好|讲定|说定|承诺)[^,。;]{0,4}的[^,。;]{0,4}(?:作数|算数)|"
    r"(?:就|都|肯定|一定|绝对|保证)(?:作数|算数)|"
    r"不会(?:有|给|出|发)(?:任何)?(?:书面|纸质)|"
    r"\bno need (?:to |for )(?:\w+ ){0,3}(?:letter|writing|written|paperwork|contract|agreement|"
    r"sign\w*)\b|"
    r"\b(?:it's|it is) (?:all )?(?:on|in) the system\b|\balready (?:on|in) (?:the|your) "
    r"(?:system|file|notes|account)\b|\b(?:won't|will not|don't|do not|never) (?:get|receive|send|"
    r"issue) (?:anything |any(?:thing)? )?in writing\b|不能(?:给你|给您)?(?:写进|写成|出)书面|"
    r"\b(?:can't|cannot|can not|won't|will not) put (?:this|it|that|anything) in writing\b|"
    r"\bno written (?:offer|agreement|confirmation|letter|contract|document)s? "
    r"(?:will|shall|is going to) be (?:sent|mailed|issued|provided|needed|required)\b|"
    r"\b(?:won't|will not|don't|do not|never) (?:get|receive|see) (?:any |a )?(?:paperwork|"
    r"written \w+|letter|contract)\b|(?:登记|"
    r"记录|备注)(?:好)?了(?![吗?])|"
    r"没有(?:任何)?书面(?:文件|材料|协议|合同|确认)(?![^,。;]{0,6}(?:[吗?]|之前|以前))|后补|补签|"
    r"补发|回头(?:再)?(?:签|发|给)|"
    r"不走(?:合同|协议|流程|系统|书面)|就算数|说了就算|"
    r"我(?:跟你|向你|给你|和你)?(?:担保|承诺)|"
    r"\b(?:no|don't do|do not do|without) (?:any )?(?:paperwork|written agreement|contract)\b|"
    r"\bverbal\w*|\borally\b|\bspoken\b|\bnothing in writing\b|\btrust me\b|\btake my word\b|"
    r"\bi (?:can |will |do )?(?:personally )?(?:promise|guarantee)\b"
    r"(?! to (?:pay|repay|make|send))|"
    # Kept out of the papers: "we don't need to put it in the contract", "not set out in writing".
    r"\b(?:don't|do not|doesn't|won't|will not|no) need (?:to )?(?:put|write|include|set|have|"
    r"spell) (?:it|this|that|any of (?:this|that)|anything)(?: out| down)? (?:in|into|on) "
    r"(?:the |a |any |our )?(?:contract|agreement|writing|letter|paperwork|paper)\b|"
    r"\bnot (?:set out|written down|recorded|put|confirmed|included|stated|documented)"
    r"(?: \w+)? in writing\b|"
    r"\bmy (?:personal )?(?:guarantee|promise|word)\b|"
    r"\b(?:already )?noted on your (?:file|account)\b|\bhandshake\b|"
    r"\bbetween (?:us|you and me)\b|\boff the (?:record|books)\b|"
    r"\b(?:put|note|mark|log)\w* it (?:on|in) (?:the|your|my) (?:notes|file|account|system)\b|"
    r"\b(?:don't|do not|doesn't|won't) need (?:it |anything |this |that |any )?(?:written|"
    r"in writing|"
    r"on paper|a letter|to sign|paperwork)|\brecorded (?:line|call)\b|\bno paperwork\b|"
    r"\bno need (?:to sign|for (?:paper|a contract|anything in writing|writing|a letter))|"
    # The speaker's word stands in for the terms: "what I tell you now is what counts", "you can
    # rely on that", 不用再走流程.
    r"\bwhat i (?:tell|told|say|said)(?: you)?(?: now| here| today)? is what (?:counts|matters|"
    r"stands|applies)\b|\byou can (?:rely|count) on (?:that|it|this|me|my word)\b|"
    r"(?:不用|无需|不必|没必要)(?:再)?走(?:流程|程序|手续)|"
    r"(?:这话|这句话|我的话|我说的话|我说的)(?:你|您)?(?:就)?(?:记着|记住|放心)|"
    r"\bno (?:separate |further |additional |new )?(?:letter|paperwork|contract|writing|documents?|"
    r"agreement|signature|paper)s? (?:is |are )?(?:needed|required|necessary)\b|"
    # The call's terms kept out of the letter: "does not need to be put in writing", "that call
    # counts as your acceptance", 通话确认后即刻生效, 本协议不再另行书面列明.
    r"\b(?:does|do|will|need|needs)(?: not|n't) (?:need to )?be (?:put|set out|written|reflected|"
    r"recorded|confirmed|included|written down)(?: \w+)? (?:in|into|on) (?:writing|this letter|"
    r"th(?:is|e) (?:agreement|contract|letter|confirmation)|paper)\b|"
    r"\b(?:written|separate)\b[^;.]{0,30}\b(?:letters?|confirmations?|agreements?|offers?) "
    r"(?:are|is|will be) not (?:issued|sent|provided|mailed)\b|"
    r"\b(?:call|phone call|conversation) (?:counts|serves|stands) as (?:your |an |the )?"
    r"(?:acceptance|agreement|signature|consent)\b|"
    r"通话(?:中)?确认(?:后)?(?:即刻|立即|即|马上|当场)?生效|(?:不再|无需|不用|不必)另行书面(?:列明|约定|"
    r"确认|载明|写明)|"
    r"电话(?:里|中)?(?:谈妥|说好|讲好|确认|约定)的[^,。;]{0,12}(?:当场|即刻|立即|马上)?(?:生效|有效|作数|"
    r"算数)|"
    r"\b(?:don't|do not|won't|will not) need anything (?:else |more |further )?(?:from us|in "
    r"writing|on paper)\b|"
    # What was said binds and the records will not show it: "that's binding, the app won't show
    # it", 这个算数的，系统里看不到.
    r"\b(?:that's|thats|that is|it's|its|it is) (?:legally )?binding\b|"
    r"\b(?:won't|wont|will not|doesn't|doesnt|does not|don't|dont|can't|cant) (?:show|appear|be "
    r"shown|be visible)(?: up)?(?: it)?(?: (?:in|on) (?:the|your|our) (?:app|system|records?|file|"
    r"account|statement|portal))?\b|"
    r"(?:系统|app|后台|账单)(?:里|上|中)?(?:看不到|查不到|不显示|显示不了|不会显示)"
)
# Kept off the papers while said by someone: "as your store associate explained, …; this is
# store practice and is not written in this agreement", 业务员说的，合同里没写.
_OFF_PAPER = fast.compile(
    r"\bnot (?:written|included|stated|set out|recorded|mentioned|put|printed|shown|part of)"
    r"(?: down)? (?:in|into|on)? ?(?:this|the|our|your) (?:agreement|contract|document|letter|"
    r"paperwork|terms)\b|"
    r"\b(?:store|branch|office|house|company|informal|unwritten) (?:practice|policy|custom|rule)\b|"
    r"(?:合同|协议|书面|纸面)(?:里|上|中)?(?:没|没有|不|未)(?:写|载明|体现|列明|注明)|"
    r"(?:不在|没在)(?:合同|协议|书面)(?:里|上|中)|(?:内部|门店|公司)(?:惯例|规矩|做法|政策)"
)
_SPOKEN_BY = fast.compile(
    r"\b(?:explained|said|says|told|tells|promised|mentioned|assured|agreed|confirmed)\b|"
    r"\b(?:associate|agent|officer|representative|rep|adviser|advisor|staff|collector|manager|"
    r"specialist|clerk|salesperson|broker|loan officer)\b|"
    r"(?:说|讲)(?:的|过|好)|答应|承诺|口头|业务员|客服|经理|专员|店员|销售|信贷员"
)
# What was said is what the papers leave out: "What was said on the phone is not part of this
# agreement", 口头说明不属于合同内容 (the protection).
_SAID_EXCLUDED = fast.compile(
    r"\b(?:what|anything|everything|whatever|statements?|promises?|representations?|assurances?)"
    r"\b[^;.]{0,16}\b(?:said|told|promised|discussed|made|given)\b[^;.]{0,30}\bnot (?:part of|"
    r"included|written|binding)|"
    r"(?:口头|电话中?|聊天中?)(?:所)?(?:说|讲|沟通|承诺|约定|说明)的?(?:内容)?[^,。;]{0,6}(?:不属于|不构成|"
    r"不是|不作为)"
)
# Contact consent: "we may contact you by phone, text message or email", 通过电话、短信方式联系您.
_CONTACT_LIST = fast.compile(
    r"\b(?:phone|telephone|call)s?,? (?:text|sms|email|e-mail|mail|letter|post|message)|"
    r"\b(?:text|sms|email|e-mail|letter)(?: message)?s?,? (?:or |and )?(?:by )?(?:phone|telephone)|"
    r"(?:电话|短信|微信|邮件|信函|app)[、,或和及与/]+(?:电话|短信|微信|邮件|信函|app|上门)"
)
# A collector's personal assurance in place of terms: "这个我负责", "有问题找我", "I'll take care
# of it" (kept apart from the list above so each is tried only on lines with its own words).
_ASSURANCE = fast.compile(
    r"我(?:来|个人)?(?:负责|兜底|担着|罩着)|问题(?:你|您)?(?:就|直接)?(?:来)?找我|"
    r"\b(?:i'll|i will|let me) (?:personally )?(?:take care of|handle|sort|look after) (?:it|this|"
    r"that|everything)\b|\b(?:problem|issue)s?,? (?:just )?(?:call|contact|come to|ring|"
    r"message) me\b|"
    r"\b(?:i'm|i am) (?:personally )?responsible\b|"
    # Handled on the collector's own side, past the lender's office: "I'll mark it on my side",
    # "no need to involve head office", 我这边给你备注一下, 不用找总部, 跟领导打过招呼了.
    r"\b(?:put|note|mark|log|flag|record|sort|fix|square|handle|arrange|approve|clear|set)\w* "
    r"(?:it|this|that|everything|things|the \w+) ?(?:up |down |off )?(?:on|at|from) (?:my|our) "
    r"(?:end|side)\b|"
    r"\b(?:no need|don't need|do not need|won't need|not need) (?:anything |a thing |to \w+ )?"
    r"(?:from |with |through |past )?(?:the )?(?:head office|main office|the office|office|"
    r"head ?quarters|hq|the bank|the company|the lender|legal|my (?:boss|manager|supervisor))\b|"
    r"\bleave it (?:with|to) me\b|"
    r"\b(?:i'll|i will|let me) (?:square|sort|clear|fix|smooth|straighten|settle)\w* (?:it|this|"
    r"that|things)(?: out| over)? with (?:the )?(?:office|head office|bank|lender|boss|team|"
    r"management|legal|my (?:boss|manager|supervisor))\b|"
    r"我(?:这边|这里|这儿|这头)[^,。;]{0,6}(?:备注|登记|记录|标记|处理|搞定|操作|申请|报备|打招呼|"
    r"批|办)|"
    r"(?:不用|不必|无需|没必要|别)(?:再)?(?:找|联系|问|通过|经过|打给|惊动|去)(?:总部|公司|客服|"
    r"官方|银行|领导|上面|法务)|"
    r"(?:跟|和|向|给)(?:领导|上面|上级|公司|总部|主管|经理)(?:已经)?(?:打过招呼|打好招呼|打了招呼|"
    r"说好|说过|报备过|申请过|批过)|(?:照|按)我说的(?:做|办|转|付|还)"
)
# Paying without waiting for the writing, on the strength of what was said.
_NO_WAIT = fast.compile(
    r"\b(?:don't|do not|no need to|you don't need to|there's no need to) wait for (?:the |any |a |"
    r"our )?(?:paperwork|letter|contract|agreement|written \w+|confirmation)\b"
)
_SAID = fast.compile(r"\b(?:call|phone|agreed|said|settled|discussed|told you)\b")
# A channel that carries a promise only when the line promises or agrees something.
_CHANNEL = fast.compile(
    r"电话(?:中|里|上)?|微信(?:上|里)|语音|"
    r"\bover the phone\b|\bon the phone\b|\bby phone\b|\b(?:on|during|in) (?:the|our|this|that) "
    r"call\b|\bby (?:word of mouth|voice)\b|\bin person\b|\bon the line\b|"
    r"\b(?:phone|telephone) (?:conversation|chat|discussion)s?\b|"
    r"\b(?:whatsapp|wechat|telegram|signal|messenger) (?:voice|call|audio)\b|\bvoice (?:call|note|"
    r"message|chat)s?\b"
)
_PROMISE = fast.compile(
    r"承诺|答应|确认|说|讲|同意|保证|批准|办理|沟通|谈好|商量|约定|点头|批了|拍板|松口|"
    r"\b(?:promis\w*|agree\w*|confirmed|approv\w*|said|told|guarantee\w*|offer\w*|deal|discuss\w*|"
    r"arrang\w*)\b"
)
# The terms put off to a notice still to come.
_LATER = fast.compile(
    r"(?<!无需)(?<!不)(?<!无须)另行通知|后续(?:再)?通知|稍后(?:再)?(?:通知|发|给)|"
    r"以后(?:再)?(?:通知|发|给)|"
    r"等(?:我们|我司)?(?:的)?通知|"
    r"\b(?:sent|send|issued|provided|emailed|given|posted)\b[^;.]{0,12}\b(?:after|once|when) "
    r"(?:you (?:pay|have paid|make)|(?:the|your) (?:first )?payment)|"
    r"(?:还款|付款|转账|打款)(?:成功)?(?:后|之后)(?:再)?(?:发|给|寄|出具|补)[^,。;]{0,4}(?:协议|"
    r"合同|确认)|"
    r"\b(?:written|writing|paperwork|contract|documents?|letter)\b[^;.]{0,25}\b(?:later|afterwards|"
    r"in due course|next week|another time)\b|"
    r"(?:协议|合同|确认函|确认书|书面)[^,。;]{0,8}(?:等|待)[^,。;]{0,10}(?:还完|付完|转完|还款|"
    r"付款|打款|"
    r"还了|付了)[^,。;]{0,6}(?:再|后)(?:发|寄|给|签|补)|"
    r"\b(?:get|receive)\b[^;.]{0,20}\b(?:letter|agreement|contract|confirmation|paperwork)\b"
    r"[^;.]{0,12}\b(?:after|once|when) you (?:pay|have paid|make)|"
    r"\bnotify you later\b|\blater notice\b|\bnotice to follow\b|\bwill be notified\b|"
    r"\b(?:will )?follow (?:later|soon|afterwards)\b|"
    r"\b(?:send|sent|email\w*|issue\w*|come|comes|post\w*)\b[^;.]{0,25}\b(?:later|afterwards|"
    r"in due "
    r"course)\b"
)
_TERMS = fast.compile(
    r"方案|协议|合同|具体|细节|条款|确认|书面|"
    r"\b(?:details?|terms|plan|agreement|paperwork|contract|confirmation|written|letter)\b"
)
# The clause that makes spoken promises count for nothing is the protection, not the trap.
_SAFE = fast.compile(
    r"无效|不作数|不具(?:有)?(?:法律)?(?:约束力|效力)|以(?:本|此|书面|该).{0,12}为准|"
    r"不能(?:改变|变更|替代)|不(?:改变|变更|影响)本|均以书面|不作为[^,。;]{0,10}(?:依据|凭证|组成部分|内容)|不属于本|不作准|"
    r"不算数|"
    r"\b(?:not|never) (?:rely|act|count) on\b|"
    r"\bnot binding\b|\bno (?:legal )?effect\b|\bonly in writing\b|"
    # The letter is the writing: "This letter confirms the arrangement agreed on the call".
    r"\b(?:this|the) (?:letter|e-?mail|notice|document|confirmation) "
    r"(?:confirms|sets out|records)\b|"
    r"\bonly (?:what is|the) written\b|"
    r"\b(?:this|the) (?:letter|agreement|document|confirmation|contract) (?:applies|governs|"
    r"controls|stands|wins)\b|"
    r"\bsupersede\w*|\bprevail\w*|\bin writing only\b|\b(?:does not|do not|doesn't|cannot|can't|"
    r"will not|won't|shall not) (?:change|alter|vary|amend|replace|override)\b|"
    r"\bnothing (?:said|agreed|promised)\b|\bnot (?:valid|enforceable)\b|\binvalid\b|\bvoid\b|"
    # "no oral statement by any employee changes its terms", "the entire agreement between us".
    r"\bno (?:oral|verbal|spoken) (?:statement|promise|agreement|representation|assurance)s?\b|"
    r"\b(?:entire|whole|complete) agreement\b|"
    # Changes only in writing: 我们不会通过电话…口头变更合同条款，所有变更须经您书面确认后方才生效.
    r"(?:须|需|必须|应当|应|需要)(?:经|经过|由)?[^,。;]{0,8}书面(?:确认|同意|签署|签字|盖章)|"
    r"不会[^,。;]{0,16}口头(?:变更|修改|调整|承诺|约定|答应)|"
    # (not "does not need to be put in writing": that is the opposite)
    r"(?<!not )(?<!n't )\b(?:must|need to|needs to|has to|have to|shall|will only) be (?:confirmed|"
    r"agreed|made|"
    r"signed|"
    r"set out|recorded|put|approved) in writing\b|"
    r"\b(?:never|not) (?:change|alter|vary|amend|agree to change)\w* (?:\w+ ){0,3}(?:by|over|on) "
    r"(?:the )?(?:phone|telephone|call|text|chat)\b|"
    r"\b(?:confirmed|confirm|set out|put|given|"
    r"sent) (?:\w+ ){0,3}in (?:writing|a letter|a written \w+)\b(?![^;.]{0,30}\blater\b)"
    r"[^;.]{0,30}\bbefore\b"
)
# Writing asked for, or said to override what was said: also the protection.
_SAFE_WRITING = fast.compile(
    r"以[^,。;]{0,16}书面[^,。;]{0,20}为准|仅供参考|不构成|不产生(?:任何)?(?:效力|变更)|取代|替代|"
    r"(?:请求|要求|申请|请)[^,。;]{0,20}(?:出具|提供|发送|寄送|给予|补)[^,。;]{0,4}书面|"
    r"\b(?:ask\w*|request\w*|please)\b[^;.]{0,40}\b(?:confirm\w*|put|set out|send)\b[^;.]{0,30}"
    r"\bin writing\b|"
    r"\bwritten confirmation\b[^;.]{0,20}\b(?:request|ask)|"
    r"\b(?:replaces?|replaced|overrides?|cancels?) (?:anything|everything|all|any)\b|"
    r"\b(?:does not|do not|doesn't|shall not|will not) (?:constitute|form part|create)\b|"
    r"\bonly (?:counts?|binds?|applies|stands|holds|is valid|takes effect)\b[^;.]{0,30}"
    r"\b(?:in writing|written)\b"
)
# Advice to the borrower: "never pay on a verbal deal", "不要相信口头承诺".
_ADVICE = fast.compile(
    r"(?:不要|切勿|请勿|千万别|千万不要|别|勿)[^,。;]{0,8}(?:相信|轻信|听信|接受|付款|转账|付钱|"
    r"还款|依赖|付)|"
    r"很难兑现|无法兑现|难以兑现|靠不住|不可信|"
    r"谨防|警惕|"
    r"\b(?:never|do not|don't|beware of|avoid) (?:\w+ )?(?:pay|send|trust|rely|accept|agree|"
    r"believe|act|sign)\w*|"
    r"\b(?:always ask|always get|insist on|get it in writing|ask for it in writing)\b"
)


# Words without which no pattern here can match (see lexicon.gate).
_GATE = lx.gate(
    "口头 补签 先 书面 不需要 不用 无需 没必要 不必 保证 包在 备注 说了算 相信 说好 讲好 谈好 "
    "写在 写进 当面 in_person 不用看 优先 管用 以我 system already get_ receive_ send_ issue_ "
    "put_this put_it put_that put_anything 不能 没有书面 不出 不给 不发 不提供 不开 登记 记录 get "
    "receive 录音 电话 工号 后补 补发 算数 说了就算 担保 承诺 回头 不走 微信 语音 通知 稍后 以后 "
    "后续 款后 账后 功后 之后 再寄 再发 再给 再签 再补 "
    "verbal oral spoken writing trust word promise guarantee noted handshake between record books "
    "it_on it_in need paper contract phone call voice mouth sent send issued provided emailed "
    "given posted "
    "notif later notice follow 负责 兜底 担着 罩着 找我 take_care handle_ sort_it sort_this "
    "sort_that sort_everything look_after problem issue responsible my_end my_side our_end "
    "our_side appear written included recorded stated 通话 聊天 office head_office hq "
    "headquarters leave_it 这边 这里 这儿 这头 "
    "总部 领导 上面 上级 "
    "wait_for 我说的 不用等 无需等 不必等 不用再等 私下 体现 显示 privately show_in show_on "
    "show_up "
    "appear_in appear_on "
    "作数 讲定 说定 约好 答应 不会有 不会给 不会出 不会发 binding t_show t_appear t_be_shown "
    "t_be_visible not_show not_appear not_be_shown not_be_visible 看不到 "
    "查不到 不显示 显示不了 不会显示 not_written not_included not_stated not_set not_recorded "
    "not_mentioned not_put not_printed not_shown not_part practice policy custom unwritten 没写 "
    "不写 未写 没有写 未载明 没体现 没有体现 不体现 未体现 未列明 未注明 不在 没在 惯例 规矩 "
    "做法 政策 no_letter no_paperwork no_contract no_writing no_document no_agreement "
    "这话 这句话 我的话 我说的 anything_else anything_more anything_further voice "
    "what_i rely_on count_on 走流程 走程序 走手续 on_the_line conversation signature counts_as "
    "serves_as stands_as be_put be_set be_reflected be_recorded be_confirmed be_included "
    "be_written 另行书面 not_issued not_sent not_provided not_mailed"
)


# A written message opening by restating a call: "As agreed on our call, …", "如电话中约定，…".
_CONFIRMS_CALL = fast.compile(
    r"\W*(?:\d+[.)]\s*)?(?:as|like) (?:we )?(?:agreed|discussed|arranged|confirmed|promised)"
    r"(?: with (?:you|your \w+(?: \w+)?))? $|"
    r"\W*(?:如|按|依|根据)(?:我们)?(?:在)?$"
)


def _found(norm: str) -> re.Match[str] | None:
    if m := _WORD_ONLY.search(norm) or _ASSURANCE.search(norm):
        return m
    if (m := _NO_WAIT.search(norm)) and _SAID.search(norm):
        return m  # "don't wait for the paperwork; we settled it on the call"
    for m in _CHANNEL.finditer(norm):
        start, end = clause_at(norm, m.start())
        if _CONFIRMS_CALL.match(norm, start, m.start()):
            continue  # "As agreed on our call, the balance is …": the call's terms, now written
        if _CONTACT_LIST.search(norm, max(0, m.start() - 16), m.end() + 24):
            continue  # channels the lender may use to reach the borrower, not a deal made on one
        promises = list(_PROMISE.finditer(norm, start, end))
        # The negation must sit in the promise's own clause: "no need bro, my manager approved
        # it on our call" is no denial of the approval.
        if promises and not any(NEGATORS.search(norm, start, p.start()) for p in promises):
            return m
    if (
        (m := _OFF_PAPER.search(norm))
        and _SPOKEN_BY.search(norm)
        and not _SAID_EXCLUDED.search(norm)
    ):
        return m
    for m in _LATER.finditer(norm):
        start, end = clause_at(norm, m.start())
        if _TERMS.search(norm, start, end):
            return m
    return None


def check(line: Line) -> Hit | None:
    norm = line.norm
    if not _GATE.search(line.padded):
        return None
    m = _found(norm)
    if m is None or _SAFE.search(norm) or _SAFE_WRITING.search(norm) or _ADVICE.search(norm):
        return None
    return Hit(Severity.HIGH, "verbal_promise", *m.span())
