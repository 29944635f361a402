"""Running the indicator definitions (desktop/domain/indicators.py) at either level.

One definition serves both: grouped by hamlet inside one commune for the commune
report, grouped by commune across a hub for the roll-up. Each indicator becomes one
or a few grouped queries:

    SELECT m.<hamlet|commune>, m.day, sum(m.n) FROM (<definition>) AS m
    GROUP BY m.day, m.<hamlet|commune>

grouped by day, and summed into reporting periods here (a period may close on the
14th). An indicator with a `fast` reading is read from the per-period aggregates
(desktop/db/aggregates), whose `day` is the first day of each period; the
definition itself is run when asked (`source="records"`, the tests' comparison):

- a flow is read once from the start of the month before (or of the year) to the
  end of the month, by period, and the month, the month before, the year so far and
  the month-by-month series are sums of periods; a flow of distinct things (households
  visited) is read once per window instead, because its periods do not add up;
- a state is read over its whole history up to the end of the month, the rows before
  the year in one bucket, so the number at the end of each month is a running sum;
- a snapshot, and every denominator, is read once.

Identical denominators (the adults of three indicators) are read once. The queries are
independent, so `run_parallel` runs them side by side.
"""

import json
import re
from dataclasses import dataclass, field

from desktop.db.aggregates.tables import exact_from_aggregates
from desktop.domain.indicators import INDICATORS
from desktop.domain.periods import Period

BEFORE = "before"  # the bucket of state rows before the year's first period
_SCOPE = re.compile(r"IN_SCOPE\(([\w.]+)\)")


@dataclass(frozen=True)
class Scope:
    """Where the indicators are counted and what they are grouped by."""

    level: str               # "hamlet" (a commune's report) or "commune" (a roll-up)
    communes: tuple[str, ...]

    @classmethod
    def commune(cls, code: str) -> "Scope":
        """One commune, by hamlet."""
        return cls("hamlet", (code,))

    @classmethod
    def hub(cls, codes) -> "Scope":
        """Several communes, one row each."""
        return cls("commune", tuple(codes))

    def where(self, column: str) -> str:
        """The condition that keeps `column` (a commune code) inside the scope."""
        if self.level == "hamlet":
            return f"{column} = :commune"
        return f"{column} IN (SELECT value FROM json_each(:communes))"

    @property
    def params(self) -> dict:
        """The parameters `where` refers to, and the aggregates' level ('h' rows by
        hamlet, 'c' rows by commune)."""
        if self.level == "hamlet":
            return {"commune": self.communes[0], "level": "h"}
        return {"communes": json.dumps(list(self.communes)), "level": "c"}


@dataclass
class Values:
    """One indicator at one place: see `model.Figure` for what each value means."""

    month: float | None = 0
    previous: float | None = 0
    ytd: float | None = 0
    denominator: int | None = None
    series: list[float] = field(default_factory=list)


def compile_measure(sql: str, scope: Scope) -> str:
    """The grouped query of one definition: (place, day, sum), grouped by day rather
    than by period, so the grouping follows the (commune, date, hamlet) indexes without
    a sort; the days are summed into periods in Python."""
    inner = _SCOPE.sub(lambda m: scope.where(m.group(1)), sql)
    return (f"SELECT m.{scope.level}, m.day, sum(m.n) FROM ({inner}) AS m "
            f"GROUP BY m.day, m.{scope.level}")


def _query(sql: str, params: dict):
    return lambda conn: conn.execute(sql, params).fetchall()


def readings(code: str, source: str, year: int, age: int | None) -> tuple[str, str | None]:
    """(numerator, denominator) SQL of an indicator: its `fast` reading from the
    aggregates where it has one and they count its age threshold `age` in `year`
    exactly (a threshold set high enough reaches birth years they keep together:
    desktop/db/aggregates/tables.py, FLOOR_YEAR), or (`source="records"`) its
    definition."""
    ind = INDICATORS[code]
    if source == "aggregates" and ind.fast and exact_from_aggregates(year, age):
        return ind.fast
    return ind.numerator, ind.denominator


