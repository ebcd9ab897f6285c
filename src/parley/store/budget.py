"""The household budget, plan pins and payments against deals, as stored.

A mixin for `Store`: the budget's income is the one monthly income every screen uses
(`Store.load_settings` reads it from here).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.engine.offers import OfferTerms
from parley.store import records as r
from parley.store.records import OfferStatus, Payment

if TYPE_CHECKING:
    import sqlite3

    from parley.engine.budget import Budget

# engine.budget (the whole planner) is loaded by the methods that read or write a budget:
# opening a file and showing the Debts screen never need it.


class BudgetStore:
    """Budget, pins and deal payments (mixed into `Store`)."""

    # --- the budget ---------------------------------------------------------------------

    def budget_income(self) -> int:
        row = self._rows(
            "SELECT coalesce(sum(amount), 0) AS total FROM budget_lines WHERE kind = 'income'"
        )
        return int(row[0]["total"])

    def load_budget(self) -> Budget:
        """The stored budget (empty when never filled in); the share limit from settings."""
        from parley.engine.budget import Budget, IncomeSource
        from parley.engine.budget.model import CATEGORIES

        head = self._rows("SELECT lump_sum, keep_share_rule FROM budget WHERE id = 1")
        lines = self._rows("SELECT * FROM budget_lines ORDER BY kind, position, id")
        incomes = tuple(
            IncomeSource(row["label"], row["amount"]) for row in lines if row["kind"] == "income"
        )
        by_code = {row["label"]: row["amount"] for row in lines if row["kind"] == "essential"}
        essentials = tuple((code, by_code[code]) for code in CATEGORIES if code in by_code)
        lump, keep = (head[0]["lump_sum"], bool(head[0]["keep_share_rule"])) if head else (0, True)
        limit = self._share_limit()
        return Budget(incomes, essentials, lump, keep, limit)

    def _share_limit(self) -> float:
        import json

        row = self._rows("SELECT value FROM settings WHERE key = 'income_share_limit'")
        return float(json.loads(row[0]["value"])) if row else 0.20

    def save_budget(self, budget: Budget) -> None:
        """Replace the stored budget (one transaction; refused whole when a figure is wrong)."""
        from parley.engine.budget.model import check_budget

        check_budget(budget)
        with self._tx() as conn:
            _write_budget(conn, budget, self._now())

    # --- pins ---------------------------------------------------------------------------

    def pinned_asks(self) -> dict[int, OfferTerms]:
        rows = self._rows(
            "SELECT p.debt_id, p.terms FROM plan_pins p JOIN debts d ON d.id = p.debt_id "
            "WHERE d.deleted_at IS NULL ORDER BY p.debt_id"
        )
        return {row["debt_id"]: r.terms_from_json(row["terms"]) for row in rows}

    def pin_ask(self, debt_id: int, terms: OfferTerms) -> None:
        with self._tx() as conn:
            conn.execute(
                "INSERT INTO plan_pins (debt_id, terms, pinned_at) VALUES (?, ?, ?) "
                "ON CONFLICT (debt_id) DO UPDATE SET terms = excluded.terms, "
                "pinned_at = excluded.pinned_at",
                (debt_id, r.terms_to_json(terms), self._now()),
            )

    def unpin_ask(self, debt_id: int) -> None:
        with self._tx() as conn:
            conn.execute("DELETE FROM plan_pins WHERE debt_id = ?", (debt_id,))

    # --- payments against deals ---------------------------------------------------------

    def record_payment(self, offer_id: int, paid_on, amount: int, note: str = "") -> Payment:
        """A payment against an accepted offer (the debt is the offer's own)."""
        from parley.engine.errors import InputError
        from parley.i18n import _

        if amount <= 0:
            raise InputError(_("The amount must be more than zero."), field="amount")
        rows = self._rows("SELECT debt_id, status FROM offers WHERE id = ?", (offer_id,))
        if not rows:
            from parley.store.db import NotFound

            raise NotFound(_("There is no offer number {id}.").format(id=offer_id))
        if rows[0]["status"] != OfferStatus.ACCEPTED.value:
            raise InputError(_("Payments are recorded against an accepted offer."))
        payment = Payment(rows[0]["debt_id"], paid_on, amount, note, offer_id=offer_id)
        self.add_payment(payment)
        return payment

    def accepted_offers(self) -> dict[int, object]:
        """Each open debt's accepted offer (the latest, if several), by debt id."""
        rows = self._rows(
            "SELECT o.* FROM offers o JOIN debts d ON d.id = o.debt_id "
            "WHERE o.status = ? AND d.deleted_at IS NULL ORDER BY o.id",
            (OfferStatus.ACCEPTED.value,),
        )
        return {row["debt_id"]: r.row_to_offer(row) for row in rows}

    def offer_payments(self, offer_id: int) -> list[Payment]:
        rows = self._rows(
            "SELECT * FROM payments WHERE offer_id = ? ORDER BY paid_on, id", (offer_id,)
        )
        return [r.row_to_payment(row) for row in rows]


def _write_budget(conn: sqlite3.Connection, budget: Budget, now: str) -> None:
    from parley.engine.budget.model import CATEGORIES

    conn.execute(
        "INSERT INTO budget (id, lump_sum, keep_share_rule, updated_at) VALUES (1, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET lump_sum = excluded.lump_sum, "
        "keep_share_rule = excluded.keep_share_rule, updated_at = excluded.updated_at",
        (budget.lump_sum, int(budget.keep_share_rule), now),
    )
    conn.execute("DELETE FROM budget_lines")
    conn.executemany(
        "INSERT INTO budget_lines (kind, label, amount, position) VALUES ('income', ?, ?, ?)",
        [(s.label, s.amount, n) for n, s in enumerate(budget.incomes)],
    )
    conn.executemany(
        "INSERT INTO budget_lines (kind, label, amount, position) VALUES ('essential', ?, ?, ?)",
        [(code, amount, CATEGORIES.index(code)) for code, amount in budget.essentials if amount],
    )


def write_income(conn: sqlite3.Connection, amount: int) -> None:
    """Make `amount` the budget's income (one source) unless it already adds up to it."""
    total = conn.execute(
        "SELECT coalesce(sum(amount), 0) FROM budget_lines WHERE kind = 'income'"
    ).fetchone()[0]
    if total == amount:
        return
    conn.execute("DELETE FROM budget_lines WHERE kind = 'income'")
    if amount > 0:
        conn.execute(
            "INSERT INTO budget_lines (kind, label, amount, position) VALUES ('income', '', ?, 0)",
            (amount,),
        )
