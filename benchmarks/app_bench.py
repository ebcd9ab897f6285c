"""The app's speed, every figure next to a reference measured in the same run.

    PYTHONPATH=src python benchmarks/app_bench.py [--quick] [--only WORD[,WORD...]]

`--only launch,timeline` runs just the figures whose names contain one of the words.

Each line reads `NAME: Parley X ms, reference Y ms, ratio Z.ZZx (target <= T)`. The two
sides are measured alternately, so both see the same machine load; on a shared machine the
ratios are what to read, not the milliseconds.

- Keystrokes (offer editor with 1,000 debts in the file, wizard, settings), next to a bare
  Input whose change updates a Static, each side in three apps (five without --quick): press
  to idle as Pilot judges it (it polls every 20 ms, so these come in steps), and press to the
  last frame the key caused (timed to the microsecond).
- Before anything is measured the source is compiled to bytecode (an installed package has
  it); before each visit the garbage of earlier apps is collected; a visit ends when the
  screen shows its data (no worker running, nothing being composed from one).
- Launch: a fresh process to the Debts table with rows, next to a minimal app showing a
  DataTable.
- Mode visits: switching to each mode, first and repeat, next to a screen holding the same
  number of widgets of the same Textual kinds (counted from the mode as it is shown).
- The Debts table with 1,000 debts, next to a plain DataTable of the same rows (its eleven
  columns, cells of the same length).
- A timeline filter change with 50,000 events, next to the same query in sqlite3 (the
  page, its count, the lender, promises and files) and a plain DataTable of the same nine
  columns refilled with the page.
- Peak memory with 1,000 debts and 50,000 events, next to the minimal app plus the data's
  own size as Python objects.
"""

from __future__ import annotations

import asyncio
import gc
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("PARLEY_TODAY", "2026-11-30")

from parley.engine.debt import Debt, LenderKind, Method  # noqa: E402
from parley.store import Store, demo  # noqa: E402
from parley.store.records import Event, EventKind  # noqa: E402

TODAY = date(2026, 11, 30)
QUICK = "--quick" in sys.argv
ONLY = sys.argv[sys.argv.index("--only") + 1].split(",") if "--only" in sys.argv else []
LAUNCHES = 5 if QUICK else 15
PRESSES = 20 if QUICK else 40
VISITS = 2 if QUICK else 5
ROUNDS = 3 if QUICK else 5
MODES = ("timeline", "wizard", "checklist", "plan")
SIZE = (160, 48)


def wanted(name: str) -> bool:
    return not ONLY or any(word in name for word in ONLY)


def line(name: str, ours: float, ref: float, target: float, unit: str = "ms") -> None:
    scale = 1000 if unit == "ms" else 1 / (1024 * 1024)
    unit_name = "ms" if unit == "ms" else "MiB"
    print(
        f"{name}: Parley {ours * scale:.1f} {unit_name}, reference {ref * scale:.1f} {unit_name}, "
        f"ratio {ours / ref:.2f}x (target <= {target}x)",
        flush=True,
    )


# --- data ----------------------------------------------------------------------------------


