"""Letters built from the record: each fact named, each missing fact a visible blank."""

from parley.engine.letters.facts import (
    Attempt,
    Call,
    EvidenceItem,
    Incident,
    LetterFacts,
    Overpaid,
    Plan,
)
from parley.engine.letters.kinds import LetterKind, MissingFacts, build_letter
from parley.engine.letters.model import Blank, Fig, Letter, User

__all__ = [
    "Attempt",
    "Blank",
    "Call",
    "EvidenceItem",
    "Fig",
    "Incident",
    "Letter",
    "LetterFacts",
    "LetterKind",
    "MissingFacts",
    "Overpaid",
    "Plan",
    "User",
    "build_letter",
]
