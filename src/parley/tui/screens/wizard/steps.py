"""What each of the six steps shows: its widgets, and the live text beside them."""

from __future__ import annotations

from collections.abc import Iterable

from rich.markdown import Markdown
from rich.text import Text
from textual.containers import Grid, Horizontal, Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import Checkbox, Select

from parley.engine.debt import Debt, LegalStage
from parley.engine.errors import InputError
from parley.engine.hardship import Hardship, evidence_strength
from parley.engine.money import format_money
from parley.engine.offers import OfferKind
from parley.engine.script import build_script
from parley.engine.triage import (
    Stage,
    days_overdue,
    stage,
    window_days_left,
    windows,
)
from parley.engine.wizard import (
    EVIDENCE,
    LABELS,
    OPTIONAL,
    SAFETY,
    STEP_NAMES,
    Wizard,
    parsers,
)
from parley.i18n import N_, _, ngettext
from parley.i18n import format as fmt
from parley.tui.widgets.field import Field
from parley.tui.widgets.figures import baseline_line, figures_table, lines_note
from parley.tui.widgets.text import Plain, PlainLabel, PlainSelect

LAWYER_SUCCESS = 0.22  # success rate after a lawyer's letter (practitioner's guide)
BEST_SUCCESS = 0.68  # success rate within the best window (the guide's first 30 days)

STEP_TITLES = (
    N_("Which debt is this call about?"),
    N_("What happened, and what can prove it"),
    N_("What you can pay"),
    N_("Two proposals for the lender to choose from"),
    N_("Before you dial: channel and safety"),
    N_("Your call script"),
)

LANG_NAMES = (("English", "en"), ("中文", "zh_CN"))


def indicator(current: int) -> Text:
    """`1 Debt › 2 Hardship › …` with the current step highlighted."""
    text = Text()
    for number, name in enumerate(STEP_NAMES, start=1):
        if number > 1:
            text.append(" › ", style="dim")
        label = f" {number} {_(name)} "
        if number == current:
            text.append(label, style="bold reverse")
        elif number < current:
            text.append(label)
        else:
            text.append(label, style="dim")
    return text


def title(step: int) -> Text:
    text = Text()
    text.append(_("Step {n} of {total}: ").format(n=step, total=len(STEP_NAMES)), style="bold")
    text.append(_(STEP_TITLES[step - 1]), style="bold")
    return text


def field(wizard: Wizard, field_id: str, label: str, tooltip: str) -> Field:
    made = Field(
        label,
        parsers(wizard.today)[field_id],
        value=str(wizard.texts.get(field_id, "")),
        required=field_id not in OPTIONAL,
        id=field_id,
        tooltip=tooltip,
    )
    return made


# --- 1. the debt --------------------------------------------------------------------------


def compose_debt(wizard: Wizard, debts: list[Debt]) -> Iterable[Widget]:
    options = [
        (
            _("{lender} · owes {amount}").format(
                lender=d.lender, amount=format_money(d.outstanding)
            ),
            d.id,
        )
        for d in debts
    ]
    yield PlainLabel(_("Debt"), classes="field-label")
    yield PlainSelect(options, value=wizard.debt.id, allow_blank=False, id="debt")
    yield Plain(debt_facts(wizard), id="debt-facts", classes="wiz-panel")


def debt_facts(wizard: Wizard) -> Text:
    debt, today, settings = wizard.debt, wizard.today, wizard.settings
    days = days_overdue(debt, today)
    where = stage(debt, today, settings)
    left30, left90 = window_days_left(debt, today, settings)
    best, latest = windows(settings)
    text = Text()
    text.append(_("Stage: "), style="bold")
    text.append(where.label())
    text.append("\n")
    text.append(_("Days overdue: "), style="bold")
    text.append(str(days) if days else _("none"))
    text.append("\n")
    for window, left in ((best, left30), (latest, left90)):
        text.append(_("{n}-day window: ").format(n=window), style="bold")
        if days == 0:
            text.append(_("not started: nothing is overdue"), style="green")
        elif left is None:
            text.append(_("passed"), style="red")
        else:
            text.append(ngettext("{n} day left", "{n} days left", left).format(n=left))
        text.append("\n")
    text.append("\n")
    style, message = _warning(debt, where, (best, latest), left30, left90)
    text.append(message, style=style)
    text.append("\n\n")
    text.append(
        _("Figures from a Chinese practitioner's guide to negotiating with online lenders."),
        style="dim",
    )
    return text


