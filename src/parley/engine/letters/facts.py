"""The named facts a letter is built from: gathered from the store, computed by the engine.

Nothing here is worked out: the gatherer (exports/letters.py) fills it from the record and
from engine figures, and the letter builders only word it. Empty text means "not recorded".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from parley.engine.debt import Debt


@dataclass(frozen=True)
class Incident:
    """A logged collection contact with at least one abuse flag."""

    when: datetime
    channel: str
    party: str
    agent_id: str
    flags: tuple[str, ...]  # AbuseFlag values: night_call, third_party, threat, ...
    summary: str


@dataclass(frozen=True)
class EvidenceItem:
    name: str  # the file's name, as attached
    sha256: str
    size: int


@dataclass(frozen=True)
class Call:
    when: datetime
    channel: str
    agent_id: str
    agent_verified: bool
    promises: tuple[tuple[str, bool], ...]  # (what was promised, confirmed in writing)
    recorded: bool  # an attachment (a recording) is kept with the call


@dataclass(frozen=True)
class Attempt:
    """Something the borrower did to settle: a call made, an offer, a letter sent."""

    when: date
    kind: str  # EventKind value
    summary: str


@dataclass(frozen=True)
class Plan:
    """One proposal, as the offer engine evaluated it."""

    label: str  # "A", "B"
    kind: str  # translated kind of deal
    down_payment: int
    instalment: int
    count: int
    total: int
    first_due: date | None


@dataclass(frozen=True)
class Overpaid:
    """Interest and fees paid above the applicable line (engine.overpaid)."""

    amount: int
    paid: int  # interest and fees paid so far
    allowed: int  # what the line allows on the same flows
    line_rate: float  # annual fraction
    line_code: str  # "private_lending_4lpr", "apr_24", "apr_36"
    line_is_law: bool  # True only where the line governs this lender
    payments: tuple[tuple[date, int], ...] = ()


@dataclass
class LetterFacts:
    debt: Debt
    today: date
    currency: str = "CNY"
    contract_apr: float | None = None  # the contract's own true APR (no penalty)
    principal_left: int = 0
    received: int = 0
    cut_upfront: int = 0
    hardship: str = ""  # the user's own words
    evidence: list[EvidenceItem] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    attempts: list[Attempt] = field(default_factory=list)
    plans: list[Plan] = field(default_factory=list)
    overpaid: Overpaid | None = None
    reply_days: int = 15  # the reply deadline the letter asks for
