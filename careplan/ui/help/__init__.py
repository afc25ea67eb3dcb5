"""The offline user guide (F1): Markdown topics bundled in resources/help, shown by Qt."""
