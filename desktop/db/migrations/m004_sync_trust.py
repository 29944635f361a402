"""Schema 4: enrollment, revocation by key, and an import history that keeps what
was turned away.

All local bookkeeping: none of these tables travels in a bundle.
"""


def apply(conn) -> None:
    """Create schema 4."""
    # How a device came to be trusted (an enrollment token, or a person's approval),
    # and devices waiting for a decision (status 'pending') or refused ('denied').
    conn.execute("ALTER TABLE sync_trust ADD COLUMN enrolled_by TEXT")
    conn.execute("ALTER TABLE sync_trust ADD COLUMN enrolled_at TEXT")
    # Keys that never sign again, whatever device id they come with: revoked, denied,
    # or replaced by `xaso keys rotate` (reason 'rotated').
    conn.execute("""CREATE TABLE sync_revoked_keys (
        sign_public TEXT NOT NULL,
        box_public TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        device_id TEXT,
        reason TEXT NOT NULL,            -- 'revoked', 'denied' or 'rotated'
        at TEXT NOT NULL,
        PRIMARY KEY (sign_public, box_public))""")
    conn.execute("CREATE INDEX idx_sync_revoked_box ON sync_revoked_keys(box_public)")
    # Enrollment tokens this hub signed into hub key files (`hub-key export --commune`);
    # a token is withdrawn when a device it enrolled is revoked.
    conn.execute("""CREATE TABLE sync_tokens (
        token_id TEXT PRIMARY KEY,
        commune_code TEXT NOT NULL,
        issued_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'active',   -- 'active' or 'withdrawn'
        withdrawn_at TEXT)""")
    # Bundles refused or held, with their reason; a held bundle keeps its (encrypted)
    # bytes until a person approves or denies its device.
    conn.execute("""CREATE TABLE sync_inbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        file TEXT,
        bundle_id TEXT,
        device_id TEXT,
        commune_code TEXT,
        fingerprint TEXT,
        bundle_seq INTEGER,
        status TEXT NOT NULL,            -- 'refused', 'held', 'released' or 'denied'
        reason TEXT NOT NULL,
        detail TEXT,
        data BLOB)""")
    conn.execute("CREATE INDEX idx_sync_inbox_device ON sync_inbox(device_id, status)")
    conn.execute("CREATE INDEX idx_sync_inbox_bundle ON sync_inbox(bundle_id)")
