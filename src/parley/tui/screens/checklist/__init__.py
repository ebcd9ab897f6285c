"""Checklist mode, one module per tab."""

from parley.tui.screens.checklist.screen import ChecklistScreen

__all__ = ["ChecklistScreen"]
