"""Write a sample of every letter kind, in both languages, from the example data.

python scripts/letters.py            # into docs/letters/

Each kind is written for the highest-ranked example debt whose record holds what that kind
needs, so a reader can judge the wording without installing anything.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("PARLEY_TODAY", "2026-11-30")

from parley.engine.letters import LetterKind, MissingFacts, build_letter  # noqa: E402
from parley.exports.letters import gather  # noqa: E402
from parley.store import Store, demo  # noqa: E402

OUT = ROOT / "docs" / "letters"
TODAY = date(2026, 11, 30)
LANGS = ("zh_CN", "en")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    index = [
        "# Sample letters",
        "",
        "Written by `scripts/letters.py` from Parley's example data "
        "(today pinned to 2026-11-30). Blanks in 【】 or [] are facts the record does not "
        "hold.",
        "",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        with Store.open(Path(tmp) / "parley.db") as store:
            demo.fill(store, TODAY)
            debts = store.list_debts()
            for kind in LetterKind:
                for debt in debts:
                    facts = gather(store, debt.id, TODAY)
                    try:
                        letters = {lang: build_letter(kind, facts, lang) for lang in LANGS}
                    except MissingFacts:
                        continue
                    for lang, letter in letters.items():
                        name = f"{kind.value}.{lang}.md"
                        (OUT / name).write_text(letter.to_markdown(), encoding="utf-8")
                        index.append(f"- [{letter.title}]({name}) ({debt.lender})")
                    break
                else:
                    index.append(f"- {kind.value}: no example debt holds the facts it needs")
    (OUT / "README.md").write_text("\n".join(index) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
