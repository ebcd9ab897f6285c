"""Quick hide and the idle timeout, mixed into ParleyApp.

While hidden: the hidden screen covers everything, the title is neutral, no app command
but quit, hide/show and language runs (so no key or palette entry can bring a figure up),
and notifications wait until the work is shown again.
"""

from __future__ import annotations

import time

from textual import events
from textual.notifications import SeverityLevel

# Actions that may run while the screen is hidden.
_ALLOWED_HIDDEN = {"quit", "hide", "reveal", "switch_language"}
IDLE_CHECK_SECONDS = 10


class PrivacyMixin:
    hidden: bool = False
    _held: list[tuple[tuple, dict]]
    _last_input: float = 0.0

    def setup_privacy(self) -> None:
        from parley.store.privacy import idle_minutes

        self._held = []
        self._last_input = time.monotonic()
        self.idle_minutes = idle_minutes(self.store)
        self.set_interval(IDLE_CHECK_SECONDS, self.hide_if_idle)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, (events.Key, events.MouseDown, events.MouseScrollDown)):
            self._last_input = time.monotonic()
        await super().on_event(event)

    def hide_if_idle(self, now: float | None = None) -> bool:
        """Hide when no key was pressed for the idle setting's minutes; True if it did."""
        if self.hidden or not self.idle_minutes:
            return False
        now = time.monotonic() if now is None else now
        if now - self._last_input >= self.idle_minutes * 60:
            self.action_hide()
            return True
        return False

    def warn_if_locked(self) -> None:
        """After writing an export: it is plain even when the data file is locked."""
        from parley.i18n import _

        if self.store.locked:
            self.notify(
                _("The export is not encrypted, although the data file is locked."),
                severity="warning",
                timeout=8,
            )

    def action_hide(self) -> None:
        from parley.tui.screens.hidden import NEUTRAL_TITLE, HiddenScreen

        if self.hidden:
            if not self.store.locked:  # F12 toggles; a locked file needs its passphrase
                self.reveal()
            return
        self.hidden = True
        self._titles = (self.title, self.sub_title)
        self.title, self.sub_title = NEUTRAL_TITLE, ""
        self.clear_notifications()
        self.push_screen(HiddenScreen())

    def reveal(self) -> None:
        from parley.tui.screens.hidden import HiddenScreen

        if not self.hidden:
            return
        self.hidden = False
        self.title, self.sub_title = self._titles
        self._last_input = time.monotonic()
        if isinstance(self.screen, HiddenScreen):
            self.pop_screen()
        held, self._held = self._held, []
        for args, kwargs in held:
            self.notify(*args, **kwargs)

    def notify(
        self,
        message,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        if self.hidden:
            # Shown when the work comes back, never over the neutral view.
            self._held.append(
                (
                    (message,),
                    {"title": title, "severity": severity, "timeout": timeout, "markup": markup},
                )
            )
            return
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if self.hidden and action not in _ALLOWED_HIDDEN:
            return False
        return super().check_action(action, parameters)
