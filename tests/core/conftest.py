"""tests/core never imports PySide6 (DESIGN.md §1): the core must run headless."""
