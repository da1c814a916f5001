"""Hygiene Checkup: local security checks with guided fixes."""

__version__ = "0.1.0"
