from __future__ import annotations

from datetime import date, timedelta

from parley.engine.cost import Cost
from parley.engine.debt import Debt, Intensity, LegalStage, Settings
from parley.engine.triage import (
    Stage,
    days_overdue,
    debt_ratio,
    debt_true_cost,
    rank_debts,
    stage,
    window_days_left,
)

TODAY = date(2026, 11, 30)


def overdue(days: int, **changes) -> Debt:
    return Debt(lender="L", first_missed=TODAY - timedelta(days=days), **changes)


def test_stages_by_days_and_legal_step():
    assert stage(Debt(lender="L"), TODAY) is Stage.CURRENT
    assert stage(overdue(0), TODAY) is Stage.CURRENT
    assert stage(overdue(1), TODAY) is Stage.OVERDUE_1_30
    assert stage(overdue(30), TODAY) is Stage.OVERDUE_1_30
    assert stage(overdue(31), TODAY) is Stage.OVERDUE_31_90
    assert stage(overdue(91), TODAY) is Stage.OVERDUE_90_PLUS
    assert stage(overdue(5, legal_stage=LegalStage.LAWSUIT), TODAY) is Stage.LAWSUIT
    assert Stage.JUDGMENT.label()


def test_windows():
    assert window_days_left(overdue(10), TODAY) == (20, 80)
    assert window_days_left(overdue(45), TODAY) == (None, 45)
    assert window_days_left(overdue(120), TODAY) == (None, None)
    assert window_days_left(Debt(lender="L"), TODAY) == (None, None)
    assert days_overdue(overdue(45), TODAY) == 45


def test_true_cost_counts_the_fee_cut_up_front():
    plain = debt_true_cost(Debt(lender="L", principal=1_000_000, annual_rate=0.12, term=12))
    cut = debt_true_cost(
        Debt(lender="L", principal=1_000_000, fee_upfront=50_000, annual_rate=0.12, term=12)
    )
    assert abs(plain.apr - 0.12) < 1e-5
    assert cut.apr > 0.20


def test_true_cost_from_dated_payments():
    debt = Debt(lender="L", principal=100_000, start_date=date(2025, 1, 1))
    cost = debt_true_cost(debt, [(date(2026, 1, 1), 142_000)])
    assert abs(cost.ear - 0.42) < 1e-9


def test_ranking_order():
    ids = iter(range(1, 100))

    def debt(rate, intensity=Intensity.NONE, legal=LegalStage.NONE):
        return Debt(
            lender="L",
            id=next(ids),
            principal=1_000_000,
            annual_rate=rate,
            term=12,
            collection_intensity=intensity,
            legal_stage=legal,
        )

    low = debt(0.10)
    mid_harsh = debt(0.18, Intensity.HIGH)
    mid_sued = debt(0.18, Intensity.HIGH, LegalStage.LAWSUIT)
    high = debt(0.30)
    highest = debt(0.40)
    ranked = rank_debts([low, mid_harsh, mid_sued, high, highest], today=TODAY, settings=Settings())
    assert [r.debt for r in ranked] == [highest, high, mid_sued, mid_harsh, low]
    assert [r.rank for r in ranked] == [1, 2, 3, 4, 5]
    assert "24%" in ranked[0].caps_exceeded
    # Intensity given separately outranks the record's own.
    same = [debt(0.18), debt(0.18)]
    ranked = rank_debts(
        same, today=TODAY, settings=Settings(), intensity={same[1].id: Intensity.HIGH}
    )
    assert ranked[0].debt is same[1]


def test_precomputed_costs_are_used():
    a = Debt(lender="A", id=1, principal=1_000_000, annual_rate=0.10, term=12)
    b = Debt(lender="B", id=2, principal=1_000_000, annual_rate=0.20, term=12)
    ranked = rank_debts(
        [a, b], today=TODAY, settings=Settings(), costs={1: Cost(0.5, 0.6, None, True)}
    )
    assert ranked[0].debt is a


def test_ranking_a_thousand_debts_orders_every_debt_once():
    # Speed is measured in benchmarks/, not asserted here.
    debts = [
        Debt(
            lender=str(i),
            id=i,
            principal=100_000 + 997 * i,
            annual_rate=0.05 + i % 40 / 100,
            term=12 + i % 25,
            first_missed=TODAY - timedelta(days=i % 200),
        )
        for i in range(1000)
    ]
    ranked = rank_debts(debts, today=TODAY, settings=Settings())
    assert sorted(r.debt.id for r in ranked) == list(range(1000))
    assert [r.rank for r in ranked] == list(range(1, 1001))
    above = [r for r in ranked if r.cost.apr is not None and r.cost.apr > 0.24]
    assert ranked[: len(above)] == above


def test_debt_ratio():
    assert debt_ratio(1_850_000, 83_334) > 1.8
    assert debt_ratio(100, 0) is None
