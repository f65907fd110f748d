"""Alembic environment and the numbered versions of the store's schema."""
