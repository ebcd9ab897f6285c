"""The household plan: every open debt gets one ask, and together they fit one budget.

How the solver works (each step keeps the plan within the money for debts in every month):

1. Pinned asks (the user fixed them, e.g. the lender already accepted) are laid out first.
2. Every other debt with principal left is put in the seed's order: above 24% a year or
   harsh collection first, then debts still inside their 30-day window, then the rest; ties
   by the triage rank. Ex-P2P platforms take their 30% down payment from the lump sum, in
   that order, while it lasts.
3. When the money carries every debt at once, all start next month over one common number
   of instalments, the fewest that fits: instalments are then pro rata to principal left,
   the fairness rule creditors accept (a debt whose share would break the 20% rule gets
   more instalments instead).
4. When it does not, debts are taken in order over 60 instalments while they fit; the first
   that does not, and everything after it, wait for the month the money frees up: within
   12 months that is a deferral, later than that it is left to a later month. A debt that
   would need more than the money for debts (or the 20% rule) even over 60 instalments is
   left to mediation.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from parley.engine.budget.asks import (
    LONGEST_DEFERRAL,
    MAX_COUNT,
    Ask,
    Placement,
    fit_count,
    join,
    kind_of,
    largest,
    payments,
    terms_for,
    tier_of,
)
from parley.engine.budget.model import Budget
from parley.engine.debt import Debt, Intensity, Settings
from parley.engine.money import format_money
from parley.engine.offers import OfferTerms, evaluate, principal_left
from parley.engine.schedule import add_months
from parley.engine.triage import rank_debts
from parley.i18n import _

HORIZON = 120  # months a debt may be left waiting before the plan gives up on it


@dataclass(frozen=True)
class Layout:
    """The asks in the plan's order and what the month-by-month money looks like after them."""

    asks: tuple[Ask, ...]
    left: tuple[int, ...]  # money for debts still unplanned, month by month
    shortfall: int
    lump_left: int
    notes: tuple[str, ...]


@dataclass
class _Open:
    entry_rank: int
    debt: Debt
    tier: int
    why_first: str
    left: int
    kind: object
    down: int
    why_kind: str
    cap: int | None  # the largest instalment the 20% rule allows (None: rule off)
    cap_count: int | None  # fewest instalments the rule allows (None: none does)

    @property
    def financed(self) -> int:
        return self.left - self.down


def month_index(today: date, due: date) -> int:
    """0 for a date next month, 1 the month after, ..."""
    return (due.year - today.year) * 12 + due.month - today.month - 1


