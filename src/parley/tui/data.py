"""Loading what the screens show: store reads plus engine arithmetic, safe to run in a worker."""

from __future__ import annotations

from rich.text import Text

from parley import clock
from parley.engine.debt import Settings
from parley.i18n import _, ngettext
from parley.i18n import format as fmt


def debt_rows(store, settings: Settings, *, quick: bool = False):
    """Rows for the debts table and the summary line above it.

    `quick` skips the true-cost arithmetic (and the numerical libraries it loads): rows are
    ordered by the contract rate and show no APR yet, so the table can appear at once and be
    refined a moment later.
    """
    from parley.engine.collection import effective
    from parley.engine.cost import Cost
    from parley.engine.legal_lines import governing_lines_above
    from parley.engine.triage import rank_debts
    from parley.exports.sources import collection_summaries
    from parley.tui.screens.debt_rows import Row

    today = clock.today()
    debts = store.list_debts()
    nominal = None
    if quick:
        nominal = {d.id: Cost(d.annual_rate, None, None, True) for d in debts}
    # The log's contacts raise a debt's collection intensity (never lower what was stated).
    logged = collection_summaries(store, today)
    intensity = {
        d.id: effective(d.collection_intensity, logged[d.id].intensity)
        for d in debts
        if d.id in logged
    }
    ranked = rank_debts(
        debts,
        today=today,
        settings=settings,
        intensity=intensity,
        costs=nominal,
        collection=logged,
    )
    follow_ups = store.next_follow_ups(today)
    # Accepted deals: on track, late or missed, and the next due (quick paint skips them).
    deals = {} if quick else _deals(store, today)
    rows = []
    for r in ranked:
        rows.append(
            Row(
                debt=r.debt,
                rank=r.rank,
                apr=None if quick else r.cost.apr,
                # The loan's own rate against the lines governing its lender, of its
                # contract date (4 x LPR of that day).
                caps=[] if quick else governing_lines_above(r.cost.apr, r.debt, settings),
                stage=r.stage,
                days_overdue=r.days_overdue,
                left_30=r.window_30_left,
                left_90=r.window_90_left,
                monthly=0,  # filled in by monthly_due(), after the table is shown
                follow_up=follow_ups.get(r.debt.id),
                pending=quick,
                intensity=intensity.get(r.debt.id),
                contacts=(logged[r.debt.id].last_7, logged[r.debt.id].last_30)
                if r.debt.id in logged
                else (0, 0),
                deal=deals[r.debt.id].tracking if r.debt.id in deals else None,
                reason="" if quick else r.reason,
            )
        )
    return rows, summary_line(rows, settings, None)


def _deals(store, today):
    from parley.household import deals

    return deals(store, today)


def monthly_due(rows) -> int:
    """What every debt asks for each month if nothing changes (fills each row's `monthly`)."""
    from parley.engine.offers import baseline_instalment

    for row in rows:
        row.monthly = baseline_instalment(row.debt)
    return sum(row.monthly for row in rows)


def summary_line(rows, settings: Settings, monthly: int | None) -> Text:
    """Total owed, what is due each month against income, and the debt ratio."""
    from parley.engine.affordability import income_share
    from parley.engine.money import format_money
    from parley.engine.triage import debt_ratio

    total = sum(r.debt.outstanding for r in rows)
    income = settings.monthly_income
    summary = Text()
    summary.append(_("Owed in total: "), style="bold")
    summary.append(format_money(total))
    summary.append("   ")
    summary.append(_("Due each month: "), style="bold")
    summary.append("…" if monthly is None else format_money(monthly))
    if income and monthly is not None:
        share = income_share(monthly, income)
        style = "bold red" if share is not None and share > settings.income_share_limit else ""
        summary.append(" ")
        summary.append(
            _("({share} of your {income} income)").format(
                share=fmt.percent(share, 0), income=format_money(income)
            ),
            style=style,
        )
    if income:
        summary.append("   ")
        summary.append(_("Debt ratio: "), style="bold")
        summary.append(fmt.percent(debt_ratio(total, income), 0))
    else:
        summary.append("   ")
        summary.append(
            _("Add your monthly income in Plan (5) to see what share it takes."), style="dim"
        )
    summary.append("   ")
    summary.append(ngettext("{n} debt", "{n} debts", len(rows)).format(n=len(rows)), style="dim")
    return summary
