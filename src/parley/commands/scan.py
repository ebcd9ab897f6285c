"""`parley scan FILE`: the risky clauses in an agreement, by line."""

from __future__ import annotations

import argparse
from pathlib import Path

from parley.i18n import _, ngettext


def register(subparsers: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "scan",
        parents=[parent],
        help=_("check an agreement for risky clauses (fees, acceleration, deposits...)"),
        description=_(
            "Read an agreement (a text file, Chinese or English) and list the clauses to "
            "question before you sign. The exit status is 0 whatever is found."
        ),
    )
    parser.add_argument("file", metavar=_("FILE"), help=_("the agreement, as a text file"))
    parser.add_argument("--json", action="store_true", help=_("print the findings as JSON"))
    parser.set_defaults(func=run)


def read_agreement(path: Path) -> str:
    """The agreement's text; InputError (one translated line) when it cannot be read."""
    return read_agreement_text(path)[0]


def read_agreement_text(path: Path) -> tuple[str, str]:
    """The agreement's text and its encoding; InputError (one translated line) when it
    cannot be read: missing, a folder, a device or FIFO, too large, or not text."""
    from parley.engine.errors import InputError
    from parley.input_files import read_text

    if not path.exists():
        raise InputError(_("{path}: no such file.").format(path=path))
    if path.is_dir():
        raise InputError(_("{path} is a folder; give the agreement's file.").format(path=path))
    return read_text(path)


def encoding_notes(encoding: str) -> list[str]:
    """What to tell the user about the encoding the agreement was read in (none for UTF-8)."""
    from parley.input_files import encoding_label

    if encoding == "utf-8":
        return []
    notes = [_("Read as {encoding}.").format(encoding=encoding_label(encoding))]
    if encoding == "big5":
        notes.append(
            _(
                "The checks are written for Simplified Chinese and English: clauses in "
                "Traditional Chinese may be missed."
            )
        )
    return notes


def run(args: argparse.Namespace) -> int:
    from parley.commands._output import emit_json
    from parley.engine.clauses import scan

    text, encoding = read_agreement_text(Path(args.file))
    findings = scan(text)
    notes = encoding_notes(encoding)
    if args.json:
        emit_json(
            {
                "encoding": encoding,
                "findings": [
                    {
                        "code": f.code,
                        "severity": str(f.severity),
                        "line": f.line,
                        "excerpt": f.excerpt,
                        "message": f.message,
                        # Added keys: the words that raised it (and where, 0-based, end
                        # excluded, in the line), why it matters, what to ask for.
                        "words": f.words,
                        "span": list(f.span) if f.span else None,
                        "why": f.why,
                        "ask": f.ask,
                    }
                    for f in findings
                ],
            }
        )
        return 0
    for note in notes:
        print(note)
    if not findings:
        print(_("No risky clauses found. Still read every line before you sign."))
        return 0
    line = None
    for finding in findings:
        if finding.line != line:
            line = finding.line
            if line != findings[0].line:
                print()
            print(_("Line {line}: {excerpt}").format(line=line, excerpt=finding.excerpt))
        print(f"  [{finding.severity.label()}] {finding.why or finding.message}")
        if finding.words:
            print("    " + _("Raised by: “{words}”").format(words=finding.words))
        if finding.ask:
            print(f"    → {finding.ask}")
    high = sum(1 for f in findings if f.severity == "high")
    print()
    print(
        ngettext(
            "{n} finding, {high} of high severity.",
            "{n} findings, {high} of high severity.",
            len(findings),
        ).format(n=len(findings), high=high)
    )
    return 0
