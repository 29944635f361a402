"""Schema migrations. Each step lives in its own module and is never edited once
released; a new change to the schema is a new step appended to STEPS.
"""

from desktop.db.migrations import (m001_initial, m002_sync, m003_live, m004_sync_trust,
                                   m005_reports, m006_accounts, m007_scale,
                                   m008_team_work, m009_audit_moments, m010_member_visits,
                                   m011_member_helped, m012_follow_up_reads,
                                   m013_no_latest_visit, m014_follow_ups_of_live_households,
                                   m015_present_attendance, m016_birth_years_together)

# (version, function(conn)) in order. PRAGMA user_version holds the last applied.
STEPS = [
    (1, m001_initial.apply),
    (2, m002_sync.apply),
    (3, m003_live.apply),
    (4, m004_sync_trust.apply),
    (5, m005_reports.apply),
    (6, m006_accounts.apply),
    (7, m007_scale.apply),
    (8, m008_team_work.apply),
    (9, m009_audit_moments.apply),
    (10, m010_member_visits.apply),
    (11, m011_member_helped.apply),
    (12, m012_follow_up_reads.apply),
    (13, m013_no_latest_visit.apply),
    (14, m014_follow_ups_of_live_households.apply),
    (15, m015_present_attendance.apply),
    (16, m016_birth_years_together.apply),
]
LATEST = STEPS[-1][0]
