"""The script as sections of sentences, and its Markdown and plain-text forms."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from parley.engine import markdown
from parley.i18n import gettext_in

# Safety notes come first: the caller needs them before dialling.
SECTIONS = ("safety", "facts", "willingness", "plan", "pushbacks", "confirmation")


@dataclass
class Script:
    lang: str
    title: str
    subtitle: str
    facts: list[str]
    willingness: list[str]
    plan: list[str]
    pushbacks: list[tuple[str, str]]  # (what the lender says, a calm answer)
    confirmation: list[str]
    safety: list[str]  # notes for the caller, not read out

    def lines(self) -> list[str]:
        """Every sentence, in order (each a `Said` naming the figures it states)."""
        out: list[str] = [self.title, self.subtitle]
        for key in SECTIONS:
            if key == "pushbacks":
                for said, answer in self.pushbacks:
                    out += [said, answer]
            else:
                out += getattr(self, key)
        return out

    def _headings(self) -> dict[str, str]:
        return {
            "safety": gettext_in(self.lang, "Before you call"),
            "facts": gettext_in(self.lang, "1. State the facts"),
            "willingness": gettext_in(self.lang, "2. Show that you want to pay"),
            "plan": gettext_in(self.lang, "3. Propose a plan"),
            "pushbacks": gettext_in(self.lang, "If they push back"),
            "confirmation": gettext_in(self.lang, "Before you hang up: get it in writing"),
        }

    def _labels(self) -> tuple[str, str, str]:
        # A full-width colon already spaces Chinese; English wants a space after the label.
        sep = "" if self.lang == "zh_CN" else " "
        return gettext_in(self.lang, "They say:"), gettext_in(self.lang, "You say:"), sep

    def to_markdown(self) -> str:
        heads = self._headings()
        they, you, sep = self._labels()
        e = markdown.escape  # names, notes and figures the user typed are text, not markup
        out = [f"# {e(self.title)}", "", e(self.subtitle), ""]
        for key in SECTIONS:
            out += [f"## {e(heads[key])}", ""]
            if key == "pushbacks":
                for line, answer in self.pushbacks:
                    out += [f"**{e(they)}**{sep}“{e(line)}”", ""]
                    out += [f"**{e(you)}**{sep}{e(answer)}", ""]
                continue
            out += [f"- {e(line)}" for line in getattr(self, key)]
            out.append("")
        return "\n".join(out).rstrip() + "\n"

    def to_text(self) -> str:
        heads = self._headings()
        they, you, sep = self._labels()
        out = [self.title, "=" * _width(self.title), self.subtitle, ""]
        for key in SECTIONS:
            out += [heads[key], "-" * _width(heads[key])]
            if key == "pushbacks":
                for line, answer in self.pushbacks:
                    out += [f"{they}{sep}“{line}”", f"{you}{sep}{answer}", ""]
                continue
            out += [f"* {line}" for line in getattr(self, key)]
            out.append("")
        return "\n".join(out).rstrip() + "\n"


def _width(text: str) -> int:
    # Chinese characters take two columns in a terminal or a monospaced file.
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
