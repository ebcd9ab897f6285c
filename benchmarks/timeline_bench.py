"""The timeline with 50,000 events, next to the same queries in plain sqlite3.

    PYTHONPATH=src python benchmarks/timeline_bench.py

Measures (medians, same process, same file):
  first page:  the newest 500 events with their promises and attachments, plus the count
  filter:      collection contacts since a date, first page plus the count
  screen open: in a headless app, from pressing 2 until the table shows its rows
  screen filter: from choosing a kind in the filter until the table shows the result
The plain sqlite3 reference runs the bare SELECTs (no conversion to records). The screen
times are also shown next to the same screen on the 13-event example data, which is what
Textual itself needs to build and paint the screen.
"""

from __future__ import annotations

import asyncio
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("PARLEY_TODAY", "2026-11-30")

from parley.engine.debt import Debt
from parley.store import Store, demo
from parley.store.records import Event, EventKind, event_to_row

TODAY = date(2026, 11, 30)
DEBTS = 20
EVENTS = 50_000
RUNS = 7
PAGE = 200  # the screen's page size
SINCE = TODAY - timedelta(days=90)


def build(path: Path) -> None:
    rng = random.Random(5)
    with Store.open(path) as store:
        for i in range(DEBTS):
            store.add_debt(Debt(lender=f"Lender {i}", principal=1_000_000, outstanding=800_000))
        with store._tx() as conn:
            kinds = list(EventKind)
            for n in range(EVENTS):
                when = datetime.combine(TODAY, datetime.min.time()) - timedelta(
                    minutes=rng.randrange(0, 3 * 365 * 24 * 60)
                )
                event = Event(
                    rng.randrange(1, DEBTS + 1), rng.choice(kinds), when, summary="x" * 60
                )
                row = event_to_row(event)
                row.pop("id")
                event_id = Store._insert(conn, "events", row)
                if n % 10 == 0:
                    conn.execute(
                        "INSERT INTO promises (event_id, position, text, written) "
                        "VALUES (?, 0, ?, 0)",
                        (event_id, "promise"),
                    )


def median_ms(fn) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def plain(path: Path, kind: str | None) -> None:
    conn = sqlite3.connect(path)
    where, params = "", []
    if kind:
        where, params = "WHERE kind = ? AND occurred_at >= ?", [kind, SINCE.isoformat()]
    rows = conn.execute(
        f"SELECT * FROM events {where} ORDER BY occurred_at DESC, id DESC LIMIT {PAGE}", params
    ).fetchall()
    ids = [r[0] for r in rows]
    marks = ", ".join("?" for _ in ids)
    conn.execute(f"SELECT * FROM promises WHERE event_id IN ({marks})", ids).fetchall()
    conn.execute(f"SELECT count(*) FROM events {where}", params).fetchone()
    conn.close()


def parley_page(store: Store, kind: EventKind | None) -> None:
    filters = {"kinds": [kind] if kind else None, "since": SINCE if kind else None}
    store.list_events(limit=PAGE, **filters)
    store.count_events(**filters)


async def screen_times(path: Path, rows: int | None = PAGE) -> tuple[float, float]:
    from textual.widgets import DataTable, Select

    from parley.tui.app import ParleyApp

    opens, filters = [], []
    for _ in range(RUNS):
        with Store.open(path) as store:
            app = ParleyApp(store, lang="en")
            async with app.run_test(size=(120, 40)) as pilot:
                await app.workers.wait_for_complete()
                await pilot.pause()
                start = time.perf_counter()
                await pilot.press("2")
                await app.workers.wait_for_complete()
                await pilot.pause()
                opens.append((time.perf_counter() - start) * 1000)
                if rows is not None:
                    assert app.screen.query_one("#events-table", DataTable).row_count == rows
                start = time.perf_counter()
                app.screen.query_one("#kind-filter", Select).value = "collection_contact"
                await pilot.pause()
                await app.workers.wait_for_complete()
                await pilot.pause()
                filters.append((time.perf_counter() - start) * 1000)
    return statistics.median(opens), statistics.median(filters)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        build(path)
        with Store.open(path) as store:
            page = median_ms(lambda: parley_page(store, None))
            filt = median_ms(lambda: parley_page(store, EventKind.COLLECTION_CONTACT))
        ref_page = median_ms(lambda: plain(path, None))
        ref_filt = median_ms(lambda: plain(path, EventKind.COLLECTION_CONTACT.value))
        open_ms, filter_ms = asyncio.run(screen_times(path))
        small = Path(tmp) / "demo.db"
        with Store.open(small) as store:
            demo.fill(store, TODAY)
        small_open, small_filter = asyncio.run(screen_times(small, None))
    print(f"{EVENTS:,} events, {DEBTS} debts, page of {PAGE}, medians of {RUNS} runs")
    print(f"{'':28}{'Parley':>10}{'sqlite3':>10}{'ratio':>8}")
    lines = [
        ("first page + count", page, ref_page),
        ("filtered page + count", filt, ref_filt),
        ("screen open (key 2 -> rows)", open_ms, ref_page),
        ("screen filter (kind)", filter_ms, ref_filt),
    ]
    screen = [
        ("screen open vs 13 events", open_ms, small_open),
        ("screen filter vs 13 events", filter_ms, small_filter),
    ]
    for name, ours, ref in lines:
        print(f"{name:28}{ours:>8.1f}ms{ref:>8.1f}ms{ours / ref:>7.1f}x")
    print(f"{'':28}{'50,000':>10}{'13':>10}{'ratio':>8}")
    for name, ours, ref in screen:
        print(f"{name:28}{ours:>8.1f}ms{ref:>8.1f}ms{ours / ref:>7.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
