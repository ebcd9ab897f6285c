"""Notes for the caller before dialling: scams, the official line, the record, the limit."""

from __future__ import annotations

from parley.engine.script.facts import Said
from parley.engine.script.writer import F, Writer
from parley.i18n import gettext_in


def safety(w: Writer) -> list[str]:
    lang, lender = w.lang, w.inp.debt.lender
    out: list[str] = [
        w.fill(
            gettext_in(
                lang,
                "Call only the customer-service number in {lender}'s official app or on its "
                "official website, never a number from a text message.",
            ),
            lender=lender,
        ),
        Said(
            gettext_in(
                lang,
                "At the start, ask for the agent's ID and write it down. If anything seems "
                "wrong, check the ID with the official line.",
            )
        ),
        Said(
            gettext_in(
                lang,
                "Record the call. The recording and the written agreement are your evidence "
                "if there is a dispute later.",
            )
        ),
        Said(
            gettext_in(
                lang,
                "Never pay a “negotiation deposit” or any fee to negotiate. Real lenders do "
                "not ask for one; people posing as lenders do.",
            )
        ),
        Said(
            gettext_in(
                lang,
                "Pay only through the lender's official app or into its company account, "
                "never into a personal account.",
            )
        ),
        Said(
            gettext_in(lang, "A promise on the phone is not an agreement. Wait for it in writing.")
        ),
        Said(gettext_in(lang, "Agent ID: ________   Date and time of the call: ________")),
    ]
    if w.has("limit"):
        out.insert(
            -1,
            w.fill(
                gettext_in(
                    lang,
                    "Know your limit: at most {amount} a month. Do not agree to more on the "
                    "call, however hard they push.",
                ),
                amount=F("limit"),
            ),
        )
    return out
