"""The PySide6 desktop layer: windows over cadre_desktop.services."""
