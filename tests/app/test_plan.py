"""Plan mode: the budget form, the plan it gives, and what follows a deal."""

from __future__ import annotations

from datetime import date

from textual.widgets import DataTable

from parley.engine.budget import Placement
from parley.engine.money import format_money
from parley.engine.offers import OfferKind, OfferTerms
from parley.household import stored_plan
from parley.store.records import OfferRecord, OfferStatus
from parley.tui.screens.plan.screen import PlanScreen
from parley.tui.widgets.field import Field

from .conftest import SIZE, TODAY, settle, shown_text, type_into


async def open_plan(pilot):
    await settle(pilot)
    await pilot.press("5")
    await settle(pilot)
    assert isinstance(pilot.app.screen, PlanScreen)
    return pilot.app.screen


async def test_the_plan_shows_every_debt_within_the_money_for_debts(demo_db, open_app):
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot)
        summary = shown_text(screen.query_one("#plan-summary"), width=300)
        # 6,500.00 + 2,000.00 income less 5,000.00 of essentials (the example's budget)
        assert format_money(350_000) in summary
        table = screen.query_one("#plan-table", DataTable)
        assert table.row_count == len(app.store.list_debts()) == 7
        plan = stored_plan(app.store, TODAY)
        assert plan.monthly_total <= 350_000
        assert plan.debt_free.strftime("%Y-%m") in summary
        assert format_money(plan.monthly_total) in summary
        # The chart starts from today's debt ratio and ends at zero.
        assert screen.query_one("#plan-chart").series[0].points[-1] == 0


async def test_editing_a_figure_re_solves_and_saves_it(demo_db, open_app):
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot)
        before = screen.plan.debt_free
        await type_into(pilot, "essential-housing", "4000")  # 1,500.00 more a month
        budget = app.store.load_budget()
        assert budget.essential("housing") == 400_000 and budget.available == 200_000
        summary = shown_text(screen.query_one("#plan-summary"), width=300)
        assert format_money(200_000) in summary
        assert screen.plan.debt_free >= before
        assert all(m.paid <= 200_000 for m in screen.plan.months)
        # The income is the app's income: typed here, it is the settings' too.
        await type_into(pilot, "income-0", "7500")
        assert app.store.load_settings().monthly_income == 950_000
        assert app.settings.monthly_income == 950_000


async def test_bad_figures_are_refused_at_the_field_and_nothing_is_lost(demo_db, open_app):
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot)
        await type_into(pilot, "essential-food", "1500x")
        food = screen.query_one("#essential-food", Field)
        assert "not an amount" in food.error
        assert screen.query_one("#plan-invalid").display
        assert app.store.load_budget().essential("food") == 150_000  # the last valid figure
        await type_into(pilot, "essential-food", "-5")
        assert "cannot be negative" in food.error
        assert food.text == "-5"  # what was typed stays, to be put right
        await type_into(pilot, "lump_sum", "lots")
        assert "not an amount" in screen.query_one("#lump_sum", Field).error
        await type_into(pilot, "essential-food", "1600")
        await type_into(pilot, "lump_sum", "0")
        assert not screen.query_one("#plan-invalid").display
        assert app.store.load_budget().essential("food") == 160_000


async def test_bad_figures_are_refused_in_chinese(demo_db, open_app):
    app = open_app(demo_db, "zh_CN")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot)
        assert "计划" in screen.title
        await type_into(pilot, "essential-food", "-5")
        assert "金额不能是负数" in screen.query_one("#essential-food", Field).error
        assert "可用于还债" in shown_text(screen.query_one("#plan-summary"), width=300)


async def test_essentials_above_income_say_there_is_nothing_for_debts(demo_db, open_app):
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot)
        await type_into(pilot, "essential-other", "5000")  # 10,000.00 against 8,500.00
        summary = shown_text(screen.query_one("#plan-summary"), width=300)
        assert format_money(150_000) in summary  # essentials above income by 1,500.00
        assert "deferral" in summary and "mediation" in summary
        assert "not within this plan" in summary
        assert all(a.placement is Placement.MEDIATION for a in screen.plan.asks)


