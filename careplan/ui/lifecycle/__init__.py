"""Sign-off, revisions and comparison of plans in the GUI."""
