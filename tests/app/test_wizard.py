"""The call-script wizard, driven by keyboard on a real file, in both languages."""

from __future__ import annotations

from datetime import date

import pytest
from textual.widgets import Checkbox, Input, Select

from parley import i18n
from parley.engine.offers import evaluate
from parley.engine.script import money_in
from parley.store.records import EventKind, OfferStatus
from parley.tui.screens.save_as import SaveAsScreen
from parley.tui.screens.wizard.screen import WizardScreen
from parley.tui.widgets.field import Field

from .conftest import SIZE, TODAY, settle, shown_text, type_into


async def open_wizard(pilot) -> WizardScreen:
    await settle(pilot)
    await pilot.press("3")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, WizardScreen)
    return screen


async def next_step(pilot) -> None:
    await pilot.press("ctrl+n")
    await settle(pilot)


def step_of(app) -> int:
    return app.screen.wizard.step


@pytest.mark.parametrize(("ui", "script_lang"), [("en", "zh_CN"), ("zh_CN", "en")])
async def test_walk_every_step_and_save(demo_db, open_app, ui, script_lang):
    app = open_app(demo_db, ui)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_wizard(pilot)
        store = app.store
        # 1. the debt defaults to the one the debts table had selected
        debt = screen.wizard.debt
        assert debt.id == app.focused_debt_id
        assert screen.query_one("#debt", Select).value == debt.id
        facts = shown_text(screen.query_one("#debt-facts"))
        assert i18n._("Days overdue: ") in facts
        await next_step(pilot)

        # 2. hardship: a date, and evidence that raises the strength
        assert step_of(app) == 2
        weak = shown_text(screen.query_one("#strength"))
        # Nothing is chosen for the user: they say what happened.
        assert screen.query_one("#hardship", Select).value is Select.NULL
        screen.query_one("#hardship", Select).value = "job_loss"
        await pilot.pause()
        await type_into(pilot, "since", "2026-09-01")
        for code in ("unemployment_certificate", "bank_statements"):
            box = screen.query_one(f"#ev-{code}", Checkbox)
            box.focus()
            await pilot.press("space")
            await pilot.pause()
        strong = shown_text(screen.query_one("#strength"))
        assert i18n._("Strong") in strong and i18n._("Weak") in weak
        await next_step(pilot)

        # 3. budget: income, essentials and the lump sum are the household budget's (8,500.00,
        # 5,000.00 and 1,500.00 in the example data); the largest instalment is 20% of the
        # income, and 3,500.00 is left after essentials
        assert step_of(app) == 3
        from parley.engine.money import format_money

        assert format_money(850_000) in shown_text(screen.query_one("#income"))
        assert format_money(500_000) in shown_text(screen.query_one("#costs"))
        assert format_money(150_000) in shown_text(screen.query_one("#down_available"))
        panel = shown_text(screen.query_one("#budget"))
        assert format_money(170_000) in panel and format_money(350_000) in panel
        assert not screen.query(Input)  # nothing to type: the budget is edited in Plan
        await next_step(pilot)

        # 4. proposals: edit A's count; the figures follow the engine
        assert step_of(app) == 4
        await type_into(pilot, "A-count", "24")
        terms_a = screen.wizard.terms("A")
        terms_b = screen.wizard.terms("B")
        assert terms_a.count == 24
        settings = screen.wizard.eval_settings()
        result_a = evaluate(debt, terms_a, today=TODAY, settings=settings)
        result_b = evaluate(debt, terms_b, today=TODAY, settings=settings)
        figures = shown_text(screen.query_one("#figures"))
        assert format_money(result_a.instalment) in figures
        assert format_money(result_b.total_paid) in figures
        await next_step(pilot)

        # 5. safety: tick two of the five
        assert step_of(app) == 5
        for code in ("official_line", "no_deposit"):
            screen.query_one(f"#safe-{code}", Checkbox).focus()
            await pilot.press("space")
            await pilot.pause()
        assert "2" in shown_text(screen.query_one("#safety-count"))
        await type_into(pilot, "caller", "Li Ming")
        await next_step(pilot)

        # 6. the script, in the other language, with the engine's figures
        assert step_of(app) == 6
        screen.query_one("#script_lang", Select).value = script_lang
        await settle(pilot)
        from parley.tui.screens.wizard.steps import script_text

        text = script_text(screen.wizard)
        for amount in (result_a.instalment, result_a.total_paid, result_b.total_paid):
            assert money_in(script_lang, amount) in text
        assert "Li Ming" in text
        assert ("2026年9月1日" if script_lang == "zh_CN" else "September 1, 2026") in text
        assert ("失业" if script_lang == "zh_CN" else "unemployment certificate") in text

        before = len(store.list_offers(debt.id))
        await pilot.press("ctrl+s")
        await settle(pilot)
        offers = store.list_offers(debt.id)
        assert len(offers) == before + 2
        a, b = offers[-2:]
        assert (a.label, b.label) == ("A", "B")
        assert a.terms == terms_a and b.terms == terms_b
        assert {a.status, b.status} == {OfferStatus.PROPOSED}
        (event,) = store.list_events(debt_id=debt.id, kinds=[EventKind.CALL_MADE])
        assert event.follow_up == date(2026, 12, 1)  # the next working day
        assert format_money(result_a.instalment) in event.summary
        assert store.load_draft(debt.id) is None
        # The planned call is worded in the language of the moment, not the one it was saved in.
        other = "zh_CN" if ui == "en" else "en"
        await app.set_language(other)
        await settle(pilot)
        (event,) = store.list_events(debt_id=debt.id, kinds=[EventKind.CALL_MADE])
        expected = ("计划", "官方客服") if other == "zh_CN" else ("Planned call", "Official")
        assert expected[0] in event.summary and expected[1] in event.channel
        assert format_money(result_a.instalment) in event.summary
        assert format_money(result_b.total_paid) in event.summary


