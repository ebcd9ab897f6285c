"""Modes that are not built yet say so plainly instead of pretending."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Center, Middle
from textual.widgets import Static

from parley.i18n import N_, _
from parley.tui.screens.base import ModeScreen


class PlaceholderScreen(ModeScreen):
    MESSAGE = ""

    def compose_body(self) -> ComposeResult:
        with Middle(), Center():
            yield Static(_(self.MESSAGE), classes="placeholder")


class TimelineScreen(PlaceholderScreen):
    MODE_TITLE = N_("Timeline")
    MESSAGE = N_("The timeline is not built yet. Contacts and events you add elsewhere are kept.")


class WizardScreen(PlaceholderScreen):
    MODE_TITLE = N_("Wizard")
    MESSAGE = N_("The call wizard is not built yet.")


class ChecklistScreen(PlaceholderScreen):
    MODE_TITLE = N_("Checklist")
    MESSAGE = N_("The agreement checklist is not built yet.")


def timeline_screen() -> ModeScreen:
    return TimelineScreen()


def wizard_screen() -> ModeScreen:
    return WizardScreen()


def checklist_screen() -> ModeScreen:
    return ChecklistScreen()
