"""Reading files the user names (an agreement to scan, cash flows, an import): ordinary files
only, of a sane size, in an encoding that is detected and named rather than assumed.

/dev/zero never ends and a FIFO blocks until someone writes to it, so both are refused
before a byte is read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from parley.engine.errors import InputError
from parley.i18n import N_, _

MAX_TEXT_BYTES = 8 * 1024 * 1024  # an agreement or a cash-flow list is a few KB

# The encodings a loan agreement arrives in, and how the user knows them.
ENCODING_NAMES = {
    "utf-8": N_("UTF-8"),
    "gb18030": N_("GB18030 (Simplified Chinese)"),
    "big5": N_("Big5 (Traditional Chinese)"),
    "cp1252": N_("Latin-1 / Windows-1252 (Western European)"),
}


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of an ordinary file no larger than `limit`; InputError otherwise."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as error:
        raise InputError(
            _("Cannot read {path}: {reason}").format(path=path, reason=error.strerror or error)
        ) from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise InputError(
            _("{path} is not an ordinary file (it is a device, a pipe or a folder).").format(
                path=path
            )
        )
    with os.fdopen(fd, "rb") as f:
        data = f.read(limit + 1)
    if len(data) > limit:
        raise InputError(
            _("{path} is larger than {size} MB: that is not a file Parley reads.").format(
                path=path, size=max(1, limit // (1024 * 1024))
            )
        )
    return data


def guess_encoding(data: bytes) -> str | None:
    """ "utf-8", "gb18030", "big5" or "cp1252"; None when the bytes are not text.

    UTF-8 is strict, so it is tried first. Otherwise: Latin-1 text has its non-ASCII bytes
    one at a time between ASCII letters, Chinese has them in pairs; between GB18030 and
    Big5, the right one decodes to mostly everyday characters (GB2312 level 1, Big5's
    frequently used block) and the wrong one to rare ones.
    """
    if b"\x00" in data:
        return None
    try:
        data.decode("utf-8-sig")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    high = [i for i, byte in enumerate(data) if byte >= 0x80]
    single = sum(
        1
        for i in high
        if (i == 0 or data[i - 1] < 0x80) and (i + 1 == len(data) or data[i + 1] < 0x80)
    )
    latin = _decodes(data, "cp1252")
    if latin and single * 2 > len(high):
        return "cp1252"
    scored = [
        (_everyday_share(text, encoding), encoding)
        for encoding in ("gb18030", "big5")
        if (text := _decodes(data, encoding)) is not None
    ]
    if scored:
        share, encoding = max(scored, key=lambda item: (item[0], item[1] == "gb18030"))
        if share >= 0.5:
            return encoding
    return "cp1252" if latin else None


def _decodes(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _everyday_share(text: str, encoding: str) -> float:
    wide = [ch for ch in text if ord(ch) >= 0x80]
    if not wide:
        return 0.0
    return sum(1 for ch in wide if _everyday(ch, encoding)) / len(wide)


def _everyday(ch: str, encoding: str) -> bool:
    if encoding == "gb18030":
        try:
            lead = ch.encode("gb2312")[0]
        except UnicodeEncodeError:
            return False
        return 0xB0 <= lead <= 0xD7 or lead in (0xA1, 0xA3)  # level 1, punctuation
    try:
        lead = ch.encode("big5")[0]
    except UnicodeEncodeError:
        return False
    return 0xA1 <= lead <= 0xC6  # punctuation, then the frequently used characters


def read_text(path: Path, limit: int = MAX_TEXT_BYTES) -> tuple[str, str]:
    """(text, encoding) of an ordinary text file; InputError when it is not text."""
    data = read_limited(path, limit)
    encoding = guess_encoding(data)
    if encoding is None:
        raise InputError(
            _("{path} is not a text file. Save it as plain text (UTF-8) and try again.").format(
                path=path
            )
        )
    return data.decode("utf-8-sig" if encoding == "utf-8" else encoding), encoding


def encoding_label(encoding: str) -> str:
    return _(ENCODING_NAMES[encoding])
