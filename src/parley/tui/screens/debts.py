"""Debts mode: every debt ranked by what to deal with first, with its true cost and stage."""

from __future__ import annotations

from collections.abc import Iterable

from rich.cells import cell_len
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult, SystemCommand
from textual.widgets import DataTable, Input, Static

from parley.i18n import N_, _
from parley.tui.keys import Key, bindings
from parley.tui.screens.base import ModeScreen
from parley.tui.screens.debt_rows import Row, haystack
from parley.tui.screens.debt_rows import row_cells as _row_cells
from parley.tui.storage import DEBTS, EVENTS, OFFERS, SETTINGS, Failed, write
from parley.tui.widgets.tables import FixedColumnsTable, cursor_id
from parley.tui.widgets.text import Plain

DEBT_KEYS: tuple[Key, ...] = (
    Key(
        "debts.open",
        "enter",
        "open_offers",
        N_("Offers"),
        N_("Open the offer editor for this debt"),
    ),
    Key(
        "debts.timeline",
        "t",
        "timeline",
        N_("Timeline"),
        N_("Show this debt's calls, messages and promises"),
    ),
    Key("debts.letters", "L", "letters", N_("Letters"), N_("Write a letter for this debt")),
    Key("debts.add", "a", "add", N_("Add"), N_("Add a debt")),
    Key("debts.edit", "e", "edit", N_("Edit"), N_("Edit the selected debt")),
    Key("debts.delete", "d", "delete", N_("Delete"), N_("Delete the selected debt (undo with u)")),
    Key("debts.undo", "u", "undo", N_("Undo"), N_("Bring back the debt you deleted last")),
    Key(
        "debts.sort",
        "s",
        "sort",
        N_("Sort"),
        N_("Sort by the next column: rank, APR, amount, days overdue, lender"),
    ),
    Key("debts.filter", "slash", "filter", N_("Filter"), N_("Show only debts whose text matches")),
    Key(
        "debts.clear",
        "escape",
        "clear_filter",
        N_("Clear filter"),
        N_("Show every debt again"),
        show=False,
    ),
)

# (sort id, what the notification says): each order's direction is the useful one, shown
# by an arrow in its column's header.
SORTS: tuple[tuple[str, str], ...] = (
    ("rank", N_("Sorted by rank, most urgent first")),
    ("apr", N_("Sorted by true APR, highest first")),
    ("outstanding", N_("Sorted by amount owed, largest first")),
    ("overdue", N_("Sorted by days overdue, longest first")),
    ("lender", N_("Sorted by lender, A to Z (Chinese names by pinyin)")),
)
ASCENDING = {"rank", "lender"}

# Columns in the order shown. On a narrow terminal the ones with a drop number leave the
# table, lowest first, and the details line under the table shows them for the selected row.
COLUMNS: tuple[tuple[str, str, int | None], ...] = (
    ("rank", N_("Rank"), None),
    ("id", N_("ID"), None),
    ("lender", N_("Lender"), None),
    ("kind", N_("Kind"), 1),
    ("outstanding", N_("Owed"), None),
    ("apr", N_("True APR"), None),
    ("overdue", N_("Overdue"), 7),
    ("w30", N_("{n}-day window"), 3),  # n: the window set in settings
    ("w90", N_("{n}-day window"), 2),
    ("intensity", N_("Collection"), 6),
    ("legal", N_("Legal"), 5),
    ("follow", N_("Follow-up"), 4),
    ("deal", N_("Deal"), 8),  # only while some debt has an accepted deal
)
# Room the table keeps for its vertical scrollbar.
SCROLLBAR = 2


# Up to this many debts, the table is first painted without true costs and then again
# with them; beyond it, painting twice costs more than it saves.
QUICK_PAINT_LIMIT = 300
# Seconds the first load waits for the first frame at most (it never comes if the app
# stops before its first frame).
FIRST_FRAME_WAIT = 2.0


