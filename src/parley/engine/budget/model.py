"""The household budget: income from every source, essential costs by category, lump sums.

Money for debts = income - essentials (never below zero). Where the user keeps the rule of
thumb on, no single instalment may take more than the settings' share of income (20%).
"""

from __future__ import annotations

from dataclasses import dataclass

from parley.engine.affordability import DEFAULT_LIMIT, max_instalment
from parley.engine.errors import InputError
from parley.i18n import N_, _

# A short financial statement, in the categories debt advisers use.
CATEGORIES: tuple[str, ...] = (
    "housing",
    "food",
    "utilities",
    "transport",
    "children",
    "medical",
    "other",
)
_CATEGORY_LABELS = {
    "housing": N_("Housing"),
    "food": N_("Food"),
    "utilities": N_("Utilities"),
    "transport": N_("Transport"),
    "children": N_("Children"),
    "medical": N_("Medical"),
    "other": N_("Other essentials"),
}
MAX_LABEL = 40


def category_label(code: str) -> str:
    return _(_CATEGORY_LABELS[code])


@dataclass(frozen=True)
class IncomeSource:
    label: str  # the user's own words ("salary", "工资")
    amount: int  # a month, minor units


@dataclass(frozen=True)
class Budget:
    """One month of the household's money. Amounts in minor units."""

    incomes: tuple[IncomeSource, ...] = ()
    essentials: tuple[tuple[str, int], ...] = ()  # (category, amount), categories from CATEGORIES
    lump_sum: int = 0  # available now, for down payments
    keep_share_rule: bool = True  # each instalment at most `share_limit` of income
    share_limit: float = DEFAULT_LIMIT

    @property
    def income(self) -> int:
        return sum(s.amount for s in self.incomes)

    @property
    def essentials_total(self) -> int:
        return sum(amount for _code, amount in self.essentials)

    def essential(self, code: str) -> int:
        return sum(amount for c, amount in self.essentials if c == code)

    @property
    def available(self) -> int:
        """Money for debts each month: income less essentials, never below zero."""
        return max(self.income - self.essentials_total, 0)

    @property
    def gap(self) -> int:
        """How far essentials are above income (0 when income covers them)."""
        return max(self.essentials_total - self.income, 0)

    @property
    def instalment_cap(self) -> int | None:
        """The largest single instalment the rule of thumb allows; None when it is off."""
        if not self.keep_share_rule:
            return None
        return max_instalment(self.income, self.share_limit)

    def with_overrides(
        self,
        *,
        income: int | None = None,
        essentials: int | None = None,
        lump_sum: int | None = None,
    ) -> Budget:
        """The same budget with totals replaced (one source, one category), as `--income`
        and `--essentials` do for one run."""
        incomes, costs, lump = self.incomes, self.essentials, self.lump_sum
        if income is not None:
            incomes = (IncomeSource(_("Income"), income),)
        if essentials is not None:
            costs = (("other", essentials),)
        if lump_sum is not None:
            lump = lump_sum
        return Budget(incomes, costs, lump, self.keep_share_rule, self.share_limit)


def check_budget(budget: Budget) -> None:
    """Raise InputError naming the field for a budget that cannot be stored."""
    for n, source in enumerate(budget.incomes):
        if source.amount < 0:
            raise InputError(_("An amount cannot be negative."), field=f"income-{n}")
        if len(source.label) > MAX_LABEL:
            raise InputError(
                _("Keep it under {n} characters.").format(n=MAX_LABEL), field=f"income-{n}"
            )
    for code, amount in budget.essentials:
        if code not in CATEGORIES:
            raise InputError(_("Parley has no such category."), field=code)
        if amount < 0:
            raise InputError(_("An amount cannot be negative."), field=code)
    if budget.lump_sum < 0:
        raise InputError(_("An amount cannot be negative."), field="lump_sum")
    if not 0 < budget.share_limit <= 1:
        raise InputError(_("A percentage must be between 0% and 100%."), field="share_limit")
