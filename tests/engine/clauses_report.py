"""Precision and recall of the clause scanner against the hand-labelled corpus.

Run from the repository root: PYTHONPATH=src python tests/engine/clauses_report.py
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from parley.engine.clauses import scan

CORPUS = Path(__file__).resolve().parent / "clauses_corpus"
# Agreements with nothing to fear in them: no finding on these may be high.
CLEAN = (
    "zh_honest_instalment",
    "zh_freeze_letter",
    "en_honest_instalment",
    "en_freeze_letter",
    "en_reminder",
)


@dataclass
class Report:
    true_positives: int = 0
    false_positives: list[tuple[str, str, int]] = field(default_factory=list)
    missed: list[tuple[str, str, int]] = field(default_factory=list)
    severity_differs: list[tuple[str, str, int, str, str]] = field(default_factory=list)
    agreements: int = 0

    @property
    def precision(self) -> float:
        return self.true_positives / (self.true_positives + len(self.false_positives))

    @property
    def recall(self) -> float:
        return self.true_positives / (self.true_positives + len(self.missed))


def expected(path: Path) -> dict[tuple[str, int], str]:
    sidecar = path.with_name(path.stem + ".expected.json")
    return {(e["code"], e["line"]): e["severity"] for e in json.loads(sidecar.read_text())}


def agreements() -> list[Path]:
    return sorted(CORPUS.glob("*.txt"))


def measure() -> Report:
    report = Report()
    for path in agreements():
        report.agreements += 1
        want = expected(path)
        got = {(f.code, f.line): str(f.severity) for f in scan(path.read_text(encoding="utf-8"))}
        for key in want.keys() & got.keys():
            report.true_positives += 1
            if want[key] != got[key]:
                report.severity_differs.append((path.stem, *key, want[key], got[key]))
        report.false_positives += [(path.stem, *key) for key in got.keys() - want.keys()]
        report.missed += [(path.stem, *key) for key in want.keys() - got.keys()]
    return report


def main() -> None:
    report = measure()
    print(f"agreements: {report.agreements}")
    print(f"expected findings found: {report.true_positives}")
    print(f"precision: {report.precision:.3f}  recall: {report.recall:.3f}")
    for item in report.missed:
        print("missed:", *item)
    for item in report.false_positives:
        print("unexpected:", *item)
    for item in report.severity_differs:
        print("severity (expected, found):", *item)


if __name__ == "__main__":
    main()
