"""Properties of the household plan that hold for any debts and any budget."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from parley.engine.budget import Budget, IncomeSource, Placement, solve
from parley.engine.debt import Debt, Intensity, LenderKind, Settings

TODAY = date(2026, 11, 30)


@st.composite
def debts(draw):
    found = []
    for n in range(draw(st.integers(0, 7))):
        principal = draw(st.integers(1, 20_000_000))
        repaid = draw(st.integers(0, principal))
        found.append(
            Debt(
                lender=f"L{n}",
                kind=draw(st.sampled_from(list(LenderKind))),
                principal=principal,
                principal_repaid=repaid,
                outstanding=draw(st.integers(0, 2 * principal)),
                annual_rate=draw(st.sampled_from([0.0, 0.08, 0.18, 0.24, 0.36])),
                term=draw(st.integers(1, 36)),
                start_date=date(2025, 1, 1),
                first_missed=draw(
                    st.none() | st.integers(1, 200).map(lambda d: TODAY - timedelta(days=d))
                ),
                collection_intensity=draw(st.sampled_from(list(Intensity))),
                id=n + 1,
            )
        )
    return found


def _budget(income, essentials, lump, rule):
    return Budget((IncomeSource("pay", income),), (("other", essentials),), lump, rule)


@settings(max_examples=150)
@given(
    debts(),
    st.integers(0, 5_000_000),
    st.integers(0, 5_000_000),
    st.integers(0, 3_000_000),
    st.booleans(),
)
def test_the_plan_stays_within_the_money_for_debts_and_repays_each_principal_left(
    found, income, essentials, lump, rule
):
    b = _budget(income, essentials, lump, rule)
    plan = solve(b, found, today=TODAY, settings=Settings())
    for month in plan.months:
        assert month.paid <= b.available
        assert month.owed_after >= 0
    cap = b.instalment_cap
    for ask in plan.asks:
        if ask.planned:
            assert ask.total == ask.principal_left  # exactly, to the fen
            assert 1 <= ask.count <= 60
            if cap is not None:
                assert max(ask.payments) <= cap
    assert sum(a.down_payment for a in plan.asks) <= lump
    if plan.feasible:
        assert all(a.placement is not Placement.MEDIATION for a in plan.asks)


@settings(max_examples=150)
@given(
    debts(),
    st.integers(0, 5_000_000),
    st.integers(0, 5_000_000),
    st.integers(1, 2_000_000),
    st.booleans(),
)
def test_more_money_never_makes_the_debt_free_month_later(found, income, essentials, more, rule):
    less = solve(_budget(income, essentials, 0, rule), found, today=TODAY, settings=Settings())
    richer = _budget(income, max(essentials - more, 0), 0, rule)
    plan = solve(richer, found, today=TODAY, settings=Settings())
    if less.debt_free is not None:
        assert plan.debt_free is not None
        assert plan.debt_free <= less.debt_free
