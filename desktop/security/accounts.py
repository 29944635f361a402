"""The users of one database: their role, whether they are disabled, and the
`users` record that signs their work. Kept inside the encrypted database (schema 6,
the `accounts` table); their wrapped keys are in the key file (keyring.py).
"""

import unicodedata
from dataclasses import dataclass

from desktop.db.writer import write
from desktop.domain.errors import InputRefused
from desktop.domain.text import search_key
from desktop.security.keyring import KeyRing
from desktop.security.roles import check_role

MIN_PASSWORD = 6
MAX_NAME = 64


@dataclass(frozen=True)
class Login:
    """Who is logged in: the name typed, the role, the record id put on their work."""

    name: str
    role: str
    user_id: str


def check_name(name: str) -> str:
    """A login name, NFC-normalised; InputRefused if empty, too long or with spaces."""
    name = unicodedata.normalize("NFC", (name or "").strip())
    if not name or len(name) > MAX_NAME or any(c.isspace() or not c.isprintable() for c in name):
        raise InputRefused.of("user_name_invalid", "user", name=name)
    return name


def check_password(password: str | None) -> str:
    """A new password: at least MIN_PASSWORD characters."""
    if password is None or len(password) < MIN_PASSWORD:
        raise InputRefused.of("password_short", "password", min=MIN_PASSWORD)
    return password


def _row(conn, name: str) -> dict | None:
    cur = conn.execute("SELECT name, role, user_id, disabled, created_at, updated_at "
                       "FROM accounts WHERE name = ?", (name,))
    row = cur.fetchone()
    return dict(zip([d[0] for d in cur.description], row)) if row else None


def login_of(conn, name: str) -> Login:
    """The login of an enabled user; InputRefused for an unknown or disabled one."""
    row = _row(conn, name)
    if row is None:
        raise InputRefused.of("login_unknown_user", user=name)
    if row["disabled"]:
        raise InputRefused.of("login_disabled", user=name)
    return Login(row["name"], row["role"], row["user_id"])


def list_accounts(db) -> list[dict]:
    """Every user of this database, by name."""
    cur = db.conn.execute("SELECT name, role, disabled, created_at, updated_at FROM accounts "
                          "ORDER BY name")
    names = [d[0] for d in cur.description]
    return [{**dict(zip(names, r)), "disabled": bool(r[2])} for r in cur.fetchall()]


def add_account(db, ring: KeyRing, db_path, name: str, role: str, password: str) -> Login:
    """Create user `name` with `role` and `password`; return its login.

    One transaction: the `users` record (synced, so the hub sees who entered what),
    the account, an audit entry, and the key file rewritten with the new wrapped
    key before the commit (a failed write leaves no half-made user).
    """
    name = check_name(name)
    check_role(role)
    check_password(password)
    if _row(db.conn, name) is not None or ring.has_user(name):
        raise InputRefused.of("user_exists", "user", user=name)
    with write(db) as tx:
        user_id = tx.insert("user", "users", {"full_name": name, "full_name_key": search_key(name),
                                              "position": role})
        now = tx.stamp.at
        tx.conn.execute("INSERT INTO accounts(name, role, user_id, disabled, created_at, "
                        "updated_at) VALUES (?, ?, ?, 0, ?, ?)", (name, role, user_id, now, now))
        tx.audit("user_add", "user", user_id, {"name": name, "role": role})
        ring.set_password(name, db.key, password)
        try:
            ring.save(db_path)
        except BaseException:
            ring.remove_user(name)
            raise
    return Login(name, role, user_id)


def change_password(db, ring: KeyRing, db_path, name: str, password: str) -> None:
    """Give `name` a new password: only its wrapped key changes, never the database."""
    login = login_of(db.conn, name)
    check_password(password)
    with write(db) as tx:
        tx.conn.execute("UPDATE accounts SET updated_at = ? WHERE name = ?", (tx.stamp.at, name))
        tx.audit("user_password", "user", login.user_id, {"name": name})
        ring.set_password(name, db.key, password)
        ring.save(db_path)


def disable_account(db, ring: KeyRing, db_path, name: str) -> None:
    """Disable `name`: refused at login from now on, and its wrapped key removed.

    The last enabled admin cannot be disabled (nobody could manage users after).
    """
    login = login_of(db.conn, name)
    if login.role == "admin":
        admins = db.conn.execute("SELECT count(*) FROM accounts WHERE role = 'admin' AND "
                                 "disabled = 0").fetchone()[0]
        if admins <= 1:
            raise InputRefused.of("user_last_admin", "user", user=name)
    with write(db) as tx:
        tx.conn.execute("UPDATE accounts SET disabled = 1, updated_at = ? WHERE name = ?",
                        (tx.stamp.at, name))
        tx.audit("user_disable", "user", login.user_id, {"name": name})
        ring.disable(name)
        ring.save(db_path)
