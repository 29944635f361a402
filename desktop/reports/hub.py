"""The hub roll-up: one row per merged commune for a month, with totals.

Each figure is one grouped query over all communes (never one report per commune),
restricted by the (commune_code, date) indexes where they help. Each commune's last
merged bundle comes from the sync tables (schema 2); on a database without them the
column stays empty.
"""

import datetime as dt

from desktop.db.meta import read_setup
from desktop.domain.periods import check_month, month_bounds
from desktop.domain.errors import InputRefused
from desktop.domain.text import search_key
from desktop.domain.units import find_commune
from desktop.reports.labels import label
from desktop.reports.model import CommuneRow, HubReport
from desktop.reports.sql import STAGE_FLOWS, conn_of, table_exists

STALE_DAYS = 30
# (label key, attribute or property, kind): the columns of the roll-up in order
COLUMNS = (("col_code", "code", "text"), ("col_commune", "name", "text"),
           ("col_households", "households", "int"), ("col_residents", "residents", "int"),
           ("col_visits_month", "visits_month", "int"),
           ("col_visited_ytd", "households_visited_ytd", "int"),
           ("col_coverage", "coverage", "pct"), ("col_eid2", "eid_level2", "int"),
           ("col_eid2_share", "eid_share", "pct"), ("col_health", "health_linked", "int"),
           ("col_health_share", "health_share", "pct"),
           ("col_public_month", "public_service_month", "int"),
           ("col_trainings", "trainings_month", "int"),
           ("col_participants", "participants_month", "int"),
           ("col_events", "events_month", "int"), ("col_served", "people_served_month", "int"),
           ("col_last_bundle", "last_bundle", "date"))
SUMMED = [attr for _, attr, kind in COLUMNS if kind == "int"]


def hub_columns(lang: str = "vi") -> list[tuple[str, str, str]]:
    """(heading, attribute, kind) of each roll-up column; kind is text, int, pct or date."""
    return [(label(key, lang), attr, kind) for key, attr, kind in COLUMNS]


def merged_communes(db) -> list[tuple[str, str]]:
    """(code, official name) of every commune this hub holds data or bundles of."""
    conn = conn_of(db)
    codes = [r[0] for r in conn.execute(
        "SELECT commune_code FROM hamlets WHERE deleted = 0 GROUP BY commune_code "
        "UNION SELECT commune_code FROM households WHERE deleted = 0 GROUP BY commune_code"
        + (" UNION SELECT commune_code FROM sync_bundles WHERE commune_code IS NOT NULL"
           if table_exists(conn, "sync_bundles") else ""))]
    return [(code, _commune_name(code)) for code in sorted(codes)]


def collect_hub(db, month: str) -> HubReport:
    """The roll-up of every commune in this (hub) database for `month` ("YYYY-MM")."""
    month = check_month(month)
    conn = conn_of(db)
    setup = read_setup(conn)
    if setup is None:
        raise InputRefused.of("no_commune")
    start, end = month_bounds(month)
    year_start = f"{month[:4]}-01-01"
    bundles_known = table_exists(conn, "sync_bundles")
    rows = {code: CommuneRow(code, name) for code, name in merged_communes(db)}
    marks = ",".join("?" * len(rows)) or "NULL"
    codes = list(rows)

    def fill(sql: str, params: tuple, *attrs: str) -> None:
        for code, *values in conn.execute(sql.replace("{codes}", marks), (*codes, *params)):
            if code in rows:
                for attr, value in zip(attrs, values):
                    setattr(rows[code], attr, value or 0)

    fill("SELECT commune_code, count(*) FROM households WHERE commune_code IN ({codes}) "
         "AND deleted = 0 GROUP BY 1", (), "households")
    fill("SELECT commune_code, count(*) FROM residents WHERE commune_code IN ({codes}) "
         "AND deleted = 0 GROUP BY 1", (), "residents")
    fill("SELECT commune_code, count(*), sum(svc_public_service) FROM visits "
         "WHERE commune_code IN ({codes}) AND date >= ? AND date < ? AND deleted = 0 "
         "GROUP BY 1", (start, end), "visits_month", "public_service_month")
    fill("SELECT commune_code, count(DISTINCT household_id) FROM visits "
         "WHERE commune_code IN ({codes}) AND date >= ? AND date < ? AND deleted = 0 "
         "AND outcome != 'not_home' GROUP BY 1", (year_start, end), "households_visited_ytd")
    for code, eid2, _eid1, health in conn.execute(
            f"SELECT s.commune_code, {STAGE_FLOWS} FROM stage_changes s "
            f"WHERE s.commune_code IN ({marks}) AND s.deleted = 0 AND s.date < ? "
            "AND s.resident_id NOT IN (SELECT id FROM residents WHERE deleted = 1) "
            "GROUP BY 1", (*codes, end)):
        if code in rows:
            rows[code].eid_level2, rows[code].health_linked = eid2 or 0, health or 0
    fill("SELECT t.commune_code, count(*), sum((SELECT count(*) FROM attendance a "
         " WHERE a.training_id = t.id AND a.deleted = 0 AND a.status = 'present')) "
         "FROM trainings t WHERE t.commune_code IN ({codes}) AND t.deleted = 0 "
         "AND t.starts_at >= ? AND t.starts_at < ? GROUP BY 1", (start, end),
         "trainings_month", "participants_month")
    fill("SELECT commune_code, count(*), sum(people_served) FROM events "
         "WHERE commune_code IN ({codes}) AND deleted = 0 AND date >= ? AND date < ? "
         "GROUP BY 1", (start, end), "events_month", "people_served_month")
    if bundles_known:
        for code, last in conn.execute("SELECT commune_code, max(imported_at) FROM sync_bundles "
                                       "WHERE commune_code IS NOT NULL GROUP BY 1"):
            if code in rows:
                rows[code].last_bundle = last
    communes = sorted(rows.values(), key=lambda r: (search_key(r.name), r.code))
    total = CommuneRow("", label("total", "vi"))
    for attr in SUMMED:
        setattr(total, attr, sum(getattr(r, attr) for r in communes))
    return HubReport(month=month, hub_name=setup.display_name or "",
                     province_name=setup.province_name, communes=communes,
                     bundles_known=bundles_known, total=total)


def _commune_name(code: str) -> str:
    try:
        commune = find_commune(code)
    except Exception:  # noqa: BLE001 - an odd code must not stop the roll-up
        commune = None
    return commune.name if commune else code


def hub_values(row: CommuneRow) -> list:
    """The raw values of one roll-up row in COLUMNS order (shares in percent)."""
    return [getattr(row, attr) for _, attr, _ in COLUMNS]


def is_stale(row: CommuneRow, month: str, today: dt.date,
             days: int = STALE_DAYS) -> bool:
    """True when the commune's last bundle is more than `days` older than the end of
    `month` (or today, if earlier), or when none was ever merged."""
    if not row.last_bundle:
        return True
    end = dt.date.fromisoformat(month_bounds(month)[1]) - dt.timedelta(days=1)
    reference = min(end, today)
    return (reference - dt.date.fromisoformat(row.last_bundle[:10])).days > days
