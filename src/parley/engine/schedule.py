"""Repayment schedules, exact to the minor unit.

CONTRACT (other modules rely on these names): `Instalment`, `Schedule`, `build_schedule`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from parley.engine.debt import Method


@dataclass(frozen=True)
class Instalment:
    n: int  # 1-based
    due: date
    payment: int  # principal + interest + fee
    principal: int
    interest: int
    fee: int
    balance: int  # principal still owed after this instalment


@dataclass(frozen=True)
class Schedule:
    instalments: tuple[Instalment, ...]
    principal: int

    @property
    def total_paid(self) -> int:
        return sum(i.payment for i in self.instalments)

    @property
    def total_interest(self) -> int:
        return sum(i.interest for i in self.instalments)

    @property
    def total_fees(self) -> int:
        return sum(i.fee for i in self.instalments)

    @property
    def first_payment(self) -> int:
        return self.instalments[0].payment if self.instalments else 0


def build_schedule(
    principal: int,
    annual_rate: float,
    count: int,
    method: Method = Method.ANNUITY,
    *,
    start: date,
    fee_per_instalment: int = 0,
    periods_per_year: int = 12,
) -> Schedule:
    """Instalments for `principal` (minor units) at a nominal `annual_rate` over `count` periods.

    The first instalment falls due one period after `start`. Principal parts add up exactly
    to `principal`; the last instalment absorbs rounding.
    """
    raise NotImplementedError