class DebtsScreen(ModeScreen):
    DEFAULT_CSS = """
    DebtsScreen #why { height: auto; padding: 0 1; background: $boost; }
    """
    MODE_TITLE = N_("Debts")
    SHOWS = frozenset({DEBTS, OFFERS, EVENTS, SETTINGS})
    BINDINGS = bindings(DEBT_KEYS)
    AUTO_FOCUS = "#debts-table"
    KEYS = DEBT_KEYS

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Row] = []
        self.sort_index = 0
        self.filter_text = ""
        self.deleted: list[int] = []
        self.summary_text: Text | str = ""
        self.hidden: tuple[str, ...] = ()  # columns left out for want of width
        self.columns = COLUMNS[:-1]  # the Deal column joins once a deal is accepted
        self._cells_by_id: dict[int, list[Text]] = {}
        self._filled_width = 0  # the terminal width the table was last filled for

    def compose_body(self) -> ComposeResult:
        yield Plain(self.summary_text, id="summary")
        filter_input = Input(
            self.filter_text, placeholder=_("Filter: lender, kind, stage, contract…"), id="filter"
        )
        filter_input.display = bool(self.filter_text)
        yield filter_input
        table = FixedColumnsTable(id="debts-table", cursor_type="row", zebra_stripes=True)
        table.tooltip = _("Enter opens the offer editor; s sorts; / filters")
        yield Plain("", id="empty-hint")
        yield table
        # On a narrow terminal: the selected debt's columns that did not fit.
        details = Plain("", id="debt-details")
        details.display = False
        yield details
        yield Plain("", id="why")

    def on_mount(self) -> None:
        from parley.tui.data import debt_rows

        # The first paint comes straight from the file (no true-cost arithmetic yet), so the
        # table is there as soon as the screen is; the worker then fills in the figures.
        if self.app.store.count_debts() <= QUICK_PAINT_LIMIT:
            self._show(*debt_rows(self.app.store, self.app.settings, quick=True))
        self.reload()

    async def recompose(self) -> None:
        await super().recompose()
        self.reload()

    # --- data -----------------------------------------------------------------------------

    def reload(self) -> None:
        self.load_rows()

    @work(thread=True, exclusive=True, group="debts-load")
    def load_rows(self) -> None:
        from textual.worker import get_current_worker

        from parley.tui.data import debt_rows

        worker = get_current_worker()

        def post(callback, *args) -> None:
            # A newer load replaces this one: its results would be stale.
            if not worker.is_cancelled:
                self.app.call_from_thread(callback, *args)

        # The arithmetic (and the clause rules it loads) holds the GIL: at launch, let the
        # quick rows reach the screen first.
        if self.rows:
            self.app.first_frame.wait(FIRST_FRAME_WAIT)
        store, settings = self.app.store, self.app.settings
        rows, summary = debt_rows(store, settings)
        post(self._show_then_total, rows, summary)

    def _show_then_total(self, rows: list[Row], summary: Text) -> None:
        self._show(rows, summary)
        # The monthly total needs every debt's remaining schedule; worked out once the table
        # is painted, so it does not compete with the painting.
        self.call_after_refresh(self.load_monthly_total, rows)

    @work(thread=True, exclusive=True, group="debts-total")
    def load_monthly_total(self, rows: list[Row]) -> None:
        from textual.worker import get_current_worker

        from parley.tui.data import monthly_due, summary_line

        settings = self.app.settings
        summary = summary_line(rows, settings, monthly_due(rows))
        if not get_current_worker().is_cancelled and rows is self.rows:
            self.app.call_from_thread(self._show_summary, summary)

    def _show_summary(self, summary: Text) -> None:
        self.summary_text = summary
        # The screen may be closing (the app quits while the total is worked out): a save
        # on the way out now tells every screen, so the total can land after the widgets go.
        for widget in self.query("#summary").results(Static):
            widget.update(summary)

    def _show(self, rows: list[Row], summary: Text) -> None:
        self.rows = rows
        self.summary_text = summary
        found = list(self.query("#summary").results(Static))
        if not found:
            return  # the screen is closing (see _show_summary): nothing left to fill
        found[0].update(summary)
        self._fill_table()

    def _fill_table(self) -> None:
        from parley.engine.money import format_money

        table = self.query_one("#debts-table", DataTable)
        keep = self.selected_debt_id()
        table.clear(columns=True)
        with_deal = any(r.deal for r in self.rows)
        self.columns = COLUMNS if with_deal else COLUMNS[:-1]
        cells = [self._cells(row, format_money, with_deal) for row in self._visible_rows()]
        self._cells_by_id = {debt_id: row_cells for debt_id, row_cells in cells}
        labels = [self._label(key, label) for key, label, _drop in self.columns]
        # Fixed widths from plain text: DataTable would otherwise measure every cell's
        # renderable, which dominates the paint with a thousand debts.
        widths = [label.cell_len for label in labels]
        for _debt_id, row_cells in cells:
            for i, cell in enumerate(row_cells):
                widths[i] = max(widths[i], cell_len(cell.plain))
        widths = [min(width, 40) for width in widths]
        self._filled_width = self.app.size.width
        shown = self._fitting_columns(widths)
        self.hidden = tuple(self.columns[i][0] for i in range(len(self.columns)) if i not in shown)
        # Each added row moves the cursor; its highlight messages are not news.
        with table.prevent(DataTable.RowHighlighted, DataTable.CellHighlighted):
            for i in shown:
                table.add_column(labels[i], key=self.columns[i][0], width=widths[i])
            for debt_id, row_cells in cells:
                table.add_row(*(row_cells[i] for i in shown), key=str(debt_id))
        if keep is None and self.app.focused_debt_id is not None:
            keep = self.app.focused_debt_id
        if keep is not None:
            self.select_debt(keep)
        self._show_why()
        hint = self.query_one("#empty-hint", Static)
        if not cells:
            hint.update(
                _("No debt matches the filter. Esc shows them all.")
                if self.filter_text
                else _("No debts yet. Press a to add your first one, or 5 to enter your budget.")
            )
        hint.display = not cells
        self._show_details()
        # Edit/Delete/Offers depend on there being a row under the cursor.
        self.refresh_bindings()

    def _title(self, key: str, label: str) -> str:
        settings = self.app.settings
        days = {"w30": settings.best_window, "w90": settings.latest_window}.get(key)
        return _(label).format(n=days) if days is not None else _(label)

    def _label(self, key: str, label: str) -> Text:
        text = Text(self._title(key, label))
        if key == SORTS[self.sort_index][0]:
            text.append(" ▲" if key in ASCENDING else " ▼", style="bold")
        return text

    def _fitting_columns(self, widths: list[int]) -> list[int]:
        """Indexes of the columns to show: all of them if the terminal is wide enough, else
        without the lowest-numbered droppable ones until the rest fit."""
        room = self.app.size.width - SCROLLBAR
        padding = 2  # a cell's padding, one each side
        shown = list(range(len(self.columns)))
        droppable = sorted(
            (drop, i) for i, (_key, _label, drop) in enumerate(self.columns) if drop is not None
        )
        while sum(widths[i] + padding for i in shown) > room and droppable:
            shown.remove(droppable.pop(0)[1])
        return shown

    def _show_details(self) -> None:
        """The selected debt's hidden columns, on one line under the table."""
        details = self.query_one("#debt-details", Static)
        debt_id = self.selected_debt_id()
        if not self.hidden or debt_id is None or debt_id not in self._cells_by_id:
            details.display = False
            return
        row_cells = self._cells_by_id[debt_id]
        line = Text()
        for i, (key, label, _drop) in enumerate(self.columns):
            if key not in self.hidden:
                continue
            if line:
                line.append("  ")
            line.append(_("{label}: ").format(label=self._title(key, label)), style="bold")
            line.append_text(row_cells[i])
        details.update(line)
        details.display = True

    def on_screen_resume(self) -> None:
        # Another mode may have changed "the debt I'm working on" (the checklist opens the
        # debt with an agreement): the cursor follows it, or Enter would open another debt.
        # (ModeScreen's own resume handler runs too: Textual calls each class's handler.)
        focused = self.app.focused_debt_id
        if self.rows and focused is not None and focused != self.selected_debt_id():
            self.select_debt(focused)

    def on_resize(self) -> None:
        # Only the width decides which columns fit; a resize to the same width (one comes
        # as the screen is first shown) would refill the table for nothing.
        if self.rows and self.app.size.width != self._filled_width:
            self._fill_table()

    @staticmethod
    def _cells(row: Row, format_money, with_deal: bool = False) -> tuple[int | None, list[Text]]:
        return _row_cells(row, format_money, with_deal)

    def _visible_rows(self) -> list[Row]:
        from parley.i18n.collate import name_key

        rows = self.rows
        if self.filter_text:
            needle = self.filter_text.casefold()
            rows = [r for r in rows if needle in haystack(r)]
        sort_id = SORTS[self.sort_index][0]
        keyfuncs = {
            "rank": lambda r: r.rank,
            "apr": lambda r: -(r.apr or 0.0),
            "outstanding": lambda r: -r.debt.outstanding,
            "overdue": lambda r: -r.days_overdue,
            "lender": lambda r: name_key(r.debt.lender),
        }
        return sorted(rows, key=keyfuncs[sort_id])

    # --- selection ------------------------------------------------------------------------

    def selected_debt_id(self) -> int | None:
        # The footer asks which keys apply while the screen is still being put together or
        # taken apart: no table then, no selection.
        tables = self.query("#debts-table")
        return cursor_id(tables.first(DataTable)) if tables else None

    def select_debt(self, debt_id: int) -> None:
        table = self.query_one("#debts-table", DataTable)
        try:
            index = table.get_row_index(str(debt_id))
        except Exception:  # not visible under the current filter
            return
        table.move_cursor(row=index)

    @on(DataTable.RowHighlighted, "#debts-table")
    def _remember(self, event: DataTable.RowHighlighted) -> None:
        if event.row_key.value is not None:
            self.app.focused_debt_id = int(event.row_key.value)
        self._show_details()
        self._show_why()

    def _show_why(self) -> None:
        """The highlighted debt's rank and why it ranks there, under the table."""
        debt_id = self.selected_debt_id()
        row = next((r for r in self.rows if r.debt.id == debt_id), None)
        text = Text()
        if row is not None and row.reason:
            text.append(_("Why rank {rank}: ").format(rank=row.rank), style="bold")
            text.append(row.reason)  # user text (a lender's name) never goes through markup
            text.append_text(self._overpaid_text(row.debt))
        self.query_one("#why", Static).update(text)

    def _overpaid_text(self, debt) -> Text:
        """Interest already paid above the governing line, for the highlighted debt only
        (its payments are one small read)."""
        from parley.engine.money import format_money
        from parley.engine.overpaid import overpaid_interest

        if debt.id is None:
            return Text()
        payments = [(p.paid_on, p.amount) for p in self.app.store.list_payments(debt.id)]
        over = overpaid_interest(debt, payments, self.app.settings)
        if over.amount <= 0 or over.line is None:
            return Text()
        return Text(
            "   "
            + _("Paid above {line}: {amount}, to offset against principal").format(
                line=over.line.label(), amount=format_money(over.amount)
            ),
            style="bold",
        )

    @on(DataTable.RowSelected, "#debts-table")
    def _open(self, event: DataTable.RowSelected) -> None:
        self.action_open_offers()

    @on(DataTable.HeaderSelected, "#debts-table")
    def _sort_by_header(self, event: DataTable.HeaderSelected) -> None:
        ids = [s[0] for s in SORTS]
        column = str(event.column_key.value)
        if column in ids:
            self.sort_index = ids.index(column)
            self.notify(_(SORTS[self.sort_index][1]), timeout=2)
            self._fill_table()

    # --- actions --------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if (
            action in ("open_offers", "edit", "delete", "timeline", "letters")
            and self.selected_debt_id() is None
        ):
            return None
        if action == "undo" and not self.deleted:
            return None
        if (
            action == "clear_filter"
            and not self.filter_text
            and not self.query_one("#filter").display
        ):
            return None
        return True

    def action_open_offers(self) -> None:
        debt_id = self.selected_debt_id()
        if debt_id is None:
            return
        from parley.tui.screens.offer_editor import OfferEditorScreen

        self.app.push_screen(OfferEditorScreen(debt_id))

    async def action_timeline(self) -> None:
        debt_id = self.selected_debt_id()
        if debt_id is None:
            return
        from parley.tui.screens.timeline import TimelineScreen

        self.app.focused_debt_id = debt_id
        await self.app.switch_mode("timeline")
        screen = self.app.screen
        if isinstance(screen, TimelineScreen):
            screen.show_debt(debt_id)

    def action_letters(self) -> None:
        debt_id = self.selected_debt_id()
        if debt_id is not None:
            from parley.tui.screens.letters.screen import LettersScreen

            self.app.push_screen(LettersScreen(debt_id))

    def action_add(self) -> None:
        from parley.tui.screens.debt_form import DebtFormScreen

        self.app.push_screen(DebtFormScreen(None), self._saved)

    def action_edit(self) -> None:
        debt_id = self.selected_debt_id()
        if debt_id is None:
            return
        from parley.tui.screens.debt_form import DebtFormScreen

        self.app.push_screen(DebtFormScreen(self.app.store.get_debt(debt_id)), self._saved)

    def _saved(self, debt_id: int | None) -> None:
        if debt_id is not None:
            self.app.focused_debt_id = debt_id  # the reload on return selects it

    def action_delete(self) -> None:
        debt_id = self.selected_debt_id()
        if debt_id is None:
            return
        from parley.tui.screens.confirm import ConfirmScreen

        debt = self.app.store.get_debt(debt_id)

        def done(yes: bool | None) -> None:
            if yes:
                if isinstance(
                    write(
                        self.app,
                        lambda: self.app.store.delete_debt(debt_id),
                        changed=DEBTS,
                        debt_id=debt_id,
                        retry=lambda: done(True),
                    ),
                    Failed,
                ):
                    return
                self.deleted.append(debt_id)
                self.refresh_bindings()
                self.notify(
                    _("Deleted {lender}. Press u to bring it back.").format(lender=debt.lender)
                )

        self.app.push_screen(
            ConfirmScreen(
                _(
                    "Delete the debt with {lender}? Its timeline is kept, and u brings it back."
                ).format(lender=debt.lender),
                _("Delete"),
            ),
            done,
        )

    def action_undo(self) -> None:
        if not self.deleted:
            return
        debt_id = self.deleted[-1]
        if isinstance(
            write(
                self.app,
                lambda: self.app.store.restore_debt(debt_id),
                changed=DEBTS,
                debt_id=debt_id,
                retry=self.action_undo,
            ),
            Failed,
        ):
            return
        self.deleted.pop()
        self.app.focused_debt_id = debt_id
        self.notify(
            _("Brought back {lender}.").format(lender=self.app.store.get_debt(debt_id).lender)
        )

    def action_sort(self) -> None:
        self.sort_index = (self.sort_index + 1) % len(SORTS)
        self.notify(_(SORTS[self.sort_index][1]), timeout=2)
        self._fill_table()

    def action_filter(self) -> None:
        box = self.query_one("#filter", Input)
        box.display = True
        box.focus()

    def action_clear_filter(self) -> None:
        box = self.query_one("#filter", Input)
        box.value = ""
        box.display = False
        self.filter_text = ""
        self._fill_table()
        self.query_one("#debts-table").focus()

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.filter_text = event.value
        self._fill_table()

    @on(Input.Submitted, "#filter")
    def _filter_done(self, event: Input.Submitted) -> None:
        self.query_one("#debts-table").focus()

    def palette_commands(self) -> Iterable[SystemCommand]:
        for row in self.rows:
            debt = row.debt

            def go(debt_id: int = debt.id) -> None:
                self.app.focused_debt_id = debt_id
                self.select_debt(debt_id)
                self.query_one("#debts-table").focus()

            yield SystemCommand(
                _("Go to {lender}").format(lender=debt.lender),
                _("Select this debt in the table"),
                go,
                discover=False,
            )
