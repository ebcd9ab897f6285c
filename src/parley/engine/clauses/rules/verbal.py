"""Spoken promises and notices still to come, in place of written terms.

The protection against them is not the risk: "口头约定与本确认书不一致的，以本确认书为准",
"nothing said on the phone changes this agreement", advice never to pay on a spoken deal, and
a plain reassurance (请放心还款) are left alone.
"""

from __future__ import annotations

import re

from parley.engine.clauses.model import Severity
from parley.engine.clauses.rules.base import Hit
from parley.engine.clauses.text import Line

_SPOKEN = re.compile(
    r"口头|电话(?:中|里|上)?.{0,6}(?:承诺|答应|确认|说|同意|保证)|"
    r"(?<!无需)(?<!不)(?<!无须)另行通知|后续(?:再)?通知|稍后(?:再)?(?:通知|发|给)|以后(?:再)?(?:通知|发|给)|"
    r"等(?:我们|我司)?(?:的)?通知|不用签|无需签|不需要签|不用(?:签|写|走)|不需要(?:书面|合同|协议)|"
    r"无需书面|不用书面|没必要签|(?:先|你先|您先).{0,10}(?:再|然后).{0,10}(?:签|发|给你|给您).{0,6}"
    r"(?:协议|合同|确认)|我(?:跟你|向你|给你|和你)?保证|包在我身上|备注好了|已经备注|我说了算|相信我|"
    r"\bverbal\w*|\borally\b|\bover the phone\b|\bon the phone\b|\bspoken\b|\bby phone\b|"
    r"\bnotify you later\b|\blater notice\b|\bnotice to follow\b|\bwill be notified\b|"
    r"\b(?:will )?follow (?:later|soon|afterwards)\b|\b(?:sent|send|come|comes|issued) later\b|"
    r"\bno need (?:to sign|for (?:paper|a contract|anything in writing|writing|a letter))|"
    r"\bnothing in writing\b|\btrust me\b|\btake my word\b|"
    r"\bi (?:personally )?(?:promise|guarantee)\b|"
    r"\b(?:already )?noted on your (?:file|account)\b|\bmy word\b|\bhandshake\b|"
    r"\bmy (?:personal )?(?:guarantee|promise|word)\b|\bbetween (?:us|you and me)\b|\boff the record\b|"
    r"\b(?:put|note|mark|log)\w* it (?:on|in) (?:the|your|my) (?:notes|file|account|system)\b|"
    r"\b(?:don't|do not|doesn't|won't) need (?:it |anything |this |that )?(?:written|in writing|on paper|"
    r"a letter|to sign|paperwork)|\brecorded (?:line|call)\b|\bno paperwork\b|"
    r"(?:不需要|不用|无需|没必要|不必)(?:什么|任何)?(?:书面|合同|协议|签字|材料|文件|确认函)|"
    r"以(?:通话|电话)?录音为准|录音(?:就是|即为|作为)凭证|以电话(?:内容)?为准|记住我(?:的)?工号"
)
# The clause that makes spoken promises count for nothing is the protection, not the trap.
_SAFE = re.compile(
    r"无效|不作数|不具(?:有)?(?:法律)?(?:约束力|效力)|以(?:本|此|书面|该).{0,12}为准|"
    r"不能(?:改变|变更|替代)|不(?:改变|变更|影响)本|均以书面|不作为(?:依据|凭证)|不作准|不算数|"
    r"\b(?:not|never) (?:rely|act|count) on\b|"
    r"\bnot binding\b|\bno (?:legal )?effect\b|\bonly in writing\b|"
    r"\bonly (?:what is|the) written\b|"
    r"\bsupersede\w*|\bprevail\w*|\bin writing only\b|\b(?:does not|do not|doesn't|cannot|can't|"
    r"will not|won't|shall not) (?:change|alter|vary|amend|replace|override)\b|"
    r"\bnothing (?:said|agreed|promised)\b|\bnot (?:valid|enforceable)\b|\binvalid\b|\bvoid\b"
)
# Advice to the borrower: "never pay on a verbal deal", "不要相信口头承诺".
_ADVICE = re.compile(
    r"(?:不要|切勿|请勿|千万别|千万不要|别|勿)(?:轻易)?(?:相信|轻信|听信|接受|付款|转账|付钱|还款|依赖)|谨防|警惕|"
    r"\b(?:never|do not|don't|beware of|avoid) (?:\w+ )?(?:pay|trust|rely|accept|agree|believe|"
    r"act|sign)\w*|\b(?:always ask|always get|insist on|get it in writing|ask for it in writing)\b"
)


def check(line: Line) -> Hit | None:
    norm = line.norm
    if _SAFE.search(norm):
        return None
    m = _SPOKEN.search(norm)
    if m is None:
        return None
    if _ADVICE.search(norm[: m.start()]):
        return None
    return Hit(Severity.HIGH, "verbal_promise", *m.span())