async def test_the_budget_step_shows_the_household_budget_as_edited_in_plan(demo_db, open_app):
    from parley.engine.money import format_money

    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_wizard(pilot)
        await pilot.press("shift+f3")
        await settle(pilot)
        assert step_of(app) == 3
        assert format_money(500_000) in shown_text(screen.query_one("#costs"))
        # Housing 2,500.00 -> 3,000.00 in Plan mode: essentials become 5,500.00 everywhere.
        await pilot.press("5")
        await settle(pilot)
        await type_into(pilot, "essential-housing", "3000")
        await type_into(pilot, "lump_sum", "2000")
        await pilot.press("f3")  # a mode key from inside a field
        await settle(pilot)
        assert app.screen is screen and step_of(app) == 3
        assert format_money(550_000) in shown_text(screen.query_one("#costs"))
        assert format_money(200_000) in shown_text(screen.query_one("#down_available"))
        # 8,500.00 - 5,500.00 leaves 3,000.00, over the 1,700.00 share cap: the cap stands.
        assert format_money(300_000) in shown_text(screen.query_one("#budget"))
        assert screen.wizard.costs == 550_000
        assert screen.wizard.value("down_available") == 200_000


async def test_a_budget_without_essentials_leaves_them_blank(demo_db, open_app):
    from parley.engine.budget import Budget, IncomeSource

    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        app.store.save_budget(Budget((IncomeSource("", 600_000),), ()))
        app.refresh_data()
        screen = await open_wizard(pilot)
        await pilot.press("shift+f3")
        await settle(pilot)
        assert "not entered yet" in shown_text(screen.query_one("#costs"))
        assert screen.wizard.value("costs") is None  # a blank, not zero
        await pilot.press("shift+f6")  # nothing on this step stops the walk
        await settle(pilot)
        assert step_of(app) == 6


async def test_an_empty_required_field_says_so_when_next_is_pressed(demo_db, open_app):
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_wizard(pilot)
        await pilot.press("shift+f4")
        await settle(pilot)
        await type_into(pilot, "A-count", "")
        await pilot.press("shift+f6")
        await settle(pilot)
        assert step_of(app) == 4
        count = screen.query_one("#A-count", Field)
        assert count.error == "This field is needed."
        assert shown_text(count.query_one(".field-error")).strip() == "This field is needed."
        assert count.query_one(".field-error").display  # visible, not only set


