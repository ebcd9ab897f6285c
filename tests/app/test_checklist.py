"""Checklist mode driven by keyboard, on a real file: the items, loading and pasting versions,
comparing them, and the agreement against the accepted offer."""

from __future__ import annotations

from datetime import date

from textual.widgets import DataTable, TextArea

from parley.store import Store
from parley.store.records import OfferStatus
from parley.tui.screens.agreement_load import LoadFileScreen, PasteScreen
from parley.tui.screens.checklist import ChecklistScreen
from parley.tui.widgets.diff_view import NUMBER_STYLE, DiffView
from parley.tui.widgets.field import Field

from .conftest import SIZE, settle, shown_text
from .test_debts import type_into

TODAY = date(2026, 11, 30)
LENDER = "安盈消费金融"  # the example debt with an agreement and two offers


def debt_id(path, lender: str = LENDER) -> int:
    with Store.open(path) as store:
        return next(d.id for d in store.list_debts() if d.lender == lender)


async def open_checklist(app, pilot, lender_id: int) -> ChecklistScreen:
    await settle(pilot)
    app.focused_debt_id = lender_id
    await pilot.press("4")
    await settle(pilot)
    assert isinstance(app.screen, ChecklistScreen)
    assert app.screen.debt_id == lender_id
    return app.screen


def row(screen, code: str) -> list[str]:
    table = screen.query_one("#cl-items", DataTable)
    return [str(cell) for cell in table.get_row(code)]


def progress(screen) -> str:
    return shown_text(screen.query_one("#cl-progress"))


async def test_tick_note_and_untick_are_saved_and_survive_a_restart(demo_db, open_app):
    anying = debt_id(demo_db)
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_checklist(app, pilot, anying)
        # The example data has the first item ticked already.
        assert "1 of 13 done" in progress(screen)
        assert row(screen, "official_channel")[:2] == ["[x]", "2026-11-24"]
        await pilot.press("down")  # agent ID checked
        await pilot.press("space")
        await pilot.pause()
        assert row(screen, "agent_id_checked")[:2] == ["[x]", "2026-11-30"]
        assert "2 of 13 done" in progress(screen)
        await type_into(pilot, "cl-note", "工号 A1234 官网核实")
        await pilot.pause()
        assert row(screen, "agent_id_checked")[3] == "工号 A1234 官网核实"
        stored = app.store.checklist(anying)["agent_id_checked"]
        assert (stored.checked, stored.checked_on, stored.note) == (
            True,
            TODAY,
            "工号 A1234 官网核实",
        )

    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_checklist(app, pilot, anying)
        assert row(screen, "agent_id_checked") == [
            "[x]",
            "2026-11-30",
            "Agent ID checked",
            "工号 A1234 官网核实",
        ]
        assert "2 of 13 done" in progress(screen)
        await pilot.press("down", "space")  # untick: the date goes, the note stays
        await pilot.pause()
        assert row(screen, "agent_id_checked")[:2] == ["[ ]", ""]
        stored = app.store.checklist(anying)["agent_id_checked"]
        assert (stored.checked, stored.checked_on, stored.note) == (
            False,
            None,
            "工号 A1234 官网核实",
        )
        assert "1 of 13 done" in progress(screen)


async def test_a_note_too_long_is_refused_and_kept_on_screen(demo_db, open_app):
    anying = debt_id(demo_db)
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_checklist(app, pilot, anying)
        note = screen.query_one("#cl-note", Field)
        note.set_text("x" * 400)
        await pilot.pause()
        assert not note.valid and "300" in note.error
        assert app.store.checklist(anying)["official_channel"].note == "官方热线 95xxx"
        await app.set_language("zh_CN")  # the whole screen is rebuilt; the text stays
        await settle(pilot)
        assert app.screen.query_one("#cl-note", Field).text == "x" * 400


