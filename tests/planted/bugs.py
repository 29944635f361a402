"""The bugs users would hit, each with the tests that must catch it (tests/planted)."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Bug:
    """One planted bug: in `path`, `old` (occurring exactly once) becomes `new`."""

    name: str
    what: str
    path: str
    old: str
    new: str
    tests: tuple[str, ...]


BUGS = (
    Bug("search_diacritics", "search finds Nguyễn only when typed without diacritics",
        "desktop/services/queries.py",
        'key = f"%{search_key(text)}%"', 'key = f"%{text.strip().lower()}%"',
        ("tests/services/test_guards.py",)),
    Bug("cccd_century", "the CCCD century digits 8/9 read as the 1800s",
        "desktop/domain/cccd.py",
        '"8": ("male", 2300), "9": ("female", 2300)',
        '"8": ("male", 1800), "9": ("female", 1800)',
        ("tests/domain/test_cccd.py",)),
    Bug("cccd_century_2000", "the CCCD digits 2/3 read as the 1900s",
        "desktop/domain/cccd.py",
        '"2": ("male", 2000), "3": ("female", 2000)',
        '"2": ("male", 1900), "3": ("female", 1900)',
        ("tests/domain/test_cccd.py",)),
    Bug("followup_same_day", "a follow-up on the day of the visit accepted",
        "desktop/services/records.py",
        "if follow and date and follow <= date:", "if follow and date and follow < date:",
        ("tests/services/test_guards.py",)),
    Bug("deleted_cccd_blocks", "a deleted resident's CCCD blocks re-entry of the number",
        "desktop/services/records.py",
        '"SELECT r.id, r.full_name, h.name, hh.head_name FROM live_residents r "',
        '"SELECT r.id, r.full_name, h.name, hh.head_name FROM residents r "',
        ("tests/services/test_guards.py",)),
    Bug("chua_is_yes", '"chưa" imported as yes',
        "desktop/domain/values.py",
        'YES = {"1", "true", "yes", "y", "x", "co", "c", "dung", "v", "✓", "✔", "roi", "da co"}',
        'YES = {"1", "true", "yes", "y", "x", "co", "c", "dung", "v", "✓", "✔", "roi", "da co", '
        '"chua"}',
        ("tests/services/test_guards.py",)),
    Bug("one_step_back", "a one-step-back stage move accepted without a correction",
        "desktop/domain/stages.py",
        "if stages.index(target) < stages.index(current) and not correction:",
        "if stages.index(target) < stages.index(current) - 1 and not correction:",
        ("tests/domain/test_rules.py", "tests/services/test_guards.py")),
    Bug("visit_drops_health", "the visit form drops the health-record stage changes",
        "desktop/ui/visit_form.py",
        'for col, field in ((COL_EID, "eid_stage"), (COL_HEALTH, "health_stage")):',
        'for col, field in ((COL_EID, "eid_stage"),):',
        ("tests/ui/test_visit_stages.py",)),
    Bug("hub_clock_not_advanced", "the hub's clock not advanced when it merges",
        "desktop/sync/importer.py",
        "            _observe(conn, tx.stamp.device_id, checked.max_clock, clock_of(db))",
        "            pass",
        ("tests/sync/test_merge_rules.py::test_clock_observed_on_normal_import",)),
    Bug("undo_partial", "undo of a large save stops after 500 rows",
        "desktop/services/undo.py",
        "\"AND action IN ('insert', 'update', 'delete') ORDER BY seq DESC\",",
        "\"AND action IN ('insert', 'update', 'delete') ORDER BY seq DESC LIMIT 500\",",
        ("tests/services/test_undo.py",)),
    Bug("list_month_unchecked", "xaso list --month 2026-13 not refused",
        "desktop/domain/periods.py",
        "    if not 1 <= month <= 12 or not 1900 <= year <= 9998:",
        "    if not 0 <= month <= 99 or not 1900 <= year <= 9998:",
        ("tests/services/test_guards.py",)),
    Bug("live_counts_deleted", "a live list counts deleted records",
        "desktop/db/live.py",
        '    where = "deleted = 0" + (f" AND {EXTRA[table]}" if table in EXTRA else "")',
        '    where = "1" + (f" AND {EXTRA[table]}" if table in EXTRA else "")',
        ("tests/services/test_demo_and_maintenance.py",)),
    Bug("view_row_order", "history read through a live view loses the order of same-day changes",
        "desktop/db/live.py",
        'AS SELECT rowid AS rowid, * FROM {table}', 'AS SELECT * FROM {table}',
        ("tests/services/test_demo_and_maintenance.py",)),
    Bug("namesakes_merged", "namesakes (Hà/Hạ, or a name without a phone) merged on import",
        "desktop/services/identity.py",
        "        if other == name and same_rest(rest):",
        "        if other_key == key and same_rest(rest):",
        ("tests/services/test_identity.py",)),
    Bug("report_counts_deleted_visits", "the monthly report counts deleted visits",
        "desktop/db/live.py",
        '    where = "deleted = 0" + (f" AND {EXTRA[table]}" if table in EXTRA else "")',
        '    where = ("deleted = 0" if table != "visits" else "1") + '
        '(f" AND {EXTRA[table]}" if table in EXTRA else "")',
        ("tests/reports/test_indicators.py",)),
    Bug("report_counts_deleted_history", "the report counts a deleted resident's stage history",
        "desktop/db/live.py",
        '    "stage_changes": "resident_id NOT IN (SELECT id FROM residents WHERE deleted = 1)",',
        '    "stage_changes": "1",',
        ("tests/reports/test_indicators.py",)),
    Bug("xlsx_formula", "a name like =HYPERLINK(...) exported to xlsx as a live formula",
        "desktop/services/tables.py",
        '                    cell.data_type = "s"', "                    pass",
        ("tests/services/test_safe_exports.py",)),
    Bug("csv_formula", "CSV cells starting with = + - @ written as they are",
        "desktop/services/tables.py",
        "    if isinstance(value, str) and value.startswith(FORMULA_STARTS):",
        "    if False:",
        ("tests/services/test_safe_exports.py",)),
)
