"""Kill a writer at random moments: the file stays sound and every reported edit survives."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from parley.store import Store

CHILD = r"""
import sys
from datetime import datetime
from parley.engine.debt import Debt
from parley.store import Store
from parley.store.records import Event, EventKind, Promise

store = Store.open(sys.argv[1])
debt_id = store.add_debt(Debt("crash test"))
print("debt", debt_id, flush=True)
n = 0
while True:
    n += 1
    if n % 3:
        event = Event(debt_id, EventKind.CALL_MADE, datetime(2026, 11, 30, 10), summary=str(n),
                      promises=[Promise("p" * 50), Promise("q" * 50, written=True)])
        print("event", store.add_event(event), flush=True)
    else:
        debt = store.get_debt(debt_id)
        debt.outstanding = n
        store.update_debt(debt)
        print("outstanding", n, flush=True)
"""


@pytest.mark.slow
def test_sigkill_at_random_points_loses_no_reported_edit(db_path):
    rng = random.Random(20261130)
    Store.open(db_path).close()
    debts: set[int] = set()
    events: set[int] = set()
    last_outstanding: dict[int, int] = {}
    deadline = time.monotonic() + 15
    runs = 0
    while runs < 40 and time.monotonic() < deadline:
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(db_path)],
            stdout=subprocess.PIPE,
            text=True,
            env=os.environ.copy(),
        )
        # Wait until it is writing, then let it run for a random moment.
        first = child.stdout.readline()
        time.sleep(rng.uniform(0.0, 0.15))
        child.send_signal(signal.SIGKILL)
        rest = child.stdout.read()
        child.wait()
        debt_id = None
        for line in [first, *rest.splitlines()]:
            parts = line.split()
            if len(parts) != 2:
                continue  # a line cut short by the kill was never reported whole
            what, value = parts[0], int(parts[1])
            if what == "debt":
                debt_id = value
                debts.add(value)
            elif what == "event":
                events.add(value)
            elif what == "outstanding":
                last_outstanding[debt_id] = value
        runs += 1
    assert runs >= 10
    assert events, "the child never got to write"

    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    with Store.open(db_path) as store:
        stored_debts = {d.id for d in store.list_debts()}
        stored_events = {e.id for e in store.list_events()}
        assert debts <= stored_debts
        assert events <= stored_events
        for debt_id, value in last_outstanding.items():
            # The kill may land after a later commit that was not yet reported, never before.
            assert store.get_debt(debt_id).outstanding >= value
        for event in store.list_events():
            assert len(event.promises) == 2  # an event and its promises commit together
