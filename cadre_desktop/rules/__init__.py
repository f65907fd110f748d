"""Pure rules over plain facts; each finding cites its legal source (DESIGN.md §4)."""
