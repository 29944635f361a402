"""The indicators of the monthly report, defined once, as data.

Each `Indicator` holds its code, its Vietnamese and English labels, what it counts
(the numerator), what it is a share of (the denominator), its age threshold, and the
document the definition comes from. The commune report (by hamlet), the hub roll-up
(by commune), the dashboard and the Excel workbook all read this table; nothing else
defines an indicator.

The numerator and denominator are SQL over the live views (`live_*`, see
desktop/db/live.py). Writing them as SQL here is deliberate: the definition *is* the
query, and one text is easier to check against the source document than a rule in
words plus a query elsewhere. The domain never runs them; `desktop/reports/measures.py`
does. Every measure yields rows of four columns:

- `hamlet`: the hamlet the row counts in (NULL: the commune as a whole, e.g. a
  digital transformation day);
- `commune`: the commune code;
- `day`: the ISO date the row counts on (NULL for a state as recorded now);
- `n`: how much the row adds (1, a count, or -1 for a state left).

`IN_SCOPE(column)` marks the commune column; the engine makes it "one commune" for a
commune report and "every commune of the hub" for the roll-up. Parameters: `:start`
and `:end` (the half-open window, ISO dates), `:year` (the report's year) and `:age`
(this indicator's age threshold, which a province may change in the settings:
`threshold.<code>`).

Each of the big indicators also has `fast`: the same measure read from the
per-period aggregates the database keeps (desktop/db/aggregates: counts by
commune, hamlet, period and birth year, kept up to date by triggers), as
(numerator, denominator). The reports run `fast` where it exists, because over a
million visits the definition itself takes seconds;
tests/reports/test_aggregates.py checks, for every indicator, that both give the
same figures, and tests/reports/test_indicators.py recounts every figure from the
records. `:level` picks the aggregate's rows: 'h' by hamlet, 'c' by commune.

How each kind of indicator is counted (`measure`):
- "flow": the rows within a period (the month, the month before, the year so far);
- "state": rows are moves into (+1) and out of (-1) the state, so the number at the
  end of a period is the sum of the rows before its end, and a past month's report
  shows that month;
- "snapshot": the state as recorded now (no history in the data; marked (*)).
Ages are whole years at the report's year (year - birth year); residents without a
birth year are left out of age-based figures.
"""

from dataclasses import dataclass

from desktop.domain.labels import VALUE_LABELS
from desktop.domain.stages import TRACKS

MEASURES = ("flow", "state", "snapshot")
# the services of a visit or a digital transformation day (as kinds.SERVICES; read
# from the labels so that kinds, which lists the indicators as target choices, can
# import this module)
SERVICES = tuple(VALUE_LABELS["services"])
UNITS = ("percent", "count")


@dataclass(frozen=True)
class Indicator:
    """One indicator of the report (see the module docstring)."""

    code: str
    vi: str
    en: str
    unit: str                        # "percent" (a share of the denominator) or "count"
    measure: str                     # "flow", "state" or "snapshot"
    numerator: str                   # SQL over live views: hamlet, commune, day, n
    denominator: str | None = None   # same shape, a snapshot; None for a plain count
    age: int | None = None           # the age threshold (years), None: every age
    source: str = "Xã Số"            # the document the definition follows
    # distinct things counted (households visited): a month's count and the year's
    # are not sums of each other, so each window is counted on its own
    additive: bool = True
    by_hamlet: bool = True           # broken down by hamlet in the commune report
    group: str = "main"              # where the report shows it
    # (numerator, denominator) read from the aggregates, the same figures faster
    fast: tuple[str, str | None] | None = None

    def label(self, lang: str = "vi", age: int | None = None) -> str:
        """The indicator's name in `lang`, with its age threshold (`age`, default its
        own) where the name says it."""
        text = self.en if lang == "en" else self.vi
        return text.replace("{age}", str(self.age if age is None else age))


# --- the pieces the definitions share -------------------------------------------

def _in(values: tuple[str, ...]) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


def _residents(condition: str = "", aged: bool = True) -> str:
    """Live residents (of the age threshold and up), one row each, as recorded now."""
    where = "IN_SCOPE(commune_code)" + (" AND birth_year <= :year - :age" if aged else "")
    return (f"SELECT hamlet_id AS hamlet, commune_code AS commune, NULL AS day, 1 AS n "
            f"FROM live_residents WHERE {where}{condition}")


def _households(condition: str = "") -> str:
    return ("SELECT hamlet_id AS hamlet, commune_code AS commune, NULL AS day, 1 AS n "
            f"FROM live_households WHERE IN_SCOPE(commune_code){condition}")


