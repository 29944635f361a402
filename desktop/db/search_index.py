"""Full-text indexes (SQLite FTS5, trigram tokenizer) over the search keys, kept in
step with every write by triggers.

Search ignores diacritics: each name has a diacritic-free key (`full_name_key`,
`head_name_key`, desktop/domain/text.search_key), and a search is `key LIKE '%text%'`.
Without an index that reads every key: a quarter of a second over 200,000
residents. A trigram index answers the same LIKE from the index (any pattern with
three characters or more), and also finds CCCD and phone digits.

The indexes are "external content" tables: they hold only the index, and read the
values from the record table by rowid. Triggers add a row's keys when it is
inserted and remove the old ones when it changes or goes; with FTS5's secure-delete
option the old entries are removed from the index itself, not only masked, so an
erased person's name (desktop/services/privacy.py sets the key to '') leaves no
trigram of it behind. Records are never removed from their table (a delete is a
tombstone), so rowids stay as they were; bulk work pauses the triggers
(aggregates.paused) and rebuilds the index at the end.
"""

from desktop.db.aggregates import NOT_PAUSED

# record table -> the columns its search reads
INDEXED = {
    "residents": ("full_name_key", "cccd", "phone"),
    "households": ("head_name_key", "phone"),
}


def index_name(table: str) -> str:
    """The FTS table of a record table ("residents" -> "residents_fts")."""
    return f"{table}_fts"


def _changed(columns) -> str:
    return " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columns)


def _triggers(table: str, columns: tuple[str, ...]) -> list[str]:
    fts = index_name(table)
    cols = ", ".join(columns)
    new = ", ".join(f"NEW.{c}" for c in columns)
    old = ", ".join(f"OLD.{c}" for c in columns)
    add = f"INSERT INTO {fts} (rowid, {cols}) VALUES (NEW.rowid, {new})"
    drop = f"INSERT INTO {fts} ({fts}, rowid, {cols}) VALUES ('delete', OLD.rowid, {old})"
    return [
        f"CREATE TRIGGER {fts}_ins AFTER INSERT ON {table} WHEN {NOT_PAUSED} BEGIN {add}; END",
        f"CREATE TRIGGER {fts}_del AFTER DELETE ON {table} WHEN {NOT_PAUSED} BEGIN {drop}; END",
        f"CREATE TRIGGER {fts}_upd AFTER UPDATE OF {cols} ON {table} "
        f"WHEN {NOT_PAUSED} AND ({_changed(columns)}) BEGIN {drop}; {add}; END",
    ]


def create(conn) -> None:
    """Create the indexes and their triggers, and fill them (schema 7)."""
    for table, columns in INDEXED.items():
        fts = index_name(table)
        conn.execute(f"CREATE VIRTUAL TABLE {fts} USING fts5({', '.join(columns)}, "
                     f"content='{table}', content_rowid='rowid', tokenize='trigram', "
                     f"detail='none')")
        conn.execute(f"INSERT INTO {fts} ({fts}, rank) VALUES ('secure-delete', 1)")
        for sql in _triggers(table, columns):
            conn.execute(sql)
    rebuild(conn)


def rebuild(conn) -> None:
    """Index every row again from the record tables (after bulk work, in the caller's
    transaction)."""
    for table in INDEXED:
        fts = index_name(table)
        conn.execute(f"INSERT INTO {fts} ({fts}) VALUES ('rebuild')")


def add_commune(conn, commune: str) -> None:
    """Index the rows of one commune, none of which is indexed yet (a hub's first
    bundle from that commune, merged with the triggers paused)."""
    for table, columns in INDEXED.items():
        cols = ", ".join(columns)
        conn.execute(f"INSERT INTO {index_name(table)} (rowid, {cols}) SELECT rowid, {cols} "
                     f"FROM {table} WHERE commune_code = ?", (commune,))


def check(conn) -> list[str]:
    """The tables whose index disagrees with their rows (FTS5 integrity-check)."""
    bad = []
    for table in INDEXED:
        fts = index_name(table)
        try:
            conn.execute(f"INSERT INTO {fts} ({fts}, rank) VALUES ('integrity-check', 1)")
        except Exception:  # noqa: BLE001 - sqlite3 or sqlcipher3's error: the index is off
            bad.append(table)
    return bad


def matching(table: str, column: str) -> str:
    """SQL selecting the rowids of `table` whose `column` is LIKE the parameter `?`
    (three characters or more between wildcards use the index)."""
    return f"SELECT rowid FROM {index_name(table)} WHERE {column} LIKE ?"
