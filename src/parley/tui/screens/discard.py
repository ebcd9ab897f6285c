"""Esc on a form whose content changed asks before throwing the changes away."""

from __future__ import annotations

from textual.screen import ModalScreen
from textual.widgets import Checkbox, Input, Select, TextArea


class DiscardGuard:
    """Mixed into a form screen: call `remember_pristine()` once the form is filled in, and
    `close_or_ask(question)` on Esc."""

    _pristine: tuple | None = None

    def _form_snapshot(self: ModalScreen) -> tuple:  # type: ignore[misc]
        values: list[object] = []
        for widget in self.query("Input, TextArea, Select, Checkbox"):
            if isinstance(widget, Input):
                values.append(widget.value)
            elif isinstance(widget, TextArea):
                values.append(widget.text)
            elif isinstance(widget, (Select, Checkbox)):
                values.append(widget.value)
        return tuple(values)

    def remember_pristine(self) -> None:
        self._pristine = self._form_snapshot()

    def changed(self) -> bool:
        return self._pristine is not None and self._form_snapshot() != self._pristine

    def close_or_ask(self: ModalScreen, question: str) -> None:  # type: ignore[misc]
        from parley.i18n import _
        from parley.tui.screens.confirm import ConfirmScreen

        if not self.changed():
            self.dismiss(None)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)

        self.app.push_screen(ConfirmScreen(question, _("Discard")), answered)
