"""Every law, rule and channel a letter cites, in one dated table.

A citation is only used where its `applies_to` says it governs the lender, so a letter never
claims the private-lending rate line against a bank or a licensed consumer-finance company.
Each row names where it was checked and when; review the table when a law changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from parley.i18n import N_, gettext_in

# Lender kinds (engine.debt.LenderKind values) that are licensed lenders: banks,
# consumer-finance companies and online (small-loan) lenders, as engine.legal_lines has it.
LICENSED = frozenset({"bank", "consumer_finance", "online_lender"})
ALL_KINDS = frozenset({"bank", "consumer_finance", "online_lender", "ex_p2p", "other"})


@dataclass(frozen=True)
class Citation:
    code: str
    title: str  # the instrument and article, as it is cited
    says: str  # what it provides, in our own words
    applies_to: frozenset[str]
    checked: date  # when the wording and number were last checked against public sources

    def title_in(self, lang: str) -> str:
        return gettext_in(lang, self.title)

    def says_in(self, lang: str) -> str:
        return gettext_in(lang, self.says)


CITATIONS: dict[str, Citation] = {
    c.code: c
    for c in (
        Citation(
            "pipl_69",
            N_("Personal Information Protection Law of the PRC, article 69"),
            N_(
                "A handler of personal information whose processing infringes a person's "
                "rights and causes harm is liable for the damage unless it proves it was "
                "not at fault."
            ),
            ALL_KINDS,
            date(2026, 11, 30),
        ),
        Citation(
            "civil_code_1033",
            N_("Civil Code of the PRC, article 1033, item 1"),
            N_(
                "Unless the law provides otherwise or the person has clearly agreed, no one "
                "may disturb another's private life by telephone calls, text messages, "
                "instant messaging, email or leaflets."
            ),
            ALL_KINDS,
            date(2026, 11, 30),
        ),
        Citation(
            "spc_private_lending_25",
            N_("Provisions of the Supreme People's Court on Private Lending Cases, article 25"),
            N_(
                "Interest agreed above four times the one-year loan prime rate in force when "
                "the contract was made is not supported by the courts."
            ),
            frozenset({"ex_p2p", "other"}),
            date(2026, 11, 30),
        ),
        Citation(
            "spc_financial_2017_22",
            N_("SPC opinions on financial trials, Fa Fa [2017] No. 22, article 2"),
            N_(
                "Where the interest, penalty interest, liquidated damages and other fees a "
                "lender charges on a financial loan together exceed 24% a year, the borrower "
                "may ask for the part above it to be reduced."
            ),
            LICENSED,
            date(2026, 11, 30),
        ),
        Citation(
            "spc_reply_2020_27",
            N_("Supreme People's Court reply, Fa Shi [2020] No. 27"),
            N_(
                "Licensed financial institutions, among them banks and consumer-finance "
                "companies, are not governed by the private-lending provisions."
            ),
            LICENSED,
            date(2026, 11, 30),
        ),
        Citation(
            "nfra_12378",
            N_("National Financial Regulatory Administration, consumer complaint line 12378"),
            N_(
                "The regulator's national line for complaints by consumers of banks, "
                "consumer-finance companies and other institutions it supervises."
            ),
            ALL_KINDS,
            date(2026, 11, 30),
        ),
    )
}


def citation(code: str, lender_kind: str) -> Citation | None:
    """The citation, or None where it does not govern this kind of lender."""
    found = CITATIONS.get(code)
    if found is None:
        return None
    return found if lender_kind in found.applies_to else None
