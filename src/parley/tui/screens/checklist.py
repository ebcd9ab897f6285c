"""Checklist mode: what to confirm before signing an agreement, the agreement's risky clauses
beside its text, its figures against the accepted offer, and what changed between versions."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from rich.table import Table
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult, SystemCommand
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import DataTable, Select, Static, TabbedContent, TabPane

from parley import clock
from parley.engine.checklist import ITEMS, Review, finding_label
from parley.engine.debt import Debt
from parley.engine.inputs import parse_text
from parley.i18n import N_, _, ngettext
from parley.i18n import format as fmt
from parley.store.records import Agreement, ChecklistItem
from parley.tui.keys import Key, bindings
from parley.tui.screens.base import ModeScreen
from parley.tui.widgets.agreement_view import AgreementView, severity_badge
from parley.tui.widgets.badges import cap_badges
from parley.tui.widgets.diff_view import DiffView
from parley.tui.widgets.field import Field

NOTE_MAX = 300

CHECKLIST_KEYS: tuple[Key, ...] = (
    Key(
        "checklist.toggle",
        "space",
        "toggle_item",
        N_("Tick"),
        N_("Tick or untick the highlighted item; the date is set to today"),
    ),
    Key(
        "checklist.note",
        "e",
        "edit_note",
        N_("Note"),
        N_("Write a note on the highlighted item; it is saved as you type"),
        show=False,
    ),
    Key(
        "checklist.load",
        "l",
        "load_file",
        N_("Load file"),
        N_("Add a version of the agreement from a text file"),
    ),
    Key("checklist.paste", "p", "paste", N_("Paste"), N_("Add a version by pasting its text")),
    Key(
        "checklist.next",
        "n",
        "next_finding",
        N_("Next finding"),
        N_("Show the next risky clause in the agreement's text"),
    ),
    Key(
        "checklist.diff",
        "v",
        "toggle_diff",
        N_("Compare"),
        N_("Show what changed between two versions, or go back"),
    ),
    Key(
        "checklist.items",
        "c",
        "show_tab('tab-checklist')",
        N_("Checklist"),
        N_("The items to confirm before signing"),
        show=False,
    ),
    Key(
        "checklist.text",
        "t",
        "show_tab('tab-agreement')",
        N_("Agreement"),
        N_("The agreement's text with its findings"),
        show=False,
    ),
    Key(
        "checklist.figures",
        "f",
        "show_tab('tab-figures')",
        N_("Figures"),
        N_("The agreement's figures beside the accepted offer's"),
        show=False,
    ),
    Key(
        "checklist.older",
        "left_square_bracket",
        "step_version(-1)",
        N_("Older version"),
        N_("Show the version before this one"),
        show=False,
    ),
    Key(
        "checklist.newer",
        "right_square_bracket",
        "step_version(1)",
        N_("Newer version"),
        N_("Show the version after this one"),
        show=False,
    ),
    Key(
        "checklist.debt",
        "d",
        "pick_debt",
        N_("Debt"),
        N_("Choose which debt's agreement to check"),
        show=False,
    ),
)

TABS = ("tab-checklist", "tab-agreement", "tab-figures", "tab-diff")
_TAB_FOCUS = {
    "tab-checklist": "#cl-items",
    "tab-agreement": "#cl-findings",
    "tab-figures": "#cl-figures-pane",
    "tab-diff": "#cl-diff",
}


@dataclass
class Loaded:
    """Everything the screen shows for one debt, read and computed off the UI thread."""

    debts: list[Debt]
    debt_id: int | None
    versions: list[Agreement] = field(default_factory=list)
    items: dict[str, ChecklistItem] = field(default_factory=dict)
    reviews: dict[int, Review] = field(default_factory=dict)  # by version number
    offer_label: str | None = None  # "A", "B": the accepted offer
    offer_error: str | None = None  # why the accepted offer could not be evaluated


def load(store, settings, debt_id: int | None, today: date) -> Loaded:
    from parley.engine.checklist import review
    from parley.engine.errors import InputError
    from parley.engine.offers import evaluate

    debts = store.list_debts()
    ids = [d.id for d in debts]
    if debt_id not in ids:
        with_agreement = [i for i in ids if store.list_agreements(i)]
        debt_id = (with_agreement or ids or [None])[0]
    if debt_id is None:
        return Loaded(debts, None)
    debt = next(d for d in debts if d.id == debt_id)
    loaded = Loaded(debts, debt_id, store.list_agreements(debt_id), store.checklist(debt_id))
    record = store.accepted_offer(debt_id)
    terms = result = None
    if record is not None:
        loaded.offer_label = record.label
        try:
            result = evaluate(debt, record.terms, today=today, settings=settings)
            terms = record.terms
        except InputError as error:
            loaded.offer_error = str(error)
    start = (terms.first_due if terms and terms.first_due else None) or today
    for agreement in loaded.versions:
        loaded.reviews[agreement.version] = review(
            agreement.text, terms=terms, offer=result, start=start, caps=settings.caps
        )
    return loaded


class ChecklistScreen(ModeScreen):
    DEFAULT_CSS = """
    ChecklistScreen #cl-top { height: auto; padding: 0 1; }
    ChecklistScreen #cl-debt { width: 36; }
    ChecklistScreen #cl-progress { width: 1fr; padding: 1 2; }
    ChecklistScreen #cl-tabs { height: 1fr; }
    ChecklistScreen #cl-tabs > ContentSwitcher { height: 1fr; }
    ChecklistScreen TabPane { height: 1fr; padding: 0; }
    ChecklistScreen #cl-items { height: 1fr; }
    ChecklistScreen #cl-item-detail { height: auto; max-height: 8; }
    ChecklistScreen #cl-hint { width: 1fr; height: auto; padding: 0 1; }
    ChecklistScreen #cl-note { width: 1fr; }
    ChecklistScreen .cl-bar { height: auto; }
    ChecklistScreen #cl-version { width: 1fr; max-width: 60; }
    ChecklistScreen #cl-summary { width: 1fr; padding: 1 1 0 1; }
    ChecklistScreen #cl-agreement { height: 1fr; }
    ChecklistScreen #cl-text { width: 1fr; }
    ChecklistScreen #cl-findings-pane { width: 1fr; }
    ChecklistScreen #cl-findings { height: 1fr; }
    ChecklistScreen #cl-finding-detail { height: auto; max-height: 10; padding: 0 1; }
    ChecklistScreen #cl-figures-pane { height: 1fr; padding: 0 1; }
    ChecklistScreen #cl-figures-note { margin-top: 1; color: $text-muted; }
    ChecklistScreen #cl-diff-old, ChecklistScreen #cl-diff-new { width: 1fr; }
    ChecklistScreen .cl-arrow { width: 3; padding: 1 1 0 1; }
    """
    MODE_TITLE = N_("Checklist")
    BINDINGS = bindings(CHECKLIST_KEYS)
    AUTO_FOCUS = "#cl-items"

    def __init__(self) -> None:
        super().__init__()
        self.data: Loaded | None = None
        self.debt_id: int | None = None
        self.version: int | None = None  # the version shown; None: the latest
        self.diff_pair: tuple[int, int] | None = None  # (old, new) version numbers
        self.tab = TABS[0]
        self.last_tab = TABS[1]  # where v goes back to from the diff
        self.cursor = 0  # highlighted checklist row
        self.finding = 0  # highlighted finding
        self.note_drafts: dict[str, str] = {}  # notes not saved because they are invalid
        self._composing = False

    # --- layout ---------------------------------------------------------------------------

    def compose_body(self) -> ComposeResult:
        debts = self._debt_options()
        versions = self._version_options()
        with Horizontal(id="cl-top"):
            yield Select(
                debts,
                value=self.debt_id if debts and self.debt_id is not None else Select.NULL,
                allow_blank=not debts,
                prompt=_("Debt"),
                id="cl-debt",
                tooltip=_("The debt whose agreement you are checking (d)"),
            )
            yield Static(self._progress_text(), id="cl-progress")
        with TabbedContent(initial=self.tab, id="cl-tabs"):
            with TabPane(_("Checklist"), id="tab-checklist"):
                yield DataTable(id="cl-items", cursor_type="row", zebra_stripes=True)
                with Horizontal(id="cl-item-detail"):
                    yield Static("", id="cl-hint")
                    yield Field(
                        _("Note"),
                        lambda t: parse_text(t, max_length=NOTE_MAX),
                        value=self._note_text(),
                        required=False,
                        placeholder=_("Who, when, reference number…"),
                        id="cl-note",
                        tooltip=_("Saved as you type"),
                    )
            with TabPane(_("Agreement"), id="tab-agreement"):
                with Horizontal(classes="cl-bar"):
                    yield Select(
                        versions,
                        value=self._shown_version() or Select.NULL,
                        allow_blank=not versions,
                        prompt=_("Version"),
                        id="cl-version",
                        tooltip=_("Every version you loaded is kept ([ and ] step through them)"),
                    )
                    yield Static("", id="cl-summary")
                with Horizontal(id="cl-agreement"):
                    yield AgreementView(id="cl-text")
                    with Vertical(id="cl-findings-pane"):
                        yield DataTable(id="cl-findings", cursor_type="row", zebra_stripes=True)
                        yield Static("", id="cl-finding-detail")
            with TabPane(_("Figures"), id="tab-figures"):
                with VerticalScroll(id="cl-figures-pane"):
                    yield Static("", id="cl-figures")
                    yield Static("", id="cl-figures-note")
            with TabPane(_("Compare versions"), id="tab-diff"):
                with Horizontal(classes="cl-bar"):
                    old, new = self._diff_pair() or (None, None)
                    yield Select(
                        self._version_options(),
                        value=old or Select.NULL,
                        prompt=_("Older"),
                        id="cl-diff-old",
                        tooltip=_("The version to compare from"),
                    )
                    yield Static("→", classes="cl-arrow")
                    yield Select(
                        self._version_options(),
                        value=new or Select.NULL,
                        prompt=_("Newer"),
                        id="cl-diff-new",
                        tooltip=_("The version to compare with"),
                    )
                yield DiffView(id="cl-diff")

    async def on_mount(self) -> None:
        self.reload()

    async def recompose(self) -> None:
        await super().recompose()
        self.reload()

    # --- data -----------------------------------------------------------------------------

    def reload(self) -> None:
        if self.debt_id is None:
            self.debt_id = self.app.focused_debt_id
        self.load_data(self.debt_id)

    @work(thread=True, exclusive=True, group="checklist-load")
    def load_data(self, debt_id: int | None) -> None:
        data = load(self.app.store, self.app.settings, debt_id, clock.today())
        self.app.call_from_thread(self._show, data)

    async def _show(self, data: Loaded) -> None:
        changed_debt = data.debt_id != self.debt_id
        self.data = data
        self.debt_id = data.debt_id
        if data.debt_id is not None:
            self.app.focused_debt_id = data.debt_id
        numbers = [a.version for a in data.versions]
        if changed_debt or self.version not in numbers:
            self.version = None
        if self.diff_pair and not set(self.diff_pair) <= set(numbers):
            self.diff_pair = None
        self.finding = 0
        # Rebuilt from the screen's state: the selects' options and blanks follow the data.
        focused = self.focused.id if self.focused is not None else None
        self._composing = True
        await ModeScreen.recompose(self)
        self._composing = False
        self.query_one("#cl-tabs", TabbedContent).active = self.tab
        self._fill_items()
        await self._fill_agreement()
        self._fill_figures()
        self._fill_diff()
        self.refresh_bindings()
        # Focus inside another tab would switch to that tab: restore it only where it is seen.
        target = self.query(f"#{focused}") if focused else None
        pane = self.query_one(f"#{self.tab}")
        if target and (target.first() in pane.walk_children() or not _in_tabs(target.first())):
            target.first().focus()
        else:
            self.query_one(_TAB_FOCUS[self.tab]).focus()

    # --- what the widgets show ------------------------------------------------------------

    def _debt_options(self) -> list[tuple[str, int]]:
        if self.data is None:
            return []
        return [(d.lender, d.id) for d in self.data.debts if d.id is not None]

    def _version_options(self) -> list[tuple[str, int]]:
        if self.data is None:
            return []
        return [(_version_label(a), a.version) for a in reversed(self.data.versions)]

    def _shown_version(self) -> int | None:
        if self.data is None or not self.data.versions:
            return None
        return self.version or self.data.versions[-1].version

    def _diff_pair(self) -> tuple[int, int] | None:
        if self.diff_pair:
            return self.diff_pair
        if self.data is None or len(self.data.versions) < 2:
            return None
        return self.data.versions[-2].version, self.data.versions[-1].version

    def _review(self) -> Review | None:
        number = self._shown_version()
        return self.data.reviews.get(number) if self.data and number else None

    def _latest_review(self) -> Review | None:
        if self.data is None or not self.data.versions:
            return None
        return self.data.reviews.get(self.data.versions[-1].version)

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

    async def _fill_agreement(self) -> None:
        view = self.query_one("#cl-text", AgreementView)
        table = self.query_one("#cl-findings", DataTable)
        table.clear(columns=True)
        table.add_column(_("Risk"), key="severity")
        table.add_column(_("Finding"), key="code")
        table.add_column(_("Line"), key="line")
        table.add_column(_("Why it matters"), key="message")
        summary = self.query_one("#cl-summary", Static)
        detail = self.query_one("#cl-finding-detail", Static)
        review = self._review()
        agreement = self._agreement()
        if review is None or agreement is None:
            await view.show(
                _(
                    "No agreement for this debt yet. Press l to load it from a text file, "
                    "or p to paste its text."
                )
                if self.debt_id is not None
                else "",
                [],
            )
            summary.update("")
            detail.update("")
            return
        findings = review.findings
        await view.show(agreement.text, findings)
        for index, finding in enumerate(findings):
            table.add_row(
                severity_badge(finding.severity),
                finding_label(finding.code),
                str(finding.line),
                finding.message,
                key=str(index),
            )
        high = sum(1 for f in findings if f.severity == "high")
        if findings:
            summary.update(
                ngettext(
                    "{n} finding, {high} of high risk. n shows the next.",
                    "{n} findings, {high} of high risk. n shows the next.",
                    len(findings),
                ).format(n=len(findings), high=high)
            )
            table.move_cursor(row=min(self.finding, len(findings) - 1))
            self._show_finding(min(self.finding, len(findings) - 1), scroll=False)
        else:
            summary.update(_("No risky clause found. Still read every line before you sign."))
            detail.update("")

    def _agreement(self) -> Agreement | None:
        number = self._shown_version()
        if self.data is None or number is None:
            return None
        return next((a for a in self.data.versions if a.version == number), None)

    def _show_finding(self, index: int, *, scroll: bool = True) -> None:
        review = self._review()
        if review is None or not review.findings:
            return
        self.finding = index
        finding = review.findings[index]
        text = severity_badge(finding.severity)
        text.append(" " + finding_label(finding.code), style="bold")
        text.append(" · " + _("line {n}").format(n=finding.line), style="dim")
        if finding.words:  # the agreement's own words: data, appended as plain text
            text.append(
                "\n" + _("Raised by: “{words}”").format(words=finding.words), style="italic"
            )
        if finding.why:
            text.append("\n" + finding.why)
            # What to ask the lender to change; Chinese wraps best joined to the arrow.
            joiner = "" if "\u4e00" <= finding.ask[:1] <= "\u9fff" else " "
            text.append("\n→" + joiner + finding.ask, style="bold")
        else:
            text.append("\n" + finding.message)
        self.query_one("#cl-finding-detail", Static).update(text)
        view = self.query_one("#cl-text", AgreementView)
        if scroll:
            view.highlight(finding.line)

    def _fill_figures(self) -> None:
        figures_widget = self.query_one("#cl-figures", Static)
        note = self.query_one("#cl-figures-note", Static)
        review = self._review()
        if self.data is None or self.debt_id is None:
            figures_widget.update("")
            note.update("")
            return
        if review is None:
            figures_widget.update(
                _("Load or paste the agreement (l or p) to see its figures here.")
            )
            note.update("")
            return
        figures_widget.update(_figures_table(review, self.data.offer_label))
        notes: list[str] = []
        if review.terms is None:
            if self.data.offer_error:
                notes.append(
                    _("The accepted offer cannot be worked out: {reason}").format(
                        reason=self.data.offer_error
                    )
                )
            else:
                notes.append(
                    _(
                        "No offer is accepted for this debt, so there is nothing to compare "
                        "the agreement with. To mark one: press 1 for Debts, Enter on this "
                        "debt, and set the offer's Status to Accepted."
                    )
                )
        if review.cost is None:
            notes.append(
                _(
                    "The agreement does not state enough figures to work out its true cost: "
                    "it needs the balance, the number of instalments, and the instalment or "
                    "the rate."
                )
            )
        elif review.cost.apr is None and review.cost.reason:
            notes.append(review.cost.reason)
        note.update("\n\n".join(notes))

    def _fill_diff(self) -> None:
        view = self.query_one("#cl-diff", DiffView)
        pair = self._diff_pair()
        if self.data is None or pair is None:
            view.show(
                [],
                _("Load a second version to compare it with the first.")
                if self.debt_id is not None
                else "",
            )
            return
        from parley.engine.textdiff import diff_versions

        texts = {a.version: a.text for a in self.data.versions}
        old, new = pair
        view.show(
            diff_versions(texts[old], texts[new]),
            _("Versions {old} and {new} are the same.").format(old=old, new=new),
        )

    # --- events -----------------------------------------------------------------------------

    @on(Select.Changed, "#cl-debt")
    def _debt_changed(self, event: Select.Changed) -> None:
        if event.value is Select.NULL or event.value == self.debt_id:
            return
        self.debt_id = int(event.value)  # type: ignore[arg-type]
        self.app.focused_debt_id = self.debt_id
        self.version = None
        self.diff_pair = None
        self.cursor = 0
        self.note_drafts.clear()
        self.load_data(self.debt_id)

    @on(Select.Changed, "#cl-version")
    async def _version_changed(self, event: Select.Changed) -> None:
        if event.value is Select.NULL or event.value == self._shown_version():
            return
        await self._set_version(int(event.value))  # type: ignore[arg-type]

    async def _set_version(self, number: int) -> None:
        self.version = number
        self.finding = 0
        with self.prevent(Select.Changed):
            self.query_one("#cl-version", Select).value = number
        await self._fill_agreement()
        self._fill_figures()
        self.refresh_bindings()

    @on(Select.Changed, "#cl-diff-old")
    @on(Select.Changed, "#cl-diff-new")
    def _diff_changed(self, event: Select.Changed) -> None:
        old = self.query_one("#cl-diff-old", Select).value
        new = self.query_one("#cl-diff-new", Select).value
        if old is Select.NULL or new is Select.NULL:
            return
        self.diff_pair = (int(old), int(new))  # type: ignore[arg-type]
        self._fill_diff()

    @on(TabbedContent.TabActivated, "#cl-tabs")
    def _tab_changed(self, event: TabbedContent.TabActivated) -> None:
        pane = event.pane.id or TABS[0]
        tabs = self.query("#cl-tabs")
        if self._composing or not tabs or tabs.first(TabbedContent).active != pane:
            return  # a rebuilt TabbedContent announces its first tab; the state says which
        if pane != self.tab and pane != "tab-diff":
            self.last_tab = pane
        self.tab = pane
        self.refresh_bindings()

    @on(DataTable.RowHighlighted, "#cl-items")
    def _item_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.cursor = event.cursor_row
        self._fill_item_detail()

    @on(DataTable.RowSelected, "#cl-items")
    def _item_selected(self, event: DataTable.RowSelected) -> None:
        self.action_toggle_item()

    @on(DataTable.RowHighlighted, "#cl-findings")
    def _finding_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_finding(event.cursor_row)

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
        self._save(replace(item, note=value))
        self.query_one("#cl-items", DataTable).update_cell(code, "note", value)

    def _save(self, item: ChecklistItem) -> None:
        assert self.data is not None
        self.app.store.set_checklist_item(item)
        self.data.items[item.code] = item

    # --- actions --------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        has_debt = self.data is not None and self.debt_id is not None
        if action in ("toggle_item", "edit_note"):
            return True if has_debt and self.tab == "tab-checklist" else None
        if action in ("load_file", "paste", "pick_debt"):
            return True if has_debt else None
        if action == "next_finding":
            review = self._review()
            return True if review is not None and review.findings else None
        if action == "toggle_diff":
            return True if self._diff_pair() is not None or self.tab == "tab-diff" else None
        if action == "step_version":
            return True if self.data is not None and len(self.data.versions) > 1 else None
        return True

    def action_toggle_item(self) -> None:
        if self.data is None or self.debt_id is None:
            return
        code = self._current_code()
        item = self._item(code)
        checked = not item.checked
        item = replace(item, checked=checked, checked_on=clock.today() if checked else None)
        self._save(item)
        table = self.query_one("#cl-items", DataTable)
        table.update_cell(code, "tick", Text("[x]", style="bold green") if checked else Text("[ ]"))
        table.update_cell(code, "date", fmt.short_date(item.checked_on) if checked else "")
        self.query_one("#cl-progress", Static).update(self._progress_text())

    def action_edit_note(self) -> None:
        self.query_one("#cl-note", Field).focus()

    def action_show_tab(self, tab: str) -> None:
        self.query_one("#cl-tabs", TabbedContent).active = tab
        self.tab = tab
        self.query_one(_TAB_FOCUS[tab]).focus()
        self.refresh_bindings()

    def action_toggle_diff(self) -> None:
        if self.tab == "tab-diff":
            self.action_show_tab(self.last_tab)
        elif self._diff_pair() is not None:
            self.action_show_tab("tab-diff")

    def action_next_finding(self) -> None:
        review = self._review()
        if review is None or not review.findings:
            return
        if self.tab != "tab-agreement":
            self.action_show_tab("tab-agreement")
            index = self.finding
        else:
            index = (self.finding + 1) % len(review.findings)
        table = self.query_one("#cl-findings", DataTable)
        table.move_cursor(row=index)
        self._show_finding(index)

    async def action_step_version(self, step: int) -> None:
        if self.data is None or len(self.data.versions) < 2:
            return
        numbers = [a.version for a in self.data.versions]
        shown = self._shown_version()
        index = numbers.index(shown) + step if shown in numbers else len(numbers) - 1
        if 0 <= index < len(numbers):
            await self._set_version(numbers[index])
            self.notify(_("Version {n}").format(n=numbers[index]), timeout=2)

    def action_pick_debt(self) -> None:
        self.query_one("#cl-debt", Select).focus()

    def action_load_file(self) -> None:
        from parley.tui.screens.agreement_load import LoadFileScreen

        if self.debt_id is not None:
            self.app.push_screen(LoadFileScreen(), self._add_version)

    def action_paste(self) -> None:
        from parley.tui.screens.agreement_load import PasteScreen

        if self.debt_id is not None:
            self.app.push_screen(PasteScreen(), self._add_version)

    def _add_version(self, loaded: tuple[str, str] | None) -> None:
        if loaded is None or self.debt_id is None:
            return
        text, source = loaded
        agreement = self.app.store.add_agreement_version(self.debt_id, text, source)
        self.version = None
        self.finding = 0
        if agreement.version > 1:
            self.diff_pair = (agreement.version - 1, agreement.version)
        self.tab = "tab-agreement"
        self.query_one("#cl-tabs", TabbedContent).active = self.tab
        self.notify(_("Version {n} added.").format(n=agreement.version))
        self.app.refresh_data()

    def palette_commands(self) -> Iterable[SystemCommand]:
        if self.debt_id is None:
            return
        yield SystemCommand(
            _("Load an agreement from a file"),
            _("Add a version of the agreement from a text file"),
            self.action_load_file,
        )
        yield SystemCommand(
            _("Paste an agreement"), _("Add a version by pasting its text"), self.action_paste
        )
        if self._diff_pair() is not None:
            yield SystemCommand(
                _("Compare agreement versions"),
                _("Show what changed between two versions"),
                lambda: self.action_show_tab("tab-diff"),
            )


def _in_tabs(widget) -> bool:
    return any(isinstance(node, TabPane) for node in widget.ancestors)


def _version_label(agreement: Agreement) -> str:
    from parley.tui.screens.agreement_load import PASTED

    source = _("pasted") if agreement.source == PASTED else agreement.source
    day = fmt.short_date(agreement.created_at.date()) if agreement.created_at else ""
    parts = [_("Version {n}").format(n=agreement.version), day, source]
    return " · ".join(p for p in parts if p)


def _figures_table(review: Review, offer_label: str | None) -> Table:
    from parley.engine.agreement_figures import AgreementFigures, compare
    from parley.engine.money import format_money

    figures, cost, offer, terms = review.figures, review.cost, review.offer, review.terms
    table = Table(expand=True, show_edge=False, pad_edge=False, box=None, header_style="bold")
    table.add_column("", style="bold", no_wrap=True)
    table.add_column(_("This agreement"), justify="right")
    table.add_column(
        _("Accepted offer {label}").format(label=offer_label)
        if offer is not None and offer_label
        else _("Accepted offer"),
        justify="right",
    )

    def money(value: int | None) -> str:
        return format_money(value) if value is not None else "—"

    def differs(name: str) -> bool:
        if terms is None or offer is None or getattr(figures, name) is None:
            return False
        single = AgreementFigures(**{name: getattr(figures, name)}, sources=figures.sources)
        return bool(compare(single, terms, offer))

    def stated(name: str, shown: str) -> Text:
        if getattr(figures, name) is None:
            return Text(_("not stated"), style="dim")
        text = Text(shown)
        line = figures.sources.get(name, (None, ""))[0]
        if differs(name):
            text = Text("≠ ", style="bold red") + text
            text.stylize("bold red")
        if line:
            text.append(" " + _("(line {n})").format(n=line), style="dim")
        return text

    first_fee = offer.schedule.instalments[0].fee if offer and offer.schedule.instalments else 0
    rows: list[tuple[str, Text, str]] = [
        (
            _("Balance"),
            stated("balance", money(figures.balance)),
            money(offer.schedule.principal + offer.down_payment) if offer else "—",
        ),
        (
            _("Down payment"),
            stated("down_payment", money(figures.down_payment)),
            money(offer.down_payment) if offer else "—",
        ),
        (
            _("Instalment"),
            stated("instalment", money(figures.instalment)),
            money(offer.instalment - first_fee) if offer else "—",
        ),
        (
            _("Instalments"),
            stated("count", str(figures.count)),
            str(terms.count) if terms else "—",
        ),
        (
            _("Fees per instalment"),
            stated("fees", money(figures.fees)),
            money(terms.fee_per_instalment) if terms else "—",
        ),
        (
            _("Stated rate"),
            stated("rate", figures.rate.describe() if figures.rate else ""),
            fmt.percent(terms.rate, 2) if terms else "—",
        ),
    ]
    for name, mine, theirs in rows:
        table.add_row(name, mine, theirs)
    table.add_row("", "", "")

    def apr(value: float | None, caps: list[str]) -> Text:
        text = Text(fmt.percent(value, 2) if value is not None else "—")
        text.append_text(cap_badges(caps))
        return text

    table.add_row(
        _("True APR"),
        apr(cost.apr, cost.caps_exceeded) if cost else Text("—", style="dim"),
        apr(offer.apr, offer.caps_exceeded) if offer else Text("—"),
    )
    table.add_row(
        _("Total to pay"),
        money(cost.total_paid) if cost else "—",
        money(offer.total_paid) if offer else "—",
    )
    table.add_row(
        _("Interest and fees"),
        money(cost.total_cost) if cost else "—",
        money(offer.total_interest + offer.total_fees) if offer else "—",
    )
    return table
