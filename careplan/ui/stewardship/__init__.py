"""Care over time in the GUI: taper editor, monitoring, measures per visit and their trend."""
