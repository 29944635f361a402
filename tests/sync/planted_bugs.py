"""Plant each bug the tests of issue 11 guard against, run those tests, expect them to fail,
restore the file. A developer tool, not a test: `.venv/bin/python tests/sync/planted_bugs.py
[NAME...]`; it edits source files while it runs, so run nothing else meanwhile."""
import subprocess, sys
from pathlib import Path
ROOT = Path(__file__).resolve().parents[2]
H = "tests/sync/test_hostile.py::"
M = "tests/sync/test_malformed.py::"
PLANTS = [
 ("foreign rows: ownership not checked", "desktop/sync/apply.py",
  '        s = self.sender\n        code = row["commune_code"]\n',
  '        return None\n        s = self.sender\n        code = row["commune_code"]\n',
  [H+"test_overwrite_of_another_communes_resident_is_refused", H+"test_moving_another_communes_resident_into_own_commune_is_refused",
   H+"test_deleting_another_communes_resident_is_refused", H+"test_a_record_keeps_the_commune_it_was_created_with",
   H+"test_hub_owned_records_change_only_on_the_hub"]),
 ("duplicates pairs not checked", "desktop/sync/apply.py",
  '        if row["id"] != pair_id(', '        return\n        if row["id"] != pair_id(',
  [H+"test_pairing_another_communes_residents_in_the_duplicates_queue"]),
 ("missing commune skips the check", [("desktop/sync/apply.py",
  '        code = row["commune_code"]\n        if s.to_hub:', '        code = row["commune_code"]\n        if code is None:\n            return None\n        if s.to_hub:'),
  ("desktop/domain/rows.py", '    nullable = {"actor_id", "field_hlc"}', '    nullable = {"actor_id", "field_hlc", "commune_code"}')],
  None, None, [H+"test_a_row_without_its_communes_code_is_refused"]),
 ("source commune unchecked", "desktop/sync/manifest.py",
  '        raise refuse("bundle_bad_commune", found=str(code)[:16])', '        pass',
  [H+"test_a_bundle_without_a_valid_commune_is_refused"]),
 ("no enrollment: any device trusted", "desktop/sync/trust.py",
  '    own = device_keys(conn).public.sign_public\n', '    return Decision("enroll", token={"token_id": "x"})\n    own = device_keys(conn).public.sign_public\n',
  [H+"test_unenrolled_device_is_held_then_approved", H+"test_expired_enrollment_is_held"]),
 ("revocation by device only", "desktop/sync/trust.py",
  '    reason = key_refusal(conn, *signer.keys)\n', '    return\n    reason = key_refusal(conn, *signer.keys)\n',
  [H+"test_revoked_key_is_refused_under_any_device_id_and_after_forget", H+"test_denied_device_stays_refused"]),
 ("revocation keeps the token", "desktop/sync/trust.py",
  '        if enrolled_by.startswith("token:"):', '        if False:',
  [H+"test_revoked_laptop_reinitialised_with_the_same_key_file_is_held"]),
 ("token commune not compared", "desktop/sync/trust.py",
  '    if token["commune_code"] != signer.commune_code:', '    if False:',
  [H+"test_enrollment_for_another_commune_is_refused"]),
 ("rotation not learned", "desktop/sync/keys.py",
  '    if not isinstance(chain, list):\n        return None', '    return None',
  [H+"test_keys_rotate_and_the_hub_learns_them_from_the_old_key"]),
 ("clock not bounded", "desktop/sync/manifest.py",
  '    top = min(max(now_ms + tolerance_ms, 0), MAX_WALL_MS)', '    top = MAX_WALL_MS',
  [H+"test_the_largest_clock_the_format_allows_is_refused_and_the_hub_keeps_working",
   H+"test_a_clock_three_years_ahead_is_refused_and_drags_nothing", H+"test_a_laptop_refuses_a_reference_bundle_from_a_hub_clock_ahead"]),
 ("clock grows a 16th digit", "desktop/domain/hlc.py",
  '            if wall >= MAX_WALL_MS:', '            if False:',
  ["tests/domain/test_rows.py::test_the_clock_never_leaves_its_format"]),
 ("stored clock parsed strictly", "desktop/db/writer.py",
  'Timestamp.load(last, device_id)', '(Timestamp.parse(last) if last else None)',
  [H+"test_a_saved_clock_at_or_past_the_bound_never_stops_the_writer"]),
 ("sequence not capped", "desktop/sync/manifest.py",
  '    if not _int(m.get("seq"), 1, limits.seq):', '    if not _int(m.get("seq"), 1, 10 ** 40):',
  [H+"test_a_huge_sequence_number_reports_the_gap_without_enumerating_it"]),
 ("gaps listed one by one", "desktop/sync/importer.py",
  '                ranges.append([previous + 1, s - 1])', '                ranges.extend([[n, n] for n in range(previous + 1, min(s, previous + 101))])',
  [H+"test_a_huge_sequence_number_reports_the_gap_without_enumerating_it"]),
 ("no inflation cap", "desktop/sync/changes.py",
  '    if entry["raw_bytes"] > limits.inflation * entry["bytes"] + INFLATION_SLACK:', '    if False:',
  [H+"test_row_count_and_inflation_caps_refuse_before_writing"]),
 ("no rows cap", "desktop/sync/manifest.py",
  '    if not _int(rows, 0, limits.rows):', '    if not _int(rows, 0, 10 ** 12):',
  [H+"test_row_count_and_inflation_caps_refuse_before_writing"]),
 ("no text cap", "desktop/domain/rows.py",
  'TEXT_BYTES = 8192 ', 'TEXT_BYTES = 10 ** 9 ',
  [H+"test_overlong_text_is_refused"]),
 ("no row line cap", [("desktop/sync/changes.py",
  '        if len(pending) > limits.row_bytes:', '        if False:'),
  ("desktop/sync/changes.py", '            if len(line) > limits.row_bytes:', '            if False:')],
  None, None, [H+"test_overlong_text_is_refused"]),
 ("no manifest checks", "desktop/sync/importer.py",
  '    check_manifest(m, limits)\n', '\n',
  [M+"test_every_malformed_kind_is_refused_by_its_own_check"]),
 ("no value type checks", "desktop/sync/changes.py",
  '        raise refuse("bundle_damaged", detail=f"value types in {table}")', '        pass',
  [M+"test_every_malformed_kind_is_refused_by_its_own_check"]),
 ("refusals on stdout", "desktop/cli/sync_cmds.py",
  '            print(_import_line(ctx, rep), file=sys.stderr)', '            lines.append(_import_line(ctx, rep))',
  [M+"test_folder_import_names_each_refusal_on_stderr_and_goes_on", M+"test_held_bundle_on_the_command_line"]),
 ("rows not validated", "desktop/domain/rows.py",
  '        problems = []\n        for (name, fn, nullable), value in zip(plan, values):', '        return []\n        problems = []\n        for (name, fn, nullable), value in zip(plan, values):',
  [H+"test_invalid_resident_rows_are_refused", H+"test_other_invalid_rows_are_refused"]),
 ("references not checked", "desktop/sync/apply.py",
  '        for ref in rules.references:\n            wanted', '        return\n        for ref in rules.references:\n            wanted',
  [H+"test_invalid_resident_rows_are_refused"]),
 ("duplicate ids not checked", "desktop/sync/apply.py",
  '        if not suspects:\n            return', '        return',
  [H+"test_duplicate_ids_within_a_part_are_refused"]),
 ("partial tombstones accepted", "desktop/sync/changes.py",
  '    if missing:\n        raise refuse("bundle_damaged", detail=f"{table} lacks', '    if False:\n        raise refuse("bundle_damaged", detail=f"{table} lacks',
  [H+"test_a_tombstone_never_creates_a_record_out_of_nothing"]),
 ("users table accepted", "desktop/sync/changes.py",
  'DEVICE_TABLES = frozenset(SYNC_TABLES)', 'DEVICE_TABLES = frozenset((*SYNC_TABLES, "users"))',
  [H+"test_rows_of_the_users_table_are_refused"]),
 ("bundles without the records they name", "desktop/sync/exporter.py",
  '        wanted = sorted(needed.pop(table, set()) - have)', '        wanted = []',
  [H+"test_an_edit_merges_in_any_order"]),
 ("refusals not in the history", "desktop/sync/importer.py",
  '            record_refusal(db, name, exc, info)\n        raise\n', '            pass\n        raise\n',
  [H+"test_overwrite_of_another_communes_resident_is_refused"]),
]
only = sys.argv[1:]
results = []
for name, path, old, new, tests in PLANTS:
    if only and not any(o in name for o in only):
        continue
    changes = path if isinstance(path, list) else [(path, old, new)]
    saved = {}
    for p, o, n in changes:
        f = ROOT / p
        text = saved.setdefault(f, f.read_text())
        current = f.read_text()
        assert current.count(o) >= 1, (name, "anchor not found", p)
        f.write_text(current.replace(o, n, 1))
    try:
        done = subprocess.run([str(ROOT / ".venv/bin/python"), "-m", "pytest", "-q", "-p", "no:cacheprovider", *tests],
                              cwd=ROOT, capture_output=True, text=True, timeout=900)
    finally:
        for f, text in saved.items():
            f.write_text(text)
    failed = done.returncode != 0
    last = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr[-200:]
    results.append((name, failed, last))
    print(("CAUGHT " if failed else "MISSED ") + name + " :: " + last, flush=True)
print(sum(1 for r in results if r[1]), "of", len(results), "planted bugs caught")
