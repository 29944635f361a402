"""The values a report is made of: plain dataclasses, computed by `collect` and `hub`,
rendered by `compose` (PDF and Word) and `xlsx`. Nothing here touches the database.
"""

from dataclasses import dataclass, field

from desktop.domain.indicators import INDICATORS, MAIN
from desktop.domain.periods import Period

# The main table of the report, in order (the indicator table's "main" group).
REPORT_ORDER = MAIN
# Indicators broken down by hamlet in the commune report.
HAMLET_INDICATORS = tuple(code for code in MAIN if INDICATORS[code].by_hamlet)


def _share(part, whole) -> float | None:
    if part is None or not whole:
        return None
    return 100.0 * part / whole


@dataclass
class Figure:
    """One indicator for one place (a hamlet, a commune, or a total).

    For a flow, `month` and `previous` are the counts within the month and the month
    before, and `ytd` the count from the start of the year to the end of the month.
    For a state, `month` and `previous` are the counts at the end of each month and
    `ytd` the gain since the start of the year. A snapshot has only `month`.
    `denominator` is what the share is taken of; `target` is the year's target (a
    percent for percent indicators, a count otherwise).
    """

    code: str
    month: float | None = None
    previous: float | None = None
    ytd: float | None = None
    denominator: int | None = None
    target: float | None = None

    @property
    def indicator(self):
        """The definition (desktop.domain.indicators)."""
        return INDICATORS[self.code]

    @property
    def unit(self) -> str:
        """"percent" or "count", from the indicator."""
        return self.indicator.unit

    @property
    def is_flow(self) -> bool:
        """True for an indicator counted within a period."""
        return self.indicator.measure == "flow"

    @property
    def is_snapshot(self) -> bool:
        """True for a state with no monthly history."""
        return self.indicator.measure == "snapshot"

    @property
    def basis(self) -> float | None:
        """The figure compared with the denominator and the target."""
        return self.ytd if self.is_flow else self.month

    @property
    def share(self) -> float | None:
        """basis / denominator in percent, or None when there is no denominator."""
        return _share(self.basis, self.denominator) if self.unit == "percent" else None

    @property
    def change(self) -> float | None:
        """month - previous, or None when either is unknown."""
        if self.month is None or self.previous is None:
            return None
        return self.month - self.previous

    @property
    def achievement(self) -> float | None:
        """How much of the target is reached, in percent (100 = target met)."""
        if not self.target:
            return None
        reached = self.share if self.unit == "percent" else self.basis
        return None if reached is None else 100.0 * reached / self.target


@dataclass
class Hamlet:
    """A hamlet and its population, the denominators of its shares."""

    id: str | None
    name: str
    kind: str | None = None
    households: int = 0
    residents: int = 0


@dataclass
class MonthPoint:
    """Where the commune stood at the end of one period of the year (the progress chart)."""

    month: str
    visits: int = 0
    households_covered: float | None = None  # share of households visited since the year began
    eid_level2: float | None = None           # share of the eligible population
    health_linked: float | None = None        # share of residents


@dataclass
class BridgePointRow:
    """Attendance at one bridge point of one training."""

    name: str
    registered: int = 0
    present: int = 0
    absent: int = 0
    excused: int = 0


@dataclass
class TrainingRow:
    """One training held in the month with its participants by bridge point."""

    id: str
    title: str
    starts_at: str
    mode: str | None
    venue: str | None
    literacy_class: bool = False
    points: list[BridgePointRow] = field(default_factory=list)

    @property
    def registered(self) -> int:
        """People invited over every bridge point."""
        return sum(p.registered for p in self.points)

    @property
    def present(self) -> int:
        """People present over every bridge point."""
        return sum(p.present for p in self.points)


@dataclass
class UnitRow:
    """Training participants of one unit (đơn vị) in the month."""

    unit: str
    registered: int = 0
    present: int = 0


@dataclass
class MemberRow:
    """A team member's work in the month: visits made and residents helped."""

    id: str
    name: str
    hamlet: str
    role: str | None
    visits: int = 0
    residents_helped: int = 0


@dataclass
class FollowUp:
    """A visit that asked for a return, due by the end of the month and not yet made."""

    visit_date: str
    due: str
    hamlet: str
    household: str
    overdue: bool


@dataclass
class EventRow:
    """A digital transformation day held in the month."""

    date: str
    place: str
    title: str | None
    partners: str | None
    people_served: int


@dataclass
class MonthlyReport:
    """Everything in the monthly report of one commune."""

    period: Period
    commune_code: str | None
    commune_name: str
    province_name: str | None
    hamlets: list[Hamlet]
    totals: dict[str, Figure]
    by_hamlet: dict[str | None, dict[str, Figure]]
    series: list[MonthPoint]
    outcomes: dict[str, int] = field(default_factory=dict)
    trainings: list[TrainingRow] = field(default_factory=list)
    units: list[UnitRow] = field(default_factory=list)
    members: list[MemberRow] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)
    follow_ups_total: int = 0
    events: list[EventRow] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)  # the officer's sections

    @property
    def month(self) -> str:
        """The reporting month, "YYYY-MM"."""
        return str(self.period.month)

    @property
    def year(self) -> int:
        """The report's year."""
        return self.period.year

    @property
    def visits_month(self) -> int:
        """Visits made in the month."""
        return int(self.totals["visits"].month or 0)

    @property
    def visits_ytd(self) -> int:
        """Visits made since the year began."""
        return int(self.totals["visits"].ytd or 0)

    @property
    def households_total(self) -> int:
        """Households in the commune (live)."""
        return int(self.totals["households_visited"].denominator or 0)

    @property
    def residents_total(self) -> int:
        """Residents in the commune (live)."""
        return int(self.totals["health_linked"].denominator or 0)

    @property
    def is_empty(self) -> bool:
        """True when the commune has no households, visits, trainings or events at all."""
        return not (self.households_total or self.visits_ytd or self.trainings or self.events)


@dataclass
class CommuneRow:
    """One commune in a hub roll-up: every indicator, and its last bundle."""

    code: str
    name: str
    figures: dict[str, Figure] = field(default_factory=dict)
    province_code: str | None = None
    last_bundle: str | None = None  # ISO timestamp of the last bundle merged, if known

    def figure(self, code: str) -> Figure:
        """The commune's figure for indicator `code`."""
        return self.figures[code]


@dataclass
class HubReport:
    """A roll-up across the communes merged into a hub."""

    period: Period
    hub_name: str
    province_name: str | None
    province_code: str | None
    communes: list[CommuneRow]          # the province's communes that have reported
    total: CommuneRow                    # their sum
    bundles_known: bool                  # False on a database without the sync tables
    expected: list[tuple[str, str]] = field(default_factory=list)  # the province's units
    missing: list[tuple[str, str]] = field(default_factory=list)   # not reported yet
    foreign: list[CommuneRow] = field(default_factory=list)        # of another province
    notes: dict[str, str] = field(default_factory=dict)  # the hub officer's sections

    @property
    def month(self) -> str:
        """The reporting month, "YYYY-MM"."""
        return str(self.period.month)

    @property
    def year(self) -> int:
        """The report's year."""
        return self.period.year
