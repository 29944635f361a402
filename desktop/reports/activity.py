"""The activity sections of the monthly report: trainings by bridge point and unit,
the team members' work, follow-ups due, and digital transformation days.

Each function reads one commune (`code`) over the half-open ISO range [start, end).
"""

from itertools import takewhile

from desktop.reports.model import (BridgePointRow, EventRow, FollowUp, MemberRow, TrainingRow,
                                   UnitRow)

NO_POINT = ""  # attendance recorded without a bridge point


def collect_trainings(conn, code: str, start: str, end: str
                      ) -> tuple[list[TrainingRow], list[UnitRow]]:
    """Trainings that started in the range, with attendance by bridge point; and units."""
    trainings = {r[0]: TrainingRow(*r[:5], literacy_class=bool(r[5])) for r in conn.execute(
        "SELECT id, title, starts_at, mode, venue, literacy_class FROM live_trainings "
        "WHERE commune_code = ? AND starts_at >= ? AND starts_at < ? "
        "ORDER BY starts_at, title_key", (code, start, end))}
    if not trainings:
        return [], []
    marks = ",".join("?" * len(trainings))
    points: dict[tuple[str, str], BridgePointRow] = {}
    for training_id, point_id, name in conn.execute(
            f"SELECT training_id, id, name FROM live_bridge_points "
            f"WHERE training_id IN ({marks}) ORDER BY name_key", list(trainings)):
        row = BridgePointRow(name)
        points[(training_id, point_id)] = row
        trainings[training_id].points.append(row)
    units: dict[str, UnitRow] = {}
    for training_id, point_id, unit, status, count in conn.execute(
            f"SELECT training_id, coalesce(bridge_point_id, ''), coalesce(unit, ''), status, "
            f"count(*) FROM live_attendance WHERE training_id IN ({marks}) "
            f"GROUP BY 1, 2, 3, 4", list(trainings)):
        row = points.get((training_id, point_id))
        if row is None:  # no bridge point, or one since deleted
            row = points[(training_id, point_id)] = BridgePointRow(NO_POINT)
            trainings[training_id].points.append(row)
        row.registered += count
        if status in ("present", "absent", "excused"):
            setattr(row, status, getattr(row, status) + count)
        unit_row = units.setdefault(unit, UnitRow(unit))
        unit_row.registered += count
        unit_row.present += count if status == "present" else 0
    ordered_units = sorted(units.values(), key=lambda u: (-u.present, u.unit))
    return list(trainings.values()), ordered_units


def member_jobs(code: str, start: str, end: str) -> dict:
    """The read jobs of the team members' section, for run_parallel: the members, their
    visits in the period [start, end) and the distinct residents they helped (a stage
    moved during one of their visits), both from per-period aggregates (desktop/db/
    aggregates/members.py and helped.py). `members_of` puts them together."""
    return {
        "members": lambda c: c.execute(
            "SELECT m.id, m.full_name, h.name, m.role, m.active FROM live_members m "
            "LEFT JOIN live_hamlets h ON h.id = m.hamlet_id WHERE m.commune_code = ? "
            "ORDER BY h.name_key, m.role != 'leader', m.full_name_key", (code,)).fetchall(),
        "member_visits": lambda c: c.execute(
            "SELECT member_id, sum(n) FROM agg_member_visits WHERE commune_code = ? "
            "AND day >= ? AND day < ? AND n != 0 GROUP BY member_id",
            (code, start, end)).fetchall(),
        "member_helped": lambda c: c.execute(
            "SELECT member_id, count(DISTINCT resident_id) FROM agg_member_helped "
            "WHERE commune_code = ? AND day >= ? AND day < ? AND n != 0 "
            "GROUP BY member_id", (code, start, end)).fetchall(),
    }


def members_of(results: dict) -> list[MemberRow]:
    """Every active team member (and any inactive one who went out) with visits made
    and distinct residents helped, from the results of `member_jobs`."""
    members = {r[0]: MemberRow(r[0], r[1], r[2] or "", r[3]) for r in results["members"]}
    active = {r[0] for r in results["members"] if r[4] == 1}
    for member_id, visits in results["member_visits"]:
        if member_id in members:
            members[member_id].visits = visits
    for member_id, helped in results["member_helped"]:
        if member_id in members:
            members[member_id].residents_helped = helped
    return [m for m in members.values() if m.id in active or m.visits]


