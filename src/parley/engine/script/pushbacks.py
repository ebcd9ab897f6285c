"""What the lender is likely to say, and a calm answer built from the user's own figures."""

from __future__ import annotations

from parley.engine.script.facts import Said
from parley.engine.script.situation import affordable, line_sentence
from parley.engine.script.writer import F, Writer
from parley.i18n import gettext_in, ngettext_in


def pushbacks(w: Writer) -> list[tuple[str, str]]:
    lang = w.lang
    if affordable(w) and w.has("A.first_due"):
        full = w.fill(
            gettext_in(
                lang,
                "I cannot pay {owed} at once. If I could, I would not be calling. "
                "I can pay {amount} every month from {date}. That is money you will "
                "actually receive.",
            ),
            owed=F("owed"),
            amount=F("A.instalment"),
            date=F("A.first_due"),
        )
    else:
        full = w.fill(
            gettext_in(
                lang,
                "I cannot pay {owed} at once. If I could, I would not be calling. "
                "Instalments I can keep up are money you will actually receive.",
            ),
            owed=F("owed"),
        )
    return [
        (Said(gettext_in(lang, "You have to pay the full amount first.")), full),
        (Said(gettext_in(lang, "We cannot reduce the interest.")), _interest_answer(w)),
        (
            w.fill(gettext_in(lang, "Pay {pct} now, then we can talk."), pct=F("pushback_share")),
            _down_payment_answer(w),
        ),
        (
            Said(gettext_in(lang, "This is your last chance. Otherwise we will sue you.")),
            w.fill(
                gettext_in(
                    lang,
                    "I understand. That is why I am calling now, to agree a plan before it "
                    "comes to that. I am making you a concrete offer today, {date}. "
                    "Please note it on my account.",
                ),
                date=F("today"),
            ),
        ),
        (
            Said(gettext_in(lang, "Please go through our partner mediation service.")),
            Said(
                gettext_in(
                    lang,
                    "I would rather agree this with you directly, on your official line. "
                    "I will not pay a third party or any fee to negotiate. If we cannot agree, "
                    "I will turn to a financial dispute mediation centre.",
                )
            ),
        ),
    ]


def _interest_answer(w: Writer) -> Said:
    lang = w.lang
    sentences: list[str] = []
    if w.facts.rate_line_code is not None:
        sentences.append(
            w.fill(
                gettext_in(lang, "As I said, the true rate of this loan is {apr} a year."),
                apr=F("contract_apr"),
            )
        )
        sentences.append(line_sentence(w, w.facts.rate_line_code, "rate_line"))
        sentences.append(Said(gettext_in(lang, "I am asking for a fair rate, not a favour.")))
    else:
        sentences.append(
            Said(
                gettext_in(
                    lang,
                    "I understand. I am not asking you to cut what I borrowed. But if interest "
                    "and penalties keep growing, I cannot keep up at all.",
                )
            )
        )
    if w.has("penalty"):
        sentences.append(
            w.fill(
                gettext_in(lang, "At the least, please waive the {amount} of penalty interest."),
                amount=F("penalty"),
            )
        )
    sentences.append(
        w.fill(
            ngettext_in(
                lang,
                "If that is not possible, option B may suit you: {n} instalment of {amount}, "
                "{total} in total.",
                "If that is not possible, option B may suit you: {n} instalments of {amount}, "
                "{total} in total.",
                w.value("B.count"),
            ),
            n=F("B.count"),
            amount=F("B.instalment"),
            total=F("B.total"),
        )
    )
    return w.join(sentences)


def _down_payment_answer(w: Writer) -> Said:
    lang = w.lang
    asked = w.value("pushback_asked", 0)
    down = w.value("down_max")
    if down is not None and w.has("down_share") and down >= asked:
        return w.fill(
            gettext_in(
                lang,
                "My offer already includes {down} up front, about {pct} of the balance. "
                "The rest follows in instalments.",
            ),
            down=F("down_max"),
            pct=F("down_share"),
        )
    if down is not None:
        return w.fill(
            gettext_in(
                lang,
                "I do not have {asked}. I can pay {down} now, which is everything I can "
                "raise, and the rest in instalments.",
            ),
            asked=F("pushback_asked"),
            down=F("down_max"),
        )
    # Nothing here says what the user has or has not got: they have not said.
    if affordable(w):
        return w.fill(
            gettext_in(
                lang,
                "I will not pay {asked} before we have agreed a plan in writing. I can start "
                "with {amount} this month and pay the same every month after.",
            ),
            asked=F("pushback_asked"),
            amount=F("A.instalment"),
        )
    return w.fill(
        gettext_in(
            lang,
            "I will not pay {asked} before we have agreed a plan in writing. Once we have, "
            "I will start the instalments at once.",
        ),
        asked=F("pushback_asked"),
    )
