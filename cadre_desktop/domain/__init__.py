"""Typed SQLAlchemy classes, enumerations and value types of the dossier."""