def _stage(track: str, stages: tuple[str, ...], aged: bool = True) -> str:
    """Moves into (+1) and out of (-1) `stages` on `track`, by the hamlet where each
    move was recorded, from the onboarding history (stage_changes)."""
    # live_stage_changes already leaves out the history of deleted residents; the
    # join is only for the age
    join = " JOIN live_residents r ON r.id = s.resident_id" if aged else ""
    age = " AND r.birth_year <= :year - :age" if aged else ""
    return (f"SELECT s.hamlet_id AS hamlet, s.commune_code AS commune, s.date AS day, "
            f"(s.to_stage IN {_in(stages)}) - (coalesce(s.from_stage, '') IN {_in(stages)}) AS n "
            f"FROM live_stage_changes s{join} "
            f"WHERE IN_SCOPE(s.commune_code) AND s.track = '{track}' AND s.date < :end{age} "
            f"AND (s.to_stage IN {_in(stages)}) != (coalesce(s.from_stage, '') IN {_in(stages)})")


def _sessions(condition: str = "") -> str:
    return ("SELECT NULL AS hamlet, commune_code AS commune, substr(starts_at, 1, 10) AS day, "
            "1 AS n FROM live_trainings WHERE IN_SCOPE(commune_code) "
            f"AND starts_at >= :start AND starts_at < :end{condition}")


def _present(condition: str = "") -> str:
    return ("SELECT NULL AS hamlet, t.commune_code AS commune, substr(t.starts_at, 1, 10) AS day, "
            "1 AS n FROM live_attendance a JOIN live_trainings t ON t.id = a.training_id "
            "WHERE IN_SCOPE(t.commune_code) AND t.starts_at >= :start AND t.starts_at < :end "
            f"AND a.status = 'present'{condition}")


def _event_service(service: str) -> str:
    """Services of one type performed at digital transformation days."""
    value = f"CAST(json_extract(services, '$.{service}') AS INTEGER)"
    return (f"SELECT NULL AS hamlet, commune_code AS commune, date AS day, {value} AS n "
            f"FROM live_events WHERE IN_SCOPE(commune_code) AND date >= :start "
            f"AND date < :end AND {value} > 0")


# --- the same measures read from the aggregates (desktop/db/aggregates) ------------
# Hamlet '' is "none" in the aggregates; a day '' the all-time total.
_AGG_PLACE = "nullif(hamlet_id, '') AS hamlet, commune_code AS commune"


def _agg_residents(column: str = "n", aged: bool = True) -> str:
    """Live residents (of the age threshold and up) from agg_residents: all (`n`), or
    those with a smartphone, a payment account or a digital signature."""
    age = " AND birth_year <= :year - :age" if aged else ""
    return (f"SELECT {_AGG_PLACE}, NULL AS day, {column} AS n FROM agg_residents "
            f"WHERE level = :level AND IN_SCOPE(commune_code){age} AND {column} != 0")


def _agg_households(column: str = "n") -> str:
    return (f"SELECT {_AGG_PLACE}, NULL AS day, {column} AS n FROM agg_households "
            f"WHERE level = :level AND IN_SCOPE(commune_code) AND {column} != 0")


def _agg_state(table: str, condition: str, n: str, arms: tuple[str, ...] = ("",)) -> str:
    """A state from an aggregate with all-time totals: the year's periods up to the
    end, and before the year as the total less the year (day '', before any period),
    so the work does not grow with years of history. The table is read once (it has a
    row per birth year, so tens of thousands per commune), grouped by place and day,
    and the three parts are taken from that small result.

    The rows are picked as ranges of the table's key, not filtered from the commune's
    whole history: the all-time row and the year's periods are two ranges of `day`,
    read for each of `arms` (conditions on the key columns before `day`: equalities
    or IN lists)."""
    picks = " UNION ALL ".join(
        f"SELECT hamlet_id, commune_code, day, {n} AS n FROM {table} "
        f"WHERE level = :level AND IN_SCOPE(commune_code){condition}{arm} AND {day}"
        for arm in arms for day in ("day = ''", "day >= :year_start"))
    rows = f"SELECT hamlet_id, commune_code, day, sum(n) AS n FROM ({picks}) GROUP BY 1, 2, 3"
    return (f"WITH g AS MATERIALIZED ({rows}) "
            f"SELECT {_AGG_PLACE}, day, n FROM g WHERE day >= :year_start AND day < :end "
            f"UNION ALL SELECT {_AGG_PLACE}, '' AS day, n FROM g WHERE day = '' "
            f"UNION ALL SELECT {_AGG_PLACE}, '' AS day, -n FROM g WHERE day >= :year_start")


