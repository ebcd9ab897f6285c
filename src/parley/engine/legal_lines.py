"""The legal lines a rate is measured against, and which of them govern a given lender.

For the script and proposals: the loan's own true APR from the contract's cash flows
(amount received, instalments, per-instalment and one-off fees), without penalty
interest, is `parley.engine.triage.debt_true_cost(debt)` (`.apr`); penalty interest is
`parley.engine.penalty.penalty_accrued`, interest paid above a line is
`parley.engine.overpaid.overpaid_interest`.

Which line governs whom:
- 4 x the one-year LPR in force when the contract was made is the line of the Supreme
  People's Court private-lending provisions (art. 25). Those provisions do not govern
  licensed lenders: banks and consumer-finance companies (art. 1), nor small-loan
  companies and the other local financial organisations named in the SPC reply
  法释〔2020〕27号. It is shown for them only as a comparison.
- 24% a year in total (interest, penalty, fees) is where courts may cut what a licensed
  lender charges on a financial loan (SPC opinions on financial trials, 法发〔2017〕22号,
  art. 2); for private lending it is the pre-2020 line people still quote.
- 36% is the 2015 provisions' line above which interest was void: a rule of thumb now.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from parley.engine.debt import Debt, LenderKind, Settings
from parley.engine.rates import above, to_basis_points
from parley.i18n import _
from parley.i18n.format import percent

PRIVATE_LENDING = "private_lending_4lpr"
APR_24 = "apr_24"
APR_36 = "apr_36"

# Lenders the private-lending provisions govern: individuals and companies lending
# without a lending licence (loans matched through ex-P2P platforms are between them).
PRIVATE_KINDS = frozenset({LenderKind.EX_P2P, LenderKind.OTHER})
LICENSED_KINDS = frozenset(
    {LenderKind.BANK, LenderKind.CONSUMER_FINANCE, LenderKind.ONLINE, LenderKind.SMALL_LOAN}
)


@dataclass(frozen=True)
class Line:
    code: str  # PRIVATE_LENDING | APR_24 | APR_36 (or apr_<n> for a line set in settings)
    rate: Decimal  # annual fraction
    applies: bool  # does it govern this lender kind
    basis: str  # what it is and where it comes from, in the user's language
    lpr_multiple: int = 4

    def label(self) -> str:
        if self.code == PRIVATE_LENDING:
            return _("{multiple} × LPR ({rate})").format(
                multiple=self.lpr_multiple, rate=percent(float(self.rate))
            )
        return percent(float(self.rate))


def is_above(rate: float | Decimal | None, line: Line) -> bool:
    """Above the line at basis-point precision: a contract at exactly 24% is not above 24%."""
    return above(rate, line.rate)


def lines_for(debt: Debt, settings: Settings) -> list[Line]:
    """The lines for `debt`, lowest rate first."""
    caps = settings.caps
    day, lpr = caps.lpr_on(debt.start_date)
    multiple = caps.lpr_multiple
    private = debt.kind in PRIVATE_KINDS
    when = (
        _("in force on {date}, the contract date").format(date=debt.start_date.isoformat())
        if debt.start_date is not None
        else _(
            "the latest, from {date}; enter the contract date to use the LPR of that day"
        ).format(date=day.isoformat())
    )
    if private:
        basis = _(
            "Private-lending line: {multiple} × the one-year LPR of {lpr} ({when}), "
            "SPC private-lending provisions art. 25. Interest above it is not protected."
        )
    elif debt.kind is LenderKind.ONLINE:
        basis = _(
            "{multiple} × the one-year LPR of {lpr} ({when}): the private-lending line. "
            "Most online lenders are licensed small-loan companies, which it does not govern "
            "(SPC reply 法释〔2020〕27号); it applies if this lender holds no lending licence."
        )
    else:
        basis = _(
            "{multiple} × the one-year LPR of {lpr} ({when}): the private-lending line. It does "
            "not govern licensed lenders such as banks, consumer-finance and small-loan "
            "companies (provisions art. 1, SPC reply 法释〔2020〕27号); shown for comparison."
        )
    found = [
        Line(
            PRIVATE_LENDING,
            lpr * multiple,
            private,
            basis.format(multiple=multiple, lpr=percent(float(lpr)), when=when),
            multiple,
        )
    ]
    for value in caps.fixed:
        rate = to_basis_points(value)
        if rate == Decimal("0.24"):
            if private:
                text = _(
                    "24% a year: the line courts protected before 2020-08-20 (2015 "
                    "private-lending provisions), still quoted as a rule of thumb."
                )
            else:
                text = _(
                    "24% a year in total (interest, penalty and fees): courts may cut what a "
                    "licensed lender charges above it (SPC opinions 法发〔2017〕22号, art. 2)."
                )
            found.append(Line(APR_24, rate, not private, text))
        elif rate == Decimal("0.36"):
            text = _(
                "36% a year: the 2015 provisions' line above which interest was void; "
                "a rule of thumb people still quote."
            )
            found.append(Line(APR_36, rate, False, text))
        else:
            text = _("{rate} a year: a line set in settings.").format(rate=percent(float(rate)))
            code = "apr_" + format((rate * 100).normalize(), "f")
            found.append(Line(code, rate, False, text))
    return sorted(found, key=lambda line: line.rate)


def governing_line(debt: Debt, settings: Settings) -> Line | None:
    """The lowest line that governs this lender (None when none does)."""
    return next((line for line in lines_for(debt, settings) if line.applies), None)


def lines_above(rate: float | Decimal | None, debt: Debt, settings: Settings) -> list[str]:
    """Codes of the lines `rate` is above."""
    return [line.code for line in lines_for(debt, settings) if is_above(rate, line)]
