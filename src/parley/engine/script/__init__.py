"""The call script: state the facts, show willingness to pay, propose two plans.

Every sentence goes through `gettext_in(lang, ...)` and every figure is a named engine
figure (`facts.gather`), formatted for the script's language, never the UI's. Sections:
`situation` (facts and willingness), `plan` (the two options and the written terms),
`pushbacks`, `safety`.
"""

from __future__ import annotations

from parley import clock
from parley.engine.script.facts import (
    PUSHBACK_DOWN_PAYMENT,
    Facts,
    Figure,
    Kind,
    Said,
    ScriptInput,
    gather,
    said_figures,
)
from parley.engine.script.format import date_in, money_in, percent_in
from parley.engine.script.model import Script
from parley.engine.script.writer import Writer
from parley.i18n import gettext_in, normalise

__all__ = [
    "PUSHBACK_DOWN_PAYMENT",
    "Facts",
    "Figure",
    "Kind",
    "Said",
    "Script",
    "ScriptInput",
    "build_script",
    "date_in",
    "gather",
    "money_in",
    "percent_in",
    "said_figures",
]


def build_script(inp: ScriptInput, lang: str) -> Script:
    """The call script for `inp`, written in `lang` ("zh_CN" or "en")."""
    from parley.engine.script import plan, pushbacks, safety, situation

    code = normalise(lang) or "en"
    w = Writer(inp, gather(inp), code, inp.today or clock.today())
    debt = inp.debt
    if debt.contract_no:
        subtitle = w.fill(
            gettext_in(code, "Contract {contract}. Prepared on {date}."),
            contract=debt.contract_no,
            date=_today(w),
        )
    else:
        subtitle = w.fill(gettext_in(code, "Prepared on {date}."), date=_today(w))
    return Script(
        lang=code,
        title=gettext_in(code, "Call script: {lender}").format(lender=debt.lender),
        subtitle=subtitle,
        facts=situation.facts(w),
        willingness=situation.willingness(w),
        plan=plan.plan(w),
        pushbacks=pushbacks.pushbacks(w),
        confirmation=plan.confirmation(w),
        safety=safety.safety(w),
    )


def _today(w: Writer):
    from parley.engine.script.writer import F

    return F("today")
