"""An app that has ended is released: nothing of it stays in memory.

The app freezes everything loaded before it for the garbage collector (tui/app.py); an app
frozen with the rest could never be collected. It only matters for a process that runs
more than one app (tests, benchmarks), and only the first app is at risk, so this runs in
a fresh interpreter.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"

RUN_TWICE = """
import asyncio, gc, json, sys, weakref
from textual.dom import DOMNode
from parley.store import Store
from parley.tui.app import ParleyApp

async def one_run():
    store = Store.open(sys.argv[1])
    app = ParleyApp(store, lang="en")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await app.switch_mode("timeline")
        await pilot.pause()
    store.close()
    return weakref.ref(app)

gone = []
for _ in range(2):
    ref = asyncio.run(one_run())
    gc.collect()
    gone.append(ref() is None)
nodes = sum(isinstance(o, DOMNode) for o in gc.get_objects())
print(json.dumps({"gone": gone, "nodes": nodes}))
"""


def test_an_ended_app_is_collected_even_the_first(demo_db):
    done = subprocess.run(
        [sys.executable, "-c", RUN_TWICE, str(demo_db)],
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(SRC)),
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found == {"gone": [True, True], "nodes": 0}
