"""Precision and recall of the clause scanner against hand-labelled agreements, line by line.

Run from the repository root:

    PYTHONPATH=src python tests/engine/clauses_report.py                 # the seed corpus
    PYTHONPATH=src python tests/engine/clauses_report.py tuning --details
    PYTHONPATH=src python tests/engine/clauses_report.py heldout2 --details

A finding counts when its (code, line) pair is labelled; its severity is compared apart.
heldout1 to heldout5 were the blind sets of rounds 1 to 5 (scored in aggregate only while they
were held out); they have been scored and are now tuning material, like tuning4 and tuning6,
and the scanner's learned layer learns from all of them (scripts/train_clauses.py).
A set whose name starts with "blind" is still scored in aggregate only: the report never prints
a line, an excerpt or a file name of it, so nobody tunes on it by reading the report.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from parley.engine.clauses import scan

CORPUS = Path(__file__).resolve().parent / "clauses_corpus"
SETS = {
    "corpus": CORPUS,
    "tuning": CORPUS / "tuning",
    "heldout1": CORPUS / "heldout1",
    "tuning2": CORPUS / "tuning2",
    "heldout2": CORPUS / "heldout2",
    "tuning3": CORPUS / "tuning3",
    "heldout3": CORPUS / "heldout3",
    "heldout4": CORPUS / "heldout4",
    "heldout5": CORPUS / "heldout5",
    "heldout6": CORPUS / "heldout6",
    "heldout7": CORPUS / "heldout7",
    "heldout8": CORPUS / "heldout8",
    "tuning4": CORPUS / "tuning4",
    "tuning6": CORPUS / "tuning6",
    "tuning7": CORPUS / "tuning7",
    "tuning8": CORPUS / "tuning8",
    "heldout9": CORPUS / "heldout9",
    "tuning9": CORPUS / "tuning9",
    "tuning10": CORPUS / "tuning10",
    "tuning11": CORPUS / "tuning11",
    "heldout10": CORPUS / "heldout10",
    # Scored once with the scanner that ships (85880c3); never learned from (training skips
    # every folder named blind*), so its floor is the blind score itself.
    "blind11": CORPUS / "blind11",
}
# Seed agreements with nothing to fear in them: no finding on these may be high.
CLEAN = (
    "zh_honest_instalment",
    "zh_freeze_letter",
    "en_honest_instalment",
    "en_freeze_letter",
    "en_reminder",
)

Key = tuple[str, int]  # (code, line)


@dataclass
class TypeScore:
    expected: int = 0
    found: int = 0
    true_positives: int = 0

    @property
    def precision(self) -> float | None:
        return self.true_positives / self.found if self.found else None

    @property
    def recall(self) -> float | None:
        return self.true_positives / self.expected if self.expected else None


@dataclass
class Report:
    true_positives: int = 0
    false_positives: list[tuple[str, str, int]] = field(default_factory=list)
    missed: list[tuple[str, str, int]] = field(default_factory=list)
    severity_differs: list[tuple[str, str, int, str, str]] = field(default_factory=list)
    agreements: int = 0
    by_type: dict[str, TypeScore] = field(default_factory=dict)
    clean: int = 0  # agreements labelled with no high finding
    clean_with_high: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.true_positives + len(self.false_positives)
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + len(self.missed)
        return self.true_positives / wanted if wanted else 1.0

    @property
    def severity_agreement(self) -> float:
        if not self.true_positives:
            return 1.0
        return 1 - len(self.severity_differs) / self.true_positives

    def score(self, code: str) -> TypeScore:
        return self.by_type.setdefault(code, TypeScore())


def expected(path: Path) -> dict[Key, str]:
    sidecar = path.with_name(path.stem + ".expected.json")
    return {(e["code"], e["line"]): e["severity"] for e in json.loads(sidecar.read_text())}


def agreements(folder: Path = CORPUS) -> list[Path]:
    """The labelled agreements directly in `folder` (a .txt with its .expected.json)."""
    return sorted(
        p for p in folder.glob("*.txt") if p.with_name(p.stem + ".expected.json").exists()
    )


def is_clean(path: Path) -> bool:
    """A clean agreement: in the seed list, marked clean in its folder's manifest.json, or (a
    labelled set without a manifest) labelled with no finding at all."""
    if path.parent == CORPUS:
        return path.stem in CLEAN
    manifest = path.parent / "manifest.json"
    if manifest.exists():
        entry = json.loads(manifest.read_text(encoding="utf-8")).get(path.stem, {})
        if "clean" in entry:
            return bool(entry["clean"])
    return not expected(path)


Scanner = Callable[[str], Iterable[object]]


def measure(folder: Path = CORPUS, scanner: Scanner = scan) -> Report:
    report = Report()
    for path in agreements(folder):
        report.agreements += 1
        want = expected(path)
        findings = list(scanner(path.read_text(encoding="utf-8")))
        got = {(f.code, f.line): str(f.severity) for f in findings}
        for key in want.keys() & got.keys():
            report.true_positives += 1
            report.score(key[0]).true_positives += 1
            if want[key] != got[key]:
                report.severity_differs.append((path.stem, *key, want[key], got[key]))
        for code, _line in want:
            report.score(code).expected += 1
        for code, _line in got:
            report.score(code).found += 1
        report.false_positives += [(path.stem, *key) for key in sorted(got.keys() - want.keys())]
        report.missed += [(path.stem, *key) for key in sorted(want.keys() - got.keys())]
        if is_clean(path):
            report.clean += 1
            if any(str(f.severity) == "high" for f in findings):
                report.clean_with_high.append(path.stem)
    return report


def _ratio(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def table(report: Report) -> str:
    """The per-type table in Markdown, with the overall row last."""
    rows = [
        "| clause type | labelled | found | matched | precision | recall |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for code in sorted(report.by_type):
        s = report.by_type[code]
        rows.append(
            f"| {code} | {s.expected} | {s.found} | {s.true_positives} | "
            f"{_ratio(s.precision)} | {_ratio(s.recall)} |"
        )
    wanted = report.true_positives + len(report.missed)
    found = report.true_positives + len(report.false_positives)
    rows.append(
        f"| **all** | {wanted} | {found} | {report.true_positives} | "
        f"**{report.precision:.3f}** | **{report.recall:.3f}** |"
    )
    return "\n".join(rows)


def summary(report: Report) -> str:
    return (
        f"{report.agreements} agreements ({report.clean} clean); "
        f"precision {report.precision:.3f}, recall {report.recall:.3f}; "
        f"severity agrees on {report.severity_agreement:.0%} of matched findings; "
        f"clean agreements with a high finding: {len(report.clean_with_high)}"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", nargs="?", default="corpus", choices=sorted(SETS))
    parser.add_argument(
        "--details", action="store_true", help="list each miss and false alarm (not for blind)"
    )
    args = parser.parse_args(argv)
    report = measure(SETS[args.set])
    print(f"{args.set}: {summary(report)}")
    print()
    print(table(report))
    if args.set.startswith("blind"):
        return  # aggregate only, by design
    if args.details or args.set == "corpus":
        print()
        for item in report.missed:
            print("missed:", *item)
        for item in report.false_positives:
            print("unexpected:", *item)
        for item in report.severity_differs:
            print("severity (expected, found):", *item)
        for name in report.clean_with_high:
            print("clean agreement with a high finding:", name)


if __name__ == "__main__":
    main()
