"""The Chinese catalog speaks to the user one way (你, never 您) and punctuates Chinese
sentences with Chinese marks."""

from __future__ import annotations

import re
from pathlib import Path

from babel.messages.pofile import read_po

PO = Path(__file__).resolve().parent.parent / "src/parley/i18n/locale/zh_CN/LC_MESSAGES/parley.po"
CJK = r"[\u4e00-\u9fff]"
# An ASCII comma, semicolon or colon between Chinese characters. "按 , 填写" names the key.
ASCII_SEPARATOR = re.compile(rf"{CJK}\s*[,;:](?!\s*填写)\s*{CJK}")


def translations() -> list[str]:
    with PO.open("rb") as f:
        catalog = read_po(f)
    found = []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple | list) else [message.string]
        found.extend(s for s in strings if s)
    return found


def test_the_user_is_addressed_as_ni_everywhere():
    assert [s for s in translations() if "您" in s] == []


def test_no_ascii_separators_inside_chinese_sentences():
    assert [s for s in translations() if ASCII_SEPARATOR.search(s)] == []
