"""Helpers for sync tests: real databases on disk, set up like `xaso init` does."""

import hashlib
from pathlib import Path

from desktop.db.writer import write
from desktop.domain.clock import FrozenClock
from desktop.domain.text import search_key
from desktop.services.setup import init_commune, init_hub
from desktop.sync.changes import SYNC_TABLES
from desktop.sync.trust import export_hub_key, import_hub_key
from tests.logins import set_up
from tests.moment import NOW

COMMUNE_A = "30985"  # Xã An Biên, An Giang
COMMUNE_B = "30589"  # Xã An Châu, An Giang
PROVINCE = "91"


def new_commune(path: Path, code: str = COMMUNE_A, name: str = "laptop"):
    """A commune laptop's encrypted database at `path`, as `xaso init` makes it (the
    command line opens it too), with a frozen clock of its own (`db.clock`)."""
    return set_up(path, lambda db: init_commune(db, code, name), FrozenClock(NOW))


def new_hub(path: Path, name: str = "Trung tâm CĐS An Giang"):
    """A hub's encrypted database at `path`, with a frozen clock of its own (`db.clock`)."""
    return set_up(path, lambda db: init_hub(db, name, PROVINCE), FrozenClock(NOW))


def link(hub, commune_db, tmp_path: Path, enroll: bool = True) -> None:
    """Give a commune laptop the hub's key (hub-key export + import); by default the
    key file enrolls the laptop's commune (`hub-key export --commune`)."""
    code = commune_db.conn.execute("SELECT value FROM meta WHERE key = 'commune_code'"
                                   ).fetchone()[0]
    key = tmp_path / f"hub-{code}.key" if enroll else tmp_path / "hub.key"
    export_hub_key(hub, key, commune=code if enroll else None)
    import_hub_key(commune_db, key)


def device_id(db) -> str:
    """The device id of a database."""
    return db.conn.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()[0]


def add_hamlet(db, name: str) -> str:
    """A hamlet record, written through the single write path."""
    with write(db) as tx:
        return tx.insert("hamlet", "hamlets", {"name": name, "name_key": search_key(name),
                                               "kind": "thon"})


def add_resident(db, name: str, cccd: str | None = None, hamlet: str | None = None) -> str:
    """A household and a resident in it; returns the resident id."""
    hamlet = hamlet or add_hamlet(db, "Thôn 1")
    with write(db) as tx:
        hh = tx.insert("household", "households", {"hamlet_id": hamlet, "head_name": name,
                                                   "head_name_key": search_key(name)})
        return tx.insert("resident", "residents", {
            "household_id": hh, "hamlet_id": hamlet, "full_name": name,
            "full_name_key": search_key(name), "cccd": cccd})


def edit(db, table: str, record_id: str, **changes) -> None:
    """Change fields of a record through the writer."""
    with write(db) as tx:
        tx.update(table, table, record_id, changes)


def remove(db, table: str, record_id: str) -> None:
    """Tombstone a record."""
    with write(db) as tx:
        tx.delete(table, table, record_id)


def row(db, table: str, record_id: str) -> dict | None:
    """One row as a dict."""
    cur = db.conn.execute(f"SELECT * FROM {table} WHERE id = ?", (record_id,))
    names = [d[0] for d in cur.description]
    r = cur.fetchone()
    return dict(zip(names, r)) if r else None


def content_hash(db) -> str:
    """SHA-256 over a full SQL dump: every table, meta and audit log included."""
    h = hashlib.sha256()
    conn = db.conn
    # (the planner's statistics are not content: PRAGMA optimize refreshes them when a
    # connection that wrote closes)
    for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE name NOT LIKE "
                                  "'sqlite_stat%' ORDER BY type, name"):
        h.update(repr((name, sql)).encode("utf-8"))
        if sql and sql.startswith("CREATE TABLE"):
            # (a table WITHOUT ROWID, such as the aggregates, is in its key's order)
            order = "" if "WITHOUT ROWID" in sql else " ORDER BY rowid"
            for row in conn.execute(f'SELECT * FROM "{name}"{order}'):
                h.update(repr(row).encode("utf-8"))
    return h.hexdigest()


def record_hash(db) -> str:
    """SHA-256 over every record table (synced or not): what a refusal must not change."""
    h = hashlib.sha256()
    for table in (*SYNC_TABLES, "users"):
        for r in db.conn.execute(f"SELECT * FROM {table} ORDER BY id"):
            h.update(repr(r).encode("utf-8"))
    return h.hexdigest()


def synced_content(db, commune: str | None = None, tables=SYNC_TABLES,
                   skip=("rev",)) -> dict:
    """The synced records, without local columns: what must converge."""
    out = {}
    for table in tables:
        cur = db.conn.execute(f"SELECT * FROM {table} ORDER BY id")
        names = [d[0] for d in cur.description]
        rows = []
        for r in cur.fetchall():
            d = {k: v for k, v in zip(names, r) if k not in skip}
            if commune is None or d["commune_code"] == commune:
                rows.append(d)
        out[table] = rows
    return out
