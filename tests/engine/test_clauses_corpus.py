"""The scanner against agreements labelled by hand, line by line."""

from __future__ import annotations

import pytest

from parley.engine.clauses import scan

from .clauses_report import CLEAN, agreements, expected, measure

PATHS = agreements()


def test_corpus_is_big_enough_and_balanced():
    names = [p.stem for p in PATHS]
    assert sum(n.startswith("zh_") for n in names) >= 7
    assert sum(n.startswith("en_") for n in names) >= 7
    assert all(n in names for n in CLEAN)


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_every_expected_high_finding_is_found_at_its_line(path):
    found = {
        (f.code, f.line) for f in scan(path.read_text(encoding="utf-8")) if f.severity == "high"
    }
    wanted = {key for key, severity in expected(path).items() if severity == "high"}
    assert wanted <= found, f"missed: {sorted(wanted - found)}"


@pytest.mark.parametrize("name", CLEAN)
def test_no_high_finding_on_clean_agreements(name):
    path = next(p for p in PATHS if p.stem == name)
    highs = [f for f in scan(path.read_text(encoding="utf-8")) if f.severity == "high"]
    assert highs == []


def test_precision_and_recall(capsys):
    report = measure()
    with capsys.disabled():
        print(
            f"\nclause corpus: {report.agreements} agreements, "
            f"precision {report.precision:.3f}, recall {report.recall:.3f}"
        )
    assert report.precision >= 0.9
    assert report.recall >= 0.9
