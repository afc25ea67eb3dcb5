"""The Careplan desktop app (PySide6): windows, Qt models, undo commands, editors and dialogs."""
