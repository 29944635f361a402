"""Opening a database as a user, and making encrypted databases: a new one at set-up
(`xaso init`, the first-run wizard) and an older release's plain one (`xaso encrypt`,
the prompt at start in the app).
"""

import os
from pathlib import Path

from desktop.db.connection import (APP_ID, DatabaseError, connect, is_encrypted,
                                   open_database, private_file)
from desktop.db.migrations import LATEST
from desktop.domain.clock import SYSTEM, Clock
from desktop.domain.errors import DatabaseRefused, InputRefused
from desktop.security import accounts
from desktop.security.backupfile import write_backup
from desktop.security.files import remove_quietly, shred, sqlite_companions
from desktop.security.keyring import (KeyRing, key_file, new_database_key, new_recovery_key,
                                      parse_recovery_key)


def attach(db, login: accounts.Login) -> None:
    """Make `login` the user of `db`: their id goes on every write made through it."""
    db.login = login
    db.actor_id = login.user_id


def exists(db_path) -> bool:
    """True if there is a database (or its key file) at `db_path`."""
    db_path = Path(db_path)
    return (db_path.exists() and db_path.stat().st_size > 0) or key_file(db_path).exists()


def check_openable(db_path) -> None:
    """Refuse, in plain words, a database that cannot be opened with a password:
    missing, an older release's plain file (`xaso encrypt`), or without its key file."""
    db_path = Path(db_path)
    if not (db_path.exists() and db_path.stat().st_size > 0):
        if key_file(db_path).exists():
            raise DatabaseRefused("db_missing", path=str(db_path))
        raise InputRefused.of("no_commune")
    if key_file(db_path).exists():
        return
    if is_encrypted(db_path):
        raise InputRefused.of("keys_missing", path=str(key_file(db_path)))
    if not is_plain_xaso(db_path):
        raise DatabaseRefused("db_not_xaso", path=str(db_path))
    raise InputRefused.of("db_not_encrypted", path=str(db_path))


def is_plain_xaso(db_path) -> bool:
    """True if `db_path` is a plain (unencrypted) Xã Số database: an older release's."""
    try:
        conn = connect(db_path, readonly=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            conn.close()
    except DatabaseError:
        return False
    return app_id == APP_ID or tables == 0


def unlock(db_path, user: str, password: str) -> bytes:
    """The database key of `db_path`, unwrapped with `user`'s password: the slow part
    of a login (the key-derivation function), safe to run off the UI thread.
    InputRefused as `open_as` says."""
    check_openable(db_path)
    if not password:
        raise InputRefused.of("password_missing")
    return KeyRing.load(db_path).unlock(user, password)


def unlock_and_upgrade(db_path, user: str, password: str, clock: Clock | None = None) -> bytes:
    """`unlock`, and for a file of an older schema also `open_as` once: its migration
    copies the file and rebuilds indexes, minutes for a large commune, so the login
    dialog has it done here, in its background thread, beside the key derivation; the
    `open_as` that follows on the UI thread then finds the file up to date."""
    key = unlock(db_path, user, password)
    if schema_of(db_path, key) < LATEST:
        open_as(db_path, user, password, clock, key=key).conn.close()
    return key


def schema_of(db_path, key: bytes) -> int:
    """The schema version of the database at `db_path` (0 if it cannot be read: then
    `open_as` says why)."""
    try:
        conn = connect(db_path, key, readonly=True)
    except DatabaseError:
        return 0
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    except DatabaseError:
        return 0
    finally:
        conn.close()


def open_as(db_path, user: str, password: str, clock: Clock | None = None,
            key: bytes | None = None):
    """Open the database at `db_path` as `user`: unwrap the key with the password
    (or take the `key` that `unlock` gave), open (and migrate) the file, check the
    user is known and enabled inside it.

    InputRefused for a missing password, an unknown or disabled user, a wrong
    password; nothing is written before all of these pass.
    """
    if key is None:
        key = unlock(db_path, user, password)
    db = open_database(db_path, clock=clock, key=key)
    try:
        attach(db, accounts.login_of(db.conn, user))
    except BaseException:
        db.conn.close()
        raise
    return db


def open_with_recovery(db_path, recovery_text: str, clock: Clock | None = None):
    """Open the database with its recovery key (no user logged in): to reset a
    forgotten password."""
    check_openable(db_path)
    key = KeyRing.load(db_path).unlock_recovery(parse_recovery_key(recovery_text))
    return open_database(db_path, clock=clock, key=key)


def create_database(db_path, clock: Clock | None = None):
    """A new, empty, encrypted database at `db_path`: (db, key ring, recovery key).

    The key file is written when the first user is added (accounts.add_account);
    `discard` removes everything if the set-up then fails.
    """
    db_path = Path(db_path)
    if exists(db_path):
        raise InputRefused.of("db_exists", path=str(db_path))
    key = new_database_key()
    recovery = new_recovery_key()
    db = open_database(db_path, clock=clock, key=key)
    return db, KeyRing.create(key, recovery), recovery


def discard(db, db_path) -> None:
    """Close and delete a database whose set-up failed, with its key file."""
    if db is not None:
        db.conn.close()
    db_path = Path(db_path)
    remove_quietly(db_path, *sqlite_companions(db_path), key_file(db_path))


def _counts(conn) -> dict[str, int]:
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                        "AND name NOT LIKE 'sqlite_%'")]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def _export_encrypted(plain, target: Path, key: bytes) -> None:
    """Copy the plain database open on `plain` into a new encrypted file `target`."""
    version = plain.execute("PRAGMA user_version").fetchone()[0]
    private_file(target)
    quoted = str(target).replace("'", "''")
    plain.execute(f"ATTACH DATABASE '{quoted}' AS enc KEY \"x'{key.hex()}'\"")
    try:
        plain.execute("SELECT sqlcipher_export('enc')")
        plain.execute(f"PRAGMA enc.user_version = {int(version)}")
        plain.execute(f"PRAGMA enc.application_id = {APP_ID}")
    finally:
        plain.execute("DETACH DATABASE enc")


