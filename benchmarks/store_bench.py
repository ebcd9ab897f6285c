"""The store at 1,000 debts and 50,000 events, next to the same work in plain sqlite3.

    PYTHONPATH=src python benchmarks/store_bench.py

Measures (medians of several runs, in the same process and on the same file):
  open + summary: open the file and load every debt with its 7/30-day contact counts
  one edit:       change one debt's outstanding balance, committed
Targets: open + summary <= 50 ms, one edit <= 10 ms, each within 2x of plain sqlite3.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from parley.engine.debt import Debt, LenderKind
from parley.store import Store
from parley.store.records import Event, EventKind, event_to_row

TODAY = date(2026, 11, 30)
DEBTS = 1_000
EVENTS = 50_000
RUNS = 15


def build(path: Path) -> None:
    rng = random.Random(1)
    with Store.open(path) as store, store._tx() as conn:
        for i in range(DEBTS):
            row = {
                "lender": f"Lender {i}",
                "kind": rng.choice(list(LenderKind)).value,
                "principal": rng.randrange(100_000, 10_000_000),
                "outstanding": rng.randrange(10_000, 5_000_000),
                "rate_text": "24%",
                "annual_rate": 0.24,
            }
            Store._insert(conn, "debts", row)
        kinds = list(EventKind)
        for _ in range(EVENTS):
            when = datetime.combine(TODAY, datetime.min.time()) - timedelta(
                minutes=rng.randrange(0, 365 * 24 * 60)
            )
            event = Event(rng.randrange(1, DEBTS + 1), rng.choice(kinds), when, summary="x" * 60)
            row = event_to_row(event)
            row.pop("id")
            Store._insert(conn, "events", row)


def plain_open_summary(path: Path) -> int:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys=ON")
    d7 = (TODAY - timedelta(days=6)).isoformat()
    d30 = (TODAY - timedelta(days=29)).isoformat()
    end = (TODAY + timedelta(days=1)).isoformat()
    debts = conn.execute("SELECT * FROM debts WHERE deleted_at IS NULL ORDER BY id").fetchall()
    counts = {
        r[0]: (r[2], r[1])
        for r in conn.execute(
            "SELECT debt_id, count(*), sum(occurred_at >= ?) FROM events "
            "WHERE kind = ? AND occurred_at >= ? AND occurred_at < ? GROUP BY debt_id",
            (d7, "collection_contact", d30, end),
        )
    }
    n = len([(d, counts.get(d[0], (0, 0))) for d in debts])
    conn.close()
    return n


def store_open_summary(path: Path) -> int:
    with Store.open(path) as store:
        return len(store.debt_summary(TODAY))


def plain_edit(conn: sqlite3.Connection, value: int) -> None:
    with conn:
        conn.execute("UPDATE debts SET outstanding = ? WHERE id = ?", (value, 500))


def store_edit(store: Store, debt: Debt, value: int) -> None:
    debt.outstanding = value
    store.update_debt(debt)


def timed(fn, runs: int = RUNS) -> float:
    fn(-1)
    times = []
    for i in range(runs):
        start = time.perf_counter()
        fn(i)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        start = time.perf_counter()
        build(path)
        print(f"built {DEBTS:,} debts and {EVENTS:,} events in {time.perf_counter() - start:.1f} s")
        assert plain_open_summary(path) == store_open_summary(path) == DEBTS

        plain_summary = timed(lambda _i: plain_open_summary(path))
        parley_summary = timed(lambda _i: store_open_summary(path))

        conn = sqlite3.connect(path)
        conn.execute("PRAGMA synchronous=FULL")  # the store's setting, for a fair comparison
        plain_write = timed(lambda i: plain_edit(conn, 1000 + i))
        conn.close()
        with Store.open(path) as store:
            debt = store.get_debt(500)
            parley_write = timed(lambda i: store_edit(store, debt, 2000 + i))

    rows = [
        ("open + summary", parley_summary, plain_summary, 50.0),
        ("one edit", parley_write, plain_write, 10.0),
    ]
    print(f"{'':16} {'parley ms':>10} {'sqlite3 ms':>11} {'ratio':>6} {'target':>8}")
    ok = True
    for name, mine, plain, target in rows:
        ratio = mine / plain if plain else float("inf")
        good = mine <= target and ratio <= 2.0
        ok &= good
        print(
            f"{name:16} {mine:10.2f} {plain:11.2f} {ratio:6.2f} {'<= ' + str(int(target)):>8}"
            f"  {'ok' if good else 'MISSED'}"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
