"""What the Plan mode shows, as Rich Text built from the plan's named figures."""

from __future__ import annotations

from rich.text import Text

from parley.engine.budget import Ask, Placement, Plan
from parley.engine.budget.tracking import PENALTY_DAYS, Standing, Tracking
from parley.engine.money import format_money
from parley.i18n import _
from parley.i18n import format as fmt

_STANDING_STYLE = {
    Standing.ON_TRACK: "green",
    Standing.DONE: "green",
    Standing.LATE: "yellow",
    Standing.MISSED: "bold red",
}


def month_text(plan: Plan) -> str:
    return plan.debt_free.strftime("%Y-%m") if plan.debt_free else _("not within this plan")


def summary(plan: Plan) -> Text:
    b, t = plan.budget, plan.totals
    text = Text()
    text.append(_("Money for debts: "), style="bold")
    text.append(format_money(plan.available), style="bold cyan")
    text.append(
        _(" a month ({income} income − {essentials} essentials)").format(
            income=format_money(b.income), essentials=format_money(b.essentials_total)
        )
    )
    text.append(_(" · Planned: "), style="bold")
    text.append(format_money(plan.monthly_total))
    text.append(_(" · Debt-free: "), style="bold")
    text.append(month_text(plan), style="bold green" if plan.debt_free else "bold red")
    text.append("\n")
    text.append(_("Paid under the plan: "), style="bold")
    text.append(format_money(t.plan))
    text.append(_(" against {base} if nothing changes").format(base=format_money(t.baseline)))
    text.append(
        _(" · in today's money (each debt at its contract rate): {plan} against {base}").format(
            plan=format_money(t.plan_pv), base=format_money(t.baseline_pv)
        ),
        style="dim",
    )
    if plan.shortfall:
        text.append("\n")
        text.append(
            _("The budget cannot carry every debt: {amount} a month short.").format(
                amount=format_money(plan.shortfall)
            ),
            style="bold red",
        )
    for note in plan.notes:
        text.append("\n")
        text.append(note, style="yellow")
    return text


def ask_cells(ask: Ask, deal: Tracking | None, pinned: bool) -> list[Text]:
    planned = ask.planned
    kind = ask.kind.label() if ask.kind else ask.placement.label()
    if pinned:
        kind = "* " + kind
    style = "red" if ask.placement is Placement.MEDIATION else ""
    return [
        Text(str(ask.rank)),
        Text(ask.debt.lender),
        Text(kind, style=style),
        Text(format_money(ask.instalment) if planned else "—", justify="right"),
        Text(str(ask.count) if planned else "—", justify="right"),
        Text(fmt.short_date(ask.first_due) if planned else "—"),
        standing_text(deal),
        Text(ask.reason, overflow="ellipsis", no_wrap=True),
    ]


def standing_text(deal: Tracking | None) -> Text:
    if deal is None:
        return Text("—", style="dim")
    text = Text(deal.standing.label(), style=_STANDING_STYLE[deal.standing])
    if deal.next_due is not None:
        text.append(f" · {fmt.short_date(deal.next_due)}", style="dim")
    return text


def detail(ask: Ask | None, deal: Tracking | None, label: str = "") -> Text:
    """The selected debt: why this ask, and how its deal stands ("what if I miss one")."""
    text = Text()
    if ask is None:
        return text
    text.append(f"{ask.debt.lender}: ", style="bold")
    text.append(ask.reason)
    if ask.placement is Placement.PINNED:
        text.append(" ")
        text.append(_("(pinned: F3 unpins it)"), style="dim")
    if deal is None:
        return text
    if ask.placement is not Placement.PINNED:
        text.append(" ")
        text.append(
            _(
                "The lender accepted offer {label}: F3 pins it, and the plan works around it."
            ).format(label=label),
            style="yellow",
        )
    text.append("\n")
    text.append(_("Deal {label}: ").format(label=label), style="bold")
    text.append(standing_text(deal))
    if deal.behind:
        text.append(
            _(" · {amount} due and not paid").format(amount=format_money(deal.behind)),
            style="red",
        )
    if deal.next_due is not None:
        text.append(
            _(" · next: {amount} on {date}").format(
                amount=format_money(deal.next_amount), date=fmt.short_date(deal.next_due)
            )
        )
    text.append("\n")
    text.append(what_if(deal))
    return text


def what_if(deal: Tracking) -> Text:
    text = Text()
    text.append(_("What if I miss one: "), style="bold")
    if deal.demanded_if_missed <= 0:
        text.append(_("nothing is left to miss."))
        return text
    if deal.acceleration:
        lead = _("the agreement lets the lender demand everything at once:")
    else:
        lead = _("if the agreement has an acceleration clause, the lender can demand at once:")
    text.append(lead + " ")
    text.append(format_money(deal.demanded_if_missed), style="bold red")
    text.append(
        _(
            ", and penalty interest of {amount} would run every {days} days "
            "({rate} a year on {principal})."
        ).format(
            amount=format_money(deal.penalty_if_missed),
            days=PENALTY_DAYS,
            rate=fmt.percent(deal.penalty_rate),
            principal=format_money(deal.principal_if_missed),
        )
    )
    return text


def path_points(plan: Plan) -> tuple[tuple[int, ...], bool]:
    """The chart's points: the debt ratio in tenths of a percent (or what is owed, in whole
    units, without an income); starting from today."""
    if plan.budget.income > 0:
        start = plan.owed_now / (plan.budget.income * 12)
        ratios = [start] + [m.debt_ratio or 0.0 for m in plan.months]
        return tuple(int(r * 1000 + 0.5) for r in ratios), True
    owed = [plan.owed_now] + [m.owed_after for m in plan.months]
    return tuple(o // 100 for o in owed), False
