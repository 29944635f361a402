"""Encrypted databases for tests that also run the command line or the app on them."""

from desktop.security import accounts, login

PASSWORD = "mật khẩu thử"  # $XASO_PASSWORD in every test (tests/conftest.py)


def set_up(path, init, clock=None, user: str = "admin"):
    """A new encrypted database at `path`, set up by `init(db)`, whose admin `user`
    logs in with PASSWORD (as `xaso init` makes it); returned open, logged in."""
    db, ring, _recovery = login.create_database(path, clock)
    init(db)
    admin = accounts.add_account(db, ring, path, user, "admin", PASSWORD)
    login.attach(db, admin)
    return db


def add_user(db, path, name: str, role: str, password: str = PASSWORD):
    """Another user of the database at `path` (open as `db`)."""
    from desktop.security.keyring import KeyRing

    return accounts.add_account(db, KeyRing.load(path), path, name, role, password)


def reopen(path, clock=None):
    """The database at `path` opened as the admin, as the command line opens it."""
    return login.open_as(path, "admin", PASSWORD, clock)


def copy_database(source, dest, clock=None):
    """A copy of the (closed) database at `source` with its key file, opened as the admin."""
    import shutil

    from desktop.security.login import key_file

    shutil.copy(source, dest)
    shutil.copy(key_file(source), key_file(dest))
    return reopen(dest, clock)
