"""Scanning a 300-line agreement, next to a plain regex pass over the same text (same run).

PYTHONPATH=src python benchmarks/clauses_bench.py
"""

from __future__ import annotations

import re
import statistics
import time

from parley.engine.clauses import scan

CLAUSES = [
    "第{n}条 借款人应按期足额还款，每期还款 1,333.33 元。",
    "第{n}条 如任何一期未按时还款，剩余全部借款立即到期。",
    "{n}. The Borrower shall pay an account management fee of CNY 30 per month.",
    "{n}. Interest rate: 0.05% per day, reported to the credit bureau.",
]
TEXT = "\n".join(CLAUSES[n % 4].format(n=n) for n in range(300))
PLAIN = re.compile(r"到期|fee|费|%")


def timed(fn, repeat: int = 30) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    ours = timed(lambda: scan(TEXT))
    plain = timed(lambda: [PLAIN.search(line) for line in TEXT.splitlines()])
    print(f"scan, 300 lines:        {ours * 1000:8.2f} ms")
    print(f"one plain regex pass:   {plain * 1000:8.2f} ms")
    print(f"ratio:                  {ours / plain:8.1f}x")


if __name__ == "__main__":
    main()
