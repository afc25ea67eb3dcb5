"""Findings: the live safety report, its list model and panel, and acknowledging a finding."""
