"""Regular expressions that skip lines which cannot match them.

The rules' patterns are long alternations over two languages; Python's engine tries them at
every position of every line. `compile` reads a pattern once, works out literal words at
least one of which any match must contain (for "保证金|\\bdeposit\\b" that is {"保证金",
"deposit"}), and tests for those first with one fast literal search. Lines without them (most
lines, for most rules) never reach the long pattern. The answer is always the same as the
plain pattern's: the words are derived from the pattern itself, and a pattern whose words
cannot be derived is simply run as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

try:  # CPython's own parser of regular expressions (re._parser since 3.11)
    from re import _constants as _c
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - another implementation: no gates, same answers
    _sre_parse = None


# Words nearly every agreement line holds: a test on them lets almost every line through.
_COMMON = frozenset(
    [
        "account",
        "accounts",
        "payment",
        "payments",
        "pay",
        "loan",
        "fee",
        "fees",
        "rate",
        "rate",
        "interest",
        "the",
        "to",
        "in",
        "of",
        "and",
        "your",
        "our",
        "you",
        "we",
        "借款",
        "还款",
        "贷款",
        "利息",
        "协议",
        "合同",
        "本金",
        "账户",
        "支付",
        "金额",
        "元",
    ]
)


def _score(words: set[str]) -> float:
    """Prefer few, long, uncommon words: a tighter test."""
    stripped = [w.strip() for w in words]
    common = sum(w in _COMMON for w in stripped)
    return min(len(w) for w in stripped) - 0.1 * len(words) - 5 * common


def _literals(items, flags: int) -> set[str] | None:
    """Literal strings, one of which any match of this sequence contains; None if unknown."""
    best: set[str] | None = None
    run: list[str] = []

    def consider(candidates: set[str] | None) -> None:
        nonlocal best
        if not candidates or any(not c for c in candidates):
            return
        if best is None or _score(candidates) > _score(best):
            best = candidates

    def flush() -> None:
        if run:
            consider({"".join(run)})
            run.clear()

    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        flush()
        if op is _c.SUBPATTERN:
            consider(_literals(av[-1], flags))
        elif op is _c.BRANCH:
            alternatives = [_literals(branch, flags) for branch in av[1]]
            if all(alternatives):
                consider(set().union(*alternatives))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
            consider(_literals(av[2], flags))
        elif op is _c.ATOMIC_GROUP:
            consider(_literals(av, flags))
    flush()
    return best


def _trie_pattern(words: set[str]) -> str:
    """One regex for many literals, nested by shared prefix ("ab|ac" -> "a(?:b|c)"), so the
    engine tries one branch per character instead of every word at every position."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def walk(node: dict) -> str:
        if "" in node:
            return ""  # a shorter word already matches: the gate needs no more
        branches = [re.escape(char) + walk(child) for char, child in sorted(node.items())]
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return walk(trie)


class Gate:
    """Literals in two tries: the plain-ASCII words, tried alone on a plain-ASCII line (an
    English clause), and the others. The engine tries every first character of a trie at each
    position, so one trie of both scripts costs about four times as much on every line.

    On a text the scan reads whole (a line, as `expect` was told), every gate is answered by
    one pass over it for all gates at once (see _Shared)."""

    __slots__ = ("ascii", "index", "other", "words")

    def __init__(self, words: set[str]) -> None:
        plain = {w for w in words if w.isascii()}
        self.ascii = re.compile(_trie_pattern(plain)) if plain else None
        self.other = re.compile(_trie_pattern(words - plain)) if words - plain else None
        self.words = frozenset(words)
        self.index = _SHARED.register(self)

    def search(self, text: str) -> re.Match[str] | bool | None:
        passing = _SHARED.passing(text)
        if passing is not None:
            return self.index in passing or None
        if self.other is not None and not text.isascii():
            found = self.other.search(text)
            if found is not None:
                return found
        return self.ascii.search(text) if self.ascii is not None else None


