"""Schema 1: commune records, audit log and metadata."""

# Columns every synced record carries: identity, provenance, clocks, tombstone.
COMMON = """
    id TEXT PRIMARY KEY,
    commune_code TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    device_id TEXT NOT NULL,
    actor_id TEXT,
    created_hlc TEXT NOT NULL,
    hlc TEXT NOT NULL,
    field_hlc TEXT,
    rev INTEGER NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
"""

TABLES = {
    "hamlets": "name TEXT NOT NULL, name_key TEXT NOT NULL, kind TEXT, notes TEXT",
    "users": "full_name TEXT NOT NULL, full_name_key TEXT NOT NULL, position TEXT",
    "members": """full_name TEXT NOT NULL, full_name_key TEXT NOT NULL, role TEXT,
        hamlet_id TEXT, phone TEXT, active INTEGER NOT NULL DEFAULT 1""",
    "households": """hamlet_id TEXT NOT NULL, head_name TEXT NOT NULL,
        head_name_key TEXT NOT NULL, address TEXT, phone TEXT,
        members_count INTEGER, has_smartphone INTEGER NOT NULL DEFAULT 0,
        sells_online INTEGER NOT NULL DEFAULT 0, notes TEXT""",
    "residents": """household_id TEXT NOT NULL, hamlet_id TEXT NOT NULL,
        full_name TEXT NOT NULL, full_name_key TEXT NOT NULL,
        birth_year INTEGER, birth_date TEXT, gender TEXT, cccd TEXT, phone TEXT,
        has_smartphone INTEGER NOT NULL DEFAULT 0,
        has_payment_account INTEGER NOT NULL DEFAULT 0,
        eid_stage TEXT NOT NULL DEFAULT 'not_started', eid_date TEXT,
        health_stage TEXT NOT NULL DEFAULT 'not_started', health_date TEXT""",
    "visits": """date TEXT NOT NULL, hamlet_id TEXT NOT NULL, household_id TEXT NOT NULL,
        outcome TEXT NOT NULL, follow_up_date TEXT, notes TEXT,
        svc_vneid_install INTEGER NOT NULL DEFAULT 0,
        svc_eid_level2 INTEGER NOT NULL DEFAULT 0,
        svc_health_book INTEGER NOT NULL DEFAULT 0,
        svc_public_service INTEGER NOT NULL DEFAULT 0,
        svc_payment INTEGER NOT NULL DEFAULT 0,
        svc_ecommerce INTEGER NOT NULL DEFAULT 0,
        svc_online_safety INTEGER NOT NULL DEFAULT 0,
        svc_other INTEGER NOT NULL DEFAULT 0""",
    "visit_members": "visit_id TEXT NOT NULL, member_id TEXT NOT NULL",
    "stage_changes": """resident_id TEXT NOT NULL, hamlet_id TEXT, track TEXT NOT NULL,
        from_stage TEXT, to_stage TEXT NOT NULL, date TEXT NOT NULL,
        helper_id TEXT, visit_id TEXT, event_id TEXT,
        correction INTEGER NOT NULL DEFAULT 0, note TEXT""",
    "trainings": """title TEXT NOT NULL, title_key TEXT NOT NULL, topics TEXT,
        starts_at TEXT NOT NULL, ends_at TEXT, organiser TEXT, trainers TEXT,
        mode TEXT, venue TEXT""",
    "bridge_points": """training_id TEXT NOT NULL, name TEXT NOT NULL,
        name_key TEXT NOT NULL, location TEXT""",
    "attendance": """training_id TEXT NOT NULL, bridge_point_id TEXT,
        full_name TEXT NOT NULL, full_name_key TEXT NOT NULL, unit TEXT,
        position TEXT, commune TEXT, phone TEXT, status TEXT NOT NULL DEFAULT 'present'""",
    "events": """date TEXT NOT NULL, place TEXT NOT NULL, title TEXT, partners TEXT,
        people_served INTEGER NOT NULL DEFAULT 0, services TEXT, notes TEXT""",
    "targets": """year INTEGER NOT NULL, indicator TEXT NOT NULL, hamlet_id TEXT,
        value REAL NOT NULL""",
}

# Each index serves a query the app runs: lists by hamlet and date, search by name
# key, CCCD and phone, monthly aggregation, incremental export by revision.
INDEXES = [
    "hamlets(commune_code, name_key)",
    "members(commune_code, hamlet_id)",
    "households(commune_code, hamlet_id, head_name_key)",
    "households(commune_code, head_name_key)",
    "households(phone)",
    "residents(household_id)",
    "residents(commune_code, hamlet_id)",
    "residents(commune_code, full_name_key)",
    "residents(cccd)",
    "residents(phone)",
    # covering the monthly report's aggregations, so they never touch the table
    "visits(commune_code, date, hamlet_id, deleted, outcome, household_id, svc_public_service)",
    "visits(hamlet_id, date)",
    "visits(date)",  # the all-months visit list, newest first
    "visits(household_id, date, deleted, outcome)",
    "visits(follow_up_date)",
    "visit_members(visit_id)",
    "visit_members(member_id)",
    "stage_changes(resident_id)",
    "stage_changes(commune_code, track, date)",
    "stage_changes(visit_id)",
    "trainings(commune_code, starts_at)",
    "bridge_points(training_id)",
    "attendance(training_id, bridge_point_id)",
    "events(commune_code, date)",
    "targets(commune_code, year, indicator)",
]


def apply(conn) -> None:
    """Create schema 1."""
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    conn.execute("""CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL, hlc TEXT, device_id TEXT, actor_id TEXT,
        action TEXT NOT NULL, kind TEXT, record_id TEXT, changes TEXT)""")
    conn.execute("CREATE INDEX idx_audit_record ON audit_log(kind, record_id)")
    for table, columns in TABLES.items():
        conn.execute(f"CREATE TABLE {table} ({COMMON}, {columns})")
        conn.execute(f"CREATE INDEX idx_{table}_rev ON {table}(rev)")
    for spec in INDEXES:
        table, cols = spec.split("(", 1)
        name = "idx_" + table + "_" + "_".join(c.strip() for c in cols.rstrip(")").split(","))
        conn.execute(f"CREATE INDEX {name} ON {spec}")
