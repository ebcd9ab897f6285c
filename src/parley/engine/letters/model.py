"""A letter as data: paragraphs made of sentences, named figures, user text and blanks.

Keeping the three apart is what makes a letter checkable: every figure carries the name of
the engine figure it shows, user text is escaped wherever it is rendered, and a fact the
record does not hold is a visible blank ("【身份证号】" / "[ID number]"), never a guess.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from parley.engine.markdown import escape as md_escape
from parley.i18n import gettext_in


@dataclass(frozen=True)
class Fig:
    """A figure from the engine, already formatted for the letter's language."""

    name: str  # e.g. "principal_left"
    text: str  # e.g. "¥18,600.00"
    value: object = None  # the raw engine value (minor units, fraction, date)


@dataclass(frozen=True)
class Blank:
    """A fact the record does not hold: the user fills it in before sending."""

    label: str  # already in the letter's language, e.g. "身份证号"


@dataclass(frozen=True)
class User:
    """Text the user typed (a lender's name, a note): data, never markup."""

    text: str


Segment = str | Fig | Blank | User


@dataclass
class Para:
    segments: list[Segment] = field(default_factory=list)
    bullet: bool = False

    def __add__(self, other: Para) -> Para:
        return Para(self.segments + other.segments, self.bullet or other.bullet)


@dataclass
class Section:
    heading: str | None
    paras: list[Para] = field(default_factory=list)


@dataclass
class Letter:
    kind: str
    lang: str
    title: str
    sections: list[Section]

    # --- what the letter holds ----------------------------------------------------------

    def segments(self) -> Iterable[Segment]:
        for section in self.sections:
            for para in section.paras:
                yield from para.segments

    def figures(self) -> list[Fig]:
        return [s for s in self.segments() if isinstance(s, Fig)]

    def blanks(self) -> list[Blank]:
        return [s for s in self.segments() if isinstance(s, Blank)]

    # --- renderings ---------------------------------------------------------------------

    def blank_text(self, blank: Blank) -> str:
        return f"【{blank.label}】" if self.lang.startswith("zh") else f"[{blank.label}]"

    def segment_text(self, seg: Segment) -> str:
        if isinstance(seg, Fig | User):
            return seg.text
        if isinstance(seg, Blank):
            return self.blank_text(seg)
        return seg

    def para_text(self, para: Para) -> str:
        """One paragraph as plain text: what the .txt and the .docx hold."""
        text = "".join(self.segment_text(seg) for seg in para.segments)
        return ("• " + text) if para.bullet else text

    def paragraphs(self) -> list[tuple[str, str]]:
        """(style, text) pairs in order: style is "title", "heading" or "body"."""
        rows = [("title", self.title)]
        for section in self.sections:
            if section.heading:
                rows.append(("heading", section.heading))
            rows.extend(("body", self.para_text(p)) for p in section.paras)
        return rows

    def to_text(self) -> str:
        lines: list[str] = []
        for style, text in self.paragraphs():
            if style == "title":
                lines += [text, ""]
            elif style == "heading":
                lines += ["", text, ""]
            else:
                lines.append(text)
        return "\n".join(lines).rstrip() + "\n"

    def to_markdown(self) -> str:
        lines = [f"# {md_escape(self.title)}", ""]
        for section in self.sections:
            if section.heading:
                lines += ["", f"## {md_escape(section.heading)}", ""]
            for para in section.paras:
                lines.append(self._para_md(para))
                lines.append("")
        return "\n".join(lines).rstrip() + "\n"

    def _para_md(self, para: Para) -> str:
        out = []
        for seg in para.segments:
            if isinstance(seg, Fig):
                out.append(md_escape(seg.text))
            elif isinstance(seg, Blank):
                out.append("**" + md_escape(self.blank_text(seg)) + "**")
            elif isinstance(seg, User):
                out.append(md_escape(seg.text))
            else:
                out.append(md_escape(seg))
        text = "".join(out)
        return ("- " + text) if para.bullet else text


def fill(lang: str, template: str, **values: Segment) -> Para:
    """Translate `template` into `lang` and put each value in its `{name}` place.

    Values stay segments (figures, blanks, user text), so the result can be traced and
    escaped; a plain str value is treated as the letter's own words.
    """
    text = gettext_in(lang, template)
    segments: list[Segment] = []
    for literal, name, _spec, _conv in string.Formatter().parse(text):
        if literal:
            segments.append(literal)
        if name is not None:
            segments.append(values[name])
    return Para(segments)


def bullet(para: Para) -> Para:
    return Para(para.segments, bullet=True)


def plain(lang: str, message: str) -> Para:
    return Para([gettext_in(lang, message)])


def joined(parts: Sequence[Para]) -> Para:
    out = Para()
    for i, part in enumerate(parts):
        if i:
            out.segments.append(" ")
        out.segments.extend(part.segments)
    return out
