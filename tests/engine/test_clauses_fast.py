"""The literal pre-test in front of the scanner's patterns never changes an answer."""

from __future__ import annotations

import re

import pytest

from parley.engine.clauses import fast
from parley.engine.clauses import text as text_mod
from parley.engine.clauses.rules import (
    acceleration,
    credit,
    deposit,
    fee_hit,
    fees,
    penalty,
    unilateral,
    verbal,
)

from .clauses_report import CORPUS, agreements


def _patterns():
    modules = (acceleration, credit, deposit, fee_hit, fees, penalty, text_mod, unilateral, verbal)
    for module in modules:
        for name, value in vars(module).items():
            if isinstance(value, fast.Gated):
                yield f"{module.__name__.rsplit('.', 1)[-1]}.{name}", value


LINES = [
    line.lower()
    for folder in (CORPUS, CORPUS / "tuning")
    for path in agreements(folder)
    for line in path.read_text(encoding="utf-8").splitlines()
] + ["", "保证金", "deposit the money", "to @agent", "月息2分", "a"]


@pytest.mark.parametrize(
    ("name", "gated"), list(_patterns()), ids=lambda v: v if isinstance(v, str) else ""
)
def test_gated_pattern_finds_exactly_what_the_plain_pattern_finds(name, gated):
    plain = re.compile(gated.pattern.pattern)
    for line in LINES:
        assert [m.span() for m in gated.finditer(line)] == [m.span() for m in plain.finditer(line)]
        found, expected = gated.search(line), plain.search(line)
        assert (found and found.span()) == (expected and expected.span())


def test_the_literals_are_read_from_the_pattern():
    gated = fast.compile(r"保证金|\bdeposit\b|good[- ]faith (?:payment|money)")
    assert gated.gate is not None
    assert gated.gate.search("no such words") is None
    assert gated.search("a good-faith payment").group() == "good-faith payment"
    # A pattern that can match without any literal is run as it is.
    assert fast.compile(r"\d+%|x?").gate is None


def test_an_english_line_runs_without_the_alternatives_that_need_chinese():
    gated = fast.compile(r"保证金|\bdeposit\b|(?:押金|a|b)|[|]x")
    assert gated.ascii is not None
    assert gated.ascii.pattern == r"\bdeposit\b|(?:押金|a|b)|[|]x"
    assert gated.search("pay a deposit").group() == "a"
    assert gated.search("交保证金").group() == "保证金"
    # Named groups would go missing with their alternatives: such a pattern is run whole.
    assert fast.compile(r"(?P<zh>保证金)|deposit").ascii is None


def test_plain_english_lines_skip_the_space_folding_and_read_the_same():
    from parley.engine.clauses import text

    folders = [CORPUS, *(p for p in sorted(CORPUS.iterdir()) if p.is_dir())]
    for folder in folders:
        for path in agreements(folder):
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                norm, where = text.normalise(line)
                assert (norm, where) == text.fold_spaces(*text.fold_case(line)), line


def test_a_line_without_the_whole_debt_skips_only_patterns_that_need_it():
    from parley.engine.clauses.text import Line

    needs_whole = (
        acceleration._PAY_AT_ONCE,
        acceleration._CALLED_IN,
        acceleration._BECOMES_DUE,
        acceleration._BILLED_NOW,
    )
    folders = [CORPUS, *(p for p in sorted(CORPUS.iterdir()) if p.is_dir())]
    for folder in folders:
        for path in agreements(folder):
            for raw in path.read_text(encoding="utf-8").splitlines():
                norm = Line.of(raw).norm
                if acceleration._WHOLE.search(norm) is not None:
                    continue
                assert not any(p.search(norm) for p in needs_whole), raw
                if not acceleration._ZH_ALL.search(norm):
                    assert not acceleration._WHOLE_NOW.search(norm), raw


def test_one_pass_for_every_gate_answers_as_each_gate_alone():
    # The scan tells the gates which texts it reads whole (fast.expect); one pass over such a
    # text answers every gate. It must say what each gate, asked alone, says.
    gates = fast._SHARED.gates
    assert len(gates) > 100  # the rules' own gates and those of their patterns
    for line in LINES:
        for text in (line, f" {line} "):
            alone = [bool(gate.search(text)) for gate in gates]
            fast.expect(text)
            assert [bool(gate.search(text)) for gate in gates] == alone, text
