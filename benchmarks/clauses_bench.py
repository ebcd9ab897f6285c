"""Scanning a 300-line agreement, next to one plain regex pass over the same text (same run).

PYTHONPATH=src python benchmarks/clauses_bench.py

Two texts: four contract clauses repeated to 300 lines (the long-standing figure), and 300
lines taken in turn from the labelled seed and tuning agreements (varied wording, both
languages). Times are CPU time of this process (min of repeated runs), so other work on the
machine does not inflate them; the reference is one pass of a plain keyword regex.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

from parley.engine.clauses import scan

CLAUSES = [
    "第{n}条 借款人应按期足额还款，每期还款 1,333.33 元。",
    "第{n}条 如任何一期未按时还款，剩余全部借款立即到期。",
    "{n}. The Borrower shall pay an account management fee of CNY 30 per month.",
    "{n}. Interest rate: 0.05% per day, reported to the credit bureau.",
]
REPEATED = "\n".join(CLAUSES[n % 4].format(n=n) for n in range(300))
CORPUS = Path(__file__).resolve().parent.parent / "tests" / "engine" / "clauses_corpus"
PLAIN = re.compile(r"到期|fee|费|%")
TARGET_MS = 30.0


def varied(lines: int = 300) -> str:
    """300 lines from the seed and tuning agreements (never the blind set)."""
    pool = [
        line
        for folder in (CORPUS, CORPUS / "tuning")
        for path in sorted(folder.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    return "\n".join(pool[n % len(pool)] for n in range(lines)) if pool else REPEATED


def timed(fn, repeat: int = 30) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best


def line(name: str, text: str) -> str:
    ours = timed(lambda: scan(text)) * 1000
    plain = timed(lambda: [PLAIN.search(row) for row in text.splitlines()]) * 1000
    ratio = ours / plain if plain else float("inf")
    return (
        f"{name}: Parley {ours:.2f} ms, reference {plain:.3f} ms, ratio {ratio:.2f}x "
        f"(target <= {TARGET_MS:.0f} ms)"
    )


def main() -> None:
    print(line("clauses_scan_300_lines_repeated", REPEATED))
    print(line("clauses_scan_300_lines_varied", varied()))


if __name__ == "__main__":
    main()
