"""The agreement scanner: risky clauses in Chinese and English agreements, line by line.

Rules follow what a clause means, not one wording: who may do what, to what, on what
condition (rules/), numbers read in their units (numbers.py), and a clause that protects
the borrower is not raised as the risk it guards against (text.negated, each rule's
protective frames). Each finding quotes the words that raised it and says why it matters and
what to ask the lender to change (explain.py).

No segmenter or fuzzy matcher is used: jieba costs ~0.1 s to import and ~0.5 s to load its
dictionary, and ~18 ms more per 300 lines, three times the scan's whole budget, for no gain
over the phrase patterns here; rapidfuzz (13 ms to import) finds nothing the patterns miss.
"""

from __future__ import annotations

from parley.engine.clauses.model import CODES, EXCERPT_MAX, Finding, Severity, excerpt
from parley.engine.clauses.scan import scan, stated_rates

__all__ = ["CODES", "EXCERPT_MAX", "Finding", "Severity", "excerpt", "scan", "stated_rates"]
