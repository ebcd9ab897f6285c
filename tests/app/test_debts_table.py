"""The debts table: its ID column, the active sort, sorting names by pinyin, narrow terminals
and the commands the palette offers."""

from __future__ import annotations

from textual.widgets import DataTable

from parley.engine.debt import Debt
from parley.tui.screens.offer_editor import OfferEditorScreen

from .conftest import SIZE, settle, shown_text


def column(app, key: str) -> list[str]:
    table = app.screen.query_one("#debts-table", DataTable)
    return [str(cell) for cell in table.get_column(key)]


def labels(app) -> list[str]:
    table = app.screen.query_one("#debts-table", DataTable)
    return [str(c.label) for c in table.columns.values()]


async def test_the_table_shows_each_debts_id_beside_its_rank(demo_db, open_app):
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert labels(app)[:3] == ["Rank ▲", "ID", "Lender"]
        by_id = {str(d.id): d.lender for d in app.store.list_debts()}
        assert dict(zip(column(app, "id"), column(app, "lender"), strict=True)) == by_id
        # The offer editor's header names the same ID, as `parley script --debt ID` takes it.
        selected = app.screen.selected_debt_id()
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, OfferEditorScreen)
        assert f"debt ID {selected}" in app.screen.title
        assert by_id[str(selected)] in app.screen.title


async def test_lenders_sort_by_pinyin_and_the_header_shows_the_sort(demo_db, open_app):
    app = open_app(demo_db)
    app.store.add_debt(Debt(lender="Zed Loans", principal=100_000, outstanding=100_000))
    app.store.add_debt(Debt(lender="bank of test", principal=100_000, outstanding=100_000))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for _ in range(4):  # rank -> APR -> owed -> overdue -> lender
            await pilot.press("s")
        await settle(pilot)
        assert "Lender ▲" in labels(app)
        assert "Rank" in labels(app)  # the arrow moved off the rank column
        # By hand: an1, bank, hao3, heng2, jia1, kuai4, rui4, xin1, zed.
        assert column(app, "lender") == [
            "安盈消费金融",
            "bank of test",
            "好分期商城",
            "恒信普惠（原网贷平台）",
            "佳禾消费金融",
            "快闪借",
            "瑞丰银行信用卡中心",
            "鑫源小额贷款",
            "Zed Loans",
        ]
        await pilot.press("s")  # back to rank
        await settle(pilot)
        assert labels(app)[0] == "Rank ▲"
        await pilot.press("s")
        await settle(pilot)
        assert "True APR ▼" in labels(app)


async def test_at_80_columns_hidden_columns_show_under_the_table(demo_db, open_app):
    app = open_app(demo_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = app.screen.query_one("#debts-table", DataTable)
        shown = labels(app)
        assert {"Rank ▲", "ID", "Lender", "Owed", "True APR"} <= set(shown)
        # Nothing runs off the right edge.
        assert table.virtual_size.width <= 80
        details = app.screen.query_one("#debt-details")
        assert details.display
        text = shown_text(details)
        for label in ("Collection", "Legal", "Follow-up"):
            assert label in shown or f"{label}: " in text
        # The details follow the cursor.
        await pilot.press("down")
        await pilot.pause()
        debt = app.store.get_debt(int(column(app, "id")[1]))
        assert debt.legal_stage.label() in shown_text(details)


async def test_wide_terminal_shows_every_column_and_no_details_line(demo_db, open_app):
    app = open_app(demo_db)
    async with app.run_test(size=(260, 40)) as pilot:
        await settle(pilot)
        assert len(labels(app)) == 12
        assert not app.screen.query_one("#debt-details").display


async def test_the_palette_offers_the_commands_that_apply_now(demo_db, open_app):
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        names = {c.title for c in app.get_system_commands(app.screen)}
        assert {"Sort", "Edit", "Delete", "Filter", "Add", "Offers"} <= names
        assert "Undo" not in names  # nothing deleted yet
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await settle(pilot)
        names = {c.title for c in app.get_system_commands(app.screen)}
        assert "Undo" in names
        await pilot.press("2")
        await settle(pilot)
        names = {c.title for c in app.get_system_commands(app.screen)}
        assert {"Calendar", "Filter", "Add"} <= names, (app.screen, names)


async def test_running_sort_from_the_palette_sorts(demo_db, open_app):
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        (sort,) = [c for c in app.get_system_commands(app.screen) if c.title == "Sort"]
        await sort.callback()
        await settle(pilot)
        assert "True APR ▼" in labels(app)