def encrypt_database(db_path, user: str, password: str, clock: Clock | None = None) -> dict:
    """Convert an older release's plain database into an encrypted one, in place.

    The plain file is copied into an encrypted one beside it (SQLCipher's
    `sqlcipher_export`), which is migrated, given its first admin `user`, and
    checked to hold every row the plain one held, table by table. Only then does it
    take the plain file's name; the plain bytes are overwritten with zeros, and the
    plain copies an older release left beside it (pre-migration, pre-restore,
    partial backups) are encrypted the same way or removed. Returns a summary with
    the recovery key; on any failure the plain database is left as it was.
    """
    db_path = Path(db_path)
    if exists(db_path) and (key_file(db_path).exists() or is_encrypted(db_path)):
        raise InputRefused.of("db_already_encrypted", path=str(db_path))
    if not (db_path.exists() and db_path.stat().st_size > 0):
        raise InputRefused.of("file_missing", "file", path=str(db_path))
    if not is_plain_xaso(db_path):
        raise DatabaseRefused("db_not_xaso", path=str(db_path))
    user = accounts.check_name(user)
    accounts.check_password(password)
    plain = connect(db_path)
    try:
        version = plain.execute("PRAGMA user_version").fetchone()[0]
        if version > LATEST:
            raise DatabaseRefused("db_newer", path=str(db_path), found=version, supported=LATEST)
        if plain.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise DatabaseRefused("db_corrupt", path=str(db_path), detail="integrity_check")
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        before = _counts(plain)
    except BaseException:
        plain.close()
        raise
    key = new_database_key()
    recovery = new_recovery_key()
    tmp = db_path.with_name(f".{db_path.name}.encrypting")
    leftovers = [tmp, *sqlite_companions(tmp), key_file(tmp)]
    remove_quietly(*leftovers)
    try:
        try:
            _export_encrypted(plain, tmp, key)
        finally:
            plain.close()
        db = open_database(tmp, clock=clock, key=key, keep_copy=False)
        try:
            after = _counts(db.conn)
            lost = {t: (n, after.get(t)) for t, n in before.items() if after.get(t) != n}
            if lost:
                raise DatabaseRefused("db_corrupt", path=str(db_path), detail=f"rows {lost}")
            ring = KeyRing.create(key, recovery)
            login = accounts.add_account(db, ring, tmp, user, "admin", password)
            db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            db.conn.close()
        _swap(tmp, db_path)
    except BaseException:
        remove_quietly(*leftovers)
        raise
    copies = encrypt_old_copies(db_path, key, ring.document(), clock)
    return {"db": str(db_path), "user": login.name, "role": login.role, "rows": before,
            "recovery_key": recovery, "copies": copies}


def _zero(f) -> None:
    size = os.fstat(f.fileno()).st_size
    f.seek(0)
    zero = b"\0" * 65536
    while size > 0:
        n = min(size, len(zero))
        f.write(zero[:n])
        size -= n
    f.flush()
    os.fsync(f.fileno())


def _replace_plain(new: Path, plain: Path, target: Path) -> None:
    """Rename `new` to `target`, then overwrite the plain file's bytes through a
    handle opened before (the rename may have taken its name) and remove it."""
    with open(plain, "r+b") as old:
        os.replace(new, target)
        _zero(old)
    if target != plain:
        remove_quietly(plain)
    for companion in sqlite_companions(plain):
        shred(companion)


def _swap(encrypted: Path, db_path: Path) -> None:
    """Put the encrypted file and its key file in the plain one's place."""
    os.replace(key_file(encrypted), key_file(db_path))
    _replace_plain(encrypted, db_path, db_path)


def old_copies(db_path: Path) -> list[Path]:
    """Copies an older release kept beside the database: before a migration, before
    a restore, and partial backups."""
    stem, name = db_path.stem, db_path.name
    found = [*db_path.parent.glob(f"{stem}.schema*-*.bak"),
             *db_path.parent.glob(f"{stem}.before-restore-*.db"),
             *db_path.parent.glob(f"{name}.partial")]
    return sorted(p for p in found if p.is_file())


def encrypt_old_copies(db_path: Path, key: bytes, keys: dict, clock: Clock | None) -> list[dict]:
    """Encrypt each plain copy beside the database into a backup file (same key, so
    the same passwords restore it) and overwrite the plain one; a partial backup is
    overwritten and removed."""
    done = []
    for copy in old_copies(db_path):
        if is_encrypted(copy):
            continue
        if copy.suffix == ".partial" or not is_plain_xaso(copy):
            shred(copy)
            done.append({"file": str(copy), "removed": True})
            continue
        target = copy.with_suffix(".bak")
        tmp = copy.with_name(f".{copy.name}.encrypting")
        made = copy.with_name(f".{copy.name}.backup")
        try:
            plain = connect(copy)
            try:
                _export_encrypted(plain, tmp, key)
            finally:
                plain.close()
            enc = connect(tmp, key)
            try:
                write_backup(enc, key, keys, made, clock or SYSTEM)
            finally:
                enc.close()
            _replace_plain(made, copy, target)
            done.append({"file": str(target), "encrypted": True})
        finally:
            remove_quietly(tmp, *sqlite_companions(tmp), made)
    return done