def collect_follow_ups(conn, code: str, start: str, end: str, limit: int = 200,
                       how: str | None = None) -> tuple[list[FollowUp], int]:
    """Households whose latest visit before the end of the month asked for a return
    due by then (a later visit of any outcome settles it; on the same day, the one
    entered last). Returns the first `limit` (oldest due first) and how many there are.

    Every follow-up is kept with the day a later visit settled it (`agg_follow_ups`,
    desktop/db/aggregates/follow_ups.py), so the households due at the end are the
    follow-ups asked for before it and not settled by then: one index range, read
    one of two ways, whichever is shorter (`how` forces one, for tests):

    - "since": along the day they were settled, from the end on (a recent period:
      few follow-ups reach past its end);
    - "before": along the day they were asked for, up to the end (an early period:
      few were asked for before it).

    Either way the work is bounded by the smaller side of the end, not by all
    history, and reads one index only: the table keeps the follow-ups of live
    households of the commune (schema 14). Only the households shown are read for
    their head and hamlet (on a cold disk, a random read each: 4,000 of them took a
    second)."""
    params = {"c": code, "end": end}
    how = how or _cheaper_way(conn, params)
    # `+` on the other column keeps SQLite on the chosen index
    lead = "f.until >= :end AND +f.date < :end" if how == "since" else \
        "f.date < :end AND +f.until >= :end"
    due = conn.execute(
        f"SELECT f.household_id, f.date, f.follow_up_date FROM agg_follow_ups f "
        f"WHERE f.commune_code = :c AND {lead} AND f.follow_up_date < :end",
        params).fetchall()
    # oldest due first, then the oldest visit, then the head's name: the names of the
    # first `limit` by date, and of any tied with the last of them, are enough
    due.sort(key=lambda r: (r[2], r[1]))
    shown = due[:limit]
    if shown:
        last = (shown[-1][2], shown[-1][1])
        shown += takewhile(lambda r: (r[2], r[1]) == last, due[limit:])
    names = _heads(conn, [r[0] for r in shown])
    rows = sorted(((r[1], r[2], *names[r[0]]) for r in shown), key=lambda r: (r[1], r[0], r[3]))
    return [FollowUp(r[0], r[1], r[2], r[3], r[1] < start) for r in rows[:limit]], len(due)


def _heads(conn, ids: list[str]) -> dict[str, tuple[str, str]]:
    """{household id: (its hamlet's name or "", its head's name)}."""
    out: dict[str, tuple[str, str]] = {}
    for at in range(0, len(ids), 500):
        batch = ids[at:at + 500]
        out.update((r[0], (r[1], r[2])) for r in conn.execute(
            f"SELECT h.id, coalesce(hm.name, ''), h.head_name FROM live_households h "
            f"LEFT JOIN live_hamlets hm ON hm.id = h.hamlet_id "
            f"WHERE h.id IN ({', '.join('?' for _ in batch)})", batch))
    return out


def _cheaper_way(conn, params: dict, first: int = 1024) -> str:
    """"since" or "before" (collect_follow_ups): whichever of the two index ranges
    holds fewer follow-ups. Both are counted up to a bound (`first`, then fourfold
    each time) until one falls short of it, so the counting never reads the whole of
    a long range. Once one side falls short, the other is counted only up to it: a
    recent period's "since" range is read again at once by the report, from memory,
    so past it the other side's count is all the counting costs a cold disk (at a
    million visits, 5,800 entries instead of 16,000)."""
    def count(side: str, bound: int) -> int:
        return conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM agg_follow_ups "
                            f"WHERE commune_code = :c AND {side} LIMIT {bound})",
                            params).fetchone()[0]

    bound = first
    while True:
        since = count("until >= :end", bound)
        if since < bound:  # the whole of it: is the other side shorter still?
            return "before" if count("date < :end", since + 1) < since else "since"
        if count("date < :end", bound) < bound:
            return "before"
        bound *= 4


def collect_events(conn, code: str, start: str, end: str) -> list[EventRow]:
    """Digital transformation days held in the range, by date."""
    return [EventRow(*r) for r in conn.execute(
        "SELECT date, place, title, partners, people_served FROM live_events "
        "WHERE commune_code = ? AND date >= ? AND date < ? ORDER BY date",
        (code, start, end))]
