"""Schema 15: the training indicators count the present attendance from an index alone.

"Training participants" and "learners present at digital literacy classes" count the
attendance rows marked present of a period's live trainings. Each row was looked up
in the table by way of its training's index entry: on a province hub, 47,000 random
row reads for a roll-up, 0.28 s warm and about half a second from a cold disk. A
partial index of the present, live rows by training answers both alone (0.04 s
warm). Building it reads the attendance once (0.2 s on that hub); its statistics
are gathered here so the first `PRAGMA optimize` need not (as m008).
"""

STATEMENTS = (
    "CREATE INDEX idx_attendance_present ON attendance(training_id) "
    "WHERE deleted = 0 AND status = 'present'",
    "ANALYZE idx_attendance_present",
)


def apply(conn) -> None:
    """Create schema 15."""
    for sql in STATEMENTS:
        conn.execute(sql)
