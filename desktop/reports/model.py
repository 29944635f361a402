"""The values a report is made of: plain dataclasses, computed by `collect` and `hub`,
rendered by `pdf_*` and `xlsx`. Nothing here touches the database.
"""

from dataclasses import dataclass, field

from desktop.domain.indicators import INDICATORS

# Flows are counted within a period (the month, the year to date); states are a
# count of people or households at the end of the month.
FLOW_INDICATORS = ("households_visited", "public_service", "trainings",
                   "training_participants", "events", "people_served")
STATE_INDICATORS = ("smartphone_adults", "eid_level2", "eid_level1", "health_linked",
                    "payment_account", "ecommerce_households")
# States with no monthly history in the data: the figure is the state as recorded now.
SNAPSHOT_INDICATORS = ("smartphone_adults", "payment_account", "ecommerce_households")
# Indicators broken down by hamlet (the rest belong to the commune as a whole).
HAMLET_INDICATORS = ("households_visited", "smartphone_adults", "eid_level2", "eid_level1",
                     "health_linked", "payment_account", "public_service",
                     "ecommerce_households")
REPORT_ORDER = ("households_visited", "smartphone_adults", "eid_level2", "eid_level1",
                "health_linked", "public_service", "payment_account", "ecommerce_households",
                "trainings", "training_participants", "events", "people_served")


def _share(part, whole) -> float | None:
    if part is None or not whole:
        return None
    return 100.0 * part / whole


@dataclass
class Figure:
    """One indicator for one place (a hamlet or the commune).

    For a flow, `month` and `previous` are the counts within the month and the month
    before, and `ytd` the count from 1 January to the end of the month. For a state,
    `month` and `previous` are the counts at the end of each month and `ytd` the gain
    since the start of the year. `denominator` is what the share is taken of
    (households, residents, adults); `target` is the year's target (a percent for
    percent indicators, a count otherwise).
    """

    code: str
    month: float | None = None
    previous: float | None = None
    ytd: float | None = None
    denominator: int | None = None
    target: float | None = None

    @property
    def unit(self) -> str:
        """"percent" or "count", from the indicator."""
        return INDICATORS[self.code].unit

    @property
    def is_flow(self) -> bool:
        """True for an indicator counted within a period."""
        return self.code in FLOW_INDICATORS

    @property
    def is_snapshot(self) -> bool:
        """True for a state with no monthly history."""
        return self.code in SNAPSHOT_INDICATORS

    @property
    def basis(self) -> float | None:
        """The figure compared with the denominator and the target."""
        return self.ytd if self.is_flow else self.month

    @property
    def share(self) -> float | None:
        """basis / denominator in percent, or None when there is no denominator."""
        return _share(self.basis, self.denominator)

    @property
    def previous_share(self) -> float | None:
        """The share at the end of the month before (states only)."""
        return None if self.is_flow else _share(self.previous, self.denominator)

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
    households: int = 0
    residents: int = 0
    adults: int = 0
    payment_age: int = 0


@dataclass
class MonthPoint:
    """Where the commune stood at the end of one month of the year (the progress chart)."""

    month: str
    visits: int = 0
    households_covered: float | None = None  # share of households visited since 1 January
    eid_level2: float | None = None           # share of residents
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

    month: str
    commune_code: str | None
    commune_name: str
    province_name: str | None
    hamlets: list[Hamlet]
    totals: dict[str, Figure]
    by_hamlet: dict[str | None, dict[str, Figure]]
    series: list[MonthPoint]
    visits_month: int = 0
    visits_previous: int = 0
    visits_ytd: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    trainings: list[TrainingRow] = field(default_factory=list)
    units: list[UnitRow] = field(default_factory=list)
    members: list[MemberRow] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)
    follow_ups_total: int = 0
    events: list[EventRow] = field(default_factory=list)
    households_total: int = 0
    residents_total: int = 0

    @property
    def year(self) -> int:
        """The report's year."""
        return int(self.month[:4])

    @property
    def is_empty(self) -> bool:
        """True when the commune has no households, visits, trainings or events at all."""
        return not (self.households_total or self.visits_ytd or self.trainings or self.events)


@dataclass
class CommuneRow:
    """One commune in a hub roll-up."""

    code: str
    name: str
    households: int = 0
    residents: int = 0
    visits_month: int = 0
    households_visited_ytd: int = 0
    eid_level2: int = 0
    health_linked: int = 0
    public_service_month: int = 0
    trainings_month: int = 0
    participants_month: int = 0
    events_month: int = 0
    people_served_month: int = 0
    last_bundle: str | None = None  # ISO timestamp of the last bundle merged, if known

    @property
    def coverage(self) -> float | None:
        """Households visited since 1 January over all households, in percent."""
        return _share(self.households_visited_ytd, self.households)

    @property
    def eid_share(self) -> float | None:
        """Residents with e-ID level 2, in percent."""
        return _share(self.eid_level2, self.residents)

    @property
    def health_share(self) -> float | None:
        """Residents with a linked health record, in percent."""
        return _share(self.health_linked, self.residents)


@dataclass
class HubReport:
    """A roll-up across the communes merged into a hub."""

    month: str
    hub_name: str
    province_name: str | None
    communes: list[CommuneRow]
    bundles_known: bool  # False on a database without the sync tables
    total: CommuneRow

    @property
    def year(self) -> int:
        """The report's year."""
        return int(self.month[:4])
