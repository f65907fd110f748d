"""Dossier section forms."""
