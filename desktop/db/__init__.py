"""Storage: one way to open the database, the schema by migrations, and queries."""

from desktop.db.connection import open_database

__all__ = ["open_database"]
