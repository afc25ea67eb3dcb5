"""The start page: new plan (blank or from a template), open, recent plans, recovered work, first hints."""
