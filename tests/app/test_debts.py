"""Debts mode driven by keyboard, on a real file."""

from __future__ import annotations

from textual.widgets import DataTable

from parley.tui.screens.debt_form import DebtFormScreen
from parley.tui.screens.offer_editor import OfferEditorScreen
from parley.tui.widgets.field import Field

from .conftest import SIZE, settle, shown_text, type_into


def table_lenders(app) -> list[str]:
    table = app.screen.query_one("#debts-table", DataTable)
    return [str(table.get_row_at(i)[2]) for i in range(table.row_count)]


async def test_debts_are_ranked_with_dangerous_rates_first(demo_db, open_app):
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        rows = screen._visible_rows()
        assert len(rows) == len(app.store.list_debts()) >= 6
        assert [r.rank for r in rows] == list(range(1, len(rows) + 1))
        # Above 24% at the contract's precision: a 24% loan solving to 24.0000x% is not.
        from parley.engine.rates import above as is_above

        above = [r for r in rows if is_above(r.apr, 0.24)]
        assert above and rows[: len(above)] == above
        assert all(r.reason for r in rows)
        assert "Owed in total" in shown_text(screen.query_one("#summary"))


async def test_add_a_debt_refusing_bad_input(demo_db, open_app):
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        before = len(app.store.list_debts())
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, DebtFormScreen)
        await type_into(pilot, "lender", "Test Lender")
        await type_into(pilot, "principal", "12abc")
        principal = app.screen.query_one("#principal", Field)
        assert not principal.valid
        assert "not an amount" in principal.error
        assert principal.has_class("-invalid")  # shown where it was typed
        await pilot.press("ctrl+s")  # refused: still on the form, nothing saved
        await pilot.pause()
        assert isinstance(app.screen, DebtFormScreen)
        assert len(app.store.list_debts()) == before
        # The attempt reveals every other field still missing, at its place.
        assert app.screen.query_one("#outstanding", Field).has_class("-invalid")
        await type_into(pilot, "principal", "1.2万")
        await type_into(pilot, "rate", "日息0.1%")
        await type_into(pilot, "outstanding", "9,000")
        await type_into(pilot, "first_missed", "2026-02-30")
        assert "does not exist" in app.screen.query_one("#first_missed", Field).error
        await type_into(pilot, "first_missed", "2026-11-10")
        assert "need attention" not in shown_text(app.screen.query_one("#form-status"))
        from textual.widgets import Checkbox

        app.screen.query_one("#accelerated", Checkbox).value = True  # called in by the lender
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, DebtFormScreen)
        debts = app.store.list_debts()
        assert len(debts) == before + 1
        added = next(d for d in debts if d.lender == "Test Lender")
        assert added.principal == 1_200_000
        assert added.outstanding == 900_000
        assert abs(added.annual_rate - 0.365) < 1e-12
        assert added.accelerated is True
        assert "Test Lender" in table_lenders(app)


async def test_edit_delete_and_undo(demo_db, open_app):
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        first = app.screen.selected_debt_id()
        lender = app.store.get_debt(first).lender
        await pilot.press("e")
        await pilot.pause()
        await type_into(pilot, "outstanding", "1234.56")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.store.get_debt(first).outstanding == 123_456

        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await settle(pilot)
        assert lender not in table_lenders(app)
        assert first not in [d.id for d in app.store.list_debts()]

        await pilot.press("u")
        await settle(pilot)
        assert lender in table_lenders(app)
        assert app.store.get_debt(first).outstanding == 123_456


async def test_delete_can_be_cancelled(demo_db, open_app):
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        count = len(table_lenders(app))
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("n")
        await settle(pilot)
        assert len(table_lenders(app)) == count