def _warning(
    debt: Debt,
    where: Stage,
    limits: tuple[int, int],
    left30: int | None,
    left90: int | None,
) -> tuple[str, str]:
    best, latest = limits
    lawyer = fmt.percent(LAWYER_SUCCESS, 0)
    if debt.legal_stage is LegalStage.LAWYER_LETTER:
        return "bold red", _(
            "A lawyer's letter has been sent. From here only about {pct} of negotiations "
            "succeed, and the next step may be a lawsuit. Call now, offer something "
            "concrete, and accept nothing that is not confirmed in writing."
        ).format(pct=lawyer)
    if debt.legal_stage in (LegalStage.LAWSUIT, LegalStage.JUDGMENT):
        return "bold red", _(
            "This debt is already in court. A settlement is still possible and often "
            "cheaper, but it must be in writing, and a court may need to confirm it. "
            "Keep every letter from the court and answer its deadlines."
        )
    if where is Stage.OVERDUE_90_PLUS:
        return "bold red", _(
            "Over {latest} days overdue: collection escalates now, often to outside "
            "collectors and a lawyer's letter. After a lawyer's letter only about {pct} of "
            "negotiations succeed, so call this week."
        ).format(pct=lawyer, latest=latest)
    if where is Stage.OVERDUE_31_90:
        return "yellow", ngettext(
            "The best window has passed. {n} day is left before collection escalates "
            "at {latest} days overdue: call soon.",
            "The best window has passed. {n} days are left before collection escalates "
            "at {latest} days overdue: call soon.",
            left90 or 0,
        ).format(n=left90 or 0, latest=latest)
    if where is Stage.OVERDUE_1_30:
        # The success rate is the guide's figure for its 30-day window; the window's
        # length is the one set in settings.
        return "green", ngettext(
            "You are in the best window of {best} days, before the lender's risk system "
            "flags the account: about {pct} of negotiations in the first 30 days succeed. "
            "{n} day left.",
            "You are in the best window of {best} days, before the lender's risk system "
            "flags the account: about {pct} of negotiations in the first 30 days succeed. "
            "{n} days left.",
            left30 or 0,
        ).format(pct=fmt.percent(BEST_SUCCESS, 0), n=left30 or 0, best=best)
    return "green", _(
        "Nothing is overdue yet. Calling before the first missed payment gives the lender "
        "the most room to help."
    )


# --- 2. hardship --------------------------------------------------------------------------


def compose_hardship(wizard: Wizard) -> Iterable[Widget]:
    with_label = Vertical(
        PlainLabel(_("What happened"), classes="field-label"),
        PlainSelect(
            [(h.label(), h.value) for h in Hardship],
            value=str(wizard.texts.get("hardship") or "") or Select.NULL,
            allow_blank=True,
            prompt=_("Choose what happened"),
            id="hardship",
        ),
        classes="field-like",
    )
    yield Grid(
        with_label,
        field(
            wizard,
            "since",
            _("Since when (YYYY-MM-DD, optional)"),
            _("The day it happened; the script says it aloud"),
        ),
        classes="wiz-grid2",
    )
    yield field(
        wizard,
        "detail",
        _("In your own words (optional, one sentence)"),
        _("Read out after the reason, e.g. who is ill or what changed"),
    )
    yield PlainLabel(_("Documents you hold (space ticks)"), classes="field-label")
    held = set(wizard.texts.get("evidence", []))
    yield Grid(
        *(Checkbox(e.label(), e.value in held, id=f"ev-{e.value}", compact=True) for e in EVIDENCE),
        classes="wiz-grid2 wiz-checks",
    )
    yield Plain(strength(wizard), id="strength", classes="wiz-panel")


def strength(wizard: Wizard) -> Text:
    found = evidence_strength(wizard.texts.get("evidence", []))
    colour = ("red", "yellow", "green", "bold green")[found.level]
    text = Text()
    text.append(_("Strength of your evidence: "), style="bold")
    for i in range(4):
        text.append(
            "████ " if i <= found.level else "░░░░ ", style=colour if i <= found.level else "dim"
        )
    text.append(found.label, style=colour)
    text.append("\n")
    text.append(found.explanation)
    return text


# --- 3. what you can pay ------------------------------------------------------------------


