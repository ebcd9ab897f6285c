"""The agreement tab: the text beside the clause scanner's findings, its versions, loading
and pasting."""

from __future__ import annotations

from textual import on
from textual.widgets import DataTable, Select, Static, TabbedContent

from parley.engine.checklist import finding_label
from parley.i18n import _, ngettext
from parley.store.records import Agreement
from parley.tui.screens.base import ModeScreen
from parley.tui.storage import AGREEMENTS, Failed, write
from parley.tui.widgets.agreement_view import AgreementView, severity_badge


class AgreementTab(ModeScreen):
    """Part of ChecklistScreen (screen.py), which holds the state these methods use."""

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

    @on(DataTable.RowHighlighted, "#cl-findings")
    def _finding_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_finding(event.cursor_row)

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

    async def action_step_version(self, step: int) -> None:
        if self.data is None or len(self.data.versions) < 2:
            return
        numbers = [a.version for a in self.data.versions]
        shown = self._shown_version()
        index = numbers.index(shown) + step if shown in numbers else len(numbers) - 1
        if 0 <= index < len(numbers):
            await self._set_version(numbers[index])
            self.notify(_("Version {n}").format(n=numbers[index]), timeout=2)

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
        debt_id = self.debt_id
        agreement = write(
            self.app,
            lambda: self.app.store.add_agreement_version(debt_id, text, source),
            changed=AGREEMENTS,
            debt_id=debt_id,
            retry=lambda: self._add_version(loaded),
        )
        if isinstance(agreement, Failed):
            return
        self.version = None
        self.finding = 0
        if agreement.version > 1:
            self.diff_pair = (agreement.version - 1, agreement.version)
        self.tab = "tab-agreement"
        self.query_one("#cl-tabs", TabbedContent).active = self.tab
        self.notify(_("Version {n} added.").format(n=agreement.version))
