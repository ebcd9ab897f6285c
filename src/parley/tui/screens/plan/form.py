"""The budget form: income sources, essentials by category, the lump sum and the 20% rule.

Every figure is checked at its field; the form hands back a `Budget` only when all are valid.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Checkbox, Input

from parley.engine.budget import CATEGORIES, Budget, IncomeSource, category_label
from parley.engine.money import parse_money, to_decimal_str
from parley.i18n import _
from parley.tui.widgets.field import Field
from parley.tui.widgets.text import Plain

SOURCES = 3  # income sources on the form: salary, a second job, help from family...


def _amount(value: int) -> str:
    return to_decimal_str(value) if value else ""


class BudgetForm(VerticalScroll):
    DEFAULT_CSS = """
    BudgetForm {
        width: 40%; max-width: 40; height: 1fr; padding: 0 1; border-right: tall $primary 30%;
    }
    BudgetForm Field.-inline { grid-rows: 1 auto; }
    BudgetForm .form-head { text-style: bold; margin-top: 1; height: 1; }
    BudgetForm .source { height: auto; }
    BudgetForm .source > Input { width: 1fr; background: $boost; margin-right: 1; }
    BudgetForm .source > Field { width: 13; }
    BudgetForm .source > Field > Label.field-label { display: none; }
    BudgetForm Checkbox { margin-top: 1; }
    """

    def __init__(self, budget: Budget, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.budget = budget

    def compose(self) -> ComposeResult:
        b = self.budget
        yield Plain(_("Monthly income"), classes="form-head")
        for n in range(SOURCES):
            source = b.incomes[n] if n < len(b.incomes) else IncomeSource("", 0)
            with Horizontal(classes="source"):
                name = Input(
                    source.label,
                    placeholder=_("Source {n}").format(n=n + 1),
                    compact=True,
                    max_length=40,
                    id=f"income-name-{n}",
                )
                name.tooltip = _("In your own words: salary, part-time work, family help")
                yield name
                yield Field(
                    _("Amount a month"),
                    parse_money,
                    value=_amount(source.amount),
                    required=False,
                    id=f"income-{n}",
                    tooltip=_("Amount a month"),
                )
        yield Plain(_("Essential costs a month"), classes="form-head")
        for code in CATEGORIES:
            yield Field(
                category_label(code),
                parse_money,
                value=_amount(b.essential(code)),
                required=False,
                id=f"essential-{code}",
                inline=True,
            )
        yield Plain(_("Available now"), classes="form-head")
        yield Field(
            _("Lump sum (savings, family help)"),
            parse_money,
            value=_amount(b.lump_sum),
            required=False,
            id="lump_sum",
            tooltip=_("Used for down payments: ex-P2P platforms usually want about 30% first"),
        )
        rule = Checkbox(
            _("Instalments ≤ {share} of income").format(share=f"{b.share_limit * 100:g}%"),
            b.keep_share_rule,
            compact=True,
            id="keep_share_rule",
        )
        rule.tooltip = _("The rule of thumb that keeps you from falling behind again")
        yield rule

    def fields(self) -> list[Field]:
        return list(self.query(Field))

    @property
    def valid(self) -> bool:
        return all(f.valid for f in self.fields())

    def value(self) -> Budget | None:
        """The budget as typed, or None while a figure is wrong."""
        if not self.valid:
            return None
        incomes = []
        for n in range(SOURCES):
            amount = self.query_one(f"#income-{n}", Field).value or 0
            label = self.query_one(f"#income-name-{n}", Input).value.strip()
            if amount or label:
                incomes.append(IncomeSource(label, amount))
        essentials = tuple(
            (code, self.query_one(f"#essential-{code}", Field).value or 0) for code in CATEGORIES
        )
        return Budget(
            tuple(incomes),
            tuple((code, amount) for code, amount in essentials if amount),
            self.query_one("#lump_sum", Field).value or 0,
            self.query_one("#keep_share_rule", Checkbox).value,
            self.budget.share_limit,
        )
