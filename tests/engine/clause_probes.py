"""What the paraphrase probe files share: the codes the scanner raises on one line, and the
check that every class of wording is probed five times or more, in both languages."""

from __future__ import annotations

from collections.abc import Iterable

from parley.engine.clauses import scan

Probe = tuple[str, str, str]  # (class of wording, the line, the code)


def codes(text: str) -> set[str]:
    return {f.code for f in scan(text)}


def assert_five_probes_in_both_languages(
    probes: Iterable[Probe], *, one_sided: Iterable[str] = ()
) -> None:
    """Each class has five probes or more, at least one Chinese and one English. Classes in
    `one_sided` have all their probes on the other side (raised or quiet) and are skipped."""
    skip = set(one_sided)
    kinds: dict[str, list[str]] = {}
    for kind, text, _code in probes:
        kinds.setdefault(kind, []).append(text)
    for kind, texts in kinds.items():
        if kind in skip:
            continue
        assert len(texts) >= 5, kind
        assert any(ord(c) > 0x3000 for t in texts for c in t), kind
        assert any(t.isascii() for t in texts), kind
