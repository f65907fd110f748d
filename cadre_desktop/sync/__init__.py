"""Signed, encrypted dossier bundles between units: export, import, merge."""
