"""Shipped resources: catalogs, fonts, translations, demo data."""
