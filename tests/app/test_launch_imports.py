"""Launching onto the Debts screen loads only what its first frame needs.

The heavy libraries (numerical, documents, calendars, encryption, locale data) and the
engine's planner and clause rules load later, where they are used; each one pulled onto the
launch path again would make every start slower. Run in a fresh interpreter, since this
test process has long loaded all of them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"

# Stops at the first frame, with the rows on screen, and lists what is loaded by then.
FIRST_FRAME = """
import json, sys
from parley.store import Store
from parley.tui.app import ParleyApp
from textual.widgets import DataTable

class FirstFrame(ParleyApp):
    def on_ready(self):
        self.rows = self.screen.query_one("#debts-table", DataTable).row_count
        self.loaded = sorted(sys.modules)
        self.exit()

app = FirstFrame(Store.open(sys.argv[1]), lang=sys.argv[2])
app.run(headless=True)
print(json.dumps({"rows": app.rows, "loaded": app.loaded}))
"""

NOT_BEFORE_FIRST_FRAME = (
    "numpy",
    "pyxirr",
    "babel",
    "sqlite_utils",
    "icalendar",
    "docx",
    "pypinyin",
    "cryptography",
    "sqlcipher3",
    "parley.engine.budget",
    "parley.engine.clauses",
)


def first_frame(path: Path, lang: str) -> dict:
    env = dict(os.environ, PYTHONPATH=str(SRC))
    done = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME, str(path), lang],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_first_frame_loads_no_heavy_library(demo_db):
    for lang in ("en", "zh_CN"):
        found = first_frame(demo_db, lang)
        assert found["rows"] == 7  # the example data's debts, on screen
        loaded = [
            name
            for name in found["loaded"]
            if any(name == m or name.startswith(m + ".") for m in NOT_BEFORE_FIRST_FRAME)
        ]
        assert loaded == [], lang