def _longest_trie(words: set[str]) -> str:
    """One regex for many literals that matches the longest of them starting at a position
    (a word's longer neighbours are tried first), unlike the gate's own trie, which stops at
    the shortest."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def walk(node: dict) -> str:
        branches = [re.escape(char) + walk(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return walk(trie)


class _Shared:
    """Every gate's answer for a text in one pass: the longest literal of any gate starting at
    each position (an overlapping search), each standing for every gate with a word that is a
    prefix of it. Each line's gates ask the same two texts (norm and padded) a dozen times or
    more; one pass costs about two of the single tests. Only texts `expect`ed are answered
    here; a gate asked about any other text tests it alone."""

    def __init__(self) -> None:
        self.gates: list[Gate] = []
        self.ready: tuple | None = None  # (ascii pattern, other pattern, gates by literal)
        self.expected: dict[str, frozenset[int] | None] = {}

    def register(self, gate: Gate) -> int:
        self.gates.append(gate)
        # Built again, with this gate, when next asked; answers given without it are void.
        self.ready = None
        self.expected.clear()
        return len(self.gates) - 1

    def expect(self, *texts: str) -> None:
        if len(self.expected) > 4096:
            self.expected.clear()
        for text in texts:
            self.expected.setdefault(text, None)

    def passing(self, text: str) -> frozenset[int] | None:
        found = self.expected.get(text, _UNKNOWN)
        if found is _UNKNOWN or found is not None:
            return None if found is _UNKNOWN else found
        ascii_pattern, other_pattern, by_literal = self.ready or self._build()
        literals = ascii_pattern.findall(text)
        if other_pattern is not None and not text.isascii():
            literals += other_pattern.findall(text)
        found = frozenset().union(*(by_literal[literal] for literal in set(literals)))
        self.expected[text] = found
        return found

    def _build(self) -> tuple:
        words: dict[str, set[int]] = {}
        for gate in self.gates:
            for word in gate.words:
                words.setdefault(word, set()).add(gate.index)
        by_literal = {}
        for word in words:
            # Every gate with a word that starts this literal passes where it is found.
            by_literal[word] = frozenset().union(
                *(words[word[:n]] for n in range(1, len(word) + 1) if word[:n] in words)
            )
        plain = {w for w in words if w.isascii()}
        other = set(words) - plain

        def overlapping(group: set[str]) -> re.Pattern[str] | None:
            return re.compile(f"(?=({_longest_trie(group)}))") if group else None

        self.ready = (overlapping(plain) or re.compile(r"(?!)"), overlapping(other), by_literal)
        return self.ready


_UNKNOWN = object()
_SHARED = _Shared()


def expect(*texts: str) -> None:
    """Texts every gate is about to be asked about (a line the scan reads): answered for all
    gates in one pass each."""
    _SHARED.expect(*texts)


def _gate(pattern: str) -> Gate | None:
    if _sre_parse is None:
        return None
    try:
        words = _literals(_sre_parse.parse(pattern), 0)
    except Exception:  # an unusual construct: run the pattern as it is
        return None
    # A single letter or space gates nothing; a single symbol (@, %) or Chinese character does.
    if not words or any(len(w) < 2 and (w.isalnum() or w.isspace()) and w.isascii() for w in words):
        return None
    return Gate(words)


def _top_branches(pattern: str) -> list[str]:
    """The pattern's top-level alternatives, as text ("a|(b|c)|[|]" -> ["a", "(b|c)", "[|]"])."""
    branches, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "^":
                i += 1
            if pattern[i + 1 : i + 2] == "]":
                i += 1  # a "]" first in a class is a literal
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    branches.append(pattern[start:])
    return branches


_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _ascii_only(pattern: str) -> re.Pattern[str] | None:
    """The same pattern without the alternatives that need a Chinese character: on a line of
    plain ASCII they can never match, so leaving them out changes no answer, only the time.
    None when nothing would be left out, or when groups make the subset unsafe."""
    if _sre_parse is None or re.compile(pattern).groups:
        return None
    kept = []
    for branch in _top_branches(pattern):
        try:
            words = _literals(_sre_parse.parse(branch), 0)
        except Exception:  # an unusual construct: keep it
            words = None
        if not (words and all(_CJK.search(w) for w in words)):
            kept.append(branch)
    if len(kept) == len(_top_branches(pattern)) or not kept:
        return None
    return re.compile("|".join(kept))


class Gated:
    """A compiled pattern with a literal pre-test; the same methods as re.Pattern uses here.

    On a line of plain ASCII (an English clause) it runs a smaller pattern without the
    alternatives that need Chinese characters."""

    __slots__ = ("ascii", "gate", "pattern")

    def __init__(self, pattern: str) -> None:
        self.pattern = re.compile(pattern)
        self.gate = _gate(pattern)
        self.ascii = _ascii_only(pattern)

    def _may(self, text: str) -> bool:
        return self.gate is None or self.gate.search(text) is not None

    def _for(self, text: str) -> re.Pattern[str]:
        return self.ascii if self.ascii is not None and text.isascii() else self.pattern

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        # The most called method of the scan: _may and _for inlined (~1 ms on 300 lines).
        gate = self.gate
        if gate is not None and gate.search(text) is None:
            return None
        if self.ascii is not None and text.isascii():
            return self.ascii.search(text, *args)
        return self.pattern.search(text, *args)

    def match(self, text: str, *args: int) -> re.Match[str] | None:
        return self._for(text).match(text, *args) if self._may(text) else None

    def fullmatch(self, text: str, *args: int) -> re.Match[str] | None:
        return self._for(text).fullmatch(text, *args) if self._may(text) else None

    def finditer(self, text: str, *args: int) -> Iterator[re.Match[str]]:
        return self._for(text).finditer(text, *args) if self._may(text) else iter(())

    def split(self, text: str) -> list[str]:
        return self._for(text).split(text) if self._may(text) else [text]


def compile(pattern: str) -> Gated:  # mirrors re.compile
    return Gated(pattern)