def build_many(path: Path, debts: int = 1000, events: int = 0) -> None:
    rng = random.Random(7)
    with Store.open(path) as store:
        ids = []
        for i in range(debts):
            principal = rng.randrange(500_000, 20_000_000)
            missed = TODAY - timedelta(days=rng.randrange(0, 200)) if rng.random() < 0.7 else None
            ids.append(
                store.add_debt(
                    Debt(
                        lender=f"Lender {i:04d}",
                        kind=rng.choice(list(LenderKind)),
                        principal=principal,
                        start_date=TODAY - timedelta(days=400),
                        term=rng.choice([12, 24, 36]),
                        method=rng.choice([Method.ANNUITY, Method.FLAT, Method.EQUAL_PRINCIPAL]),
                        rate_text="24%",
                        annual_rate=rng.choice([0.12, 0.18, 0.24, 0.36]),
                        instalments_paid=rng.randrange(0, 10),
                        outstanding=principal * rng.randrange(40, 100) // 100,
                        first_missed=missed,
                    )
                )
            )
    if events:
        # Events in bulk, straight into the table: add_event's one transaction per event
        # would take minutes and measures nothing the benchmark is about.
        import sqlite3

        from parley.store.records import event_to_row

        conn = sqlite3.connect(path)
        start = datetime(2024, 1, 1, 9)
        rows = []
        for n in range(events):
            e = Event(
                rng.choice(ids),
                rng.choice(list(EventKind)),
                start + timedelta(minutes=17 * n),
                channel="phone",
                party="agent",
                summary=f"contact {n}",
            )
            rows.append(event_to_row(e))
        cols = [c for c in rows[0] if c != "id"]
        conn.executemany(
            f"INSERT INTO events ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
            [[r[c] for c in cols] for r in rows],
        )
        conn.commit()
        conn.close()


# --- keystrokes ----------------------------------------------------------------------------


class Presses:
    """Each press timed twice: to idle as Pilot judges it (it polls the process every 20 ms,
    so these times come in steps of about 20 ms), and to the last frame the press caused
    (the screen's last update after it, timed to the microsecond)."""

    def __init__(self) -> None:
        self.to_idle: list[float] = []
        self.to_frame: list[float] = []

    def __iadd__(self, other: Presses) -> Presses:
        self.to_idle += other.to_idle
        self.to_frame += other.to_frame
        return self


async def _press_times(pilot, presses: int, keys: tuple[str, str] = ("6", "backspace")) -> Presses:
    """Press the two keys in turn; each field is chosen so that both leave a valid value
    that differs from the last, so every keystroke is a real change (recompute, save)."""
    from textual.widgets import Input

    app = pilot.app
    # A blinking cursor repaints twice a second on its own; it would pass for a late frame.
    for field in app.screen.query(Input):
        field.cursor_blink = False
    # App._display (private) receives every screen update, headless included.
    frames: list[float] = []
    display = app._display

    def timed_display(screen, renderable):
        if renderable is not None:
            frames.append(time.perf_counter())
        display(screen, renderable)

    app._display = timed_display
    found = Presses()
    for i in range(presses):
        key = keys[i % 2]
        frames.clear()
        start = time.perf_counter()
        await pilot.press(key)
        found.to_idle.append(time.perf_counter() - start)
        if frames:
            found.to_frame.append(frames[-1] - start)
    app._display = display
    return found


