"""One module per command-line verb; see `parley.cli.COMMANDS`."""