def lay_out(
    budget: Budget,
    debts: Sequence[Debt],
    *,
    today: date,
    settings: Settings,
    pinned: Mapping[int, OfferTerms] | None = None,
    intensity: Mapping[int, Intensity] | None = None,
) -> Layout:
    pinned = pinned or {}
    money = budget.available
    cap = budget.instalment_cap
    left = [money] * (HORIZON + MAX_COUNT)
    lump = budget.lump_sum
    notes: list[str] = []
    asks: list[Ask] = []
    ranked = rank_debts(debts, today=today, settings=settings, intensity=intensity)
    order = sorted(ranked, key=lambda e: (tier_of(e)[0], e.rank))

    # 1. pinned asks, as the user fixed them
    for entry in order:
        debt = entry.debt
        if debt.id is None or debt.id not in pinned:
            continue
        result = evaluate(debt, pinned[debt.id], today=today, settings=settings)
        by_month: dict[int, int] = {}
        for inst in result.schedule.instalments:
            j = month_index(today, inst.due)
            if 0 <= j < len(left):
                by_month[j] = by_month.get(j, 0) + inst.payment
        start = min(by_month, default=0)
        pays = tuple(by_month.get(j, 0) for j in range(start, max(by_month, default=-1) + 1))
        for j, amount in enumerate(pays):
            left[start + j] -= amount
        upfront = result.down_payment + result.penalty + result.deferral_fee
        lump -= min(upfront, max(lump, 0))
        first = result.schedule.instalments[0].due if result.schedule.instalments else None
        asks.append(
            Ask(
                debt,
                0,
                tier_of(entry)[0],
                Placement.PINNED,
                principal_left(debt),
                _("You pinned this ask: the plan works around it."),
                kind=pinned[debt.id].kind,
                terms=pinned[debt.id],
                down_payment=upfront,
                count=len(result.schedule.instalments),
                start=start,
                payments=pays,
                first_due=first,
            )
        )
    over = -min(left[:MAX_COUNT], default=0)
    if over > 0:
        notes.append(
            _(
                "Your pinned asks alone take up to {amount} a month more than the money for debts."
            ).format(amount=format_money(over))
        )

    # 2. everything else, in the seed's order
    waiting: list[_Open] = []
    for entry in order:
        debt = entry.debt
        if debt.id is not None and debt.id in pinned:
            continue
        tier, why_first = tier_of(entry)
        amount = principal_left(debt)
        if amount <= 0:
            why = (
                _("Nothing is owed: there is nothing to plan.")
                if debt.outstanding <= 0
                else _(
                    "No principal is left: what is still claimed is interest or charges, so "
                    "ask for it to be waived."
                )
            )
            asks.append(Ask(debt, 0, tier, Placement.SKIPPED, 0, why))
            continue
        kind, down, why_kind = kind_of(debt, amount, lump)
        lump -= down
        waiting.append(
            _Open(
                entry.rank,
                debt,
                tier,
                why_first,
                amount,
                kind,
                down,
                why_kind,
                cap,
                fit_count(amount - down, 1, cap),
            )
        )

    placed: dict[int, tuple[int, int]] = {}  # index in waiting -> (start, count)
    stuck: dict[int, str] = {}
    queue = list(range(len(waiting)))
    for i in list(queue):
        item = waiting[i]
        financed = item.financed
        if money <= 0:
            stuck[i] = _(
                "There is no money for debts: ask for a deferral of up to 12 months while "
                "your income recovers, or apply to a financial dispute mediation centre."
            )
        elif item.cap_count is None:
            stuck[i] = _(
                "Even over 60 instalments it would take {amount} a month, above {limit}, the "
                "share of income you keep each instalment to: ask for part of it to be "
                "waived, or apply for mediation."
            ).format(
                amount=format_money(largest(financed, min(MAX_COUNT, max(financed, 1)))),
                limit=format_money(cap or 0),
            )
        elif largest(financed, _count(item, MAX_COUNT)) > money:
            stuck[i] = _(
                "Even over 60 instalments it needs {amount} a month, more than the money "
                "for debts: ask for part of it to be waived, or apply for mediation."
            ).format(amount=format_money(largest(financed, _count(item, MAX_COUNT))))
        else:
            continue
        queue.remove(i)

    start = 0
    while queue:
        window = min(left[start : start + MAX_COUNT])
        common = _common_count([waiting[i] for i in queue], window)
        if common is not None:
            for i in queue:
                _place(left, placed, i, waiting[i], start, _count(waiting[i], common))
            break
        while queue:
            i = queue[0]
            count = _count(waiting[i], MAX_COUNT)
            if not _fits(left, start, payments(waiting[i].financed, count)):
                break
            _place(left, placed, i, waiting[i], start, count)
            queue.pop(0)
        while queue:
            i = queue[0]
            pays = payments(waiting[i].financed, _count(waiting[i], MAX_COUNT))
            found = next((d for d in range(start + 1, HORIZON) if _fits(left, d, pays)), None)
            if found is not None:
                start = found
                break
            stuck[i] = _(
                "The money for debts does not free up for it within ten years: apply for "
                "mediation, or ask for part of it to be waived."
            )
            queue.pop(0)

    needs = 0  # what the debts left waiting would take a month, over 60 instalments
    for n, item in enumerate(waiting):
        if n in placed:
            at, count = placed[n]
            asks.append(_ask(item, today, at, count))
            if at > LONGEST_DEFERRAL:
                needs += largest(item.financed, _count(item, MAX_COUNT))
        else:
            reason = join(item.why_first, stuck[n])
            asks.append(Ask(item.debt, 0, item.tier, Placement.MEDIATION, item.left, reason))
            needs += largest(item.financed, min(MAX_COUNT, max(item.financed, 1)))
    free_now = min(left[:MAX_COUNT])
    shortfall = budget.gap + max(needs - free_now, 0)
    if budget.gap:
        notes.append(
            _(
                "Your essential costs are {gap} above your income: there is nothing for "
                "debts. That means asking each lender for a deferral of up to 12 months, or "
                "applying for mediation."
            ).format(gap=format_money(budget.gap))
        )
    ordered = sorted(asks, key=lambda a: (a.placement is Placement.SKIPPED, _order(order, a)))
    asks = [replace(a, rank=k) for k, a in enumerate(ordered, start=1)]
    return Layout(tuple(asks), tuple(left), shortfall, max(lump, 0), tuple(notes))


def _order(order, ask: Ask) -> int:
    for k, entry in enumerate(order):
        if entry.debt is ask.debt:
            return k
    return len(order)


def _count(item: _Open, wanted: int) -> int:
    """The count for `item` when the plan wants `wanted` instalments: the fewest from there
    whose payments stay within the 20% rule (the rule's own count when none does)."""
    return fit_count(item.financed, wanted, item.cap) or item.cap_count or 1


def _common_count(items: list[_Open], money: int) -> int | None:
    """The fewest instalments, the same for every debt, whose payments fit `money`."""
    if money <= 0:
        return None
    for wanted in range(1, MAX_COUNT + 1):
        need = 0
        for item in items:
            need += largest(item.financed, _count(item, wanted))
            if need > money:
                break
        if need <= money:
            return wanted
    return None


def _fits(left: list[int], start: int, pays: tuple[int, ...]) -> bool:
    if start + len(pays) > len(left):
        return False
    return all(left[start + j] >= p for j, p in enumerate(pays))


def _place(left, placed, i: int, item: _Open, start: int, count: int) -> None:
    for j, p in enumerate(payments(item.financed, count)):
        left[start + j] -= p
    placed[i] = (start, count)


def _ask(item: _Open, today: date, start: int, count: int) -> Ask:
    first_due = add_months(add_months(today, 1), start)
    if start == 0:
        placement, why_when, terms = Placement.NOW, "", None
    elif start <= LONGEST_DEFERRAL:
        placement, terms = Placement.DEFERRAL, None
        why_when = _(
            "The money for debts is taken until {month}: ask for a deferral of {n} months."
        ).format(month=first_due.strftime("%Y-%m"), n=start)
    else:
        placement, terms = Placement.LATER, None
        why_when = _(
            "The money for debts is taken until {month} by the debts above it: meanwhile ask "
            "for a deferral of up to 12 months, or apply for mediation."
        ).format(month=first_due.strftime("%Y-%m"))
    if placement is not Placement.LATER:
        terms = terms_for(item.debt, item.kind, item.left, item.down, count, start, today)
    return Ask(
        item.debt,
        0,
        item.tier,
        placement,
        item.left,
        join(item.why_first, item.why_kind, why_when),
        kind=terms.kind if terms else None,
        terms=terms,
        down_payment=item.down,
        count=count,
        start=start,
        payments=payments(item.financed, count),
        first_due=first_due,
    )