async def test_findings_beside_the_text_and_n_moves_to_the_next(demo_db, open_app):
    anying = debt_id(demo_db)
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_checklist(app, pilot, anying)
        # The example agreement has a management fee and an acceleration clause.
        assert "⚠" in row(screen, "no_extra_fee")[2]
        assert "⚠" in row(screen, "acceleration_understood")[2]
        assert "⚠" not in row(screen, "recordings_kept")[2]
        await pilot.press("n")
        await settle(pilot)
        table = screen.query_one("#cl-findings", DataTable)
        codes = [str(table.get_row_at(i)[1]) for i in range(table.row_count)]
        assert "Extra fee" in codes and "Acceleration" in codes
        first_line = int(str(table.get_row_at(0)[2]))
        assert screen.query_one("#cl-text").current == first_line
        await pilot.press("n")
        await pilot.pause()
        second_line = int(str(table.get_row_at(1)[2]))
        assert screen.query_one("#cl-text").current == second_line
        assert screen.query_one(f"#line-{second_line}").has_class("-current")
        assert not screen.query_one(f"#line-{first_line}").has_class("-current")
        detail = shown_text(screen.query_one("#cl-finding-detail"))
        assert f"line {second_line}" in detail
        # The finding explains itself: the agreement's words, why, and what to ask for. (The
        # balance stated on line 6, 利息及罚息 1,420 元, sets no penalty: the management fee
        # comes first, then the acceleration clause.)
        assert "Acceleration" in detail
        assert "Raised by: “宣布剩余全部欠款立即到期”" in detail
        assert "can demand the whole remaining balance" in detail
        assert "→ Ask for this to apply only after several missed instalments" in detail


async def load_file(pilot, path: str) -> None:
    await pilot.press("l")
    await pilot.pause()
    assert isinstance(pilot.app.screen, LoadFileScreen)
    await type_into(pilot, "agreement-path", path)


async def test_load_a_file_refusing_a_missing_one(demo_db, open_app, tmp_path):
    anying = debt_id(demo_db)
    good = tmp_path / "agreement-v2.txt"
    good.write_text("Repaid in 36 monthly instalments of 600.00.\nNo fee of any kind.\n")
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        await open_checklist(app, pilot, anying)
        await load_file(pilot, str(tmp_path / "nothing-here.txt"))
        field = app.screen.query_one("#agreement-path", Field)
        assert not field.valid and "no such file" in field.error
        assert app.screen.query_one("#load").disabled
        await pilot.press("ctrl+s")  # refused: the dialog stays, nothing is added
        await pilot.pause()
        assert isinstance(app.screen, LoadFileScreen)
        await type_into(pilot, "agreement-path", str(tmp_path))
        assert "folder" in field.error
        await type_into(pilot, "agreement-path", str(good))
        assert field.valid
        assert "2 lines" in shown_text(app.screen.query_one("#load-preview"))
        await pilot.press("ctrl+s")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ChecklistScreen)
        versions = app.store.list_agreements(anying)
        assert [v.version for v in versions] == [1, 2]
        assert versions[1].source == str(good)
        assert versions[0].text.startswith("个人借款分期还款协议")  # the first is kept
        assert screen._shown_version() == 2
        assert screen.tab == "tab-agreement"


async def test_a_gb18030_file_reads_as_chinese(demo_db, open_app, tmp_path):
    anying = debt_id(demo_db)
    text = "分期还款协议\n每期还款人民币 600.00 元，分 36 期偿还。\n另收取服务费每月 20 元。\n"
    path = tmp_path / "协议.txt"
    path.write_bytes(text.encode("gb18030"))
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        await open_checklist(app, pilot, anying)
        await load_file(pilot, str(path))
        assert app.screen.query_one("#agreement-path", Field).valid
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.store.list_agreements(anying)[-1].text == text
        line = shown_text(app.screen.query_one("#line-2"))
        assert "每期还款人民币 600.00 元" in line
        table = app.screen.query_one("#cl-findings", DataTable)
        assert ["Extra fee", "3"] in [
            [str(c) for c in table.get_row_at(i)[1:3]] for i in range(table.row_count)
        ]


async def paste(pilot, text: str) -> None:
    await pilot.press("p")
    await pilot.pause()
    assert isinstance(pilot.app.screen, PasteScreen)
    pilot.app.screen.query_one(TextArea).text = text
    await pilot.pause()
    await pilot.press("ctrl+s")
    await settle(pilot)


async def test_paste_refuses_empty_text_and_keeps_every_version(demo_db, open_app):
    anying = debt_id(demo_db)
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        await open_checklist(app, pilot, anying)
        await pilot.press("p")
        await pilot.pause()
        await pilot.press("ctrl+s")  # nothing pasted yet: refused
        await pilot.pause()
        assert isinstance(app.screen, PasteScreen)
        assert "Paste the agreement's text first" in shown_text(
            app.screen.query_one("#paste-error")
        )
        await pilot.press("escape")
        await pilot.pause()
        await paste(pilot, "Version two.\n")
        await paste(pilot, "Version three.\n")
        versions = app.store.list_agreements(anying)
        assert [(v.version, v.source) for v in versions][1:] == [(2, "pasted"), (3, "pasted")]
        screen = app.screen
        assert screen._shown_version() == 3
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert screen._shown_version() == 2
        assert "Version two." in shown_text(screen.query_one("#line-1"))


