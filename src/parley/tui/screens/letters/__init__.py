"""The Letters screen and its dialogs."""
