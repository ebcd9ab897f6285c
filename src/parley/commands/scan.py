"""`parley scan FILE`: the risky clauses in an agreement, by line."""

from __future__ import annotations

import argparse
from pathlib import Path

from parley.i18n import _, ngettext

ENCODINGS = ("utf-8-sig", "gb18030")  # utf-8-sig reads plain UTF-8 too


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
    from parley.engine.errors import InputError

    if not path.exists():
        raise InputError(_("{path}: no such file.").format(path=path))
    if path.is_dir():
        raise InputError(_("{path} is a folder; give the agreement's file.").format(path=path))
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(
            _("{path} cannot be read: {reason}").format(path=path, reason=error.strerror)
        ) from None
    # NUL bytes never occur in a text agreement, and GB18030 would decode almost anything.
    if b"\x00" not in data:
        for encoding in ENCODINGS:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                continue
    raise InputError(
        _(
            "{path} is not a text file. Save the agreement as plain text (UTF-8) and try again."
        ).format(path=path)
    )


def run(args: argparse.Namespace) -> int:
    from parley.commands._output import emit_json
    from parley.engine.clauses import scan

    findings = scan(read_agreement(Path(args.file)))
    if args.json:
        emit_json(
            {
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
                ]
            }
        )
        return 0
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