async def test_diff_of_two_versions_emphasises_the_changed_number(demo_db, open_app):
    from parley.store.demo import AGREEMENT_TEXT

    anying = debt_id(demo_db)
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_checklist(app, pilot, anying)
        await paste(pilot, AGREEMENT_TEXT.replace("556.11", "656.11"))
        await pilot.press("v")
        await settle(pilot)
        assert screen.tab == "tab-diff"
        view = screen.query_one("#cl-diff", DiffView)
        changed = [line for line in view.lines if line.op != "equal"]
        assert len(changed) == 1 and changed[0].old_no == changed[0].new_no == 7
        rendered = shown_text(view.query_one("#diff-body"))
        old_row = next(line for line in rendered.splitlines() if "556.11" in line)
        new_row = next(line for line in rendered.splitlines() if "656.11" in line)
        assert old_row.split()[:2] == ["7", "-"] and new_row.split()[:2] == ["7", "+"]
        # The new number is drawn emphasised; the words around it are not.
        grid = view.query_one("#diff-body").content
        (new_text,) = [cell for cell in grid.columns[3]._cells if "656.11" in str(cell)]
        emphasised = [
            str(new_text)[s.start : s.end] for s in new_text.spans if s.style == NUMBER_STYLE
        ]
        assert emphasised == ["656.11"]
        await pilot.press("v")  # back where it was
        await pilot.pause()
        assert screen.tab == "tab-agreement"


async def test_an_instalment_that_differs_from_the_accepted_offer_is_a_finding(demo_db, open_app):
    anying = debt_id(demo_db)
    with Store.open(demo_db) as store:
        offer = next(o for o in store.list_offers(anying) if o.label == "A")
        store.set_offer_status(offer.id, OfferStatus.ACCEPTED)
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_checklist(app, pilot, anying)
        await pasted_with_instalment(pilot, "999.00")
        table = screen.query_one("#cl-findings", DataTable)
        rows = [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]
        mismatch = [r for r in rows if r[1] == "Differs from offer"]
        assert len(mismatch) == 1
        assert mismatch[0][0].strip() == "high" and mismatch[0][2] == "2"
        assert "999.00" in mismatch[0][3]
        assert "⚠" in row(screen, "figures_match")[2]
        await pilot.press("f")
        await pilot.pause()
        figures = shown_text(screen.query_one("#cl-figures"))
        assert "Accepted offer A" in figures
        assert "≠ CN¥999.00 (line 2)" in figures


async def pasted_with_instalment(pilot, amount: str) -> None:
    await paste(pilot, f"分期还款协议\n分 36 期偿还，每期还款人民币 {amount} 元。\n")


async def test_without_an_accepted_offer_the_figures_say_how_to_mark_one(demo_db, open_app):
    anying = debt_id(demo_db)
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_checklist(app, pilot, anying)
        await pilot.press("f")
        await pilot.pause()
        note = shown_text(screen.query_one("#cl-figures-note"))
        assert "No offer is accepted" in note and "Accepted" in note


async def test_another_debt_from_the_picker(demo_db, open_app):
    anying = debt_id(demo_db)
    other = debt_id(demo_db, "快闪借")
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_checklist(app, pilot, anying)
        screen.query_one("#cl-debt").value = other
        await settle(pilot)
        screen = app.screen
        assert screen.debt_id == other and app.focused_debt_id == other
        assert "0 of 13 done" in progress(screen)
        assert "No agreement for this debt yet" in shown_text(screen.query_one("#line-1"))
        assert app.store.list_agreements(other) == []


async def test_no_debts_says_what_to_do(empty_db, open_app):
    app = open_app(empty_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e")  # the welcome dialog: start empty
        await settle(pilot)
        await pilot.press("4")
        await settle(pilot)
        assert isinstance(app.screen, ChecklistScreen)
        assert "Add a debt first" in shown_text(app.screen.query_one("#cl-hint"))
        await pilot.press("l")
        await pilot.pause()
        assert isinstance(app.screen, ChecklistScreen)  # nothing to load into
