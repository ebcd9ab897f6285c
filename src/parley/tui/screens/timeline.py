"""Timeline mode: every contact, promise and payment across debts, newest first.

Events are read a page at a time (newest `PAGE` first, more when the cursor nears the
end), so a long record opens at once. Filters live on the screen, not only in the
widgets, so a language switch keeps them.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from pathlib import Path

from rich.cells import cell_len
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult, SystemCommand
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import DataTable, Input, Select, Static

from parley import clock
from parley.engine.inputs import parse_date
from parley.i18n import N_, _, ngettext
from parley.i18n import format as fmt
from parley.store.records import Event, EventKind
from parley.tui.keys import Key, bindings
from parley.tui.screens.base import ModeScreen
from parley.tui.screens.timeline_detail import event_detail, one_line, party_cell, promises_cell
from parley.tui.storage import DEBTS, EVENTS, OFFERS, SETTINGS, Failed, write
from parley.tui.widgets.due_panel import DuePanel
from parley.tui.widgets.field import Field
from parley.tui.widgets.tables import FixedColumnsTable, cursor_id
from parley.tui.widgets.text import Plain, PlainSelect

PAGE = 200  # rows read at a time: a screenful or five; measuring more rows delays the first paint
MORE_WHEN = 20  # rows from the end at which the next page is read

TIMELINE_KEYS: tuple[Key, ...] = (
    Key("timeline.add", "a", "add", N_("Add"), N_("Log a call, message, letter or payment")),
    Key("timeline.edit", "e", "edit", N_("Edit"), N_("Edit the selected event")),
    Key("timeline.delete", "d", "delete", N_("Delete"), N_("Delete the selected event")),
    Key("timeline.filters", "f", "filters", N_("Filter"), N_("Filter by debt, kind and dates")),
    Key("timeline.letters", "L", "letters", N_("Letters"), N_("Write a letter for this debt")),
    Key(
        "timeline.calendar",
        "c",
        "calendar",
        N_("Calendar"),
        N_("Save instalments and follow-ups as a calendar file (.ics) with reminders"),
    ),
    Key(
        "timeline.evidence",
        "x",
        "evidence",
        N_("Evidence"),
        N_("Save this debt's evidence pack (Markdown and HTML)"),
    ),
    Key(
        "timeline.clear",
        "escape",
        "clear_filters",
        N_("Clear filters"),
        N_("Show every event again"),
    ),
)


def _widths(columns: list[tuple[str, str]], rows: list[tuple]) -> list[int]:
    """Each column's width: its widest cell or label, as plain text."""
    widths = [cell_len(label) for _key, label in columns]
    for row in rows:
        for i, cell in enumerate(row):
            n = cell_len(cell.plain if isinstance(cell, Text) else cell)
            if n > widths[i]:
                widths[i] = n
    return widths


