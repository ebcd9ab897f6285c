"""True cost: textbook rates, fees, dated flows and the cases with no answer."""

from __future__ import annotations

import math
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from parley.engine.cost import dated_cost, loan_cost, periodic_cost
from parley.engine.debt import Method
from parley.engine.rates import parse_rate
from parley.engine.schedule import build_schedule

START = date(2026, 1, 1)


def bisect_rate(received: float, payments: list[float]) -> float:
    """Periodic IRR by plain bisection: an independent reference for the solver."""

    def npv(r: float) -> float:
        return received - sum(p / (1 + r) ** (k + 1) for k, p in enumerate(payments))

    low, high = 0.0, 1.0
    for _ in range(200):
        mid = (low + high) / 2
        if npv(mid) > 0:
            high = mid
        else:
            low = mid
    return (low + high) / 2


def test_flat_one_and_a_half_percent_a_month_is_about_31_7_percent():
    # 12,000 borrowed; 1,000 principal + 180 interest every month.
    reference = bisect_rate(12_000, [1_180] * 12) * 12
    assert abs(reference - 0.317) < 0.001
    quote = loan_cost(1_200_000, parse_rate("flat 1.5%/month").annual, 12, Method.FLAT, start=START)
    assert abs(quote.cost.apr - reference) < 1e-6
    assert abs(quote.cost.ear - ((1 + reference / 12) ** 12 - 1)) < 1e-6


def test_equal_payments_give_the_textbook_rate():
    reference = bisect_rate(10_000, [1_000] * 12)
    cost = periodic_cost(1_000_000, [100_000] * 12)
    assert abs(cost.periodic_rate - reference) < 1e-9
    assert abs(cost.apr - reference * 12) < 1e-8


def test_fee_cut_up_front_raises_the_apr():
    plain = loan_cost(1_000_000, 0.12, 12, start=START)
    cut = loan_cost(1_000_000, 0.12, 12, start=START, received=950_000)
    assert cut.cost.apr > plain.cost.apr + 0.08
    payments = [p / 100 for p in cut.schedule.payments_by_period()]
    assert abs(cut.cost.apr - bisect_rate(9_500, payments) * 12) < 1e-6
    assert cut.total_fees == 50_000


def test_monthly_account_fee_raises_the_apr():
    plain = loan_cost(1_000_000, 0.12, 12, start=START)
    fee = loan_cost(1_000_000, 0.12, 12, start=START, fee_per_instalment=2_000)
    assert fee.cost.apr > plain.cost.apr + 0.04
    assert fee.total_paid == plain.total_paid + 24_000


def test_daily_rate_of_five_in_ten_thousand_is_18_25_percent():
    assert abs(parse_rate("日息万五").annual - 0.1825) < 1e-12
    quote = loan_cost(1_000_000, parse_rate("daily 0.05%").annual, 12, start=START)
    assert abs(quote.cost.apr - 0.1825) < 1e-5


def test_dated_flows_one_year_at_ten_percent():
    cost = dated_cost([(date(2025, 1, 1), 100_000), (date(2026, 1, 1), -110_000)])
    assert abs(cost.ear - 0.10) < 1e-9
    assert abs(cost.apr - 12 * (1.1 ** (1 / 12) - 1)) < 1e-9
    assert cost.periodic_rate is None


def test_dated_flows_agree_with_monthly_irr_for_monthly_payments():
    days = [START + timedelta(days=round(365 / 12 * k)) for k in range(13)]
    flows = [(days[0], 1_000_000)] + [(d, -88_849) for d in days[1:]]
    ear = dated_cost(flows).ear
    assert abs(ear - (1.01**12 - 1)) < 1e-3


def test_no_solution_is_reported_not_raised():
    cases = [
        periodic_cost(1_000_000, [50_000] * 12),  # never pays back what arrived
        periodic_cost(0, [100] * 3),
        periodic_cost(100, []),
        periodic_cost(100, [0, 0]),
        dated_cost([(START, 0), (START, 0)]),
        dated_cost([(START, 100_000), (date(2026, 6, 1), -50_000)]),
        dated_cost([(START, 100_000), (START, -150_000)]),
    ]
    for cost in cases:
        assert not cost.solved
        assert cost.apr is None and cost.ear is None
        assert cost.reason


def test_paying_back_exactly_what_arrived_costs_nothing():
    cost = periodic_cost(120_000, [10_000] * 12)
    assert cost.solved and cost.apr == 0.0


@settings(max_examples=100, deadline=None)
@given(
    principal=st.integers(10**7, 10**10),
    rate=st.floats(0.0, 0.36),
    count=st.integers(1, 360),
)
def test_fee_free_annuity_costs_its_own_rate(principal, rate, count):
    # At least 100,000.00 borrowed so that rounding each instalment to the fen moves the
    # solved rate by well under 1e-6.
    s = build_schedule(principal, rate, count, start=START)
    cost = periodic_cost(principal, s.payments_by_period())
    assert cost.solved
    assert math.isclose(cost.apr, rate, abs_tol=1e-6)
