"""Timeline mode driven by keyboard, on a real file."""

from __future__ import annotations

import hashlib

from textual.widgets import DataTable, Select

from parley.store.records import EventKind, OfferStatus
from parley.tui.screens.event_form import EventFormScreen
from parley.tui.screens.timeline import TimelineScreen
from parley.tui.widgets.field import Field

from .conftest import SIZE, settle, shown_text, type_into


def rows(app) -> list[list[str]]:
    table = app.screen.query_one("#events-table", DataTable)
    return [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]


async def open_timeline(pilot) -> TimelineScreen:
    await settle(pilot)
    await pilot.press("2")
    await settle(pilot)
    assert isinstance(pilot.app.screen, TimelineScreen)
    return pilot.app.screen


async def test_all_events_newest_first_with_verbal_promises_flagged(demo_db, open_app):
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        await open_timeline(pilot)
        shown = rows(app)
        assert len(shown) == app.store.count_events() == 13
        assert [r[0] for r in shown] == sorted((r[0] for r in shown), reverse=True)
        table = app.screen.query_one("#events-table", DataTable)
        verbal = next(i for i, r in enumerate(shown) if "verbal only" in r[6])
        cell = table.get_row_at(verbal)[6]
        assert "red" in str(cell.style)
        table.move_cursor(row=verbal)
        await pilot.pause()
        detail = shown_text(app.screen.query_one("#event-detail"))
        assert "not binding until confirmed in writing" in detail
        written = next(i for i, r in enumerate(shown) if "in writing" in r[6])
        assert "red" not in str(table.get_row_at(written)[6].style)


async def test_add_refuses_bad_input_then_saves_with_a_file(demo_db, open_app, tmp_path):
    recording = tmp_path / "call.m4a"
    recording.write_bytes(b"recorded call" * 100)
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        await open_timeline(pilot)
        before = app.store.count_events()
        await pilot.press("a")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, EventFormScreen)
        assert form.query_one("#channel", Field).text == app.store.last_channel()
        await type_into(pilot, "when", "2026-11-31 10:00")
        assert "does not exist" in form.query_one("#when", Field).error
        await type_into(pilot, "follow_up", "next week")
        assert "not a date" in form.query_one("#follow_up", Field).error
        await type_into(pilot, "new_file", str(tmp_path / "missing.mp3"))
        assert "There is no file" in form.query_one("#new_file", Field).error
        assert form.query_one("#save").disabled
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, EventFormScreen) and app.store.count_events() == before

        await type_into(pilot, "when", "2026-11-30 09:15")
        await type_into(pilot, "follow_up", "2026-12-04")
        await type_into(pilot, "party", "Agent Li")
        await type_into(pilot, "promise-0", "Penalty waived")
        await type_into(pilot, "new_file", str(recording))
        await pilot.press("enter")  # attach: copied into the vault and hashed in a worker
        await settle(pilot)
        assert "call.m4a" in shown_text(form.query_one("#attachments"))
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, TimelineScreen)
        assert app.store.count_events() == before + 1
        saved = app.store.list_events(limit=1)[0]
        assert saved.party == "Agent Li" and str(saved.follow_up) == "2026-12-04"
        assert [p.written for p in saved.promises] == [False]
        (a,) = saved.attachments
        assert a.size == recording.stat().st_size
        assert a.sha256 == hashlib.sha256(recording.read_bytes()).hexdigest()
        assert rows(app)[0][0] == "2026-11-30 09:15"


async def test_the_vault_copy_is_the_evidence_and_a_changed_copy_shows(demo_db, open_app, tmp_path):
    letter = tmp_path / "letter.png"
    letter.write_bytes(b"first version")
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        await open_timeline(pilot)
        await pilot.press("a")
        await pilot.pause()
        await type_into(pilot, "when", "2026-11-30 09:00")
        await type_into(pilot, "new_file", str(letter))
        await pilot.press("ctrl+s")
        await settle(pilot)
        original = app.store.list_events(limit=1)[0].attachments[0].sha256
        assert original == hashlib.sha256(b"first version").hexdigest()
        letter.unlink()  # the original is gone: the vault still holds the evidence
        app.screen.query_one("#events-table", DataTable).move_cursor(row=0)
        await pilot.press("e")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, EventFormScreen)
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert "unchanged since attached" in shown_text(form.query_one("#attachments"))
        # Altering the vault copy itself is caught by the hash.
        [copy] = list(demo_db.with_name("parley.db.vault").iterdir())
        copy.write_bytes(b"other version")
        await type_into(pilot, "party", "Edited")
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert "CHANGED" in shown_text(form.query_one("#attachments"))
        await pilot.press("ctrl+s")
        await settle(pilot)
        saved = app.store.list_events(limit=1)[0]
        assert saved.party == "Edited" and saved.attachments[0].sha256 == original


async def test_filters_by_debt_kind_and_dates(demo_db, open_app):
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_timeline(pilot)
        screen.query_one("#kind-filter", Select).value = EventKind.COLLECTION_CONTACT.value
        await settle(pilot)
        assert {r[2] for r in rows(app)} == {"Collection contact"} and len(rows(app)) == 5
        await type_into(pilot, "since", "2026-11-20")
        await settle(pilot)
        assert all(r[0] >= "2026-11-20" for r in rows(app)) and len(rows(app)) == 3
        await type_into(pilot, "until", "2026-11-01")  # before the start: refused
        await settle(pilot)
        assert "before the start" in screen.query_one("#until", Field).error
        assert len(rows(app)) == 3
        await type_into(pilot, "until", "x")
        assert "not a date" in screen.query_one("#until", Field).error
        screen.query_one("#events-table").focus()
        await pilot.press("escape")
        await settle(pilot)
        assert len(rows(app)) == 13
        debt = next(d for d in app.store.list_debts() if d.lender == "快闪借")
        screen.query_one("#debt-filter", Select).value = debt.id
        await settle(pilot)
        assert {r[1] for r in rows(app)} == {"快闪借"} and len(rows(app)) == 3