async def test_use_this_plan_writes_each_ask_and_says_what_it_replaces(demo_db, open_app):
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot)
        plan = screen.plan
        await pilot.press("shift+f2")
        await pilot.pause()
        question = str(app.screen.question)
        # 安盈消费金融 already has an offer A (freeze and park over 36 months).
        line = next(x for x in question.splitlines() if x.startswith("安盈消费金融"))
        assert "replaces Freeze and park, 36 instalments" in line
        await pilot.press("y")
        await settle(pilot)
        store = app.store
        for ask in plan.asks:
            if ask.terms is None:
                continue
            offer_a = [o for o in store.list_offers(ask.debt.id) if o.label == "A"][-1]
            assert offer_a.terms == ask.terms
            assert offer_a.status is OfferStatus.PROPOSED


async def test_pin_keeps_an_ask_and_plans_around_it(demo_db, open_app):
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot)
        table = screen.query_one("#plan-table", DataTable)
        table.focus()
        await pilot.press("down")
        await pilot.pause()
        ask = screen._selected()
        await pilot.press("shift+f3")
        await pilot.pause()
        assert app.store.pinned_asks() == {ask.debt.id: ask.terms}
        pinned = next(a for a in screen.plan.asks if a.debt.id == ask.debt.id)
        assert pinned.placement is Placement.PINNED
        assert all(m.paid <= screen.plan.available for m in screen.plan.months)
        await pilot.press("shift+f3")
        await pilot.pause()
        assert app.store.pinned_asks() == {}


def accept_a_deal(path):
    """An interest-free deal of 12 instalments whose first fell due on 2026-10-30."""
    from parley.store import Store

    with Store.open(path) as store:
        debt = next(d for d in store.list_debts() if d.lender == "鑫源小额贷款")
        terms = OfferTerms(kind=OfferKind.FREEZE, count=12, first_due=date(2026, 10, 30))
        offer_id = store.save_offer(OfferRecord(debt.id, "A", terms))
        store.set_offer_status(offer_id, OfferStatus.ACCEPTED)
        return debt


async def test_payments_against_a_deal_show_missed_late_and_what_a_miss_costs(demo_db, open_app):
    debt = accept_a_deal(demo_db)
    each = round(debt.outstanding / 12)  # the first instalment of the even split
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        # The Debts table shows the deal: the October instalment was not paid.
        debts_table = app.screen.query_one("#debts-table", DataTable)
        row = debts_table.get_row(str(debt.id))
        assert "Missed" in row[-1].plain
        screen = await open_plan(pilot)
        table = screen.query_one("#plan-table", DataTable)
        table.focus()
        table.move_cursor(row=table.get_row_index(str(debt.id)))
        await pilot.pause()
        detail = shown_text(screen.query_one("#plan-detail"), width=400)
        assert "Missed" in detail
        # Miss one and the whole deal is demanded: everything it still asks.
        assert format_money(debt.outstanding) in detail
        # Penalty interest for 30 days on it, at the contract's penalty rate.
        penalty = round(debt.outstanding * debt.effective_penalty_rate * 30 / 365)
        assert format_money(penalty) in detail
        await pilot.press("shift+f4")
        await pilot.pause()
        await type_into(pilot, "amount", f"{each / 100:.2f}")
        await pilot.press("ctrl+s")
        await settle(pilot)
        offer = app.store.accepted_offer(debt.id)
        [payment] = app.store.offer_payments(offer.id)
        assert payment.amount == each and payment.paid_on == TODAY
        detail = shown_text(screen.query_one("#plan-detail"), width=400)
        # Paid on 30 November for 30 October: up to date now, but late.
        assert "Paid late" in detail
        assert format_money(debt.outstanding - each) in detail


async def test_switching_language_keeps_the_plan_on_screen(demo_db, open_app):
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot)
        await pilot.press("ctrl+l")
        await settle(pilot)
        table = app.screen.query_one("#plan-table", DataTable)
        assert table.row_count == 7
        assert "计划" in app.screen.title
        assert "可用于还债" in shown_text(app.screen.query_one("#plan-summary"), width=300)
        assert app.screen.query_one("#plan-chart").series
        assert screen is app.screen
