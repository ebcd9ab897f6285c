"""Would a small learned classifier beside the clause rules help? Leave-one-set-out figures.

    PYTHONPATH=src python scripts/clauses_classifier_cv.py [--left-out SET]

With `--left-out tuning3` and PYTHONPATH pointing at the sources of the commit that scored
tuning3 before it was read, the "rules" column is out of sample too.

For each labelled set in turn: train one naive Bayes model per clause type on the lines of
every *other* set (binary character n-grams of the normalised line, figures folded to 0),
then score the left-out set three ways: the rules alone, the rules plus every line the model
is confident about (a finding the rules did not raise is added), and the rules with the model
as a veto (a rule finding the model scores very low is dropped). Pure Python, no dependency;
nothing here ships in the package. Caveat printed with the figures: the rules themselves were
written with every one of these sets in view, so "rules alone" is not out of sample; only the
classifier's contribution is.
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "engine"))

from clauses_report import SETS, agreements, expected  # noqa: E402

from parley.engine.clauses import CODES, scan  # noqa: E402
from parley.engine.clauses.text import Line  # noqa: E402

NAMES = ["corpus", "tuning", "heldout1", "tuning2", "heldout2", "tuning3"]
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_SPEAKER = re.compile(r"^\W*(?:\[[^\]]*\]\s*)?[^:：]{1,24}[:：]\s*")


def features(raw: str) -> set[str]:
    """Binary character 2- to 4-grams of the normalised line, figures folded to "0"."""
    text = _DIGITS.sub("0", Line.of(raw).norm)
    text = f" {text} "
    return {text[i : i + n] for n in (2, 3, 4) for i in range(len(text) - n + 1)}


def lines_of(name: str) -> list[tuple[str, int, str, set[str]]]:
    """(document, line number, text, labelled codes) for every non-blank line of a set."""
    out = []
    for path in agreements(SETS[name]):
        want = expected(path)
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if raw.strip():
                codes = {code for code, line in want if line == number}
                out.append((path.stem, number, raw, codes))
    return out


class NaiveBayes:
    """Multinomial naive Bayes over binary features, Laplace-smoothed; features never seen in
    training say nothing."""

    def __init__(self, rows: list[tuple[set[str], bool]]) -> None:
        self.pos = Counter()
        self.neg = Counter()
        self.n_pos = sum(1 for _f, y in rows if y)
        self.n_neg = len(rows) - self.n_pos
        for feats, y in rows:
            (self.pos if y else self.neg).update(feats)
        self.prior = math.log((self.n_pos + 1) / (self.n_neg + 1))
        vocabulary = len(set(self.pos) | set(self.neg))
        self.pos_total = sum(self.pos.values()) + vocabulary
        self.neg_total = sum(self.neg.values()) + vocabulary

    def log_odds(self, feats: set[str]) -> float:
        score = self.prior
        for f in feats:
            if f in self.pos or f in self.neg:
                p = (self.pos[f] + 1) / self.pos_total
                q = (self.neg[f] + 1) / self.neg_total
                score += math.log(p / q)
        return score


def score(found: set[tuple[str, int, str]], want: set[tuple[str, int, str]]) -> tuple[float, float]:
    tp = len(found & want)
    return (tp / len(found) if found else 1.0, tp / len(want) if want else 1.0)


def main() -> None:
    only = sys.argv[sys.argv.index("--left-out") + 1] if "--left-out" in sys.argv else None
    data = {name: lines_of(name) for name in NAMES if agreements(SETS[name])}
    rule_found: dict[str, set[tuple[str, int, str]]] = {}
    for name in data:
        found = set()
        for path in agreements(SETS[name]):
            for f in scan(path.read_text(encoding="utf-8")):
                found.add((path.stem, f.line, f.code))
        rule_found[name] = found
    feats = {name: [features(raw) for _d, _n, raw, _c in rows] for name, rows in data.items()}
    thresholds = (5.0, 10.0, 20.0, 40.0)
    print(
        "left out | rules P/R | "
        + " | ".join(f"+model>{t:g} P/R" for t in thresholds)
        + " | veto<-10 P/R | "
        + " | ".join(f"model alone>{t:g} P/R" for t in thresholds)
    )
    totals: dict[str, list[tuple[float, float]]] = {}
    for left in [only] if only else list(data):
        train = [
            (f, row[3])
            for name in data
            if name != left
            for f, row in zip(feats[name], data[name], strict=True)
        ]
        models = {
            code: NaiveBayes([(f, code in codes) for f, codes in train])
            for code in CODES
            if any(code in codes for _f, codes in train)
        }
        want = {(d, n, c) for d, n, _r, codes in data[left] for c in codes}
        base = rule_found[left]
        odds = {
            (d, n, code): model.log_odds(f)
            for (d, n, _r, _c), f in zip(data[left], feats[left], strict=True)
            for code, model in models.items()
        }
        cells = [score(base, want)]
        for t in thresholds:
            cells.append(score(base | {k for k, v in odds.items() if v > t}, want))
        vetoed = {k for k in base if odds.get(k, 0.0) >= -10.0}
        cells.append(score(vetoed, want))
        for t in thresholds:
            cells.append(score({k for k, v in odds.items() if v > t}, want))
        labels = (
            ["rules"]
            + [f"rules + model>{t:g}" for t in thresholds]
            + ["rules, model veto"]
            + [f"model alone>{t:g}" for t in thresholds]
        )
        for label, cell in zip(labels, cells, strict=True):
            totals.setdefault(label, []).append(cell)
        print(f"{left} | " + " | ".join(f"{p:.3f}/{r:.3f}" for p, r in cells))
    print()
    print("mean over left-out sets:")
    for label, cells in totals.items():
        p = sum(c[0] for c in cells) / len(cells)
        r = sum(c[1] for c in cells) / len(cells)
        print(f"  {label}: precision {p:.3f}, recall {r:.3f}")


if __name__ == "__main__":
    main()
