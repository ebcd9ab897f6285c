"""The Textual app. Nothing outside `tui/` imports from here."""
