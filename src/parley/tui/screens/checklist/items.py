"""The checklist tab: eleven points to confirm before signing, each with a date and a note."""

from __future__ import annotations

from dataclasses import replace

from rich.text import Text
from textual import on
from textual.widgets import DataTable, Static

from parley import clock
from parley.engine.checklist import ITEMS
from parley.i18n import _, ngettext
from parley.i18n import format as fmt
from parley.store.records import ChecklistItem
from parley.tui.screens.base import ModeScreen
from parley.tui.storage import CHECKLIST, Failed, write
from parley.tui.widgets.field import Field


class ItemsTab(ModeScreen):
    """Part of ChecklistScreen (screen.py), which holds the state these methods use."""

    def _item(self, code: str) -> ChecklistItem:
        assert self.debt_id is not None
        items = self.data.items if self.data else {}
        return items.get(code) or ChecklistItem(self.debt_id, code)

    def _current_code(self) -> str:
        return ITEMS[min(self.cursor, len(ITEMS) - 1)].code

    def _note_text(self) -> str:
        code = self._current_code()
        if code in self.note_drafts:
            return self.note_drafts[code]
        if self.data is None or self.debt_id is None:
            return ""
        return self._item(code).note

    def _progress_text(self) -> Text:
        if self.data is None or self.debt_id is None:
            return Text("")
        done = sum(1 for item in ITEMS if self._item(item.code).checked)
        text = Text(
            ngettext("{done} of {n} done", "{done} of {n} done", len(ITEMS)).format(
                done=done, n=len(ITEMS)
            ),
            style="bold green" if done == len(ITEMS) else "bold",
        )
        review = self._latest_review()
        if review is not None:
            high = sum(1 for f in review.findings if f.severity == "high")
            if high:
                text.append("  ·  ")
                text.append(
                    ngettext("{n} high-risk finding", "{n} high-risk findings", high).format(
                        n=high
                    ),
                    style="bold red",
                )
        return text

    def _fill_items(self) -> None:
        table = self.query_one("#cl-items", DataTable)
        table.clear(columns=True)
        table.add_column("", key="tick")
        table.add_column(_("Checked on"), key="date")
        table.add_column(_("Item"), key="item")
        table.add_column(_("Note"), key="note")
        self.query_one("#cl-progress", Static).update(self._progress_text())
        if self.data is None or self.debt_id is None:
            self.query_one("#cl-hint", Static).update(
                _("Add a debt first: press 1 for Debts, then a.") if self.data else ""
            )
            self.query_one("#cl-note").display = False
            return
        self.query_one("#cl-note").display = True
        review = self._latest_review()
        warned = review.warnings if review else {}
        for spec in ITEMS:
            item = self._item(spec.code)
            label = Text(_(spec.label))
            if spec.code in warned:
                label = Text("⚠ ", style="bold yellow") + label
            table.add_row(
                Text("[x]", style="bold green") if item.checked else Text("[ ]"),
                fmt.short_date(item.checked_on) if item.checked else "",
                label,
                item.note,
                key=spec.code,
            )
        table.move_cursor(row=min(self.cursor, len(ITEMS) - 1))
        self._fill_item_detail()

    def _fill_item_detail(self) -> None:
        if self.data is None or self.debt_id is None:
            return
        spec = ITEMS[self.cursor]
        review = self._latest_review()
        text = Text(_(spec.label), style="bold")
        text.append("\n" + _(spec.hint), style="")
        for warning in (review.warnings if review else {}).get(spec.code, []):
            text.append("\n⚠ " + warning, style="yellow")
        self.query_one("#cl-hint", Static).update(text)
        note = self.query_one("#cl-note", Field)
        wanted = self._note_text()
        if note.text != wanted:
            note.set_text(wanted)

    @on(DataTable.RowHighlighted, "#cl-items")
    def _item_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.cursor = event.cursor_row
        self._fill_item_detail()

    @on(DataTable.RowSelected, "#cl-items")
    def _item_selected(self, event: DataTable.RowSelected) -> None:
        self.action_toggle_item()

    @on(Field.Changed, "#cl-note")
    def _note_changed(self, event: Field.Changed) -> None:
        if self.data is None or self.debt_id is None:
            return
        code = self._current_code()
        if not event.field.valid:
            self.note_drafts[code] = event.field.text  # kept, not saved, until it is valid
            return
        self.note_drafts.pop(code, None)
        item = self._item(code)
        value = event.field.value or ""
        if value == item.note:
            return
        if not self._save(replace(item, note=value)):
            self.note_drafts[code] = event.field.text  # kept in the field until saved
            return
        self.query_one("#cl-items", DataTable).update_cell(code, "note", value)

    def _save(self, item: ChecklistItem) -> bool:
        assert self.data is not None
        if isinstance(
            write(
                self.app,
                lambda: self.app.store.set_checklist_item(item),
                changed=CHECKLIST,
                debt_id=item.debt_id,
                origin=self,
                retry=lambda: self._save(item),
            ),
            Failed,
        ):
            return False
        self.data.items[item.code] = item
        return True

    def action_toggle_item(self) -> None:
        if self.data is None or self.debt_id is None:
            return
        code = self._current_code()
        item = self._item(code)
        checked = not item.checked
        item = replace(item, checked=checked, checked_on=clock.today() if checked else None)
        if not self._save(item):
            return
        table = self.query_one("#cl-items", DataTable)
        table.update_cell(code, "tick", Text("[x]", style="bold green") if checked else Text("[ ]"))
        table.update_cell(code, "date", fmt.short_date(item.checked_on) if checked else "")
        self.query_one("#cl-progress", Static).update(self._progress_text())

    def action_edit_note(self) -> None:
        self.query_one("#cl-note", Field).focus()
