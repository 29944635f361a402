"""Schema 2: sync. Trust list, imported bundles, merge history, duplicates queue.

`duplicates` is a synced record table (common columns, so a resolution travels in
bundles like any other change). The other tables are local bookkeeping of this
database and never leave it.
"""

from desktop.db.migrations.m001_initial import COMMON


def apply(conn) -> None:
    """Create schema 2."""
    # Known devices and hubs, like SSH known_hosts: the first bundle of a device
    # fixes its keys; a later bundle signed by another key is refused.
    conn.execute("""CREATE TABLE sync_trust (
        device_id TEXT PRIMARY KEY,
        role TEXT NOT NULL,              -- 'device' (a commune laptop) or 'hub'
        commune_code TEXT,
        device_name TEXT,
        sign_public TEXT NOT NULL,       -- hex Ed25519 verify key
        box_public TEXT NOT NULL,        -- hex X25519 public key
        fingerprint TEXT NOT NULL,
        first_seen_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'trusted',  -- 'trusted' or 'revoked'
        revoked_at TEXT)""")
    conn.execute("CREATE INDEX idx_sync_trust_commune ON sync_trust(commune_code, status)")
    # Every bundle merged here, by its id: the same bundle (or a renamed copy) twice
    # is "already imported".
    conn.execute("""CREATE TABLE sync_bundles (
        bundle_id TEXT PRIMARY KEY,
        device_id TEXT NOT NULL,
        commune_code TEXT,
        stream TEXT NOT NULL,
        seq INTEGER NOT NULL,
        full INTEGER NOT NULL,
        since_rev INTEGER NOT NULL,
        upto_rev INTEGER NOT NULL,
        manifest_sha256 TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        hlc TEXT,
        summary TEXT)""")
    conn.execute("CREATE INDEX idx_sync_bundles_stream ON sync_bundles(device_id, stream, seq)")
    # Values that lost a field-level last-writer-wins merge, for people to review.
    conn.execute("""CREATE TABLE sync_conflicts (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        bundle_id TEXT,
        table_name TEXT NOT NULL,
        record_id TEXT NOT NULL,
        field TEXT NOT NULL,
        kept_value TEXT,
        kept_hlc TEXT NOT NULL,
        lost_value TEXT,
        lost_hlc TEXT NOT NULL,
        lost_device TEXT)""")
    conn.execute("CREATE INDEX idx_sync_conflicts_record ON sync_conflicts(table_name, record_id)")
    conn.execute(f"""CREATE TABLE duplicates ({COMMON},
        table_name TEXT NOT NULL,
        record_a TEXT NOT NULL,
        record_b TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'open',  -- 'open', 'same' or 'different'
        kept_id TEXT,
        note TEXT)""")
    conn.execute("CREATE INDEX idx_duplicates_rev ON duplicates(rev)")
    conn.execute("CREATE INDEX idx_duplicates_status ON duplicates(status)")
