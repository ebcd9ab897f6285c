"""Where the time of one `app_bench.py` figure goes, as a pyinstrument profile.

    PYTHONPATH=src python benchmarks/app_profile.py SCENARIO [--html OUT.html]

SCENARIO is one of: offer, wizard, settings, table, timeline, visits. The same data and
steps as the benchmark; the profile covers the measured part only where it can (the
keystrokes, the filter changes), and the whole run otherwise.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import app_bench as bench
from pyinstrument import Profiler


def main() -> None:
    scenario = sys.argv[1]
    html = sys.argv[sys.argv.index("--html") + 1] if "--html" in sys.argv else None
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "demo.db"
        with bench.Store.open(small) as store:
            bench.demo.fill(store, bench.TODAY)
        big = Path(tmp) / "many.db"
        if scenario in ("offer", "table", "timeline"):
            bench.build_many(big, events=50_000 if scenario == "timeline" else 0)
        ids = []
        if scenario == "timeline":
            with bench.Store.open(big) as store:
                ids = [d.id for d in store.list_debts()][:8]
        runs = {
            "offer": lambda: bench.offer_keystrokes(big),
            "wizard": lambda: bench.wizard_keystrokes(small),
            "settings": lambda: bench.settings_keystrokes(small),
            "table": lambda: bench.table_paint(big),
            "timeline": lambda: bench.timeline_filter(big, ids),
            "visits": lambda: bench.mode_visits(small),
        }
        profiler = Profiler(interval=0.0005, async_mode="disabled")
        profiler.start()
        asyncio.run(runs[scenario]())
        profiler.stop()
    if html:
        Path(html).write_text(profiler.output_html())
    print(profiler.output_text(unicode=False, color=False, show_all=False))


if __name__ == "__main__":
    main()