def indicator_jobs(period: Period, scope: Scope, ages: dict[str, int | None],
                   codes=None, source: str = "aggregates") -> dict:
    """The read jobs of every indicator in `codes` (default: all), for run_parallel."""
    jobs: dict = {}
    prev = period.previous()
    for code in codes or INDICATORS:
        ind = INDICATORS[code]
        age = ages.get(code, ind.age)
        numerator, denominator = readings(code, source, period.year, age)
        base = {**scope.params, "year": period.year, "age": age or 0,
                "year_start": period.year_start}
        sql = compile_measure(numerator, scope)
        if ind.measure == "flow" and not ind.additive:
            for window, (start, end) in (("month", period.bounds()),
                                         ("previous", prev.bounds()),
                                         ("ytd", (period.year_start, period.end))):
                jobs[f"{code}|{window}"] = _query(sql, {**base, "start": start, "end": end})
        elif ind.measure == "flow":
            start = min(prev.start, period.year_start)
            jobs[f"{code}|all"] = _query(sql, {**base, "start": start, "end": period.end})
        else:
            jobs[f"{code}|all"] = _query(sql, {**base, "start": "", "end": period.end})
        if denominator:
            key = _denominator_key(code, age)
            if key not in jobs:
                jobs[key] = _query(compile_measure(denominator, scope),
                                   {**base, "start": "", "end": period.end})
    return jobs


def _denominator_key(code: str, age) -> str:
    """One job per distinct denominator (the adults of three indicators are read once):
    keyed by its definition, which both readings share."""
    return f"den|{age}|{INDICATORS[code].denominator}"


def assemble(results: dict, period: Period, ages: dict[str, int | None], codes=None
             ) -> dict[str, dict[str | None, Values]]:
    """{code: {place: Values}} from the results of `indicator_jobs`."""
    months = [str(p.month) for p in period.year_so_far()]
    this, before = str(period.month), str(period.previous().month)
    year_start = period.year_start
    periods: dict = {}

    def period_of(day) -> str:
        """The period ("YYYY-MM") a day falls in (a few hundred distinct days)."""
        if day not in periods:
            periods[day] = period.bucket_of(day)
        return periods[day]

    def bucket(day) -> str:
        """The period of a day, or BEFORE the year (a state's history)."""
        return BEFORE if day < year_start else period_of(day)

    out: dict[str, dict[str | None, Values]] = {}
    for code in codes or INDICATORS:
        ind = INDICATORS[code]
        places: dict[str | None, Values] = {}

        def at(place) -> Values:
            if place not in places:
                places[place] = Values(series=[0] * len(months))
            return places[place]

        if ind.measure == "flow" and not ind.additive:
            for window in ("month", "previous", "ytd"):
                for place, day, n in results[f"{code}|{window}"]:
                    if day is None:  # nothing in the window
                        continue
                    v = at(place)
                    setattr(v, window, getattr(v, window) + (n or 0))
                    if window == "ytd" and bucket(day) in months:
                        v.series[months.index(bucket(day))] += n or 0
            for v in places.values():  # distinct since the year began: running
                v.series = _running(v.series)
        elif ind.measure == "flow":
            for place, day, n in results[f"{code}|all"]:
                v = at(place)
                n = n or 0
                if day is None:
                    continue
                when = period_of(day)
                if when == this:
                    v.month += n
                if when == before:
                    v.previous += n
                if when in months and day >= year_start:
                    v.ytd += n
                    v.series[months.index(when)] += n
        elif ind.measure == "state":
            starting: dict = {}
            for place, day, n in results[f"{code}|all"]:
                v = at(place)
                if day is None:
                    continue
                when = bucket(day)
                if when == BEFORE:
                    starting[place] = starting.get(place, 0) + (n or 0)
                elif when in months:
                    v.series[months.index(when)] += n or 0
            for place in starting:
                at(place)
            for place, v in places.items():
                start = starting.get(place, 0)
                v.series = [start + s for s in _running(v.series)]
                v.month = v.series[-1]
                v.previous = v.series[-2] if len(v.series) > 1 else start
                v.ytd = v.month - start
        else:
            for place, _, n in results[f"{code}|all"]:
                at(place).month += n or 0
            for v in places.values():
                v.previous = v.ytd = None
                v.series = []
        if ind.denominator:
            for place, _, n in results[_denominator_key(code, ages.get(code, ind.age))]:
                v = at(place)
                v.denominator = (v.denominator or 0) + (n or 0)
                if ind.measure == "snapshot":
                    v.previous = v.ytd = None
                    v.series = []
        out[code] = places
    return out


def _running(values: list) -> list:
    total, out = 0, []
    for value in values:
        total += value
        out.append(total)
    return out


def total(code: str, places: dict[str | None, Values], keep=None) -> Values:
    """The sum of indicator `code` over its places (those `keep(place)` accepts)."""
    ind = INDICATORS[code]
    out = Values(month=0, previous=0, ytd=0, denominator=0 if ind.denominator else None)
    for place, v in places.items():
        if keep is not None and not keep(place):
            continue
        out.month += v.month or 0
        out.previous += v.previous or 0
        out.ytd += v.ytd or 0
        if ind.denominator:
            out.denominator += v.denominator or 0
        if v.series:
            out.series = [a + b for a, b in zip(out.series or [0] * len(v.series), v.series)]
    if ind.measure == "snapshot":
        out.previous = out.ytd = None
    return out