def _agg_stage(track: str, stages: tuple[str, ...], aged: bool = True) -> str:
    """`_stage` from agg_stages (steps by the stages left and entered).

    A step counts when it crosses the border of `stages`: into them from another
    stage of the track or from none (''), or out of them. Those (to, from) pairs are
    named, so the read seeks them by the table's key instead of filtering every step
    of the track (the stored-row rules keep both stages within the track's)."""
    others = tuple(s for s in TRACKS[track] if s not in stages)
    into, out = f"(to_stage IN {_in(stages)})", f"(from_stage IN {_in(stages)})"
    age = " AND birth_year <= :year - :age" if aged else ""
    arms = (f" AND to_stage IN {_in(stages)} AND from_stage IN {_in(('',) + others)}",
            f" AND to_stage IN {_in(others)} AND from_stage IN {_in(stages)}")
    return _agg_state("agg_stages", f" AND track = '{track}'{age}", f"n * ({into} - {out})",
                      arms)


def _agg_skills(via: str | None = None) -> str:
    how = f" AND via = '{via}'" if via else ""
    return _agg_state("agg_skills", f" AND birth_year <= :year - :age{how}", "n")


def _agg_visits(column: str) -> str:
    return (f"SELECT {_AGG_PLACE}, day, {column} AS n FROM agg_visits WHERE level = :level "
            f"AND IN_SCOPE(commune_code) AND day >= :start AND day < :end AND {column} != 0")


# households visited: a window that starts the year counts each household once, on the
# period of its first visit of the year ('y'); a single period counts the households
# visited in it ('p') — the windows the report asks for are these two kinds
_AGG_VISITED = (f"SELECT {_AGG_PLACE}, day, n FROM agg_households_visited WHERE level = :level "
                "AND IN_SCOPE(commune_code) AND kind = (CASE WHEN :start = :year_start THEN 'y' "
                "ELSE 'p' END) AND day >= :start AND day < :end AND n != 0")


EID_LEVEL2 = ("level2_activated",)
EID_LEVEL1_OR_MORE = ("level1", "level2_submitted", "level2_activated")
HEALTH_LINKED = ("linked",)

DECREE_69 = "Nghị định 69/2024/NĐ-CP (định danh và xác thực điện tử)"
PROJECT_06 = "Quyết định 06/QĐ-TTg (Đề án 06)"
DECISION_411 = "Quyết định 411/QĐ-TTg (Chiến lược phát triển kinh tế số và xã hội số)"
PLAN_01 = "Kế hoạch 01-KH/BCĐTW (phong trào Bình dân học vụ số)"
XASO = "Xã Số (không có định nghĩa quốc gia)"

