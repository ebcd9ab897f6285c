"""How hard a lender is pressing: collection intensity derived from the contact log.

The figures are defaults the user can see: every threshold is a named constant, and
`IntensityRule.describe()` says in words what each level means where it is shown.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from parley.engine.debt import Intensity
from parley.i18n import _

# A contact between 21:00 and 08:00 counts as made at night: the hours regulators and
# collection codes commonly ask collectors to leave alone.
NIGHT_STARTS = time(21, 0)
NIGHT_ENDS = time(8, 0)


def is_night(moment: datetime) -> bool:
    t = moment.time()
    return t >= NIGHT_STARTS or t < NIGHT_ENDS


@dataclass(frozen=True)
class Contact:
    """One logged collection contact: when, and whether anything about it was abusive."""

    at: datetime
    abusive: bool = False


@dataclass(frozen=True)
class IntensityRule:
    """Contacts in the last 7 / 30 days that make collection high, medium or low."""

    high_7: int = 5
    high_30: int = 10
    medium_7: int = 2
    medium_30: int = 4
    abuse_is_high: bool = True  # any abusive contact in the last 30 days

    def level(self, n7: int, n30: int, abusive_30: int) -> Intensity:
        if (self.abuse_is_high and abusive_30) or n7 >= self.high_7 or n30 >= self.high_30:
            return Intensity.HIGH
        if n7 >= self.medium_7 or n30 >= self.medium_30:
            return Intensity.MEDIUM
        if n30:
            return Intensity.LOW
        return Intensity.NONE

    def describe(self) -> str:
        return _(
            "High: {h7}+ contacts in 7 days, {h30}+ in 30 days, or any abusive contact "
            "in 30 days. Medium: {m7}+ in 7 days or {m30}+ in 30 days. Low: any contact "
            "in 30 days."
        ).format(h7=self.high_7, h30=self.high_30, m7=self.medium_7, m30=self.medium_30)


DEFAULT_RULE = IntensityRule()


@dataclass(frozen=True)
class CollectionSummary:
    last_7: int  # contacts today and the six days before
    last_30: int  # contacts today and the 29 days before
    abusive_30: int  # abusive contacts in the last 30 days
    abusive: int  # abusive contacts ever logged
    day: int  # every contact logged, by time of day
    night: int
    intensity: Intensity

    @property
    def total(self) -> int:
        return self.day + self.night


def summarize(
    contacts: Iterable[Contact], today: date, rule: IntensityRule = DEFAULT_RULE
) -> CollectionSummary:
    """Counts and the derived intensity; contacts after today are ignored for the windows."""
    start_7 = datetime.combine(today - timedelta(days=6), time())
    start_30 = datetime.combine(today - timedelta(days=29), time())
    end = datetime.combine(today + timedelta(days=1), time())
    n7 = n30 = abusive_30 = abusive = day = night = 0
    for c in contacts:
        if is_night(c.at):
            night += 1
        else:
            day += 1
        abusive += c.abusive
        if start_30 <= c.at < end:
            n30 += 1
            abusive_30 += c.abusive
            if c.at >= start_7:
                n7 += 1
    return CollectionSummary(
        last_7=n7,
        last_30=n30,
        abusive_30=abusive_30,
        abusive=abusive,
        day=day,
        night=night,
        intensity=rule.level(n7, n30, abusive_30),
    )


def effective(stated: Intensity, derived: Intensity) -> Intensity:
    """The harsher of what the user stated on the debt and what the log shows: an empty
    log must not erase what the user knows, and a busy log must not be ignored."""
    return stated if stated.level >= derived.level else derived
