"""Why each kind of finding matters and what to ask the lender to change, translated."""

from __future__ import annotations

from parley.i18n import N_, _

# key -> (why it matters, what to ask for); a rule names the key that fits what it read.
EXPLANATIONS: dict[str, tuple[str, str]] = {
    "acceleration": (
        N_(
            "If one instalment is missed, the lender can demand the whole remaining balance "
            "at once."
        ),
        N_(
            "Ask for this to apply only after several missed instalments, and only after a "
            "written notice that gives you time to catch up."
        ),
    ),
    "acceleration_lapse": (
        N_(
            "If a payment is missed, the deal lapses and the lender goes back to the full "
            "original debt, including what it agreed to waive."
        ),
        N_(
            "Ask for a grace period and a written notice before the deal can lapse, and for "
            "what you have already paid to be kept off the original debt."
        ),
    ),
    "hidden_fee": (
        N_("A fee on top of the interest or the instalment. It raises what the deal really costs."),
        N_(
            "Check that the offer you accepted included it; if not, ask for it to be removed "
            "in writing before you sign."
        ),
    ),
    "hidden_fee_included": (
        N_("Fees are folded into the stated cost, so the rate alone does not show them."),
        N_(
            "Ask for each fee to be listed with its amount, and for any you did not agree to be "
            "dropped."
        ),
    ),
    "deposit_request": (
        N_(
            "A deposit or “guarantee money” asked before a deal. Real lenders do not charge "
            "you to negotiate."
        ),
        N_("Do not pay. Call the lender's official customer-service number and ask."),
    ),
    "deposit_unlock": (
        N_(
            "A payment to “activate”, “unlock”, “release” or “verify” a plan or your money: "
            "this is how advance-fee scams work. A real plan starts with your first instalment."
        ),
        N_(
            "Do not pay. Ask the lender, through its official number, for the plan in writing "
            "with no up-front charge."
        ),
    ),
    "deposit_personal": (
        N_(
            "Money asked outside the lender's official channels (a person, a personal account, "
            "a payment QR code or cash): this is how the “negotiation deposit” scam works."
        ),
        N_(
            "Do not pay anything. Call the lender's official customer-service number and check "
            "the agent's ID before you do anything else."
        ),
    ),
    "verbal_promise": (
        N_(
            "These terms rest on a spoken promise or on a notice still to come. A promise made "
            "by phone cannot be enforced."
        ),
        N_(
            "Ask for the terms in a written agreement, signed through the lender's e-signature "
            "system, before you pay."
        ),
    ),
    "unilateral_change": (
        N_("The lender may change fees or terms on its own."),
        N_("Ask for this to be removed, or for any change to need your written consent."),
    ),
    "unilateral_published": (
        N_(
            "Rules or prices the lender publishes or changes later apply to you without a new "
            "agreement, so the deal can change after you sign."
        ),
        N_(
            "Ask for the rates, fees and rules to be written into this agreement, and for any "
            "change to need your written consent."
        ),
    ),
    "rate_above_cap": (
        N_(
            "This rate is {rate}, above {cap} a year. Interest above that level may not be "
            "protected by a court."
        ),
        N_("Ask for a lower rate, and keep this clause as evidence."),
    ),
    "rate_above_lpr": (
        N_(
            "This rate is {rate}, above {cap} ({limit} a year). Interest above that level may "
            "not be protected by a court."
        ),
        N_("Ask for a lower rate, and keep this clause as evidence."),
    ),
    "penalty_interest": (
        N_("Penalty interest, late fees or liquidated damages are charged if you pay late."),
        N_(
            "Ask for them to be waived under the new plan, or at least for the agreement to "
            "say at what rate, on what amount and from which day they accrue."
        ),
    ),
    "penalty_compound": (
        N_(
            "Unpaid interest is itself charged interest (compounding), so a late payment grows "
            "quickly."
        ),
        N_("Ask for compounding and penalty interest to be waived under the new plan, in writing."),
    ),
    "credit_report": (
        N_("The lender reports this loan or this plan to the credit bureau."),
        N_(
            "Ask in writing how the plan will be reported (for example as a negotiated or "
            "settled debt) and when the overdue record will be updated."
        ),
    ),
}


def explain(key: str, **params: str) -> tuple[str, str, str]:
    """(why, ask, message) in the current language; `params` fill the rate placeholders."""
    why_id, ask_id = EXPLANATIONS[key]
    why = _(why_id).format(**params) if params else _(why_id)
    ask = _(ask_id)
    return why, ask, _("{why} {ask}").format(why=why, ask=ask)
