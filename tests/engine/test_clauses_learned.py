"""The scanner's learned layer: trained from the labelled corpus, never from a blind set,
adding only what the rules missed, and explaining each finding like a rule does."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from parley.engine.clauses import learned, scan
from parley.engine.clauses.explain import explain

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
        ("Program funds must be routed through our settlement partner.", "deposit_request"),
        ("另外每个月还有198的方案维护金，跟月供一起付", "hidden_fee"),
        (
            "Your account gets sent to all 3 bureaus on Friday if nothing is arranged.",
            "credit_report",
        ),
    ],
)
def test_a_paraphrase_no_rule_knows_is_raised_and_explains_itself(text, code, monkeypatch):
    with monkeypatch.context() as m:
        m.setattr(SCAN, "_learned", lambda line, ruled: [])
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


def test_the_layer_only_adds_types_the_rules_did_not_raise(monkeypatch):
    texts = {path.name: path.read_text(encoding="utf-8") for path in agreements(CORPUS)}
    with monkeypatch.context() as m:
        m.setattr(SCAN, "_learned", lambda line, ruled: [])
        ruled = {name: {(f.code, f.line) for f in scan(text)} for name, text in texts.items()}
    added = 0
    for name, text in texts.items():
        after = [(f.code, f.line) for f in scan(text)]
        assert len(after) == len(set(after)), name  # no type twice on one line
        assert ruled[name] <= set(after), name  # nothing the rules found is lost
        added += len(set(after) - ruled[name])
    assert added  # and it does add something on the seed agreements
