"""The backup file: one encrypted database and the wrapped keys that open it.

Backups, the copy kept before a restore and the copy kept before a migration all
use it, so each can be restored with `xaso restore` by a password of the database it
came from, or by that database's recovery key, and by nothing else.

Layout (all of it is either public or encrypted):

    b"XASO-BACKUP-1\\n"                 magic, 14 bytes
    4 bytes, big-endian                 length of the header
    header, UTF-8 JSON                  {"format", "version", "created_at", "schema",
                                         "encrypted", "db_bytes", "db_sha256",
                                         "keys": the key file's content}
    db_bytes bytes                      the SQLCipher database (a consistent copy
                                        made with SQLite's backup API, same key)

The copy is made into a 0600 partial file beside the target, checked (opens with
the key, integrity check, schema), then renamed: a failed or killed backup leaves
at most an encrypted partial file, removed on the next attempt.
"""

import hashlib
import json
import os
import struct
from pathlib import Path

from desktop.db.connection import (APP_ID, DatabaseError, connect, private_dir, private_file)
from desktop.db.migrations import LATEST
from desktop.domain.clock import SYSTEM, Clock
from desktop.domain.errors import InputRefused
from desktop.security.files import open_private, remove_quietly, sqlite_companions

MAGIC = b"XASO-BACKUP-1\n"
FORMAT = "xaso-backup"
MAX_HEADER = 1 << 20
CHUNK = 1 << 20


def partial_paths(out: Path) -> list[Path]:
    """The partial files a backup to `out` may leave if it is killed."""
    db = out.with_name(f".{out.name}.partial-db")
    return [out.with_name(f".{out.name}.partial"), db, *sqlite_companions(db)]


def write_backup(conn, key: bytes | None, keys: dict | None, out, clock: Clock = SYSTEM) -> dict:
    """Write a backup of the database open on `conn` to `out`; return a summary."""
    out = Path(out)
    private_dir(out.parent)
    partial, tmp_db, *_ = paths = partial_paths(out)
    remove_quietly(*paths)
    try:
        private_file(tmp_db)
        dest = connect(tmp_db, key)
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        schema = verify_database(tmp_db, key, out)
        digest = hashlib.sha256()
        size = 0
        with open(tmp_db, "rb") as f:
            for chunk in iter(lambda: f.read(CHUNK), b""):
                digest.update(chunk)
                size += len(chunk)
        header = json.dumps({"format": FORMAT, "version": 1, "created_at": clock.now_iso(),
                             "schema": schema, "encrypted": key is not None,
                             "db_bytes": size, "db_sha256": digest.hexdigest(),
                             "keys": keys}, ensure_ascii=False, sort_keys=True).encode("utf-8")
        with open_private(partial) as f, open(tmp_db, "rb") as src:
            f.write(MAGIC + struct.pack(">I", len(header)) + header)
            for chunk in iter(lambda: src.read(CHUNK), b""):
                f.write(chunk)
            f.flush()
            os.fsync(f.fileno())
        os.replace(partial, out)  # the finished copy appears at once, never half-written
    finally:
        remove_quietly(*paths)
    return {"file": str(out), "bytes": out.stat().st_size, "schema": schema}


def read_header(path) -> tuple[dict, int]:
    """The header of a backup file and where its database starts; InputRefused if the
    file is not a whole backup file."""
    path = Path(path)
    try:
        with open(path, "rb") as f:
            magic = f.read(len(MAGIC))
            if magic != MAGIC:
                if magic.startswith(b"SQLite format"):
                    raise InputRefused.of("backup_plain", "file", path=str(path))
                raise InputRefused.of("backup_invalid", "file", path=str(path),
                                      detail="not a Xã Số backup")
            (length,) = struct.unpack(">I", f.read(4))
            if length > MAX_HEADER:
                raise ValueError("header size")
            header = json.loads(f.read(length).decode("utf-8"))
    except FileNotFoundError:
        raise InputRefused.of("file_missing", "file", path=str(path)) from None
    except (OSError, ValueError, struct.error) as exc:
        raise InputRefused.of("backup_invalid", "file", path=str(path), detail=str(exc)) from None
    offset = len(MAGIC) + 4 + length
    if (not isinstance(header, dict) or header.get("format") != FORMAT
            or not isinstance(header.get("db_bytes"), int)
            or path.stat().st_size != offset + header["db_bytes"]):
        raise InputRefused.of("backup_invalid", "file", path=str(path), detail="truncated")
    return header, offset


def extract_database(path, header: dict, offset: int, dest: Path) -> None:
    """Copy the database out of a backup file into `dest` (0600), checking its digest."""
    digest = hashlib.sha256()
    left = header["db_bytes"]
    with open(path, "rb") as src, open_private(dest) as out:
        src.seek(offset)
        while left > 0:
            chunk = src.read(min(CHUNK, left))
            if not chunk:
                break
            digest.update(chunk)
            out.write(chunk)
            left -= len(chunk)
        out.flush()
        os.fsync(out.fileno())
    if left or digest.hexdigest() != header.get("db_sha256"):
        remove_quietly(dest)
        raise InputRefused.of("backup_invalid", "file", path=str(path), detail="checksum")


def verify_database(path: Path, key: bytes | None, shown=None) -> int:
    """Check a database file opens with `key`, is ours, is whole and not newer than
    this version; return its schema. InputRefused("backup_invalid") otherwise."""
    shown = str(shown or path)
    try:
        conn = connect(path, key, readonly=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            conn.close()
    except DatabaseError as exc:
        raise InputRefused.of("backup_invalid", "file", path=shown, detail=str(exc)) from exc
    if app_id != APP_ID:
        raise InputRefused.of("backup_invalid", "file", path=shown, detail="not Xã Số")
    if version > LATEST:
        raise InputRefused.of("backup_invalid", "file", path=shown,
                              detail=f"schema {version} > {LATEST}")
    if result != "ok":
        raise InputRefused.of("backup_invalid", "file", path=shown, detail=result)
    return version
