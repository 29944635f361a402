"""How far back undo reaches in the audit log, defined once for undo and for the
audit's minimisation (personal values stay only as long as undo can use them).

A save, a delete or an import writes all its audit entries with one clock value
(`hlc`): one group. Undo reaches the newest UNDO_STEPS groups that change records,
and never past a barrier (a merge, demo data, a restore, an erasure), after which the
older entries no longer describe the records as they are.
"""

import itertools

UNDO_STEPS = 20
UNDO_BARRIERS = ("demo", "bundle_import", "restore", "erase")
RECORD_ACTIONS = ("insert", "update", "delete")
# entries read at a time, newest first: the groups undo reaches after a day of form
# saves (a few entries each) come in one statement, where one by one each cost three
BATCH = 256


def groups(conn, device_id: str | None = None, floor: int = 0):
    """Audit groups, newest first: (hlc, first seq, set of actions); the walk stops at
    the first group that starts at or before `floor`, yielding it with None for its
    actions.

    The entries above `floor` are read a batch at a time, newest first, and each group
    that lies whole in a batch comes from it: a group's entries are contiguous in `seq`
    (one write transaction, one clock value), so a group followed by another in the
    batch is whole. The group a batch ends in may go on far below it (an import, demo
    data, or past the floor), so it is found through the index on `hlc`: a group of a
    million entries costs what one does, except its set of actions, which reads the
    whole group and is only read for a group above `floor`."""
    before = None
    while True:
        where = ["hlc IS NOT NULL"]
        params: list = []
        if device_id is not None:
            where.append("device_id = ?")
            params.append(device_id)
        if before is not None:
            where.append("seq < ?")
            params.append(before)
        newest = f"SELECT seq, hlc, action FROM audit_log WHERE {' AND '.join(where)}"
        rows = conn.execute(f"{newest} AND seq > ? ORDER BY seq DESC LIMIT {BATCH}",
                            [*params, floor]).fetchall()
        if not rows:  # the group the walk ends at, at or below the floor
            rows = conn.execute(f"{newest} ORDER BY seq DESC LIMIT 1", params).fetchall()
            if not rows:
                return
        runs = [list(run) for _, run in itertools.groupby(rows, key=lambda r: r[1])]
        for run in runs[:-1]:
            yield run[0][1], run[-1][0], {action for _, _, action in run}
        hlc = runs[-1][0][1]
        first = conn.execute("SELECT min(seq) FROM audit_log WHERE hlc = ?",
                             (hlc,)).fetchone()[0]
        if first <= floor:
            yield hlc, first, None
            return
        actions = conn.execute("SELECT group_concat(DISTINCT action) FROM audit_log "
                               "WHERE hlc = ?", (hlc,)).fetchone()[0]
        yield hlc, first, set((actions or "").split(","))
        before = first


def reach(conn, device_id: str | None = None, floor: int = 0) -> int:
    """The first audit seq undo may still read: entries before it are out of reach.

    With `floor`, a caller that only needs the answer when it lies above `floor` (the
    scrub, whose watermark it is) is spared reading older groups: the answer is then at
    most `floor` + 1. After demo data, that spares every save a read of the demo's
    million audit entries. A barrier's own entries are out of reach with it."""
    steps = 0
    first = None
    for hlc, first, actions in groups(conn, device_id, floor):
        if actions is None:
            return first + 1  # at or below the floor: what lies beyond is not needed
        if actions & set(UNDO_BARRIERS):
            # the barrier, every entry of its own group and all before: out of reach.
            # So bulk work (demo data, a merge, a restore) scrubs its own entries as it
            # commits, not the save that later pushes it past UNDO_STEPS
            return conn.execute("SELECT max(seq) FROM audit_log WHERE hlc = ?",
                                (hlc,)).fetchone()[0] + 1
        if actions & (set(RECORD_ACTIONS) | {"undo"}):
            steps += 1
            if steps > UNDO_STEPS:
                return first + 1
    return first or 1
