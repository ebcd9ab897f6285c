"""What a rule returns: how severe, which explanation, and where in the line it read it."""

from __future__ import annotations

from dataclasses import dataclass, field

from parley.engine.clauses.model import Severity


@dataclass(frozen=True)
class Hit:
    severity: Severity
    key: str  # the explanation to give (see explain.EXPLANATIONS)
    start: int  # the triggering words, in the normalised line
    end: int
    params: dict[str, str] = field(default_factory=dict)