def compose_budget(wizard: Wizard) -> Iterable[Widget]:
    # Read from the household budget, never typed here: one value, edited in Plan mode.
    yield Grid(
        Plain(income_line(wizard), id="income", classes="wiz-income"),
        Plain(costs_line(wizard), id="costs", classes="wiz-income"),
        Plain(lump_line(wizard), id="down_available", classes="wiz-income"),
        classes="wiz-grid3",
    )
    yield Plain(
        Text(_("These come from your household budget: change them in Plan (5)."), style="dim")
    )
    yield Plain(budget(wizard), id="budget", classes="wiz-panel")


def _budget_figure(title: str, figure: str | None) -> Text:
    text = Text(title, style="dim")
    text.append("\n")
    if figure is None:
        text.append(_("not entered yet"), style="yellow")
    else:
        text.append(figure, style="bold")
    return text


def income_line(wizard: Wizard) -> Text:
    return _budget_figure(_("Monthly income"), format_money(wizard.income))


def costs_line(wizard: Wizard) -> Text:
    costs = wizard.value("costs")
    return _budget_figure(
        _("Essential costs a month"), None if costs is None else format_money(costs)
    )


def lump_line(wizard: Wizard) -> Text:
    return _budget_figure(
        _("Lump sum (savings, family help)"), format_money(wizard.value("down_available") or 0)
    )


def budget(wizard: Wizard) -> Text:
    share = fmt.percent(wizard.settings.income_share_limit, 0)
    text = Text()
    if wizard.income <= 0:
        text.append(
            _(
                "With no income the wizard cannot size an instalment: it will propose the "
                "longest plans and a pause, and the script says you have no regular income."
            )
        )
        return text
    text.append(
        _("Largest instalment within {share} of income: ").format(share=share), style="bold"
    )
    text.append(format_money(wizard.share_cap()), style="bold cyan")
    text.append("\n")
    left = wizard.income - wizard.costs
    text.append(_("Left after essential costs: "), style="bold")
    text.append(format_money(left), style="red" if left <= 0 else "")
    text.append("\n")
    limit = wizard.limit() or 0
    if limit < wizard.share_cap():
        text.append(
            _(
                "Your essential costs leave less than that, so the proposals aim for {amount}."
            ).format(amount=format_money(limit)),
            style="yellow",
        )
        text.append("\n")
    text.append("\n")
    text.append(
        _(
            "Rule of thumb: each instalment at or below {share} of income, so you do not "
            "fall behind again. Change the share in settings (,)."
        ).format(share=share),
        style="dim",
    )
    return text


# --- 4. two proposals ---------------------------------------------------------------------

OFFER_LABELS = {
    "rate": (N_("Rate a year"), N_("0% means the interest is waived; 日息/月息 are converted")),
    "count": (N_("Instalments"), N_("36-60 is typical for a restructure; at most 60")),
    "down": (N_("Down payment (amount or %)"), N_("Ex-P2P platforms often ask about 30% first")),
    "deferral_months": (N_("Months with no payment"), N_("Up to 12 is common")),
    "deferral_fee": (
        N_("Extension fee (% of principal)"),
        N_("0.5%-1% of the principal is common"),
    ),
    "waived": (
        N_("Amount waived"),
        N_("Interest and charges you ask the lender to waive; repaid is the balance less this"),
    ),
}


def compose_proposals(wizard: Wizard, results: dict, stale: dict[str, bool]) -> Iterable[Widget]:
    yield Plain(figures(wizard, results, stale), id="figures", classes="wiz-figures")
    yield Plain(baseline_line(wizard.baseline()), id="baseline-line", classes="wiz-hint")
    yield Plain(note(wizard), id="lines-line", classes="wiz-hint")
    reasons = {label: s.reason for label, s in zip(LABELS, wizard.suggestions(), strict=True)}
    with_forms = []
    for label in LABELS:
        children: list[Widget] = [
            Plain(_("Offer {label}").format(label=label), classes="offer-title"),
            Plain(_("Suggested: {reason}").format(reason=reasons[label]), classes="wiz-reason"),
            PlainLabel(_("Kind of deal"), classes="field-label"),
            PlainSelect(
                [(k.label(), k.value) for k in OfferKind],
                value=str(wizard.texts.get(f"{label}-kind", OfferKind.FREEZE.value)),
                allow_blank=False,
                id=f"{label}-kind",
            ),
        ]
        for name, (msgid, tip) in OFFER_LABELS.items():
            children.append(field(wizard, f"{label}-{name}", _(msgid), _(tip)))
        with_forms.append(Vertical(*children, id=f"offer-{label}", classes="wiz-offer"))
    yield Horizontal(*with_forms, id="wiz-offers")
    yield Plain(warnings(results), id="offer-warnings", classes="wiz-warnings")


