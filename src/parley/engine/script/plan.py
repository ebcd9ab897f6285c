"""Section 3, the two options, and the terms to get in writing before hanging up.

Each option is named for what it computes: a plan that repays the principal left says
so, with the charges it asks the lender to waive; one that repays more says it includes
interest already charged. Notes not to read out compare it with carrying on, in total
and in value today, and say plainly when it costs more.
"""

from __future__ import annotations

from parley.engine.offers import USUAL_DEFERRAL, OfferKind, OfferTerms
from parley.engine.script.facts import Said
from parley.engine.script.format import list_in
from parley.engine.script.situation import affordable
from parley.engine.script.writer import F, Writer
from parley.i18n import gettext_in, ngettext_in


def _terms(w: Writer, name: str) -> OfferTerms:
    return w.inp.offer_a if name == "A" else w.inp.offer_b


def plan(w: Writer) -> list[str]:
    lang = w.lang
    out: list[str] = [
        Said(gettext_in(lang, "I have two options. Either works for me; you can choose."))
    ]
    if w.has("overpaid"):
        out.append(
            w.fill(
                gettext_in(
                    lang,
                    "First, I ask that the {amount} I paid above the legal line be set against "
                    "the principal (先冲抵本金).",
                ),
                amount=F("overpaid"),
            )
        )
    out += option(w, "A")
    out += option(w, "B")
    out.append(Said(gettext_in(lang, "Which of the two can you accept?")))
    if affordable(w):
        out.append(
            w.fill(
                gettext_in(
                    lang,
                    "If neither, please tell me what you can offer. I will think it over, "
                    "but I am not offering more than {amount} a month.",
                ),
                amount=F("ceiling"),
            )
        )
    else:
        out.append(
            Said(
                gettext_in(
                    lang, "If neither, please tell me what you can offer. I will think it over."
                )
            )
        )
    out.append(_baseline_note(w))
    return out


def _baseline_note(w: Writer) -> Said:
    lang = w.lang
    if not w.value("baseline.count"):
        return Said(
            gettext_in(
                lang,
                "(A note for you, not to read out: without the balance owed, the options "
                "cannot be compared with carrying on.)",
            )
        )
    if not w.value("baseline.penalty"):
        return w.fill(
            ngettext_in(
                lang,
                "(A note for you, not to read out: “if nothing changes” means the balance of "
                "{balance} repaid in {n} monthly instalment at the contract rate of {rate} a "
                "year from {date}: {total} in total.)",
                "(A note for you, not to read out: “if nothing changes” means the balance of "
                "{balance} repaid in {n} monthly instalments at the contract rate of {rate} a "
                "year from {date}: {total} in total.)",
                w.value("baseline.count"),
            ),
            balance=F("baseline.balance"),
            n=F("baseline.count"),
            rate=F("baseline.rate"),
            date=F("baseline.first_due"),
            total=F("baseline.total"),
        )
    return w.fill(
        ngettext_in(
            lang,
            "(A note for you, not to read out: “if nothing changes” means the balance of "
            "{balance} repaid in {n} monthly instalment at the contract rate of {rate} a "
            "year from {date}, plus {penalty} of penalty interest so far: {total} in total.)",
            "(A note for you, not to read out: “if nothing changes” means the balance of "
            "{balance} repaid in {n} monthly instalments at the contract rate of {rate} a "
            "year from {date}, plus {penalty} of penalty interest so far: {total} in total.)",
            w.value("baseline.count"),
        ),
        balance=F("baseline.balance"),
        n=F("baseline.count"),
        rate=F("baseline.rate"),
        date=F("baseline.first_due"),
        penalty=F("baseline.penalty"),
        total=F("baseline.total"),
    )


def _principal_only(w: Writer, name: str) -> bool:
    left = w.value("principal_left")
    return left is not None and w.value(f"{name}.balance", 0) <= left


