"""Schema 7: what a million visits and a province hub need.

- the per-period aggregates the reports read, with the triggers that keep them up
  to date (desktop/db/aggregates);
- trigram full-text indexes for search by name, CCCD and phone
  (desktop/db/search_index.py);
- indexes for the first page of the longest lists in their default order, the
  latest visit of a household, and a team member's visits and residents helped.

Filling the aggregates and indexes reads every record once: about a minute for a
million visits on an old laptop, once.
"""

from desktop.db import aggregates, search_index

INDEXES = (
    # the resident and household lists open sorted by name, live records first page
    "CREATE INDEX idx_residents_list ON residents(full_name_key, id) WHERE deleted = 0",
    "CREATE INDEX idx_households_list ON households(head_name_key, id) WHERE deleted = 0",
    # a household's live visits by date: its latest visit (follow-ups due), whether it
    # was visited in a period; replaces (household_id, date, deleted, outcome)
    "CREATE INDEX idx_visits_household_latest ON visits(household_id, date, created_hlc, id, "
    "outcome, follow_up_date, commune_code) WHERE deleted = 0",
    "DROP INDEX IF EXISTS idx_visits_household_id_date_deleted_outcome",
    # the visits by commune and period, with what the aggregates count of them, read
    # from the index alone when the aggregates are rebuilt; replaces the same without
    # `dossiers`
    "CREATE INDEX idx_visits_period ON visits(commune_code, date, hamlet_id, deleted, outcome, "
    "household_id, svc_public_service, dossiers)",
    "DROP INDEX IF EXISTS "
    "idx_visits_commune_code_date_hamlet_id_deleted_outcome_household_id_svc_public_service",
    # a visit's team read from the index alone (the report's work per team member)
    "CREATE INDEX idx_visit_members_team ON visit_members(visit_id, member_id, deleted)",
    "DROP INDEX IF EXISTS idx_visit_members_visit_id",
    # the live onboarding steps of a commune by date, with all the report reads of
    # them (the aggregates, when rebuilt a month at a time; the residents a team
    # member helped); replaces (commune, track, date, ...) of schema 5
    "CREATE INDEX idx_stage_changes_period ON stage_changes(commune_code, date, track, "
    "hamlet_id, from_stage, to_stage, resident_id, visit_id) WHERE deleted = 0",
    "DROP INDEX IF EXISTS idx_stage_changes_live",
)


def apply(conn) -> None:
    """Create schema 7 and fill what it derives from the records."""
    for sql in INDEXES:
        conn.execute(sql)
    aggregates.create(conn)
    search_index.create(conn)