async def _field_keystrokes(path: Path, reach, field_id: str, keys: tuple[str, str]):
    """Open the app on `path`, run `reach(app, pilot)` to get to the screen, put the cursor
    at the end of `field_id` and time PRESSES keystrokes alternating `keys`."""
    from textual.widgets import Input

    from parley.tui.app import ParleyApp

    store = Store.open(path)
    app = ParleyApp(store, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await _settle(pilot)
        await reach(app, pilot)
        await _settle(pilot)
        app.screen.query_one(f"#{field_id}").query_one(Input).focus()
        await pilot.press("end")  # focus selects the text: type after it instead
        await pilot.pause()
        times = await _press_times(pilot, PRESSES, keys)
    store.close()
    return times


async def offer_keystrokes(path: Path) -> list[float]:
    async def reach(app, pilot):
        await pilot.press("enter")

    # 36 -> 3 -> 36 instalments, each a recompute (typing over the selected text went
    # 36 -> 6 -> "", an error every other keystroke).
    return await _field_keystrokes(path, reach, "A-count", ("backspace", "6"))


async def wizard_keystrokes(path: Path) -> list[float]:
    async def reach(app, pilot):
        await app.switch_mode("wizard")
        await _settle(pilot)
        # Step 4, the proposals: its figures are what a user types in the wizard (the
        # budget figures of step 3 are read-only there now, edited in Plan). Wizard steps
        # are shift+F1-F6; F4 is a mode key.
        await pilot.press("shift+f4")

    # 36 -> 3 -> 36 instalments of offer A, each a recompute of both offers.
    return await _field_keystrokes(path, reach, "A-count", ("backspace", "6"))


async def settings_keystrokes(path: Path) -> list[float]:
    async def reach(app, pilot):
        await app.run_action("settings")

    # The penalty multiple: 1.5 -> 1.56 -> 1.5, each a valid new value that is saved.
    # (The first field, the income share, went 20% -> 6 -> "": an error every other
    # keystroke, and nothing saved.)
    return await _field_keystrokes(path, reach, "penalty_multiple", ("6", "backspace"))


async def bare_keystrokes() -> Presses:
    """A minimal app whose Input updates a Static on every change: the floor for a keystroke."""
    from textual.app import App
    from textual.widgets import Input, Static

    class Bare(App):
        def compose(self):
            yield Input()
            yield Static()

        def on_input_changed(self, event: Input.Changed) -> None:
            self.query_one(Static).update(event.value)

    app = Bare()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        return await _press_times(pilot, PRESSES)


def _clean_slate() -> None:
    """Collect the garbage earlier apps of this process left, so that neither side pays for
    it inside a measurement (a user's process runs one app)."""
    gc.collect()


async def _settle(pilot) -> None:
    """Until the screen shows its data: no worker running, and nothing still being composed
    from what one sent back (a screen that loads in a worker fills itself after it ends)."""
    app = pilot.app
    for _ in range(200):
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        waiting = getattr(screen, "data", ...) is None or getattr(screen, "_composing", False)
        if not waiting and not any(w.is_running for w in app.workers):
            return


# --- launch --------------------------------------------------------------------------------

MINIMAL = """
import os, time
from textual.app import App
from textual.widgets import DataTable, Footer, Header

class Minimal(App):
    def compose(self):
        yield Header()
        yield DataTable()
        yield Footer()

    def on_mount(self):
        table = self.query_one(DataTable)
        table.add_columns("a", "b")
        table.add_rows([(str(i), "x") for i in range(7)])
        self.call_after_refresh(self.done)

    def done(self):
        self.ready_at = time.time()
        self.exit()

app = Minimal()
app.run(headless=True)
print(app.ready_at - float(os.environ["BENCH_T0"]))
"""

PARLEY = """
import os, sys, time
from parley.store import Store
from parley.tui.app import ParleyApp
from textual.widgets import DataTable

class Timed(ParleyApp):
    def on_ready(self):
        self.set_interval(0.002, self._check)

    def _check(self):
        table = self.screen.query(DataTable)
        if table and table.first().row_count:
            self.ready_at = time.time()
            self.exit()

store = Store.open(sys.argv[1])
app = Timed(store, lang="en")
app.run(headless=True)
print(app.ready_at - float(os.environ["BENCH_T0"]))
"""


def _run(code: str, *args: str) -> str:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed package has its bytecode too
    env["BENCH_T0"] = repr(time.time())
    done = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, check=True, capture_output=True, text=True
    )
    return done.stdout.strip().splitlines()[-1]


def launches(small: Path) -> tuple[list[float], list[float]]:
    _run(MINIMAL), _run(PARLEY, str(small))  # warm-up: bytecode and disk cache
    ours, ref = [], []
    for _ in range(LAUNCHES):
        ref.append(float(_run(MINIMAL)))
        ours.append(float(_run(PARLEY, str(small))))
    return ours, ref


# --- mode visits ---------------------------------------------------------------------------


def _textual_kind(widget) -> type:
    """The Textual class a widget is built on (its first base from textual's own modules)."""
    for cls in type(widget).__mro__:
        if cls.__module__.startswith("textual."):
            return cls
    return type(widget)


