"""Only this package speaks SQL: the encrypted store, its sessions, search and backups."""
