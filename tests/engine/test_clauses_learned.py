"""The scanner's learned layer: trained from the labelled corpus, never from a blind set,
adding only what the rules missed, explaining each finding like a rule does, and overruling a
rule only on a line it reads as unlike that type."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from parley.engine.clauses import learned, scan, trigrams
from parley.engine.clauses.explain import explain
from parley.engine.clauses.text import Line

from .clauses_report import CORPUS, agreements

ROOT = Path(__file__).resolve().parents[2]
SCAN = sys.modules["parley.engine.clauses.scan"]


def _trainer():
    spec = importlib.util.spec_from_file_location(
        "train_clauses", ROOT / "scripts/train_clauses.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_weights_are_what_the_corpus_trains():
    # Retrained from the corpus and the probe files as they are now: a label or probe changed
    # without retraining (python scripts/train_clauses.py) fails here.
    model = _trainer().train()
    assert model["fingerprint"] == learned.FINGERPRINT
    assert tuple(model["folders"]) == learned.TRAINED_ON
    assert model["codes"] == learned.CODES
    assert model["bias"] == learned.BIAS
    assert model["severity"] == learned.SEVERITY
    assert model["weights"] == learned.WEIGHTS


def test_no_blind_set_is_ever_learned_from(tmp_path, monkeypatch):
    trainer = _trainer()
    (tmp_path / "blind7").mkdir()
    (tmp_path / "blind7" / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "blind7" / "a.expected.json").write_text("[]", encoding="utf-8")
    monkeypatch.setattr(trainer.cr, "CORPUS", tmp_path)
    assert [f.name for f in trainer.training_folders(None)] == []
    assert not any(name.startswith("blind") for name in learned.TRAINED_ON)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Each month your savings are moved to our affiliate's holding account.",
            "deposit_request",
        ),
        ("另外每个月还有198的方案维护金，跟月供一起付", "hidden_fee"),
        (
            "Your account gets sent to all 3 bureaus on Friday if nothing is arranged.",
            "credit_report",
        ),
    ],
)
def test_a_paraphrase_no_rule_knows_is_raised_and_explains_itself(text, code, monkeypatch):
    with monkeypatch.context() as m:
        m.setattr(SCAN, "_learned", lambda line, score, ruled: [])
        assert scan(text) == []
    (finding,) = scan(text)
    assert finding.code == code
    assert finding.severity == learned.SEVERITY[learned.CODES.index(code)]
    # The words that raised it, as written, and where they sit.
    assert finding.words and finding.words in text
    start, end = finding.span
    assert text[start:end] == finding.words
    why, ask, _message = explain(code)
    assert (finding.why, finding.ask) == (why, ask)


@pytest.mark.parametrize(
    "text",
    [
        "We will never ask you to route program funds through a settlement partner.",
        "我们绝不会要求你另外每个月支付方案维护金。",
        "This plan will not, by itself, be reported to any credit bureau.",
    ],
)
def test_a_line_that_protects_the_borrower_is_not_raised(text):
    assert scan(text) == []


def _rules_alone(text: str, monkeypatch) -> list[tuple[str, int]]:
    with monkeypatch.context() as m:
        m.setattr(SCAN, "_learned", lambda line, score, ruled: [])
        m.setattr(trigrams, "unlike", lambda score: set())
        return [(f.code, f.line) for f in scan(text)]


def test_the_layer_adds_what_it_reads_and_drops_only_what_it_reads_as_unlike(monkeypatch):
    texts = {path.name: path.read_text(encoding="utf-8") for path in agreements(CORPUS)}
    added = 0
    for name, text in texts.items():
        ruled = set(_rules_alone(text, monkeypatch))
        after = [(f.code, f.line) for f in scan(text)]
        assert len(after) == len(set(after)), name  # no type twice on one line
        lines = text.splitlines()
        for code, number in set(after) - ruled:
            score = trigrams.scores(Line.of(lines[number - 1]).norm)
            assert score[learned.CODES.index(code)] > learned.THRESHOLD, (name, code, number)
            added += 1
        for code, number in ruled - set(after):
            score = trigrams.scores(Line.of(lines[number - 1]).norm)
            assert score[learned.CODES.index(code)] < learned.VETO, (name, code, number)
    assert added  # and it does add something on the seed agreements


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # A balance that includes penalty interest, penalty interest being stopped: the rules'
        # words, neither of them a clause that charges it.
        ("客服：您好，您目前应还本金加罚息一共9,870元。", "penalty_interest"),
        ("专员：按照新政策，您名下所有罚息全部停掉，本金分期还。", "penalty_interest"),
    ],
)
def test_a_rule_finding_on_a_line_unlike_its_type_is_dropped(text, code, monkeypatch):
    assert (code, 1) in _rules_alone(text, monkeypatch)  # the rule's words are there
    assert code not in {f.code for f in scan(text)}
