"""The agreement checklist: what to confirm before signing, in order, and which items an
agreement's findings call into question. The user still decides; a warning only says why."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from parley.engine.agreement_figures import (
    AgreementCost,
    AgreementFigures,
    compare,
    extract_figures,
    recompute,
)
from parley.engine.clauses import Finding, scan
from parley.engine.debt import Method
from parley.engine.offers import OfferResult, OfferTerms
from parley.engine.rates import CapSettings
from parley.i18n import N_, _


@dataclass(frozen=True)
class Item:
    code: str  # stored in the checklist table; never change one
    label: str  # N_-marked
    hint: str  # N_-marked: what to do to tick it honestly


ITEMS: tuple[Item, ...] = (
    Item(
        "official_channel",
        N_("Official channel confirmed"),
        N_(
            "You reached the lender through the customer-service number on its own website, "
            "app or card, not a number someone gave you."
        ),
    ),
    Item(
        "agent_id_checked",
        N_("Agent ID checked"),
        N_("You wrote down the agent's ID and checked it with the lender's official line."),
    ),
    Item(
        "terms_in_writing",
        N_("Key terms restated in writing"),
        N_("The agent sent the amount, instalment, count, rate and fees in a message or email."),
    ),
    Item(
        "esign_confirmation",
        N_("Written confirmation received through e-signature"),
        N_("The agreement or confirmation letter came through the lender's e-signature system."),
    ),
    Item(
        "figures_match",
        N_("Amount, instalment, count, rate and fees match the accepted offer"),
        N_("Compare the agreement's figures with the offer you accepted, line by line."),
    ),
    Item(
        "no_extra_fee",
        N_("No fee beyond the offer"),
        N_("No service, management, membership or guarantee fee that the offer did not include."),
    ),
    Item(
        "extension_resigned",
        N_("Extension agreement re-signed, guarantee terms checked"),
        N_(
            "A deferral (展期) is a new extension agreement: it is signed again, and any "
            "guarantee or guarantor it names is what you agreed to."
        ),
    ),
    Item(
        "waiver_to_principal",
        N_("Partial waiver applied to principal first"),
        N_(
            "Where part of the debt is waived, the agreement says the waived amount reduces "
            "principal first (先冲抵本金), not only interest or fees."
        ),
    ),
    Item(
        "acceleration_understood",
        N_("Acceleration clause understood"),
        N_(
            "You know what happens if one instalment is late, and when the whole balance falls due."
        ),
    ),
    Item(
        "credit_reporting_stated",
        N_("Credit reporting stated"),
        N_("The agreement says how the plan will be reported to the credit bureau."),
    ),
    Item(
        "recordings_kept",
        N_("Call recordings kept"),
        N_("Every call about this deal is recorded and saved somewhere safe."),
    ),
    Item(
        "two_reminders",
        N_("Two reminders set for every instalment"),
        N_("The lender's message and your own calendar, so no instalment is missed again."),
    ),
    Item(
        "no_personal_account",
        N_("Nothing paid into a personal account"),
        N_("Every payment goes to the lender's own account; never to a person's name."),
    ),
)

CODES: tuple[str, ...] = tuple(item.code for item in ITEMS)
BY_CODE: dict[str, Item] = {item.code: item for item in ITEMS}

_FINDING_LABELS = {
    "acceleration": N_("Acceleration"),
    "hidden_fee": N_("Extra fee"),
    "deposit_request": N_("Deposit asked"),
    "verbal_promise": N_("Spoken promise"),
    "unilateral_change": N_("One-sided change"),
    "rate_above_cap": N_("Rate above cap"),
    "penalty_interest": N_("Penalty interest"),
    "credit_report": N_("Credit report"),
    "mismatch": N_("Differs from offer"),
}


def finding_label(code: str) -> str:
    """A short name for a finding's code, in the current language."""
    msgid = _FINDING_LABELS.get(code)
    return _(msgid) if msgid else code


def _lines(findings: list[Finding]) -> str:
    return ", ".join(str(n) for n in sorted({f.line for f in findings}))


def fee_mismatches(
    figures: AgreementFigures, terms: OfferTerms, result: OfferResult
) -> list[Finding]:
    """The mismatches about fees alone: `compare` on the fee figure only."""
    only_fees = AgreementFigures(fees=figures.fees, sources=figures.sources)
    return compare(only_fees, terms, result)


def warnings(
    findings: Iterable[Finding], *, fee_findings: Iterable[Finding] = ()
) -> dict[str, list[str]]:
    """For each item an agreement's findings contradict, why (translated), naming the lines.

    `findings` are the scanner's and the comparison's for one agreement; `fee_findings` the
    comparison's findings about fees (see `fee_mismatches`).
    """
    by_code: dict[str, list[Finding]] = {}
    for finding in findings:
        by_code.setdefault(finding.code, []).append(finding)
    out: dict[str, list[str]] = {}

    def add(item: str, text: str) -> None:
        out.setdefault(item, []).append(text)

    if found := by_code.get("mismatch"):
        add(
            "figures_match",
            _("The agreement's figures differ from the accepted offer (line {lines}).").format(
                lines=_lines(found)
            ),
        )
    if found := by_code.get("hidden_fee", []) + list(fee_findings):
        add(
            "no_extra_fee",
            _("The agreement charges a fee (line {lines}).").format(lines=_lines(found)),
        )
    if found := by_code.get("acceleration"):
        add(
            "acceleration_understood",
            _("The agreement has an acceleration clause (line {lines}): read it again.").format(
                lines=_lines(found)
            ),
        )
    if "credit_report" not in by_code:
        add(
            "credit_reporting_stated",
            _("The agreement does not mention credit reporting: ask how the plan is reported."),
        )
    if found := by_code.get("verbal_promise"):
        text = _("Some terms rest on a spoken promise (line {lines}).").format(lines=_lines(found))
        add("terms_in_writing", text)
        add("esign_confirmation", text)
    if found := by_code.get("deposit_request"):
        text = _("The agreement asks for a deposit or a payment (line {lines}).").format(
            lines=_lines(found)
        )
        add("no_personal_account", text)
        add("official_channel", text)
    return out


@dataclass(frozen=True)
class Review:
    """One agreement version checked: its risky clauses, its figures against the offer."""

    findings: list[Finding]  # scanner and comparison together, by line, high first
    figures: AgreementFigures
    cost: AgreementCost | None  # None when the agreement does not state enough figures
    offer: OfferResult | None  # the accepted offer's figures; None when there is none
    terms: OfferTerms | None
    warnings: dict[str, list[str]]


def review(
    text: str,
    *,
    terms: OfferTerms | None,
    offer: OfferResult | None,
    start: date,
    caps: CapSettings | None = None,
) -> Review:
    """Scan `text`, extract its figures, recompute its cost and compare it with the accepted
    offer (`terms` and its evaluated `offer`, both None when no offer is accepted)."""
    findings = scan(text, caps=caps)
    figures = extract_figures(text)
    fee_findings: list[Finding] = []
    if terms is not None and offer is not None:
        findings += compare(figures, terms, offer)
        fee_findings = fee_mismatches(figures, terms, offer)
        method = terms.method
    else:
        method = Method.ANNUITY
    findings.sort(key=lambda f: (f.line, f.severity.rank))
    cost = recompute(figures, start=start, method=method, caps=caps)
    return Review(
        findings=findings,
        figures=figures,
        cost=cost,
        offer=offer,
        terms=terms,
        warnings=warnings(findings, fee_findings=fee_findings),
    )
