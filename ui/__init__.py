"""The PySide6 desktop layer: windows over cadre_desktop.services."""

from ui.pyside_guard import guard

guard()
