"""Careplan: a desktop builder for chronic-pain care plans, with live safety checks and PDF handouts."""

from __future__ import annotations

__version__ = "0.1.0"
