"""ReportLab: dossier data in, PDF out (the official forms); never queries the store."""
