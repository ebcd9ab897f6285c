"""The figures tab: the agreement's own figures recomputed beside the accepted offer."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.widgets import Static

from parley.engine.checklist import Review
from parley.i18n import _
from parley.i18n import format as fmt
from parley.tui.screens.base import ModeScreen
from parley.tui.widgets.badges import cap_badges


class FiguresTab(ModeScreen):
    """Part of ChecklistScreen (screen.py), which holds the state these methods use."""

    def _fill_figures(self) -> None:
        figures_widget = self.query_one("#cl-figures", Static)
        note = self.query_one("#cl-figures-note", Static)
        review = self._review()
        if self.data is None or self.debt_id is None:
            figures_widget.update("")
            note.update("")
            return
        if review is None:
            figures_widget.update(
                _("Load or paste the agreement (l or p) to see its figures here.")
            )
            note.update("")
            return
        figures_widget.update(_figures_table(review, self.data.offer_label))
        notes: list[str] = []
        if review.terms is None:
            if self.data.offer_error:
                notes.append(
                    _("The accepted offer cannot be worked out: {reason}").format(
                        reason=self.data.offer_error
                    )
                )
            else:
                notes.append(
                    _(
                        "No offer is accepted for this debt, so there is nothing to compare "
                        "the agreement with. To mark one: press 1 for Debts, Enter on this "
                        "debt, and set the offer's Status to Accepted."
                    )
                )
        if review.cost is None:
            notes.append(
                _(
                    "The agreement does not state enough figures to work out its true cost: "
                    "it needs the balance, the number of instalments, and the instalment or "
                    "the rate."
                )
            )
        elif review.cost.apr is None and review.cost.reason:
            notes.append(review.cost.reason)
        note.update("\n\n".join(notes))


def _figures_table(review: Review, offer_label: str | None) -> Table:
    from parley.engine.agreement_figures import AgreementFigures, compare
    from parley.engine.money import format_money

    figures, cost, offer, terms = review.figures, review.cost, review.offer, review.terms
    table = Table(expand=True, show_edge=False, pad_edge=False, box=None, header_style="bold")
    table.add_column("", style="bold", no_wrap=True)
    table.add_column(_("This agreement"), justify="right")
    table.add_column(
        _("Accepted offer {label}").format(label=offer_label)
        if offer is not None and offer_label
        else _("Accepted offer"),
        justify="right",
    )

    def money(value: int | None) -> str:
        return format_money(value) if value is not None else "—"

    def differs(name: str) -> bool:
        if terms is None or offer is None or getattr(figures, name) is None:
            return False
        single = AgreementFigures(**{name: getattr(figures, name)}, sources=figures.sources)
        return bool(compare(single, terms, offer))

    def stated(name: str, shown: str) -> Text:
        if getattr(figures, name) is None:
            return Text(_("not stated"), style="dim")
        text = Text(shown)
        line = figures.sources.get(name, (None, ""))[0]
        if differs(name):
            text = Text("≠ ", style="bold red") + text
            text.stylize("bold red")
        if line:
            text.append(" " + _("(line {n})").format(n=line), style="dim")
        return text

    first_fee = offer.schedule.instalments[0].fee if offer and offer.schedule.instalments else 0
    rows: list[tuple[str, Text, str]] = [
        (
            _("Balance"),
            stated("balance", money(figures.balance)),
            money(offer.schedule.principal + offer.down_payment) if offer else "—",
        ),
        (
            _("Down payment"),
            stated("down_payment", money(figures.down_payment)),
            money(offer.down_payment) if offer else "—",
        ),
        (
            _("Instalment"),
            stated("instalment", money(figures.instalment)),
            money(offer.instalment - first_fee) if offer else "—",
        ),
        (
            _("Instalments"),
            stated("count", str(figures.count)),
            str(terms.count) if terms else "—",
        ),
        (
            _("Fees per instalment"),
            stated("fees", money(figures.fees)),
            money(terms.fee_per_instalment) if terms else "—",
        ),
        (
            _("Stated rate"),
            stated("rate", figures.rate.describe() if figures.rate else ""),
            fmt.percent(terms.rate, 2) if terms else "—",
        ),
    ]
    for name, mine, theirs in rows:
        table.add_row(name, mine, theirs)
    table.add_row("", "", "")

    def apr(value: float | None, caps: list[str]) -> Text:
        text = Text(fmt.percent(value, 2) if value is not None else "—")
        text.append_text(cap_badges(caps))
        return text

    table.add_row(
        _("True APR"),
        apr(cost.apr, cost.caps_exceeded) if cost else Text("—", style="dim"),
        apr(offer.apr, offer.caps_exceeded) if offer else Text("—"),
    )
    table.add_row(
        _("Total to pay"),
        money(cost.total_paid) if cost else "—",
        money(offer.total_paid) if offer else "—",
    )
    table.add_row(
        _("Interest and fees"),
        money(cost.total_cost) if cost else "—",
        money(offer.total_interest + offer.total_fees) if offer else "—",
    )
    return table
