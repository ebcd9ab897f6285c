"""Parley: a terminal workbench for negotiating overdue consumer and online loans."""

__version__ = "0.1.0"