def contract(wizard: Wizard):
    """The loan's own APR, lines and penalty, for the "if nothing changes" column."""
    from parley.engine.contract_rate import contract_rate

    return contract_rate(wizard.debt, wizard.settings, wizard.today, wizard.payments)


def note(wizard: Wizard):
    from parley.engine.contract_rate import lpr_line

    return lines_note(contract(wizard), lpr_line(wizard.debt, wizard.settings, on=wizard.today))


def figures(wizard: Wizard, results: dict, stale: dict[str, bool]):
    from parley.engine.contract_rate import offer_lines_above

    lines = {
        label: offer_lines_above(result.apr, wizard.debt, wizard.settings, wizard.today)
        for label, result in results.items()
        if result is not None
    }
    return figures_table(
        wizard.baseline(),
        dict(results),
        stale,
        wizard.settings.income_share_limit,
        contract=contract(wizard),
        offer_lines=lines,
    )


def warnings(results: dict) -> str:
    lines = []
    for label in LABELS:
        result = results.get(label)
        if result:
            lines += [f"{label}: {w}" for w in result.warnings]
    return "\n".join(lines)


def offer_results(wizard: Wizard) -> tuple[dict, dict[str, bool], dict[str, InputError]]:
    """Each offer's figures from its texts; when they are wrong, the last valid figures
    (marked stale) and the error to show at the field."""
    results, stale, errors = {}, {}, {}
    for label in LABELS:
        try:
            results[label] = wizard.evaluate(label, from_texts=True)
            stale[label] = False
        except InputError as error:
            errors[label] = error
            stale[label] = True
            try:
                results[label] = wizard.evaluate(label)
            except InputError:
                results[label] = None
    return results, stale, errors


# --- 5. channel and safety ----------------------------------------------------------------


def compose_safety(wizard: Wizard) -> Iterable[Widget]:
    ticked = set(wizard.texts.get("safety", []))
    yield Plain(
        _("Tick each one when you are ready to do it. Scammers prey on people in debt."),
        classes="wiz-hint",
    )
    for code, what, why in SAFETY:
        yield Checkbox(_(what), code in ticked, id=f"safe-{code}", compact=True)
        yield Plain(_(why), classes="wiz-why")
    yield Plain(safety_count(wizard), id="safety-count", classes="wiz-hint")
    yield field(
        wizard,
        "caller",
        _("Your name, as on the loan (optional)"),
        _("The script opens with it"),
    )


def safety_count(wizard: Wizard) -> Text:
    n = len(set(wizard.texts.get("safety", [])))
    total = len(SAFETY)
    if n == total:
        return Text(_("All {total} ticked. You are ready.").format(total=total), style="green")
    return Text(
        _(
            "{n} of {total} ticked. The script repeats them, so you can check again "
            "before you call."
        ).format(n=n, total=total),
        style="yellow",
    )


# --- 6. the script ------------------------------------------------------------------------


def compose_script(wizard: Wizard) -> Iterable[Widget]:
    yield Horizontal(
        PlainLabel(_("Script language"), classes="wiz-inline-label"),
        PlainSelect(
            LANG_NAMES,
            value=str(wizard.texts.get("script_lang", "en")),
            allow_blank=False,
            id="script_lang",
            compact=True,
        ),
        Plain(
            _("c copy · m save as .md · t save as .txt · ctrl+s save offers and the call"),
            classes="wiz-hint",
        ),
        id="wiz-script-bar",
    )
    yield VerticalScroll(Plain(script_view(wizard), id="script"), id="script-scroll")


def script_text(wizard: Wizard, kind: str = "md") -> str:
    script = build_script(wizard.script_input(), str(wizard.texts.get("script_lang", "en")))
    return script.to_markdown() if kind == "md" else script.to_text()


def script_view(wizard: Wizard) -> Markdown:
    return Markdown(script_text(wizard), hyperlinks=False)


def offer_facts(wizard: Wizard, label: str) -> dict:
    """What the records keep of an offer for the planned call (see store.records.planned_call):
    the figures, never their wording."""
    terms = wizard.terms(label)
    result = wizard.evaluate(label)
    return {
        "label": label,
        "kind": OfferKind(terms.kind).value,
        "n": len(result.schedule.instalments) or terms.count,
        "amount": result.instalment,
        "total": result.total_paid,
    }
