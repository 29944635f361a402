"""Schema 6: the users who log in to this database, and their roles.

Local to this database, never synced: each laptop and hub has its own users. A
user's name on records is its `user_id`, a row of the synced `users` table, so the
hub sees who entered what. The wrapped keys are outside, in the key file
(desktop/security/keyring.py): they must be read before the database can be.
"""


def apply(conn) -> None:
    """Create the accounts table."""
    conn.execute("""CREATE TABLE accounts (
        name TEXT PRIMARY KEY,
        role TEXT NOT NULL,               -- 'staff', 'officer', 'hub' or 'admin'
        user_id TEXT NOT NULL,            -- the users record that signs this user's work
        disabled INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL)""")
