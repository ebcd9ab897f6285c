"""The learned layer: how much a line's character trigrams speak for each clause type.

The rules know wordings; a lender who paraphrases gets past them. Trained on the labelled
agreements and the rules' probes (scripts/train_clauses.py), this layer scores a line by the
trigrams it shares with labelled lines of each type, so "program funds must be routed through
our settlement partner" is read next to every partner-account line it was taught. The scan
asks it for types the rules did not raise, on lines it reads at all (not headings, advice or
the borrower's own words), and lets it overrule a rule whose words sit on a line it reads as
unlike that type: a balance that includes penalty interest is not a clause charging it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from parley.engine.clauses.text import Line


def of(raw: str) -> list[str]:
    """The trigrams of a raw line, as the scan normalises it."""
    return grams(Line.of(raw).norm)


def grams(norm: str) -> list[str]:
    """Every trigram of the line, padded with a space at each end. (Pairs of Chinese characters
    beside them raised recall on the held-out sets by about one point and cost ~4 ms on 300
    lines, past the scan's 30 ms budget.)"""
    return _trigrams(f" {norm} ")


def _trigrams(padded: str) -> list[str]:
    return [padded[i : i + 3] for i in range(len(padded) - 2)]


# Each trigram's seven weights packed into one integer, a field of _WIDTH bits per type, each
# raised by _OFFSET so it is never negative: one sum() of the packed integers then adds all
# seven columns at once (the scan reads every line; seven sums per trigram cost ~3 ms on 300
# lines). A line would need 2**(_WIDTH - 21) trigrams to overflow a field.
_WIDTH = 40
_OFFSET = 1 << 20
_MASK = (1 << _WIDTH) - 1


@cache
def _model():
    # Loaded on the first scan only: a large table the app's first frame does not need.
    from parley.engine.clauses import learned

    # The last field counts the trigrams found, so no list of them is needed.
    count = 1 << (_WIDTH * len(learned.CODES))
    packed = {
        gram: count + sum((w + _OFFSET) << (_WIDTH * k) for k, w in enumerate(ws))
        for gram, ws in learned.WEIGHTS.items()
    }
    return learned, packed


def scores(norm: str) -> tuple[int, ...]:
    """How much the line speaks for each type of CODES, in thousandths of a logit (the bias
    included: a line of trigrams the layer has never seen scores the bias alone)."""
    model, packed = _model()
    total = sum(filter(None, map(packed.get, grams(norm))))  # packed weights are never 0
    if not total:
        return model.BIAS
    base = (total >> (_WIDTH * len(model.CODES))) * _OFFSET
    return tuple(
        ((total >> (_WIDTH * k)) & _MASK) - base + model.BIAS[k] for k in range(len(model.CODES))
    )


def unlike(score: tuple[int, ...]) -> set[str]:
    """The types the line reads as unlike: odds against past the veto (scores() gives them)."""
    model, _packed = _model()
    return {code for code, s in zip(model.CODES, score, strict=True) if s < model.VETO}


def flagged(norm: str, score: tuple[int, ...], skip: set[str]) -> list[tuple[str, str, int, int]]:
    """(code, severity, start, end) of each type not in `skip` that the line speaks for past
    the threshold (`score` is scores(norm)); the span is the run of trigrams that speaks for it
    most (the words that raised it)."""
    model, _packed = _model()
    found = []
    for k, code in enumerate(model.CODES):
        if score[k] > model.THRESHOLD and code not in skip:
            start, end = _strongest(norm, k, model.WEIGHTS.get)
            found.append((code, model.SEVERITY[k], start, end))
    return found


# What each trigram must add to be part of the words that raised a finding: without it the
# run spreads over every faintly positive trigram of the line.
_WORDS_COST = 60


def _strongest(norm: str, k: int, get: Callable[[str], tuple[int, ...] | None]) -> tuple[int, int]:
    """The stretch of the line whose trigrams speak most for type k (Kadane's run, each
    trigram less _WORDS_COST), widened to whole words."""
    best, start, end = 0, 0, len(norm)
    run, run_start = 0, 0
    for i, gram in enumerate(_trigrams(f" {norm} ")):
        weights = get(gram)
        run += (weights[k] if weights is not None else 0) - _WORDS_COST
        if run <= 0:
            run, run_start = 0, i + 1
        elif run > best:
            # Trigram i covers " norm "[i:i+3], that is norm[i-1:i+2].
            best, start, end = run, max(run_start - 1, 0), min(i + 2, len(norm))
    while 0 < start < len(norm) and _in_word(norm, start):
        start -= 1
    while 0 < end < len(norm) and _in_word(norm, end):
        end += 1
    return start, end


def _in_word(norm: str, i: int) -> bool:
    """Whether i falls between two letters or digits of one English word."""
    a, b = norm[i - 1], norm[i]
    return a.isascii() and b.isascii() and a.isalnum() and b.isalnum()
