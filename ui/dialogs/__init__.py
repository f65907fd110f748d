"""Dialogs (unlock, wizard, confirmations)."""
