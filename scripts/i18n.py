"""Keep the gettext catalogs in step with the source.

python scripts/i18n.py update    extract messages, merge into every .po, compile .mo
python scripts/i18n.py todo      print untranslated zh_CN messages as JSON {msgid: ""}
python scripts/i18n.py fill F    take translations from a JSON file {msgid: msgstr} (or
                                 {msgid: [singular, plural]}), then update
python scripts/i18n.py check     exit 1 if any message is untranslated or a .mo is stale
"""

from __future__ import annotations

import io
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "parley"
LOCALE_DIR = SRC / "i18n" / "locale"
LANGS = ("en", "zh_CN")
KEYWORDS = {
    "_": None,
    "N_": None,
    "ngettext": (1, 2),
    "gettext_in": (2,),
    "ngettext_in": (2, 3),
}
FIXED_DATE = datetime(2026, 11, 30, tzinfo=UTC)


def po_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / "parley.po"


def extract() -> Catalog:
    template = Catalog(project="parley", creation_date=FIXED_DATE)
    for filename, lineno, message, comments, _context in extract_from_dir(
        str(SRC), method_map=[("**.py", "python")], keywords=KEYWORDS
    ):
        template.add(message, locations=[(filename, lineno)], auto_comments=comments)
    return template


def load(lang: str) -> Catalog:
    path = po_path(lang)
    if path.exists():
        with path.open("rb") as f:
            return read_po(f, locale=lang)
    return Catalog(
        locale=lang, project="parley", creation_date=FIXED_DATE, revision_date=FIXED_DATE
    )


def save(lang: str, catalog: Catalog) -> None:
    path = po_path(lang)
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    write_po(buf, catalog, sort_output=True, omit_header=False, no_location=True, width=100)
    path.write_bytes(buf.getvalue())
    path.with_suffix(".mo").write_bytes(compiled(catalog))


def compiled(catalog: Catalog) -> bytes:
    buf = io.BytesIO()
    write_mo(buf, catalog)
    return buf.getvalue()


def update() -> None:
    for lang in LANGS:
        template = extract()  # fresh per language: update() shares message objects
        catalog = load(lang)
        catalog.update(template, no_fuzzy_matching=True, update_header_comment=False)
        catalog.obsolete.clear()
        if lang == "en":
            for message in catalog:
                if message.id:
                    message.string = message.id
        for message in catalog:
            message.flags.discard("fuzzy")
            message.locations = []
        catalog.revision_date = FIXED_DATE
        save(lang, catalog)


def untranslated(catalog: Catalog) -> list:
    missing = []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if not all(strings):
            missing.append(message)
    return missing


def todo() -> None:
    catalog = load("zh_CN")
    out = {}
    for message in untranslated(catalog):
        key = message.id[0] if isinstance(message.id, tuple) else message.id
        out[key] = ["", ""] if isinstance(message.id, tuple) else ""
    print(json.dumps(out, ensure_ascii=False, indent=1))


def fill(path: str) -> None:
    update()
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    catalog = load("zh_CN")
    for message in catalog:
        key = message.id[0] if isinstance(message.id, tuple) else message.id
        if data.get(key):
            value = data[key]
            if isinstance(message.id, tuple):
                # Chinese has one plural form.
                message.string = (value[0] if isinstance(value, list) else value,)
            else:
                message.string = value
    save("zh_CN", catalog)


def union(paths: list[str]) -> None:
    """After a merge: keep every zh_CN translation found in any of the given .po files."""
    found: dict = {}
    for path in paths:
        with open(path, "rb") as f:
            for message in read_po(f, locale="zh_CN"):
                if (
                    message.id
                    and message.string
                    and all(
                        message.string if isinstance(message.string, tuple) else (message.string,)
                    )
                ):
                    found.setdefault(message.id, message.string)
    update()
    catalog = load("zh_CN")
    for message in catalog:
        if message.id in found and not all(
            message.string if isinstance(message.string, tuple) else (message.string,)
        ):
            message.string = found[message.id]
    save("zh_CN", catalog)


def check() -> int:
    template = extract()
    problems = []
    for lang in LANGS:
        catalog = load(lang)
        ids = {m.id for m in catalog if m.id}
        missing = [m.id for m in template if m.id and m.id not in ids]
        problems += [f"{lang}: not in catalog: {m!r}" for m in missing]
        problems += [f"{lang}: untranslated: {m.id!r}" for m in untranslated(catalog)]
        mo = po_path(lang).with_suffix(".mo")
        if not mo.exists() or mo.read_bytes() != compiled(catalog):
            problems.append(f"{lang}: {mo.name} is stale; run `python scripts/i18n.py update`")
    for line in problems:
        print(line)
    return 1 if problems else 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "update":
        update()
    elif command == "todo":
        todo()
    elif command == "fill":
        fill(sys.argv[2])
    elif command == "union":
        union(sys.argv[2:])
    elif command == "check":
        sys.exit(check())
    else:
        print(__doc__)
        sys.exit(2)
