"""The existing loan's own rate, as shown beside offers: its true APR, the legal lines of
the contract date it is above, and penalty interest so far as a figure of its own.

The baseline ("if nothing changes", engine/offers.py) counts penalty interest so far as
paid at once, so its IRR is no rate anyone agreed to: a 36% loan 140 days overdue comes
out at 48%. The loan's rate is `triage.debt_true_cost(debt)` (the contract's cash flows:
money received, instalments, fees), measured against the lines in force on the contract
date; penalty is `penalty.penalty_accrued`, with its own rate and lines.

An offer is a new agreement made today, so its rate is measured against the lines of
today (`offer_lines_above`), 4 x LPR included.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from parley.engine.debt import Debt, Settings
from parley.engine.legal_lines import PRIVATE_LENDING, Line, governing_lines_above, lines_for
from parley.engine.overpaid import Overpaid, overpaid_interest
from parley.engine.penalty import PenaltyFigure, penalty_accrued


@dataclass(frozen=True)
class ContractRate:
    apr: float | None  # triage.debt_true_cost(debt).apr; None when it cannot be solved
    ear: float | None
    above: list[Line]  # lines governing this lender, of the contract date, `apr` is above
    lpr_line: Line  # 4 x the LPR in force on the contract date (whether it governs or not)
    penalty: PenaltyFigure
    penalty_above: list[Line] = field(default_factory=list)  # governing lines penalty is above
    overpaid: Overpaid | None = None  # interest and fees paid above the governing line


def lpr_line(debt: Debt, settings: Settings, on: date | None = None) -> Line:
    """The 4 x LPR line: of the contract date, or of `on` for a new agreement."""
    return next(line for line in lines_for(debt, settings, on) if line.code == PRIVATE_LENDING)


def contract_rate(
    debt: Debt,
    settings: Settings,
    today: date,
    payments: Sequence[tuple[date, int]] = (),
) -> ContractRate:
    """The loan's own figures; `payments` (dated amounts paid) feed the interest paid
    above the line."""
    from parley.engine.triage import debt_true_cost

    cost = debt_true_cost(debt)
    apr = cost.apr if cost.solved else None
    penalty = penalty_accrued(debt, today, settings)
    return ContractRate(
        apr=apr,
        ear=cost.ear if cost.solved else None,
        above=governing_lines_above(apr, debt, settings),
        lpr_line=lpr_line(debt, settings),
        penalty=penalty,
        penalty_above=governing_lines_above(penalty.annual_rate, debt, settings),
        overpaid=overpaid_interest(debt, payments, settings),
    )


def offer_lines_above(apr: float | None, debt: Debt, settings: Settings, today: date) -> list[Line]:
    """Lines governing this lender that an offer's APR is above. An offer is a new
    agreement made today: 4 x LPR is today's, not the contract date's."""
    return governing_lines_above(apr, debt, settings, on=today)
