"""Write SVG screenshots of the main screens, from the real app on the example data.

python scripts/screenshots.py            # into screenshots/
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("PARLEY_TODAY", "2026-11-30")

from parley.store import Store, demo  # noqa: E402
from parley.tui.app import ParleyApp  # noqa: E402

SIZE = (140, 42)
OUT = ROOT / "screenshots"

# (file name, language, keys to press after the debts table is loaded)
SHOTS: list[tuple[str, str, list[str]]] = [
    ("debts-en", "en", []),
    ("debts-zh", "zh_CN", []),
    ("offers-en", "en", ["enter"]),
    ("offers-zh", "zh_CN", ["enter"]),
    ("debt-form-en", "en", ["a"]),
    ("help-en", "en", ["question_mark"]),
    ("wizard-debt-en", "en", ["3"]),
    # Wizard steps are shift+F1..F6 (F1..F5 switch modes); step 3 shows the household budget.
    ("wizard-hardship-zh", "zh_CN", ["3", "shift+f2", "tab", "tab", "tab", "space"]),
    ("wizard-budget-en", "en", ["3", "shift+f3"]),
    ("wizard-proposals-en", "en", ["3", "shift+f4"]),
    ("wizard-proposals-zh", "zh_CN", ["3", "shift+f4"]),
    ("wizard-safety-en", "en", ["3", "shift+f5", "space"]),
    ("wizard-script-zh", "zh_CN", ["3", "shift+f6"]),
    ("wizard-script-en", "en", ["3", "shift+f6"]),
    ("timeline-en", "en", ["2"]),
    ("timeline-zh", "zh_CN", ["2"]),
    ("event-form-en", "en", ["2", "a"]),
    ("event-form-zh", "zh_CN", ["2", "a"]),
    # "@agreement" puts the cursor on the debt that has the example agreement.
    ("checklist-en", "en", ["@agreement", "4", "c"]),
    ("checklist-findings-zh", "zh_CN", ["@agreement", "4", "n"]),
    ("checklist-figures-en", "en", ["@agreement", "4", "f"]),
    ("plan-en", "en", ["5"]),
    ("plan-zh", "zh_CN", ["5"]),
    # "@incidents" puts the cursor on a debt with logged collection incidents.
    ("letters-zh", "zh_CN", ["@incidents", "L", "down", "down", "down"]),
    ("letters-en", "en", ["@incidents", "L", "down", "down", "down"]),
]


async def shoot(name: str, lang: str, keys: list[str], db: Path) -> None:
    store = Store.open(db)
    app = ParleyApp(store, lang=lang)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            for key in keys:
                if key == "@agreement":
                    debt_id = next(d.id for d in store.list_debts() if store.list_agreements(d.id))
                    app.focused_debt_id = debt_id
                    app.screen.select_debt(debt_id)
                elif key == "@incidents":
                    debt_id = next(
                        d.id
                        for d in store.list_debts()
                        if any(e.abuse for e in store.list_events(debt_id=d.id))
                    )
                    app.screen.select_debt(debt_id)
                else:
                    await pilot.press(key)
                await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause(0.2)
            svg = app.export_screenshot(title=f"Parley — {name}")
        (OUT / f"{name}.svg").write_text(svg, encoding="utf-8")
        print(f"wrote screenshots/{name}.svg")
    finally:
        store.close()


async def main() -> None:
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "parley.db"
        with Store.open(db) as store:
            demo.fill(store, date.fromisoformat(os.environ["PARLEY_TODAY"]))
        for name, lang, keys in SHOTS:
            await shoot(name, lang, keys, db)


if __name__ == "__main__":
    asyncio.run(main())