_INDICATORS = (
    Indicator(
        "households_visited", "Hộ gia đình được thăm", "Households visited", "percent", "flow",
        # each live household once, on the day of its first visit in the window that
        # found someone at home (one probe of the household's visits by date)
        "SELECT h.hamlet_id AS hamlet, h.commune_code AS commune, (SELECT min(v.date) "
        "FROM live_visits v WHERE v.household_id = h.id AND v.date >= :start "
        "AND v.date < :end AND v.outcome != 'not_home') AS day, 1 AS n "
        "FROM live_households h WHERE IN_SCOPE(h.commune_code)",
        _households(), source=XASO, additive=False, fast=(_AGG_VISITED, _agg_households())),
    Indicator(
        "visits", "Lượt thăm hộ của Tổ công nghệ số cộng đồng",
        "Visits by the community digital teams", "count", "flow",
        "SELECT hamlet_id AS hamlet, commune_code AS commune, date AS day, 1 AS n "
        "FROM live_visits WHERE IN_SCOPE(commune_code) AND date >= :start AND date < :end",
        source=XASO, fast=(_agg_visits("n"), None)),
    Indicator(
        "smartphone_adults", "Người từ đủ {age} tuổi có điện thoại thông minh",
        "People aged {age}+ with a smartphone", "percent", "snapshot",
        _residents(" AND has_smartphone = 1"), _residents(), age=18, source=DECISION_411,
        fast=(_agg_residents("smartphone"), _agg_residents())),
    Indicator(
        "eid_level2", "Công dân từ đủ {age} tuổi đã kích hoạt định danh điện tử mức 2",
        "Citizens aged {age}+ with e-ID level 2 activated", "percent", "state",
        _stage("eid", EID_LEVEL2), _residents(), age=14, source=f"{DECREE_69}; {PROJECT_06}",
        fast=(_agg_stage("eid", EID_LEVEL2), _agg_residents())),
    Indicator(
        "eid_level1", "Công dân từ đủ {age} tuổi có định danh điện tử mức 1 trở lên",
        "Citizens aged {age}+ with e-ID level 1 or higher", "percent", "state",
        _stage("eid", EID_LEVEL1_OR_MORE), _residents(), age=14, source=DECREE_69,
        fast=(_agg_stage("eid", EID_LEVEL1_OR_MORE), _agg_residents())),
    Indicator(
        "health_linked", "Người dân có hồ sơ sức khỏe điện tử",
        "Residents with a linked health record", "percent", "state",
        _stage("health", HEALTH_LINKED, aged=False), _residents(aged=False),
        source=PROJECT_06, fast=(_agg_stage("health", HEALTH_LINKED, aged=False),
                                 _agg_residents(aged=False))),
    Indicator(
        "public_service", "Hồ sơ dịch vụ công trực tuyến được hỗ trợ",
        "Online public-service dossiers assisted", "count", "flow",
        # a visit that helped with online public services counts its dossiers (one
        # when the number was not written); a digital transformation day counts the
        # dossiers done there, for the commune as a whole (the partial index of
        # schema 5 serves the first part without reading the visits)
        "SELECT hamlet_id AS hamlet, commune_code AS commune, date AS day, "
        "max(coalesce(dossiers, 0), 1) AS n FROM live_visits "
        "WHERE IN_SCOPE(commune_code) AND date >= :start AND date < :end "
        "AND svc_public_service = 1 "
        "UNION ALL " + _event_service("public_service"),
        source=PROJECT_06,
        fast=(_agg_visits("dossiers") + " UNION ALL " + _event_service("public_service"), None)),
    Indicator(
        "payment_account", "Người từ đủ {age} tuổi có tài khoản thanh toán",
        "People aged {age}+ with a payment account", "percent", "snapshot",
        _residents(" AND has_payment_account = 1"), _residents(), age=15,
        source=DECISION_411, fast=(_agg_residents("payment"), _agg_residents())),
    Indicator(
        "digital_signature", "Người từ đủ {age} tuổi có chữ ký số",
        "People aged {age}+ with a digital signature", "percent", "snapshot",
        _residents(" AND has_digital_signature = 1"), _residents(), age=18,
        source=DECISION_411, fast=(_agg_residents("signature"), _agg_residents())),
    Indicator(
        "fibre_households", "Hộ gia đình có Internet cáp quang",
        "Households with fibre broadband", "percent", "snapshot",
        _households(" AND has_fibre = 1"), _households(), source=DECISION_411,
        fast=(_agg_households("fibre"), _agg_households())),
    Indicator(
        "ecommerce_households", "Hộ bán hàng trên sàn thương mại điện tử",
        "Households selling on e-commerce", "count", "snapshot",
        _households(" AND sells_online = 1"), source=XASO,
        fast=(_agg_households("online"), None)),
    Indicator(
        "digital_skills", "Người từ đủ {age} tuổi hoàn thành kỹ năng số cơ bản",
        "People aged {age}+ who completed basic digital skills", "percent", "state",
        "SELECT hamlet_id AS hamlet, commune_code AS commune, digital_skills_date AS day, "
        "1 AS n FROM live_residents WHERE IN_SCOPE(commune_code) "
        "AND digital_skills_date < :end AND birth_year <= :year - :age",
        _residents(), age=18, source=PLAN_01, group="skills",
        fast=(_agg_skills(), _agg_residents())),
    Indicator(
        "digital_skills_vneid", "trong đó: học trên nền tảng VNeID",
        "of whom: on the VNeID platform", "count", "state",
        "SELECT hamlet_id AS hamlet, commune_code AS commune, digital_skills_date AS day, "
        "1 AS n FROM live_residents WHERE IN_SCOPE(commune_code) "
        "AND digital_skills_date < :end AND digital_skills_via = 'vneid' "
        "AND birth_year <= :year - :age", age=18, source=PLAN_01, group="skills",
        fast=(_agg_skills("vneid"), None)),
    Indicator(
        "digital_skills_class", "trong đó: học tại lớp", "of whom: in a class", "count",
        "state",
        "SELECT hamlet_id AS hamlet, commune_code AS commune, digital_skills_date AS day, "
        "1 AS n FROM live_residents WHERE IN_SCOPE(commune_code) "
        "AND digital_skills_date < :end AND digital_skills_via = 'class' "
        "AND birth_year <= :year - :age", age=18, source=PLAN_01, group="skills",
        fast=(_agg_skills("class"), None)),
    Indicator(
        "literacy_classes", "Lớp Bình dân học vụ số đã mở", "Digital literacy classes held",
        "count", "flow", _sessions(" AND literacy_class = 1"), source=PLAN_01,
        by_hamlet=False, group="skills"),
    Indicator(
        "literacy_learners", "Lượt học viên có mặt tại lớp Bình dân học vụ số",
        "Learners present at digital literacy classes", "count", "flow",
        _present(" AND t.literacy_class = 1"), source=PLAN_01, by_hamlet=False,
        group="skills"),
    Indicator(
        "trainings", "Buổi tập huấn", "Trainings held", "count", "flow", _sessions(),
        source=XASO, by_hamlet=False),
    Indicator(
        "training_participants", "Lượt người tham gia tập huấn", "Training participants",
        "count", "flow", _present(), source=XASO, by_hamlet=False),
    Indicator(
        "events", "Ngày hội chuyển đổi số", "Digital transformation days", "count", "flow",
        "SELECT NULL AS hamlet, commune_code AS commune, date AS day, 1 AS n FROM live_events "
        "WHERE IN_SCOPE(commune_code) AND date >= :start AND date < :end",
        source=XASO, by_hamlet=False),
    Indicator(
        "people_served", "Người dân được phục vụ tại ngày hội",
        "People served at digital transformation days", "count", "flow",
        "SELECT NULL AS hamlet, commune_code AS commune, date AS day, people_served AS n "
        "FROM live_events WHERE IN_SCOPE(commune_code) AND date >= :start AND date < :end",
        source=XASO, by_hamlet=False),
    Indicator(
        "team_hamlets", "Thôn, tổ dân phố có Tổ công nghệ số cộng đồng",
        "Hamlets with a community digital team", "percent", "snapshot",
        # a hamlet has a team when at least one active member is recorded there
        "SELECT h.id AS hamlet, h.commune_code AS commune, NULL AS day, 1 AS n "
        "FROM live_hamlets h WHERE IN_SCOPE(h.commune_code) AND EXISTS (SELECT 1 FROM "
        "live_members m WHERE m.hamlet_id = h.id AND m.active = 1)",
        "SELECT id AS hamlet, commune_code AS commune, NULL AS day, 1 AS n FROM live_hamlets "
        "WHERE IN_SCOPE(commune_code)", source=XASO, by_hamlet=False, group="team"),
    Indicator(
        "team_members", "Thành viên Tổ công nghệ số cộng đồng",
        "Community digital team members", "count", "snapshot",
        "SELECT hamlet_id AS hamlet, commune_code AS commune, NULL AS day, 1 AS n "
        "FROM live_members WHERE IN_SCOPE(commune_code)", source=XASO, by_hamlet=False,
        group="team"),
    Indicator(
        "team_members_active", "Thành viên đang hoạt động", "Active team members", "percent",
        "snapshot",
        "SELECT hamlet_id AS hamlet, commune_code AS commune, NULL AS day, 1 AS n "
        "FROM live_members WHERE IN_SCOPE(commune_code) AND active = 1",
        "SELECT hamlet_id AS hamlet, commune_code AS commune, NULL AS day, 1 AS n "
        "FROM live_members WHERE IN_SCOPE(commune_code)", source=XASO, by_hamlet=False,
        group="team"),
    *(Indicator(f"event_{service}", VALUE_LABELS["services"][service][0],
                VALUE_LABELS["services"][service][1], "count", "flow",
                _event_service(service), source=XASO, by_hamlet=False,
                group="event_services")
      for service in SERVICES),
)

INDICATORS: dict[str, Indicator] = {i.code: i for i in _INDICATORS}

# The order of the report's main table (Table 1), of the dashboard's cards.
MAIN = tuple(code for code, i in INDICATORS.items() if i.group == "main")
EVENT_SERVICES = tuple(f"event_{service}" for service in SERVICES)


def of_group(group: str) -> tuple[str, ...]:
    """The codes of one group ("main", "skills", "team", "event_services"), in order."""
    return tuple(code for code, i in INDICATORS.items() if i.group == group)


def threshold_key(code: str) -> str:
    """The settings key of an indicator's age threshold ("threshold.eid_level2")."""
    return f"threshold.{code}"