def headline(w: Writer, name: str) -> Said:
    lang, terms = w.lang, _terms(w, name)
    n = w.value(f"{name}.count")
    kind = OfferKind(terms.kind)
    args = dict(
        name=name,
        n=F(f"{name}.count"),
        amount=F(f"{name}.instalment"),
        rate=F(f"{name}.rate"),
        balance=F(f"{name}.balance"),
    )
    if kind is OfferKind.FREEZE and not _principal_only(w, name):
        text = ngettext_in(
            lang,
            "Option {name}: you stop the interest and park the balance of {balance}, which "
            "includes interest already charged, and I repay it in {n} monthly instalment "
            "of {amount}.",
            "Option {name}: you stop the interest and park the balance of {balance}, which "
            "includes interest already charged, and I repay it in {n} monthly instalments "
            "of {amount}.",
            n,
        )
    elif kind is OfferKind.FREEZE:
        text = ngettext_in(
            lang,
            "Option {name}: you stop the interest and park the balance, "
            "and I repay it in {n} monthly instalment of {amount}.",
            "Option {name}: you stop the interest and park the balance, "
            "and I repay it in {n} monthly instalments of {amount}.",
            n,
        )
    elif kind is OfferKind.DEFERRAL:
        months = w.fill(
            ngettext_in(lang, "{m} month", "{m} months", terms.deferral_months),
            m=F(f"{name}.deferral_months"),
        )
        text = ngettext_in(
            lang,
            "Option {name}: you pause my repayments for {months}, "
            "then I repay in {n} monthly instalment of {amount}.",
            "Option {name}: you pause my repayments for {months}, "
            "then I repay in {n} monthly instalments of {amount}.",
            n,
        )
        said = w.fill(text, months=str(months), **args)
        return Said(said, (*said.figures, *months.figures))
    elif terms.rate <= 0 and _principal_only(w, name):
        if w.has(f"{name}.waived"):
            args["waived"] = F(f"{name}.waived")
            text = ngettext_in(
                lang,
                "Option {name}: you waive the interest and charges added to my account, "
                "{waived}, and I repay the principal left, {balance}, in {n} monthly "
                "instalment of {amount}.",
                "Option {name}: you waive the interest and charges added to my account, "
                "{waived}, and I repay the principal left, {balance}, in {n} monthly "
                "instalments of {amount}.",
                n,
            )
        else:
            text = ngettext_in(
                lang,
                "Option {name}: no further interest, and I repay the principal left, "
                "{balance}, in {n} monthly instalment of {amount}.",
                "Option {name}: no further interest, and I repay the principal left, "
                "{balance}, in {n} monthly instalments of {amount}.",
                n,
            )
    elif terms.rate <= 0:
        text = ngettext_in(
            lang,
            "Option {name}: no further interest is charged, and I repay the balance of "
            "{balance}, which includes interest already charged, in {n} monthly instalment "
            "of {amount}.",
            "Option {name}: no further interest is charged, and I repay the balance of "
            "{balance}, which includes interest already charged, in {n} monthly instalments "
            "of {amount}.",
            n,
        )
    elif kind is OfferKind.RATE_REDUCTION:
        text = ngettext_in(
            lang,
            "Option {name}: you lower the rate to {rate} a year, "
            "and I repay in {n} monthly instalment of {amount}.",
            "Option {name}: you lower the rate to {rate} a year, "
            "and I repay in {n} monthly instalments of {amount}.",
            n,
        )
    else:
        text = ngettext_in(
            lang,
            "Option {name}: we restructure the balance into {n} monthly instalment "
            "of {amount}, at {rate} a year.",
            "Option {name}: we restructure the balance into {n} monthly instalments "
            "of {amount}, at {rate} a year.",
            n,
        )
    return w.fill(text, **args)


def option(w: Writer, name: str) -> list[str]:
    lang, terms = w.lang, _terms(w, name)
    out: list[str] = [headline(w, name)]
    kind = OfferKind(terms.kind)
    named_waiver = terms.rate <= 0 and kind is not OfferKind.FREEZE and _principal_only(w, name)
    if kind is not OfferKind.DEFERRAL and w.has(f"{name}.waived") and not named_waiver:
        out.append(
            w.fill(
                gettext_in(lang, "You waive {amount} of what is owed."),
                amount=F(f"{name}.waived"),
            )
        )
    if kind is OfferKind.DEFERRAL:
        if terms.rate > 0:
            out.append(
                w.fill(
                    gettext_in(lang, "After the pause the rate would be {rate} a year."),
                    rate=F(f"{name}.rate"),
                )
            )
        if w.value(f"{name}.deferral_interest", 0) > 0:
            out.append(
                w.fill(
                    gettext_in(
                        lang,
                        "Interest of {amount} runs during the pause, at {rate} a year, and is "
                        "included in the instalments.",
                    ),
                    amount=F(f"{name}.deferral_interest"),
                    rate=F(f"{name}.rate"),
                )
            )
        elif terms.deferral_interest_waived and terms.deferral_months:
            out.append(
                Said(
                    gettext_in(lang, "As you agreed in writing, no interest runs during the pause.")
                )
            )
        if terms.deferral_fee_pct > 0:
            out.append(
                w.fill(
                    gettext_in(lang, "I accept an extension fee of {pct} of the principal."),
                    pct=F(f"{name}.deferral_fee_pct"),
                )
            )
    if w.has(f"{name}.down"):
        out.append(
            w.fill(
                gettext_in(lang, "Before the first instalment, I pay {amount} up front."),
                amount=F(f"{name}.down"),
            )
        )
    if w.has(f"{name}.first_due"):
        out.append(
            w.fill(
                gettext_in(lang, "The first instalment would be due on {date}."),
                date=F(f"{name}.first_due"),
            )
        )
    if terms.waive_penalty:
        out.append(Said(gettext_in(lang, "Penalty interest and late fees are waived.")))
    out.append(
        w.fill(gettext_in(lang, "In total you would receive {total}."), total=F(f"{name}.total"))
    )
    out.append(_comparison(w, name))
    if kind is OfferKind.DEFERRAL and terms.deferral_months > USUAL_DEFERRAL:
        out.append(
            w.fill(
                gettext_in(
                    lang,
                    "(A note for you, not to read out: a pause of {months} months is longer "
                    "than the one year lenders commonly grant.)",
                ),
                months=F(f"{name}.deferral_months"),
            )
        )
    return out