class TimelineScreen(ModeScreen):
    MODE_TITLE = N_("Timeline")
    SHOWS = frozenset({DEBTS, OFFERS, EVENTS, SETTINGS})
    BINDINGS = bindings(TIMELINE_KEYS)
    AUTO_FOCUS = "#events-table"
    KEYS = TIMELINE_KEYS

    DEFAULT_CSS = """
    TimelineScreen #tl-filters { height: auto; padding: 0 1; }
    TimelineScreen #tl-filters > * { width: 1fr; margin-right: 1; }
    TimelineScreen #tl-filters Select { width: 100%; }
    TimelineScreen #tl-filters Field.-invalid > Input { border: none; background: $error 25%; }
    TimelineScreen #tl-main { height: 1fr; }
    TimelineScreen #events-table { width: 1fr; height: 1fr; }
    TimelineScreen #tl-side { width: 36%; max-width: 52; height: 1fr; }
    TimelineScreen #detail-scroll { height: 1fr; border: round $primary-darken-2; padding: 0 1; }
    TimelineScreen #tl-status { height: 1; padding: 0 1; color: $text-muted; }
    """

    def __init__(self) -> None:
        super().__init__()
        self.debt_filter: int | None = None
        self.kind_filter: str | None = None
        self.since_text = ""
        self.until_text = ""
        self.events: list[Event] = []
        self.total = 0
        self.lenders: dict[int, str] = {}
        self.due: list = []
        self._loading_more = False
        self._generation = 0
        self._full_load_pending = False
        self._pending_select: int | None = None  # an event just saved: put the cursor on it

    # --- layout ---------------------------------------------------------------------------

    def compose_body(self) -> ComposeResult:
        with Horizontal(id="tl-filters"):
            with Vertical(classes="field-like"):
                yield Plain(_("Debt"), classes="field-label")
                yield PlainSelect(
                    [(lender, debt_id) for debt_id, lender in self.lenders.items()],
                    value=self.debt_filter if self.debt_filter in self.lenders else Select.NULL,
                    prompt=_("All debts"),
                    compact=True,
                    id="debt-filter",
                )
            with Vertical(classes="field-like"):
                yield Plain(_("Kind"), classes="field-label")
                yield PlainSelect(
                    [(k.label(), k.value) for k in EventKind],
                    value=self.kind_filter or Select.NULL,
                    prompt=_("All kinds"),
                    compact=True,
                    id="kind-filter",
                )
            yield Field(
                _("From"),
                parse_date,
                value=self.since_text,
                required=False,
                id="since",
                placeholder="YYYY-MM-DD",
            )
            yield Field(
                _("To"),
                parse_date,
                value=self.until_text,
                required=False,
                id="until",
                placeholder="YYYY-MM-DD",
            )
        with Horizontal(id="tl-main"):
            table: DataTable = FixedColumnsTable(
                id="events-table", cursor_type="row", zebra_stripes=True
            )
            table.tooltip = _("a adds an event; e edits; f filters; x saves the evidence pack")
            yield table
            with Vertical(id="tl-side"):
                with VerticalScroll(id="detail-scroll"):
                    yield Plain(event_detail(None, ""), id="event-detail")
                yield DuePanel(id="due-panel")
        yield Plain("", id="tl-status")

    def on_mount(self) -> None:
        self._compact_inputs()
        self.reload()

    async def recompose(self) -> None:
        self._capture_filters()
        await super().recompose()
        self._compact_inputs()
        self._fill_table(keep=True)
        self.query_one(DuePanel).show(self.due, self.lenders)

    def _compact_inputs(self) -> None:
        for box in self.query("#tl-filters Input").results(Input):
            box.compact = True

    def _capture_filters(self) -> None:
        if self.query("#since"):
            self.since_text = self.query_one("#since", Field).text
            self.until_text = self.query_one("#until", Field).text

    # --- data -----------------------------------------------------------------------------

    def _filters(self) -> dict:
        since = until = None
        if self.query("#since"):
            since_f, until_f = self.query_one("#since", Field), self.query_one("#until", Field)
            since = since_f.value if since_f.valid else None
            until = until_f.value if until_f.valid else None
        kinds = [EventKind(self.kind_filter)] if self.kind_filter else None
        return {"debt_id": self.debt_filter, "kinds": kinds, "since": since, "until": until}

    def reload(self, *, events_only: bool = False) -> None:
        """Re-read the events page; also the lenders and the due panel unless only the
        filters changed (they do not depend on the filters, and the due list reads every
        debt's deal)."""
        # A worker already running cannot be stopped: the generation tells its late
        # answer (for filters since changed) from the current one.
        self._generation += 1
        # A newer answer replaces the full load still on its way: it must bring the lenders
        # and the due list in its place (opening a debt's timeline from Debts left both empty).
        events_only = events_only and not self._full_load_pending
        self._full_load_pending = not events_only
        self.load(self._filters(), self._generation, events_only)

    @work(thread=True, exclusive=True, group="timeline-load")
    def load(self, filters: dict, generation: int, events_only: bool = False) -> None:
        from parley.exports.sources import due_items

        store = self.app.store
        today = clock.today()
        events = store.list_events(limit=PAGE, **filters)
        total = len(events) if len(events) < PAGE else store.count_events(**filters)
        lenders = due = None
        if not events_only:
            lenders = {d.id: d.lender for d in store.list_debts()}
            due = due_items(store, self.app.settings, today)
        self.app.call_from_thread(self._show, events, total, lenders, due, generation)

    @work(thread=True, exclusive=True, group="timeline-more")
    def load_more(self, filters: dict, offset: int) -> None:
        events = self.app.store.list_events(limit=PAGE, offset=offset, **filters)
        self.app.call_from_thread(self._append, events, offset)

    def _show(
        self,
        events: list[Event],
        total: int,
        lenders: dict[int, str] | None,
        due: list | None,
        generation: int,
    ) -> None:
        """Show a load's answer; `lenders` and `due` are None when they were not re-read."""
        if generation != self._generation:
            return
        self.events, self.total = events, total
        select = self.query_one("#debt-filter", Select)
        if lenders is not None:
            self._full_load_pending = False
            if lenders != self.lenders:
                self.lenders = lenders
                select.set_options([(lender, debt_id) for debt_id, lender in lenders.items()])
        # The filter shown changes with the rows it selects, in the same frame (set when
        # asked, it laid the whole screen out once more before the rows came).
        if self.debt_filter in self.lenders and select.value != self.debt_filter:
            select.value = self.debt_filter
        self._fill_table(keep=True)
        if due is not None:
            self.due = due
            self.query_one(DuePanel).show(due, self.lenders)

    def _append(self, events: list[Event], offset: int) -> None:
        self._loading_more = False
        if offset != len(self.events):
            return  # the filters changed meanwhile; this page belongs to another list
        self.events.extend(events)
        table = self.query_one("#events-table", DataTable)
        cells = [self._cells(event) for event in events]
        widths = _widths(self._columns(), cells)
        for column, width in zip(table.ordered_columns, widths, strict=True):
            if width > column.width:
                column.width = width
        for event, row in zip(events, cells, strict=True):
            table.add_row(*row, key=str(event.id))
        self._status()

    def _columns(self) -> list[tuple[str, str]]:
        return [
            ("when", _("Date and time")),
            ("debt", _("Debt")),
            ("kind", _("Kind")),
            ("channel", _("Channel")),
            ("party", _("Party, agent ID")),
            ("summary", _("What was said")),
            ("promises", _("Promises")),
            ("files", _("Files")),
            ("follow", _("Follow-up")),
        ]

    def _cells(self, e: Event) -> tuple:
        return (
            e.occurred_at.strftime("%Y-%m-%d %H:%M"),
            one_line(self.lenders.get(e.debt_id, ""), 16),
            e.kind.label(),
            one_line(e.channel, 12),
            party_cell(e),
            one_line(e.summary),
            promises_cell(e),
            str(len(e.attachments)) if e.attachments else "",
            fmt.short_date(e.follow_up) if e.follow_up else "",
        )

    def _fill_table(self, *, keep: bool) -> None:
        table = self.query_one("#events-table", DataTable)
        selected = self.selected_event_id() if keep else None
        if self._pending_select is not None:
            selected, self._pending_select = self._pending_select, None
        columns = self._columns()
        cells = [self._cells(event) for event in self.events]
        widths = _widths(columns, cells)
        # Refilled in place, with widths worked out from the plain text: rebuilding the
        # columns and letting DataTable measure every cell cost more than the query.
        with table.prevent(DataTable.RowHighlighted, DataTable.CellHighlighted):
            if [str(c.key.value) for c in table.ordered_columns] == [k for k, _l in columns]:
                table.clear()
                for column, (_key, label), width in zip(
                    table.ordered_columns, columns, widths, strict=True
                ):
                    column.label, column.width = Text(label), width
            else:
                table.clear(columns=True)
                for (key, label), width in zip(columns, widths, strict=True):
                    table.add_column(label, key=key, width=width)
            for event, row in zip(self.events, cells, strict=True):
                table.add_row(*row, key=str(event.id))
        if selected is not None:
            with contextlib.suppress(Exception):  # not in the list any more
                table.move_cursor(row=table.get_row_index(str(selected)))
        self._show_detail()
        self._status()
        self.refresh_bindings()

    def _status(self) -> None:
        shown, total = len(self.events), self.total
        if total == 0:
            text = _("No events match. Press a to log one, or Esc to clear the filters.")
        elif shown < total:
            text = _(
                "Showing the newest {shown} of {total} events; more load as you scroll down."
            ).format(shown=fmt.integer(shown), total=fmt.integer(total))
        else:
            text = ngettext("{n} event", "{n} events", total).format(n=fmt.integer(total))
        self.query_one("#tl-status", Static).update(text)

    # --- selection ------------------------------------------------------------------------

    def selected_event_id(self) -> int | None:
        return cursor_id(self.query_one("#events-table", DataTable))

    def selected_event(self) -> Event | None:
        wanted = self.selected_event_id()
        return next((e for e in self.events if e.id == wanted), None)

    def _show_detail(self) -> None:
        event = self.selected_event()
        lender = self.lenders.get(event.debt_id, "") if event else ""
        self.query_one("#event-detail", Static).update(event_detail(event, lender))

    @on(DataTable.RowHighlighted, "#events-table")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_detail()
        table = event.data_table
        if (
            not self._loading_more
            and len(self.events) < self.total
            and event.cursor_row >= table.row_count - MORE_WHEN
        ):
            self._loading_more = True
            self.load_more(self._filters(), len(self.events))

    # --- filters --------------------------------------------------------------------------

    @on(Select.Changed, "#debt-filter")
    def _debt_filter(self, event: Select.Changed) -> None:
        value = None if event.value is Select.NULL else int(event.value)
        if value != self.debt_filter:
            self.debt_filter = value
            if value is not None:
                self.app.focused_debt_id = value
            self.reload(events_only=True)

    @on(Select.Changed, "#kind-filter")
    def _kind_filter(self, event: Select.Changed) -> None:
        value = None if event.value is Select.NULL else str(event.value)
        if value != self.kind_filter:
            self.kind_filter = value
            self.reload(events_only=True)

    @on(Field.Changed, "#since, #until")
    def _dates_changed(self) -> None:
        since, until = self.query_one("#since", Field), self.query_one("#until", Field)
        if until.error == _("The end date is before the start date."):
            until._check(until.text, announce=False)
        if (
            since.valid
            and until.valid
            and since.value
            and until.value
            and until.value < since.value
        ):
            until.error = _("The end date is before the start date.")
        self._capture_filters()
        if since.valid and until.valid:
            self.reload(events_only=True)
        self.refresh_bindings()

    def show_debt(self, debt_id: int) -> None:
        """The per-debt view: only this debt's events."""
        self.debt_filter = debt_id
        self.app.focused_debt_id = debt_id
        self.reload(events_only=True)

    def _filtered(self) -> bool:
        return bool(
            self.debt_filter is not None
            or self.kind_filter
            or self.since_text.strip()
            or self.until_text.strip()
        )

    # --- actions --------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("edit", "delete") and self.selected_event_id() is None:
            return None
        if action == "clear_filters" and not self._filtered():
            return None
        if action in ("evidence", "letters") and self._evidence_debt() is None:
            return None
        return True

    def action_letters(self) -> None:
        debt_id = self._evidence_debt()
        if debt_id is not None:
            from parley.tui.screens.letters.screen import LettersScreen

            self.app.push_screen(LettersScreen(debt_id))

    def _evidence_debt(self) -> int | None:
        if self.debt_filter is not None:
            return self.debt_filter
        event = self.selected_event() if self.is_mounted else None
        if event is not None and event.debt_id is not None:
            return event.debt_id
        return self.app.focused_debt_id

    def _open_form(self, event: Event | None) -> None:
        from parley.tui.screens.event_form import EventFormScreen

        store = self.app.store
        default = self.debt_filter or self.app.focused_debt_id
        self.app.push_screen(
            EventFormScreen(
                event,
                debts=list(self.lenders.items()),
                debt_id=default,
                channel=store.last_channel(),
            ),
            self._saved,
        )

    def action_add(self) -> None:
        self._open_form(None)

    def action_edit(self) -> None:
        event_id = self.selected_event_id()
        if event_id is not None:
            self._open_form(self.app.store.get_event(event_id))

    def _saved(self, event_id: int | None) -> None:
        if event_id is not None:
            self._pending_select = event_id  # the reload on return selects it

    def action_delete(self) -> None:
        event = self.selected_event()
        if event is None:
            return
        from parley.tui.screens.confirm import ConfirmScreen

        def done(yes: bool | None) -> None:
            if yes:
                if isinstance(
                    write(
                        self.app,
                        lambda: self.app.store.delete_event(event.id),
                        changed=EVENTS,
                        debt_id=event.debt_id,
                        retry=lambda: done(True),
                    ),
                    Failed,
                ):
                    return
                self.notify(_("Event deleted."))

        self.app.push_screen(
            ConfirmScreen(
                _("Delete this {kind} of {day}? It cannot be brought back.").format(
                    kind=event.kind.label(), day=event.occurred_at.strftime("%Y-%m-%d %H:%M")
                ),
                _("Delete"),
            ),
            done,
        )

    def action_filters(self) -> None:
        self.query_one("#debt-filter", Select).focus()

    def action_clear_filters(self) -> None:
        self.debt_filter = None
        self.kind_filter = None
        self.since_text = self.until_text = ""
        self.query_one("#debt-filter", Select).clear()
        self.query_one("#kind-filter", Select).clear()
        self.query_one("#since", Field).set_text("")
        self.query_one("#until", Field).set_text("")
        self.query_one("#events-table").focus()
        self.reload(events_only=True)

    def action_calendar(self) -> None:
        from parley.tui.screens.save_as import SaveAsScreen, export_folder

        name = (
            f"parley-calendar-{self.debt_filter}.ics"
            if self.debt_filter is not None
            else "parley-calendar.ics"
        )
        self.app.push_screen(
            SaveAsScreen(_("Save the calendar"), export_folder(self.app) / name),
            self._write_calendar,
        )

    def _write_calendar(self, target: Path | None) -> None:
        from parley.exports.calendar import build_calendar, write_calendar
        from parley.tui.screens.save_as import remember_folder

        if target is None:
            return
        store = self.app.store
        try:
            count = write_calendar(
                build_calendar(store, self.app.settings, debt_id=self.debt_filter), target
            )
        except OSError as error:
            self.notify(
                _("Cannot write {path}: {reason}").format(path=target, reason=error.strerror),
                severity="error",
            )
            return
        remember_folder(self.app, target.parent)
        self.notify(
            ngettext(
                "Calendar saved ({n} entry): {path}", "Calendar saved ({n} entries): {path}", count
            ).format(n=count, path=target),
            timeout=10,
        )
        self.app.warn_if_locked()

    def action_evidence(self) -> None:
        from parley.exports.evidence import HTML_NAME, MD_NAME, folder_name
        from parley.tui.screens.save_as import SaveAsScreen, export_folder

        debt_id = self._evidence_debt()
        if debt_id is None:
            return
        debt = self.app.store.get_debt(debt_id)
        self.app.push_screen(
            SaveAsScreen(
                _("Save the evidence pack for {lender}").format(lender=debt.lender),
                export_folder(self.app) / folder_name(debt),
                folder=True,
                names=(MD_NAME, HTML_NAME),
            ),
            lambda folder: self._write_evidence(debt_id, folder),
        )

    def _write_evidence(self, debt_id: int, folder: Path | None) -> None:
        from parley.exports.evidence import write_pack
        from parley.tui.screens.save_as import remember_folder

        if folder is None:
            return
        store = self.app.store
        try:
            write_pack(store, self.app.settings, debt_id, folder)
        except OSError as error:
            self.notify(
                _("Cannot write {path}: {reason}").format(path=folder, reason=error.strerror),
                severity="error",
            )
            return
        remember_folder(self.app, folder.parent)
        self.notify(_("Evidence pack saved in {path}").format(path=folder), timeout=10)
        self.app.warn_if_locked()

    def action_evidence_with_files(self) -> None:
        from parley.tui.screens.evidence_export import ask_and_write_pack

        debt_id = self._evidence_debt()
        if debt_id is not None:
            ask_and_write_pack(self, debt_id)

    def palette_commands(self) -> Iterable[SystemCommand]:
        # Beyond the screen's keys (offered from their definitions): a palette-only command.
        if self._evidence_debt() is not None:
            yield SystemCommand(
                _("Export the evidence pack with its files"),
                _("The record and every attached file, to a folder you choose"),
                self.action_evidence_with_files,
            )
        event = self.selected_event() if self.is_mounted else None
        if event is not None and event.attachments:
            yield SystemCommand(
                _("Export this event's attached files"),
                _("One of them, or all, to a folder you choose"),
                lambda: self._export_files(event),
            )

    def _export_files(self, event: Event) -> None:
        from parley.tui.screens.export_folder import ask_and_export_files

        ask_and_export_files(self, event.attachments)