async def test_bad_proposal_is_refused_and_figures_marked_stale(demo_db, open_app):
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_wizard(pilot)
        await pilot.press("shift+f4")
        await settle(pilot)
        assert step_of(app) == 4
        before = shown_text(screen.query_one("#figures"))
        await type_into(pilot, "B-count", "0")
        count = screen.query_one("#B-count", Field)
        assert "at least 1" in count.error
        await type_into(pilot, "A-rate", "lots")
        assert screen.query_one("#A-rate", Field).error
        after = shown_text(screen.query_one("#figures"))
        assert after.count("not updated") == 2
        # The last valid figures stay on screen.
        first_row = [line for line in before.splitlines() if line.strip().startswith("Instalment")]
        assert first_row[0].split()[-1] in after
        await next_step(pilot)
        assert step_of(app) == 4
        await type_into(pilot, "A-rate", "0%")
        await type_into(pilot, "B-count", "30")
        await next_step(pilot)
        assert step_of(app) == 5
        assert screen.wizard.terms("B").count == 30


async def test_draft_resumes_after_a_restart(demo_db, open_app):
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_wizard(pilot)
        debt_id = screen.wizard.debt.id
        await pilot.press("shift+f2")
        await settle(pilot)
        await type_into(pilot, "detail", "My shop closed")
        await type_into(pilot, "since", "2026-08-15")
        await pilot.press("shift+f4")
        await settle(pilot)
        await type_into(pilot, "A-count", "30")
        assert step_of(app) == 4
    # Reopen; move the debts table to another debt first: the draft still wins.
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("down")
        screen = await open_wizard(pilot)
        assert screen.wizard.debt.id == debt_id
        assert step_of(app) == 4
        assert screen.query_one("#A-count", Field).text == "30"
        await pilot.press("shift+f2")
        await settle(pilot)
        assert step_of(app) == 2
        assert screen.query_one("#detail", Field).text == "My shop closed"
        assert screen.query_one("#since", Field).text == "2026-08-15"


async def test_switching_language_keeps_what_was_typed(demo_db, open_app):
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_wizard(pilot)
        await pilot.press("shift+f4")
        await settle(pilot)
        await type_into(pilot, "A-waived", "3oo")
        await pilot.press("ctrl+l")
        await settle(pilot)
        waived = screen.query_one("#A-waived", Field)
        assert waived.text == "3oo"
        assert "金额" in waived.error  # the refusal, now in Chinese
        assert "预算" in shown_text(screen.query_one("#wiz-steps"))


async def test_export_asks_where_and_writes_a_private_file(demo_db, open_app):
    app = open_app(demo_db, "zh_CN")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_wizard(pilot)
        await pilot.press("shift+f6")
        await settle(pilot)
        assert step_of(app) == 6
        for key in ("m", "t"):
            await pilot.press(key)
            await settle(pilot)
            assert isinstance(app.screen, SaveAsScreen)
            await pilot.press("enter")  # the suggested place: beside the data file
            await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        for kind in ("md", "txt"):
            path = demo_db.parent / screen.export_name(kind)
            assert path.stat().st_mode & 0o777 == 0o600
            text = path.read_text(encoding="utf-8")
            assert "协商通话稿" in text
        assert app.clipboard.startswith("协商通话稿")


async def test_terms_that_cannot_be_a_deal_together_are_refused_at_the_field(demo_db, open_app):
    # Each figure parses alone; together they cannot be a deal (more waived than is owed):
    # the refusal is shown at the field it concerns, and goes when the figure is mended.
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_wizard(pilot)
        await pilot.press("shift+f4")
        await settle(pilot)
        await type_into(pilot, "A-waived", "99999999")
        await settle(pilot)
        waived = screen.query_one("#A-waived", Field)
        assert waived.error == "The amount waived cannot be more than the balance owed."
        assert screen.query_one("#B-waived", Field).error == ""
        await type_into(pilot, "A-waived", "0")
        await settle(pilot)
        assert waived.error == ""