def _comparison(w: Writer, name: str) -> Said:
    """Against carrying on: in total, and in value today at the discount rate."""
    lang = w.lang
    result = w.inp.result_a if name == "A" else w.inp.result_b
    if result.savings > 0:
        total = gettext_in(lang, "in total you pay {total} less than if nothing changes")
    elif result.savings < 0:
        total = gettext_in(lang, "in total this costs {total} more than if nothing changes")
    else:
        total = gettext_in(lang, "in total you pay the same as if nothing changes")
    if result.savings_today > 0:
        today = gettext_in(lang, "in value today, at {rate} a year, you save {today}")
    elif result.savings_today < 0:
        today = gettext_in(lang, "in value today, at {rate} a year, it costs {today} more")
    else:
        today = gettext_in(lang, "in value today, at {rate} a year, it is the same")
    template = gettext_in(lang, "(A note for you, not to read out: {total}; {today}.)").format(
        total=total, today=today
    )
    return w.fill(
        template,
        total=F(f"{name}.savings"),
        today=F(f"{name}.savings_today"),
        rate=F(f"{name}.discount_rate"),
    )


def confirmation(w: Writer) -> list[str]:
    lang = w.lang
    return [
        Said(
            gettext_in(
                lang,
                "Before we finish: please send me the agreement in writing, "
                "through your official e-signature system.",
            )
        ),
        Said(
            gettext_in(
                lang,
                "It needs to state the total amount, the number of instalments and the "
                "amount of each, the interest rate, every fee, and how the agreement will "
                "be reported to the credit bureau.",
            )
        ),
        _terms_line(w, "A"),
        _terms_line(w, "B"),
        Said(
            gettext_in(
                lang,
                "Please also confirm that penalty interest stops, and that nothing more is "
                "owed once I have paid as agreed.",
            )
        ),
        Said(
            gettext_in(
                lang,
                "Until I have it in writing, I will treat today's call as a proposal, "
                "not an agreement.",
            )
        ),
        Said(gettext_in(lang, "When will I receive it?")),
    ]


def _terms_line(w: Writer, name: str) -> Said:
    lang, terms = w.lang, _terms(w, name)
    n = w.value(f"{name}.count")
    parts = [w.fill(gettext_in(lang, "{total} in total"), total=F(f"{name}.total"))]
    if w.has(f"{name}.down"):
        parts.append(w.fill(gettext_in(lang, "{amount} up front"), amount=F(f"{name}.down")))
    parts.append(
        w.fill(
            ngettext_in(lang, "{n} instalment of {amount}", "{n} instalments of {amount}", n),
            n=F(f"{name}.count"),
            amount=F(f"{name}.instalment"),
        )
    )
    if terms.rate > 0:
        parts.append(w.fill(gettext_in(lang, "a rate of {rate} a year"), rate=F(f"{name}.rate")))
    else:
        parts.append(Said(gettext_in(lang, "no interest")))
    if w.value(f"{name}.fees", 0) > 0:
        parts.append(w.fill(gettext_in(lang, "fees of {fees}"), fees=F(f"{name}.fees")))
    else:
        parts.append(Said(gettext_in(lang, "no fees")))
    figures = [f for p in parts for f in p.figures]
    # Chinese lists terms with the enumeration comma; English needs "and" before the last.
    text = "、".join(parts) if lang == "zh_CN" else list_in(lang, parts)
    said = w.fill(gettext_in(lang, "If you choose option {name}: {terms}."), name=name, terms=text)
    return Said(said, figures)
