"""The template library dialog: search, preview, duplicate, rename, delete (with undo), import and export."""
