"""Schema 5: what the province asks that the records lacked, and the report's settings.

New fields (all optional, so every older record stays valid):
- households.has_fibre: the household has fibre broadband (Decision 411/QĐ-TTg);
- residents.has_digital_signature: a personal digital signature (Decision 411/QĐ-TTg);
- residents.digital_skills_date, digital_skills_via: when and how (on the VNeID
  platform, or in a class) the resident completed the basic digital skills course of
  "Bình dân học vụ số" (Plan 01-KH/BCĐTW);
- trainings.literacy_class: the session is a "Bình dân học vụ số" class;
- visits.dossiers: online public-service dossiers submitted during the visit.

`settings` holds the report's settings (signer, symbol, recipients, thresholds...)
and `report_notes` the officer's own sections, per reporting month. Both belong to
this database and never travel in bundles.
"""

from desktop.db.live import create_views

COLUMNS = (
    ("households", "has_fibre INTEGER NOT NULL DEFAULT 0"),
    ("residents", "has_digital_signature INTEGER NOT NULL DEFAULT 0"),
    ("residents", "digital_skills_date TEXT"),
    ("residents", "digital_skills_via TEXT"),
    ("trainings", "literacy_class INTEGER NOT NULL DEFAULT 0"),
    ("visits", "dossiers INTEGER"),
)


def apply(conn) -> None:
    """Add the new fields, the settings and the officer's notes."""
    for table, column in COLUMNS:
        conn.execute(f"ALTER TABLE {table} ADD COLUMN {column}")
    conn.execute("""CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL)""")
    conn.execute("""CREATE TABLE report_notes (
        month TEXT NOT NULL,             -- the reporting period, "YYYY-MM"
        section TEXT NOT NULL,           -- problems, tasks or proposals
        body TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (month, section))""")
    # the views select *: made again so they show the new columns on every SQLite
    create_views(conn)
    # What the indicators read most, each read from an index alone (no lookup per row;
    # `deleted` is in them so SQLite sees they cover the live views): visits that
    # helped with online public services; the live onboarding history by commune,
    # track and date (it replaces the (commune, track, date) index of schema 1, which
    # only the old report read); a resident's age by id; the residents' recorded
    # states by hamlet. Over a million visits the report's reads went from about 13 s
    # to under 3 s one after another (half that on two cores), for some 5 % more file.
    conn.execute("CREATE INDEX idx_visits_public_service ON visits(commune_code, date, "
                 "hamlet_id, dossiers, svc_public_service, deleted) "
                 "WHERE svc_public_service = 1 AND deleted = 0")
    conn.execute("DROP INDEX IF EXISTS idx_stage_changes_commune_code_track_date")
    conn.execute("CREATE INDEX idx_stage_changes_live ON stage_changes(commune_code, track, "
                 "date, hamlet_id, from_stage, to_stage, resident_id, deleted) "
                 "WHERE deleted = 0")
    conn.execute("CREATE INDEX idx_residents_age ON residents(id, birth_year, deleted) "
                 "WHERE deleted = 0")
    conn.execute("CREATE INDEX idx_residents_states ON residents(commune_code, hamlet_id, "
                 "birth_year, has_smartphone, has_payment_account, has_digital_signature, "
                 "digital_skills_date, digital_skills_via, deleted) WHERE deleted = 0")
