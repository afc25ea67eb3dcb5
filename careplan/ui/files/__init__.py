"""Plan files in the app: new, open, save, templates, recovery copies, and their dialogs."""
