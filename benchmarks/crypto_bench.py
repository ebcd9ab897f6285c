"""The cost of a locked (SQLCipher) data file, next to the same file unlocked.

    PYTHONPATH=src python benchmarks/crypto_bench.py

The same 1,000 debts and 20,000 events, once plain (the reference) and once locked;
medians of several runs in one process, the two measured turn about:
  open:     Store.open and close. Locked, this includes deriving the key from the passphrase
            (PBKDF2-HMAC-SHA512, 256,000 rounds): a fixed cost paid once per start, on purpose
            slow for anyone guessing passphrases, so its target is loose (the reference opens
            in about 1 ms; 300x is a budget of about 300 ms for a start).
  one edit: change one debt's outstanding balance, committed (synchronous=FULL).
  summary:  every debt with its 7/30-day contact counts (what the Debts screen reads).
            Pages are decrypted once and then served from the page cache; what is left of
            the difference is the sqlcipher3 binding fetching rows more slowly than sqlite3
            (a plain file read through sqlcipher3 costs the same as the locked one).
Each line: `NAME: Parley X ms, reference Y ms, ratio Z.ZZx (target <= T)`.
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import store_bench  # noqa: E402

from parley.store import Store, crypto  # noqa: E402

TODAY = date(2026, 11, 30)
PASSPHRASE = "benchmark passphrase"
RUNS = 9
TARGETS = {"open": 300.0, "one edit": 1.5, "1,000-debt summary": 2.0}


def paired(plain_fn, locked_fn, runs: int = RUNS) -> tuple[float, float]:
    """Medians of the two, measured turn about so that the disk's and the machine's
    moods (fsync latency varies a lot on a shared machine) fall on both alike."""
    plain_fn(-1)
    locked_fn(-1)
    plain, locked = [], []
    for i in range(runs):
        for fn, into in ((plain_fn, plain), (locked_fn, locked)):
            start = time.perf_counter()
            fn(i)
            into.append((time.perf_counter() - start) * 1000)
    return statistics.median(plain), statistics.median(locked)


def measure(plain: Path, locked: Path) -> dict[str, tuple[float, float]]:
    out = {
        "open": paired(
            lambda _i: Store.open(plain).close(),
            lambda _i: Store.open(locked, passphrase=PASSPHRASE).close(),
        )
    }
    with Store.open(plain) as a, Store.open(locked, passphrase=PASSPHRASE) as b:
        debt_a, debt_b = a.get_debt(500), b.get_debt(500)

        def edit(store, debt):
            def run(i: int) -> None:
                debt.outstanding = 3000 + i
                store.update_debt(debt)

            return run

        out["one edit"] = paired(edit(a, debt_a), edit(b, debt_b), runs=RUNS * 3)
        out["1,000-debt summary"] = paired(
            lambda _i: a.debt_summary(TODAY), lambda _i: b.debt_summary(TODAY), runs=RUNS * 3
        )
        assert a.debt_summary(TODAY) == b.debt_summary(TODAY)
        assert len(b.debt_summary(TODAY)) == store_bench.DEBTS
    return out


def main() -> int:
    store_bench.EVENTS = 20_000
    with tempfile.TemporaryDirectory() as tmp:
        plain = Path(tmp) / "plain" / "bench.db"
        locked = Path(tmp) / "locked" / "bench.db"
        plain.parent.mkdir()
        locked.parent.mkdir()
        store_bench.build(plain)
        shutil.copy(plain, locked)
        crypto.lock(locked, PASSPHRASE)
        figures = measure(plain, locked)
    ok = True
    for name, target in TARGETS.items():
        reference, mine = figures[name]
        ratio = mine / reference
        good = ratio <= target
        ok &= good
        print(
            f"{name}: Parley {mine:.2f} ms, reference {reference:.2f} ms, "
            f"ratio {ratio:.2f}x (target <= {target:g}){'' if good else '  MISSED'}"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
