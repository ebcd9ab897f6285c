"""User text inside Markdown, shown literally: a lender called `<script>` or `[x](http://…)`
must print as those characters, not become a tag or a link in a Markdown viewer."""

from __future__ import annotations

import re

# CommonMark lets any ASCII punctuation be backslash-escaped; these are the ones that start
# HTML, links, images, code, entities or emphasis anywhere in a line. Underscores are left:
# the blanks to fill in ("________") must stay readable, and `_x_` is only emphasis.
_INLINE = re.compile(r"([\\`*\[\]<>!&])")
# And these only at the start of a line: headings, quotes, lists, rules, tables.
_LINE_START = re.compile(r"^(\s*)([#>+\-=|]|\d+[.)])", re.MULTILINE)


def escape(text: str) -> str:
    """`text` escaped so a Markdown renderer shows it exactly as written."""
    text = _INLINE.sub(r"\\\1", text)
    return _LINE_START.sub(lambda m: m.group(1) + _escape_marker(m.group(2)), text)


def _escape_marker(marker: str) -> str:
    if marker[0].isdigit():  # "1." -> "1\." so it is not an ordered list
        return marker[:-1] + "\\" + marker[-1]
    return "\\" + marker


def cell(text: str) -> str:
    """`escape`, for a table cell: pipes escaped and line breaks as <br>."""
    return escape(text).replace("|", "\\|").replace("\r", "").replace("\n", "<br>")
