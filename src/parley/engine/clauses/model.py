"""What the scanner reports: a finding's code, severity, line, triggering words and the
explanation (why it matters, what to ask the lender to change)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from parley.i18n import N_, _


class Severity(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    def label(self) -> str:
        return _(_SEVERITY_LABELS[self])

    @property
    def rank(self) -> int:
        return _RANKS[self]


_RANKS = {"high": 0, "medium": 1, "low": 2}
_SEVERITY_LABELS = {
    Severity.HIGH: N_("high"),
    Severity.MEDIUM: N_("medium"),
    Severity.LOW: N_("low"),
}


CODES: tuple[str, ...] = (
    "acceleration",
    "hidden_fee",
    "deposit_request",
    "verbal_promise",
    "unilateral_change",
    "rate_above_cap",
    "penalty_interest",
    "credit_report",
)

EXCERPT_MAX = 160


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    line: int  # 1-based
    excerpt: str
    message: str  # why it matters and what to ask, in the UI language at the time of the scan
    words: str = ""  # the words in the line that raised it, as written
    span: tuple[int, int] | None = None  # where `words` sit in the line (0-based, end excluded)
    why: str = ""
    ask: str = ""


def excerpt(line: str) -> str:
    text = line.strip()
    return text if len(text) <= EXCERPT_MAX else text[: EXCERPT_MAX - 1] + "…"
