"""QAbstractTableModel subclasses, lazy for 50,000 rows; they never import screens."""
