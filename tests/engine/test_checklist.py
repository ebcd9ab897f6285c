"""The checklist's items and what an agreement's findings say about them."""

from __future__ import annotations

from datetime import date

from parley.engine.checklist import CODES, ITEMS, finding_label, review, warnings
from parley.engine.clauses import CODES as FINDING_CODES
from parley.engine.clauses import Finding, Severity
from parley.engine.debt import Debt, Settings
from parley.engine.offers import OfferKind, OfferTerms, evaluate

TODAY = date(2026, 11, 30)


def test_thirteen_items_in_the_order_of_the_process():
    assert len(ITEMS) == 13
    assert len(set(CODES)) == 13
    assert {"extension_resigned", "waiver_to_principal"} <= set(CODES)
    # The example data and older files store these two codes.
    assert CODES[:2] == ("official_channel", "agent_id_checked")
    assert CODES[-1] == "no_personal_account"
    assert all(item.label and item.hint for item in ITEMS)


def test_every_finding_code_has_a_short_name():
    for code in (*FINDING_CODES, "mismatch"):
        assert finding_label(code) != code


def finding(code: str, line: int) -> Finding:
    return Finding(code, Severity.HIGH, line, "…", "…")


def test_findings_mark_the_items_they_contradict():
    found = warnings(
        [finding("hidden_fee", 8), finding("acceleration", 9), finding("deposit_request", 4)]
    )
    assert "8" in found["no_extra_fee"][0]
    assert "9" in found["acceleration_understood"][0]
    assert "no_personal_account" in found and "official_channel" in found
    # Silence about credit reporting is itself worth a warning.
    assert "credit_reporting_stated" in found
    assert "figures_match" not in found


def test_a_clean_agreement_that_states_credit_reporting_raises_nothing():
    assert warnings([Finding("credit_report", Severity.LOW, 3, "…", "…")]) == {}


DEBT = Debt(
    lender="Test Finance",
    principal=2_000_000,
    outstanding=1_800_000,
    annual_rate=0.24,
    term=12,
    first_missed=date(2026, 10, 20),
)


def accepted() -> tuple[OfferTerms, object]:
    terms = OfferTerms(kind=OfferKind.FREEZE, rate=0.0, count=36, first_due=date(2026, 12, 30))
    return terms, evaluate(DEBT, terms, today=TODAY, settings=Settings())


def test_an_agreement_that_differs_from_the_offer_is_a_high_finding():
    terms, result = accepted()
    text = (
        f"Remaining principal: {result.schedule.principal / 100:.2f}\n"
        "Repaid in 36 monthly instalments of 650.00.\n"
        "An account management fee of 30.00 is charged per month.\n"
        "Overdue status will be reported to the credit bureau.\n"
    )
    checked = review(text, terms=terms, offer=result, start=TODAY)
    mismatches = [f for f in checked.findings if f.code == "mismatch"]
    assert [f.line for f in mismatches] == [2, 3]
    assert all(f.severity is Severity.HIGH for f in mismatches)
    assert "figures_match" in checked.warnings
    assert "no_extra_fee" in checked.warnings
    assert checked.cost is not None and checked.cost.apr is not None and checked.cost.apr > 0


def test_an_agreement_that_matches_the_offer_has_no_mismatch():
    terms, result = accepted()
    instalment = result.schedule.instalments[0].payment
    text = (
        f"Remaining principal: {result.schedule.principal / 100:.2f}\n"
        f"Repaid in 36 monthly instalments of {instalment / 100:.2f}, no fees of any kind.\n"
    )
    checked = review(text, terms=terms, offer=result, start=TODAY)
    assert [f for f in checked.findings if f.code == "mismatch"] == []
    assert "figures_match" not in checked.warnings
    assert checked.cost is not None and checked.cost.total_cost == 0


def test_without_an_accepted_offer_nothing_is_compared():
    checked = review(
        "Repaid in 36 monthly instalments of 650.00.", terms=None, offer=None, start=TODAY
    )
    assert checked.offer is None
    assert all(f.code != "mismatch" for f in checked.findings)
