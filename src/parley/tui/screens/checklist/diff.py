"""The comparison tab: what changed between two versions of the agreement."""

from __future__ import annotations

from textual import on
from textual.widgets import Select

from parley.i18n import _
from parley.tui.screens.base import ModeScreen
from parley.tui.widgets.diff_view import DiffView


class DiffTab(ModeScreen):
    """Part of ChecklistScreen (screen.py), which holds the state these methods use."""

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

    @on(Select.Changed, "#cl-diff-old")
    @on(Select.Changed, "#cl-diff-new")
    def _diff_changed(self, event: Select.Changed) -> None:
        old = self.query_one("#cl-diff-old", Select).value
        new = self.query_one("#cl-diff-new", Select).value
        if old is Select.NULL or new is Select.NULL:
            return
        self.diff_pair = (int(old), int(new))  # type: ignore[arg-type]
        self._fill_diff()

    def action_toggle_diff(self) -> None:
        if self.tab == "tab-diff":
            self.action_show_tab(self.last_tab)
        elif self._diff_pair() is not None:
            self.action_show_tab("tab-diff")
