"""Exporting the handout or summary to PDF and printing it (the PDFs come from careplan.export)."""