async def test_per_debt_timeline_from_the_debts_table(demo_db, open_app):
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        debt_id = app.screen.selected_debt_id()
        await pilot.press("t")
        await settle(pilot)
        assert isinstance(app.screen, TimelineScreen)
        shown = app.screen.events
        assert shown and {e.debt_id for e in shown} == {debt_id}
        assert len(rows(app)) == len(app.store.list_events(debt_id=debt_id))
        # Opened straight into one debt, the screen still names it everywhere: the debt
        # filter, each row's lender, and the due panel of every debt.
        lender = app.store.get_debt(debt_id).lender
        assert app.screen.query_one("#debt-filter", Select).value == debt_id
        for row in rows(app):  # a long name is cut short, with " …" after it
            assert row[1] and lender.startswith(row[1].removesuffix(" …"))
        assert shown_text(app.screen.query_one("#due-body")).strip()
        await pilot.press("ctrl+l")  # the filter survives a language switch
        await settle(pilot)
        assert {e.debt_id for e in app.screen.events} == {debt_id}
        assert len(rows(app)) == len(shown)


async def test_due_panel_lists_follow_ups_instalments_and_windows(demo_db, open_app):
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        store = app.store
        debt = next(d for d in store.list_debts() if d.lender == "安盈消费金融")
        offer = next(o for o in store.list_offers(debt.id) if o.label == "A")
        store.set_offer_status(offer.id, OfferStatus.ACCEPTED)
        await open_timeline(pilot)
        text = shown_text(app.screen.query_one("#due-body"))
        lines = text.splitlines()
        assert "in 2 days · 2026-12-02 · Follow-up" in lines[0]
        assert "30-day window ends" in text and "Instalment" in text
        assert "1 of 36" in text
        days = [line.split(" · ")[1] for line in lines[::2]]
        assert days == sorted(days)


async def test_debts_table_collection_column_comes_from_the_log(demo_db, open_app):
    app = open_app(demo_db)
    async with app.run_test(size=(260, 40)) as pilot:  # wide enough for every column
        await settle(pilot)
        table = app.screen.query_one("#debts-table", DataTable)
        cells = dict(
            zip(
                map(str, table.get_column("lender")),
                map(str, table.get_column("intensity")),
                strict=True,
            )
        )
        assert cells["快闪借"].startswith("High") and "2/7d" in cells["快闪借"]
        assert cells["好分期商城"].startswith("Low") or "1/30d" in cells["好分期商城"]


async def test_a_big_file_is_copied_and_hashed_in_a_worker_with_progress(
    demo_db, open_app, tmp_path, monkeypatch
):
    import threading

    from textual.widgets import ProgressBar

    from parley.store import vault

    big = tmp_path / "recording.wav"
    big.write_bytes(bytes(range(256)) * (12 * 4096))  # 12 MiB: several progress steps
    copied_on: list[threading.Thread] = []
    real = vault.copy_in

    def watched(*args, **kwargs):
        copied_on.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(vault, "copy_in", watched)
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        await open_timeline(pilot)
        await pilot.press("a")
        await pilot.pause()
        form = app.screen
        await type_into(pilot, "when", "2026-11-30 09:00")
        await type_into(pilot, "new_file", str(big))
        await pilot.press("enter")
        await settle(pilot)
        # The UI thread never read the file: a worker thread copied and hashed it.
        assert copied_on and threading.main_thread() not in copied_on
        bar = form.query_one("#attach-progress", ProgressBar)
        assert bar.progress == bar.total >= big.stat().st_size
        assert not bar.has_class("-busy")  # hidden again once done
        (a,) = form.state.attachments
        assert a.sha256 == hashlib.sha256(big.read_bytes()).hexdigest()


async def test_rechecking_an_unreadable_attachment_says_so(
    demo_db, open_app, tmp_path, monkeypatch
):
    from pathlib import Path

    letter = tmp_path / "letter.png"
    letter.write_bytes(b"a letter")
    app = open_app(demo_db)
    async with app.run_test(size=SIZE) as pilot:
        await open_timeline(pilot)
        await pilot.press("a")
        await pilot.pause()
        await type_into(pilot, "when", "2026-11-30 09:00")
        await type_into(pilot, "new_file", str(letter))
        await pilot.press("ctrl+s")
        await settle(pilot)
        app.screen.query_one("#events-table", DataTable).move_cursor(row=0)
        await pilot.press("e")
        await pilot.pause()
        form = app.screen
        # The vault copy's permissions changed since (tests may run as root, who reads
        # anything).
        real_open = Path.open
        vault_folder = demo_db.with_name("parley.db.vault")

        def refuse(self, *args, **kwargs):
            if self.parent == vault_folder:
                raise PermissionError(13, "Permission denied")
            return real_open(self, *args, **kwargs)

        monkeypatch.setattr(Path, "open", refuse)
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert app.is_running and app.screen is form
        assert "cannot be read now" in shown_text(form.query_one("#attachments"))
