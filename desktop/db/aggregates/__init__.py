"""Per-period aggregates of the big record tables, kept up to date by the database
itself and rebuildable from the records at any time.

A million visits cannot be read in the half second a monthly report may take, and a
province hub holds ten million. So the report reads small tables of counts instead
(`agg_*`), each a GROUP BY of the live records (desktop/db/live.py) by commune,
hamlet, reporting period and what the indicators distinguish:

- agg_visits: visits by period and outcome, with their online public-service dossiers;
- agg_stages: onboarding steps (stage_changes) by period, track, the stages left and
  entered, and the resident's birth year (ages are thresholds on it);
- agg_residents / agg_skills / agg_households: residents and households as recorded
  now, by birth year; basic digital skills by the period they were completed in;
- agg_household_periods: each household once per period it had a visit that found
  someone at home ('p'), and once per year on the period of its first such visit
  ('y'); agg_households_visited counts them by the household's commune and hamlet;
- agg_member_visits: each team member's live visits by period (the report's team list;
  schema 10, `members`);
- agg_member_helped: the residents each team member helped by period (schema 11,
  `helped`);
- agg_follow_ups: every follow-up asked for, with the day a later visit settled it
  (the follow-ups due at the end of any period; schema 12, `follow_ups`).

Every count is kept at two levels: 'h' per hamlet (a commune's report) and 'c' per
commune with hamlet '' (a hub's roll-up, which would otherwise add up a hundred
communes' hamlets). A hamlet of '' at level 'h' is "no hamlet"; a birth year of
9999 is "unknown" (never of age); a day of '' is "all time" (agg_stages and
agg_skills keep all-time totals, so the state before a year is the total less the
year: the work of one month does not grow with years of history). Birth years up to
FLOOR_YEAR (2002) are kept as one (schema 16): every default age threshold counts all
of them in every report from 2020, and a threshold that reaches before it is read
from the records.

Periods: `day` is the first day of the reporting period a date falls in, under this
database's `report.closing_day` setting (desktop/domain/periods.py: the calendar month,
or e.g. 15/10–14/11 with closing day 14). Changing the setting rebuilds the dated
aggregates in the same transaction (a trigger on `settings`).

Triggers on the record tables add and subtract each row's contribution as it is
inserted, changed or deleted, so the service layer, the merge, undo, erasure and
anything else that writes keeps them right without knowing of them. Bulk work (demo
data, a commune's first full bundle) pauses them (`paused`) and rebuilds what it
touched set-based, which is several times faster than row by row. `rebuild`
recomputes them from the records; `differences` compares the two (tests, checks).

The modules: `period_sql` (a date's period, in SQL), `tables` (the aggregates of one
record table each), `households` (households visited),
`members` (each team member's visits), `helped` (the residents each helped),
`follow_ups` (the follow-ups and the day each was settled), `schema` (`create`) and
`bulk` (`paused`, `dropped`, `rebuild`, `differences`). Their public names are
importable from here.
"""

from desktop.db.aggregates.bulk import (CHUNKED, DERIVED_TRIGGERS, differences, dropped,
                                        paused, rebuild, snapshot)
from desktop.db.aggregates.period_sql import (CLOSING, period_end, period_start, year_end,
                                              year_start)
from desktop.db.aggregates.schema import create
from desktop.db.aggregates.tables import (AGGREGATES, BY_TABLE, DATED, FLOOR_YEAR, LEVELS,
                                          NOT_PAUSED, OTHER_TABLES, SPANS, TABLES, UNKNOWN_YEAR,
                                          Aggregate, contribution, rebuild_sql, totals_sql)

__all__ = ["AGGREGATES", "Aggregate", "BY_TABLE", "CHUNKED", "CLOSING", "DATED",
           "DERIVED_TRIGGERS", "FLOOR_YEAR", "LEVELS", "NOT_PAUSED", "OTHER_TABLES", "SPANS",
           "TABLES", "UNKNOWN_YEAR", "contribution", "create", "differences", "dropped",
           "paused", "period_end", "period_start", "rebuild", "rebuild_sql", "snapshot",
           "totals_sql", "year_end", "year_start"]
