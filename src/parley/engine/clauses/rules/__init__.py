"""One module per kind of risky clause; each reads one line and returns a Hit or None."""

from __future__ import annotations

from collections.abc import Callable

from parley.engine.clauses.rules import acceleration, credit, deposit, fees, penalty, unilateral
from parley.engine.clauses.rules import verbal as verbal
from parley.engine.clauses.rules.base import Hit
from parley.engine.clauses.text import Line

Rule = Callable[[Line], Hit | None]

# In the order findings on one line are listed (after severity).
LINE_RULES: tuple[tuple[str, Rule], ...] = (
    ("acceleration", acceleration.check),
    ("hidden_fee", fees.check),
    ("deposit_request", deposit.check),
    ("unilateral_change", unilateral.check),
    ("penalty_interest", penalty.check),
    ("credit_report", credit.check),
)

__all__ = ["LINE_RULES", "Hit", "Rule", "verbal"]
