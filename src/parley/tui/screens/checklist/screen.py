"""Checklist mode: what to confirm before signing an agreement, the agreement's risky clauses
beside its text, its figures against the accepted offer, and what changed between versions.

Each tab's methods live in their own module; this screen holds the state and the layout."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Select, TabbedContent, TabPane

from parley import clock
from parley.engine.checklist import Review
from parley.engine.inputs import parse_text
from parley.i18n import N_, _
from parley.i18n import format as fmt
from parley.store.records import Agreement
from parley.tui.keys import bindings
from parley.tui.screens.base import ModeScreen
from parley.tui.screens.checklist.agreement import AgreementTab
from parley.tui.screens.checklist.data import Loaded, load
from parley.tui.screens.checklist.diff import DiffTab
from parley.tui.screens.checklist.figures import FiguresTab
from parley.tui.screens.checklist.items import ItemsTab
from parley.tui.screens.checklist.keys import CHECKLIST_KEYS, NOTE_MAX, TAB_FOCUS, TABS
from parley.tui.storage import AGREEMENTS, CHECKLIST, DEBTS, OFFERS, SETTINGS
from parley.tui.widgets.agreement_view import AgreementView
from parley.tui.widgets.diff_view import DiffView
from parley.tui.widgets.field import Field
from parley.tui.widgets.text import Plain, PlainSelect, PlainTable


class ChecklistScreen(ItemsTab, AgreementTab, FiguresTab, DiffTab):
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
    SHOWS = frozenset({DEBTS, OFFERS, AGREEMENTS, CHECKLIST, SETTINGS})
    BINDINGS = bindings(CHECKLIST_KEYS)
    KEYS = CHECKLIST_KEYS
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

    def compose_body(self) -> ComposeResult:
        if self.data is None and not self._composing:
            # The first show reads its data here: a few milliseconds, where loading it in a
            # worker meant composing these 81 widgets twice (~0.3 s more on the first visit).
            self._adopt(load(self.app.store, self.app.settings, self._wanted_debt(), clock.today()))
        debts = self._debt_options()
        versions = self._version_options()
        with Horizontal(id="cl-top"):
            yield PlainSelect(
                debts,
                value=self.debt_id if debts and self.debt_id is not None else Select.NULL,
                allow_blank=not debts,
                prompt=_("Debt"),
                id="cl-debt",
                tooltip=_("The debt whose agreement you are checking (d)"),
            )
            yield Plain(self._progress_text(), id="cl-progress")
        with TabbedContent(initial=self.tab, id="cl-tabs"):
            with TabPane(_("Checklist"), id="tab-checklist"):
                yield PlainTable(id="cl-items", cursor_type="row", zebra_stripes=True)
                with Horizontal(id="cl-item-detail"):
                    yield Plain("", id="cl-hint")
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
                    yield PlainSelect(
                        versions,
                        value=self._shown_version() or Select.NULL,
                        allow_blank=not versions,
                        prompt=_("Version"),
                        id="cl-version",
                        tooltip=_("Every version you loaded is kept ([ and ] step through them)"),
                    )
                    yield Plain("", id="cl-summary")
                with Horizontal(id="cl-agreement"):
                    yield AgreementView(id="cl-text")
                    with Vertical(id="cl-findings-pane"):
                        yield PlainTable(id="cl-findings", cursor_type="row", zebra_stripes=True)
                        yield Plain("", id="cl-finding-detail")
            with TabPane(_("Figures"), id="tab-figures"):
                with VerticalScroll(id="cl-figures-pane"):
                    yield Plain("", id="cl-figures")
                    yield Plain("", id="cl-figures-note")
            with TabPane(_("Compare versions"), id="tab-diff"):
                with Horizontal(classes="cl-bar"):
                    old, new = self._diff_pair() or (None, None)
                    yield PlainSelect(
                        self._version_options(),
                        value=old or Select.NULL,
                        prompt=_("Older"),
                        id="cl-diff-old",
                        tooltip=_("The version to compare from"),
                    )
                    yield Plain("→", classes="cl-arrow")
                    yield PlainSelect(
                        self._version_options(),
                        value=new or Select.NULL,
                        prompt=_("Newer"),
                        id="cl-diff-new",
                        tooltip=_("The version to compare with"),
                    )
                yield DiffView(id="cl-diff")

    async def on_mount(self) -> None:
        await self._fill()
        self.query_one(TAB_FOCUS[self.tab]).focus()

    def on_screen_resume(self) -> None:
        # Follow "the debt I'm working on" when another mode moved to a different one.
        focused = self.app.focused_debt_id
        if focused is not None and focused != self.debt_id:
            self.debt_id = focused
            self._stale = True  # the base class reloads it

    async def recompose(self) -> None:
        await super().recompose()
        self.reload()

    def _wanted_debt(self) -> int | None:
        if self.debt_id is None:
            self.debt_id = self.app.focused_debt_id
        return self.debt_id

    def reload(self) -> None:
        self.load_data(self._wanted_debt())

    @work(thread=True, exclusive=True, group="checklist-load")
    def load_data(self, debt_id: int | None) -> None:
        data = load(self.app.store, self.app.settings, debt_id, clock.today())
        self.app.call_from_thread(self._show, data)

    def _adopt(self, data: Loaded) -> None:
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

    async def _fill(self) -> None:
        self.query_one("#cl-tabs", TabbedContent).active = self.tab
        self._fill_items()
        await self._fill_agreement()
        self._fill_figures()
        self._fill_diff()
        self.refresh_bindings()

    async def _show(self, data: Loaded) -> None:
        self._adopt(data)
        # Rebuilt from the screen's state: the selects' options and blanks follow the data.
        focused = self.focused.id if self.focused is not None else None
        self._composing = True
        await ModeScreen.recompose(self)
        self._composing = False
        await self._fill()
        # Focus inside another tab would switch to that tab: restore it only where it is seen.
        target = self.query(f"#{focused}") if focused else None
        pane = self.query_one(f"#{self.tab}")
        if target and (target.first() in pane.walk_children() or not _in_tabs(target.first())):
            target.first().focus()
        else:
            self.query_one(TAB_FOCUS[self.tab]).focus()

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

    def action_show_tab(self, tab: str) -> None:
        self.query_one("#cl-tabs", TabbedContent).active = tab
        self.tab = tab
        self.query_one(TAB_FOCUS[tab]).focus()
        self.refresh_bindings()

    def action_pick_debt(self) -> None:
        self.query_one("#cl-debt", Select).focus()


def _in_tabs(widget) -> bool:
    return any(isinstance(node, TabPane) for node in widget.ancestors)


def _version_label(agreement: Agreement) -> str:
    from parley.tui.screens.agreement_load import PASTED

    source = _("pasted") if agreement.source == PASTED else agreement.source
    day = fmt.short_date(agreement.created_at.date()) if agreement.created_at else ""
    parts = [_("Version {n}").format(n=agreement.version), day, source]
    return " · ".join(p for p in parts if p)
