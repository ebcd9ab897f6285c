"""Side-by-side timings: APR solve (parley.engine.cost vs numpy_financial.irr) and a full
offer recompute at 360 periods.

Run: PYTHONPATH=src python benchmarks/engine_bench.py
Targets: full recompute <= 1 ms; APR solve >= 100x faster than numpy_financial.irr at 360.
"""

from __future__ import annotations

import statistics
import time
import warnings
from collections.abc import Callable
from datetime import date

import numpy_financial as npf

from parley.engine.cost import periodic_cost
from parley.engine.debt import Debt, Settings
from parley.engine.offers import OfferKind, OfferTerms, baseline, evaluate
from parley.engine.schedule import build_schedule

TODAY = date(2026, 11, 30)


def median_seconds(func: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        func()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


PRINCIPAL = 10_000_000


def main() -> None:
    principal = PRINCIPAL
    print(f"{'periods':>8}  {'parley':>12}  {'numpy_financial':>16}  {'ratio':>8}  apr agree")
    for periods in (12, 60, 360):
        payments = build_schedule(principal, 0.24, periods, start=TODAY).payments_by_period()
        flows = [principal] + [-p for p in payments]
        ours = median_seconds(lambda p=payments: periodic_cost(PRINCIPAL, p), 201)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            theirs = median_seconds(lambda f=flows: npf.irr(f), 7 if periods == 360 else 31)
            reference = float(npf.irr(flows)) * 12
        apr = periodic_cost(principal, payments).apr
        print(
            f"{periods:>8}  {ours * 1e6:>9.1f} µs  {theirs * 1e6:>13.1f} µs  "
            f"{theirs / ours:>7.0f}x  {abs(apr - reference) < 1e-9}"
        )

    debt = Debt(
        lender="bench",
        principal=20_000_000,
        annual_rate=0.24,
        term=360,
        outstanding=18_000_000,
        first_missed=date(2026, 10, 1),
    )
    settings = Settings(monthly_income=1_000_000)
    baseline(debt, today=TODAY, settings=settings)  # worked out once per debt

    def recompute(rate: list[float] = [0.10]) -> None:  # noqa: B006 - changes on each call
        rate[0] = 0.10 if rate[0] > 0.2 else rate[0] + 0.001  # a new offer every time
        terms = OfferTerms(
            kind=OfferKind.RESTRUCTURE, rate=rate[0], count=360, down_payment_pct=0.1
        )
        evaluate(debt, terms, today=TODAY, settings=settings)

    full = median_seconds(recompute, 301)
    print(
        f"\nfull offer recompute at 360 periods (offer -> schedule -> APR -> savings): "
        f"{full * 1e3:.3f} ms median (target <= 1 ms)"
    )


if __name__ == "__main__":
    main()