def _make(cls: type):
    from textual.widgets import (
        Button,
        ContentSwitcher,
        Label,
        Select,
        Static,
        TabbedContent,
        TabPane,
    )

    if cls is Select:
        return Select([("a", 1), ("b", 2)])
    if cls in (Button, Label):
        return cls("x")
    if cls is TabPane:
        return Static("x")  # a pane outside a TabbedContent: its content only
    if cls in (TabbedContent, ContentSwitcher):
        return cls()
    try:
        return cls()
    except TypeError:
        return Static("x")


def census(screen) -> Counter:
    return Counter(_textual_kind(w) for w in screen.walk_children(with_self=False))


async def mode_visits(
    path: Path, modes: tuple[str, ...] | list[str] = MODES
) -> dict[str, tuple[list[float], list[float], Counter]]:
    """First and repeat visit of each mode, in fresh apps each time."""
    from parley.tui.app import ParleyApp

    found: dict[str, tuple[list[float], list[float], Counter]] = {}
    for mode in modes:
        if mode not in ParleyApp.MODES:
            continue
        firsts, repeats, kinds = [], [], Counter()
        for _ in range(VISITS):
            store = Store.open(path)
            app = ParleyApp(store, lang="en")
            async with app.run_test(size=SIZE) as pilot:
                await _settle(pilot)
                _clean_slate()
                start = time.perf_counter()
                await app.switch_mode(mode)
                await _settle(pilot)
                firsts.append(time.perf_counter() - start)
                kinds = census(app.screen)
                await app.switch_mode("debts")
                await _settle(pilot)
                _clean_slate()
                start = time.perf_counter()
                await app.switch_mode(mode)
                await _settle(pilot)
                repeats.append(time.perf_counter() - start)
            store.close()
        found[mode] = (firsts, repeats, kinds)
    return found


async def reference_visits(kinds: Counter) -> tuple[list[float], list[float]]:
    from textual.app import App
    from textual.containers import VerticalScroll
    from textual.screen import Screen
    from textual.widgets import DataTable

    class Fair(Screen):
        def on_mount(self):
            # Parley's mode screens work around Textual re-parsing all CSS on every visit
            # to a screen that was not mounted when the CSS was last refreshed
            # (tui/screens/base.py); the reference gets the same, or it pays for it.
            self._css_update_count = self.app._css_update_count

    class Same(Fair):
        def compose(self):
            with VerticalScroll():
                for cls, n in kinds.items():
                    for _ in range(n):
                        yield _make(cls)

    class Home(Fair):
        def compose(self):
            yield DataTable()

    class Ref(App):
        MODES = {"home": Home, "same": Same}
        DEFAULT_MODE = "home"

    firsts, repeats = [], []
    for _ in range(VISITS):
        app = Ref()
        async with app.run_test(size=SIZE) as pilot:
            await _settle(pilot)
            _clean_slate()
            start = time.perf_counter()
            await app.switch_mode("same")
            await _settle(pilot)
            firsts.append(time.perf_counter() - start)
            await app.switch_mode("home")
            await _settle(pilot)
            _clean_slate()
            start = time.perf_counter()
            await app.switch_mode("same")
            await _settle(pilot)
            repeats.append(time.perf_counter() - start)
    return firsts, repeats


# --- tables --------------------------------------------------------------------------------


