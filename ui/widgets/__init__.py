"""Reusable widgets (date fields, catalog combos…); they never import screens."""