async def test_sort_and_filter(demo_db, open_app):
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s")  # by true APR
        await pilot.pause()
        aprs = [r.apr or 0 for r in app.screen._visible_rows()]
        assert aprs == sorted(aprs, reverse=True)
        await pilot.press("s")  # by amount owed
        await pilot.pause()
        owed = [r.debt.outstanding for r in app.screen._visible_rows()]
        assert owed == sorted(owed, reverse=True)

        target = app.store.list_debts()[0].lender
        await pilot.press("slash")
        await pilot.press(*target[:3])
        await pilot.pause()
        shown = table_lenders(app)
        assert target in shown
        assert len(shown) < len(app.store.list_debts())
        await pilot.press("escape")
        await pilot.pause()
        assert len(table_lenders(app)) == len(app.store.list_debts())


async def test_offer_editor_recomputes_as_you_type(demo_db, open_app):
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, OfferEditorScreen)
        before = screen.results["A"]
        await type_into(pilot, "A-count", "48")
        after = screen.results["A"]
        assert len(after.schedule.instalments) == 48
        assert after.instalment < before.instalment or len(before.schedule.instalments) > 48
        assert "48" in shown_text(screen.query_one("#figures"))

        # An invalid value keeps the last figures and marks them stale.
        await pilot.press("x")  # "48x"
        await pilot.pause()
        assert screen.stale["A"]
        assert screen.results["A"] is after
        assert "not a whole number" in screen.query_one("#A-count", Field).error

        await type_into(pilot, "A-count", "24")
        assert not screen.stale["A"]
        assert len(screen.results["A"].schedule.instalments) == 24
        await pilot.press("escape")
        await settle(pilot)
        saved = [o for o in app.store.list_offers(screen.debt_id) if o.label == "A"]
        assert saved and saved[-1].terms.count == 24


async def test_switch_language_at_runtime(demo_db, open_app):
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        table = app.screen.query_one("#debts-table", DataTable)
        assert "Lender" in [str(c.label) for c in table.columns.values()]
        await pilot.press("ctrl+l")
        await settle(pilot)
        table = app.screen.query_one("#debts-table", DataTable)
        labels = [str(c.label) for c in table.columns.values()]
        assert "贷款机构" in labels
        assert app.store.load_settings().language == "zh_CN"


async def test_first_run_offers_the_example_data(empty_db, open_app):
    app = open_app(empty_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.screen.__class__.__name__ == "WelcomeScreen"
        await pilot.press("d")
        await settle(pilot)
        assert len(app.store.list_debts()) >= 6
        assert len(table_lenders(app)) == len(app.store.list_debts())


async def test_a_lender_name_with_brackets_is_shown_as_typed(demo_db, open_app):
    from parley.engine.debt import Debt

    app = open_app(demo_db)
    app.store.add_debt(
        Debt(lender="[bold]Quick[/bold] Loan", principal=100_000, outstanding=100_000)
    )
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        table = app.screen.query_one("#debts-table", DataTable)
        painted = "\n".join(
            "".join(segment.text for segment in table.render_line(y))
            for y in range(table.size.height)
        )
        assert "[bold]Quick[/bold] Loan" in painted


async def test_an_empty_table_says_what_to_do(empty_db, open_app):
    app = open_app(empty_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e")  # start empty
        await settle(pilot)
        hint = app.screen.query_one("#empty-hint")
        assert hint.display
        assert "Press a" in shown_text(hint)


async def test_the_cursor_follows_the_debt_another_mode_chose(demo_db, open_app):
    from parley.tui.screens.debts import DebtsScreen

    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        table = app.screen.query_one("#debts-table", DataTable)
        keys = [int(k.value) for k in table.rows]
        other = next(k for k in keys if k != keys[table.cursor_row])
        await pilot.press("4")
        await settle(pilot)
        app.focused_debt_id = other  # as the checklist does when it opens another debt
        await pilot.press("1")
        await settle(pilot)
        assert isinstance(app.screen, DebtsScreen)
        assert keys[table.cursor_row] == other
        await pilot.press("enter")  # Enter opens that debt's offers, not the one before
        await settle(pilot)
        assert app.screen.debt_id == other
