"""The household plan's solver, next to one offer recompute measured in the same run.

    PYTHONPATH=src python benchmarks/budget_bench.py

Each line: `NAME: Parley X ms, reference Y ms, ratio Z.ZZx (target <= T)`, where the
reference is one offer recompute (`offers.evaluate`, 36 instalments), the work the offer
editor does on each keystroke. A re-solve is what the Plan mode does when a figure is
edited (the debts are the same, so their true costs and baselines are already known);
the first solve also works those out. Targets: 50 debts re-solved in <= 20 ms (500 in
<= 200 ms); a first solve, once per visit to the mode, within 100 ms (1 s for 500).
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from parley.engine.budget import Budget, IncomeSource, solve
from parley.engine.debt import Debt, Intensity, LenderKind, Settings
from parley.engine.offers import OfferKind, OfferTerms, evaluate

TODAY = date(2026, 11, 30)
SETTINGS = Settings(monthly_income=2_000_000)


def make_debts(n: int, seed: int) -> list[Debt]:
    rng = random.Random(seed)
    debts = []
    for i in range(n):
        principal = rng.randrange(200_000, 5_000_000, 100)
        repaid = rng.randrange(0, principal // 2, 100)
        rate = rng.choice([0.0, 0.08, 0.154, 0.18, 0.24, 0.3, 0.36])
        missed = TODAY - timedelta(days=rng.randrange(1, 200)) if rng.random() < 0.7 else None
        debts.append(
            Debt(
                lender=f"Lender {i}",
                kind=rng.choice(list(LenderKind)),
                principal=principal,
                principal_repaid=repaid,
                outstanding=principal - repaid + rng.randrange(0, principal // 5 + 1),
                annual_rate=rate,
                term=rng.choice([12, 24, 36]),
                instalments_paid=rng.randrange(0, 6),
                start_date=date(2025, 1, 15),
                first_missed=missed,
                collection_intensity=rng.choice(list(Intensity)),
                id=i + 1,
            )
        )
    return debts


def budget(essentials: int) -> Budget:
    return Budget(
        (IncomeSource("salary", 1_500_000), IncomeSource("family", 500_000)),
        (("housing", essentials), ("food", 300_000)),
        lump_sum=1_000_000,
    )


def median_ms(func: Callable[[int], object], repeat: int) -> float:
    times = []
    for k in range(repeat):
        started = time.perf_counter()
        func(k)
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1e3


def line(name: str, parley: float, reference: float, target: str) -> None:
    print(
        f"{name}: Parley {parley:.2f} ms, reference {reference:.2f} ms, "
        f"ratio {parley / reference:.2f}x (target <= {target})"
    )


def main() -> None:
    one = make_debts(1, seed=1)[0]
    terms = OfferTerms(kind=OfferKind.RESTRUCTURE, rate=0.12, count=36)

    def recompute(k: int) -> None:
        evaluate(one, terms, today=TODAY, settings=SETTINGS)

    recompute(0)  # the baseline is cached after the first call, as in the editor
    reference = median_ms(recompute, 200)
    for n, target, first_target in ((50, "20 ms", "100 ms"), (500, "200 ms", "1000 ms")):
        debts = make_debts(n, seed=n)
        started = time.perf_counter()
        plan = solve(budget(400_000), debts, today=TODAY, settings=SETTINGS)
        first = (time.perf_counter() - started) * 1e3
        assert all(m.paid <= plan.available for m in plan.months)

        def resolve(k: int, debts=debts) -> None:
            # A different figure each time, as when the user types.
            solve(budget(400_000 + 10_000 * (k % 40)), debts, today=TODAY, settings=SETTINGS)

        resolve(0)
        again = median_ms(resolve, 30 if n == 50 else 10)
        line(f"budget re-solve, {n} debts", again, reference, target)
        line(f"budget first solve, {n} debts", first, reference, first_target)


if __name__ == "__main__":
    main()