async def table_paint(path: Path) -> float:
    from textual.widgets import DataTable

    from parley.tui.app import ParleyApp

    store = Store.open(path)
    start = time.perf_counter()
    app = ParleyApp(store, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        while True:
            tables = app.screen.query(DataTable)
            if tables and tables.first().row_count == 1000:
                break
            await pilot.pause(0.001)
        await pilot.pause()
        elapsed = time.perf_counter() - start
    store.close()
    return elapsed


async def plain_table_paint() -> float:
    from textual.app import App
    from textual.widgets import DataTable

    # The eleven columns the debts table shows, with text of the same length.
    rows = [
        (
            str(i),
            f"Lender {i:04d}",
            "Online lender",
            "CN¥1,234.00",
            "24.0% >24%",
            "45 days · Late",
            "passed",
            "45 days left",
            "High (3/7d, 9/30d)",
            "None",
            "2026-12-05",
        )
        for i in range(1000)
    ]

    class Plain(App):
        def compose(self):
            yield DataTable()

        def on_mount(self):
            table = self.query_one(DataTable)
            table.add_columns(
                "#",
                "Lender",
                "Kind",
                "Owed",
                "True APR",
                "Overdue",
                "30-day window",
                "90-day window",
                "Collection",
                "Legal",
                "Follow-up",
            )
            table.add_rows(rows)

    start = time.perf_counter()
    app = Plain()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        elapsed = time.perf_counter() - start
    return elapsed


async def timeline_filter(path: Path, debt_ids: list[int]) -> list[float]:
    from parley.tui.app import ParleyApp

    store = Store.open(path)
    app = ParleyApp(store, lang="en")
    times = []
    async with app.run_test(size=SIZE) as pilot:
        await _settle(pilot)
        await app.switch_mode("timeline")
        await _settle(pilot)
        screen = app.screen
        for debt_id in debt_ids:
            start = time.perf_counter()
            screen.show_debt(debt_id)
            await _settle(pilot)
            times.append(time.perf_counter() - start)
    store.close()
    return times


async def plain_filter(path: Path, debt_ids: list[int]) -> list[float]:
    import sqlite3

    from textual.app import App
    from textual.widgets import DataTable

    conn = sqlite3.connect(path)

    class Plain(App):
        def compose(self):
            yield DataTable()

        def on_mount(self):
            self.query_one(DataTable).add_columns(
                "when", "debt", "kind", "channel", "party", "what", "promises", "files", "follow"
            )

    times = []
    app = Plain()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table = app.query_one(DataTable)
        for debt_id in debt_ids:
            start = time.perf_counter()
            # The nine columns the timeline shows, its promises and files included.
            rows = conn.execute(
                "SELECT e.occurred_at, d.lender, e.kind, e.channel, e.party, e.summary, "
                "(SELECT count(*) FROM promises p WHERE p.event_id = e.id), "
                "(SELECT count(*) FROM attachments a WHERE a.event_id = e.id), "
                "coalesce(e.follow_up, '') FROM events e JOIN debts d ON d.id = e.debt_id "
                "WHERE e.debt_id = ? ORDER BY e.occurred_at DESC, e.id DESC LIMIT 200",
                (debt_id,),
            ).fetchall()
            conn.execute("SELECT count(*) FROM events WHERE debt_id = ?", (debt_id,)).fetchone()
            table.clear()
            table.add_rows(rows)
            await _settle(pilot)
            times.append(time.perf_counter() - start)
    conn.close()
    return times


# --- memory --------------------------------------------------------------------------------

PEAK_PARLEY = """
import asyncio, resource, sys
from parley.store import Store
from parley.tui.app import ParleyApp

async def main():
    store = Store.open(sys.argv[1])
    app = ParleyApp(store, lang="en")
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause(); await app.workers.wait_for_complete(); await pilot.pause()
        await app.switch_mode("timeline")
        await pilot.pause(); await app.workers.wait_for_complete(); await pilot.pause()
    store.close()

asyncio.run(main())
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
"""

PEAK_MINIMAL = """
import asyncio, resource, sqlite3, sys, tracemalloc
from textual.app import App
from textual.widgets import DataTable, Footer, Header

class Minimal(App):
    def compose(self):
        yield Header(); yield DataTable(); yield Footer()

async def main():
    app = Minimal()
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()

asyncio.run(main())
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
# The data's own size as Python objects: every row of every table, as tuples.
conn = sqlite3.connect(sys.argv[1])
tracemalloc.start()
held = [conn.execute(f"SELECT * FROM {t}").fetchall() for t in ("debts", "events")]
data = tracemalloc.get_traced_memory()[0]
print(rss + data)
"""


def _copy(path: Path, name: str) -> Path:
    import shutil

    copy = path.with_name(name)
    shutil.copyfile(path, copy)
    return copy


def main() -> None:
    import compileall

    # An installed package carries its bytecode; a checkout run with PYTHONDONTWRITEBYTECODE
    # would compile every module from source on each first import (the clause scanner's
    # learned weights alone take ~0.2 s), a cost no user pays.
    compileall.compile_dir(ROOT / "src", quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "demo.db"
        with Store.open(small) as store:
            demo.fill(store, TODAY)
        big = Path(tmp) / "many.db"
        if wanted("offer editor keystroke (1,000 debts)") or wanted("debts table painted"):
            build_many(big)
        huge = Path(tmp) / "events.db"
        if wanted("timeline filter change (50,000 events)") or wanted("peak memory (1,000"):
            build_many(huge, debts=1000, events=50_000)

        for name, measure in (
            ("offer editor keystroke (1,000 debts)", lambda: offer_keystrokes(big)),
            # On a copy: the wizard keeps its step in the file, and the mode visits below
            # start from the example data as it comes.
            # Each on a fresh copy of the example data: a keystroke figure saves what it types
            # (and the app its place), which would change what the next figure opens onto.
            ("wizard keystroke", lambda: wizard_keystrokes(_copy(small, "wizard.db"))),
            ("settings keystroke", lambda: settings_keystrokes(_copy(small, "settings.db"))),
        ):
            if not wanted(name):
                continue
            # Several apps a side, alternating: Pilot's idle test polls every 20 ms, so one
            # app's presses all land on the same step (a bare Input reads ~63 or ~83 ms
            # from one app to the next); pooled over apps, the reference holds still.
            ours, ref = Presses(), Presses()
            for _ in range(ROUNDS):
                ours += asyncio.run(measure())
                ref += asyncio.run(bare_keystrokes())
            med = statistics.median
            line(f"{name}, press to idle", med(ours.to_idle), med(ref.to_idle), 1.25)
            line(f"{name}, press to last frame", med(ours.to_frame), med(ref.to_frame), 1.25)

        if wanted("launch to the first interactive Debts screen"):
            ours, ref = launches(small)
            line(
                "launch to the first interactive Debts screen",
                statistics.median(ours),
                statistics.median(ref),
                1.3,
            )

        modes = [
            m for m in MODES if wanted(f"first visit to {m}") or wanted(f"repeat visit to {m}")
        ]
        visits = asyncio.run(mode_visits(small, modes))
        for mode, (firsts, repeats, kinds) in visits.items():
            ref_first, ref_repeat = asyncio.run(reference_visits(kinds))
            n = sum(kinds.values())
            line(
                f"first visit to {mode} ({n} widgets)",
                statistics.median(firsts),
                statistics.median(ref_first),
                1.5,
            )
            line(
                f"repeat visit to {mode}",
                statistics.median(repeats),
                statistics.median(ref_repeat),
                1.5,
            )

        if wanted("debts table painted (1,000 debts)"):
            ours_t, ref_t = [], []
            for _ in range(3):
                ours_t.append(asyncio.run(table_paint(big)))
                ref_t.append(asyncio.run(plain_table_paint()))
            line(
                "debts table painted (1,000 debts)",
                statistics.median(ours_t),
                statistics.median(ref_t),
                1.5,
            )

        if wanted("timeline filter change (50,000 events)"):
            with Store.open(huge) as store:
                ids = [d.id for d in store.list_debts()][:8]
            ours_f = asyncio.run(timeline_filter(huge, ids))
            ref_f = asyncio.run(plain_filter(huge, ids))
            line(
                "timeline filter change (50,000 events)",
                statistics.median(ours_f),
                statistics.median(ref_f),
                1.2,
            )

        if wanted("peak memory (1,000 debts, 50,000 events)"):
            ours_m = float(_run(PEAK_PARLEY, str(huge)))
            ref_m = float(_run(PEAK_MINIMAL, str(huge)))
            line("peak memory (1,000 debts, 50,000 events)", ours_m, ref_m, 1.5, unit="bytes")


if __name__ == "__main__":
    main()
