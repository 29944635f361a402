"""Sync commands: bundles, conflicts and duplicates (keys, trust and the clock are in
trust_cmds). A thin shell over desktop.sync; every message in Vietnamese and English.

A bundle that is refused or held is reported on stderr (file, reason code, message),
also with --json; the others are imported and the command exits 2.
"""

import sys
from pathlib import Path


def _t(ctx, vi: str, en: str) -> str:
    return en if ctx.lang == "en" else vi


def register(sub, parent) -> None:
    """Add the sync command groups to the `xaso` parser."""
    bundle = sub.add_parser("bundle", parents=[parent],
                            help="gói dữ liệu đồng bộ / sync bundles").add_subparsers(
        dest="bundle_command", metavar="ACTION", required=True)
    p = bundle.add_parser("export", parents=[parent],
                          help="xuất gói dữ liệu / export a bundle")
    p.add_argument("--out", required=True, metavar="FILE",
                   help="tệp .xaso hoặc thư mục / .xaso file or folder")
    p.add_argument("--full", action="store_true",
                   help="xuất toàn bộ, không chỉ phần thay đổi / everything, not just changes")
    p.add_argument("--for", dest="for_commune", metavar="COMMUNE",
                   help="(hub) gói tham chiếu cho xã này / (hub) reference bundle for this commune")
    p.set_defaults(func=run_export, needs="bundle_export")
    p = bundle.add_parser("import", parents=[parent], help="nhập gói dữ liệu / import bundles")
    p.add_argument("paths", nargs="+", metavar="FILE|DIR", help="tệp .xaso hoặc thư mục")
    p.set_defaults(func=run_import, needs="bundle_import")
    p = bundle.add_parser("inspect", parents=[parent],
                          help="xem gói mà không nhập / show a bundle without importing")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=run_inspect, needs="read")

    conflicts = sub.add_parser("conflicts", parents=[parent],
                               help="giá trị bị thay khi hợp nhất / merge conflicts").add_subparsers(
        dest="conflicts_command", metavar="ACTION", required=True)
    p = conflicts.add_parser("list", parents=[parent], help="liệt kê / list")
    p.add_argument("--record", metavar="ID", help="chỉ bản ghi này / one record only")
    p.add_argument("--limit", type=int, default=200, metavar="N")
    p.set_defaults(func=run_conflicts_list, needs="read")

    dups = sub.add_parser("duplicates", parents=[parent],
                          help="trùng số CCCD / duplicate CCCD queue").add_subparsers(
        dest="duplicates_command", metavar="ACTION", required=True)
    p = dups.add_parser("list", parents=[parent], help="liệt kê / list")
    p.add_argument("--all", action="store_true", help="kể cả đã xử lý / include resolved")
    p.set_defaults(func=run_duplicates_list, needs="read")
    p = dups.add_parser("resolve", parents=[parent], help="xử lý một mục / resolve one entry")
    p.add_argument("id", metavar="DUPLICATE_ID")
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--keep", metavar="RESIDENT_ID",
                     help="cùng một người: giữ bản ghi này / same person: keep this record")
    how.add_argument("--different", action="store_true",
                     help="hai người khác nhau / two different people")
    p.add_argument("--note", metavar="TEXT")
    p.set_defaults(func=run_duplicates_resolve, needs="records")
    p = dups.add_parser("merge", parents=[parent],
                        help="gộp hai hồ sơ của một người / merge the pair into one record")
    p.add_argument("id", metavar="DUPLICATE_ID")
    p.add_argument("--keep", required=True, metavar="RESIDENT_ID",
                   help="hồ sơ giữ lại / the record that stays")
    p.add_argument("--field", action="append", default=[], metavar="NAME=RESIDENT_ID",
                   help="lấy giá trị trường này từ người này / take this field from this "
                        "record (repeatable)")
    p.add_argument("--note", metavar="TEXT")
    p.set_defaults(func=run_duplicates_merge, needs="records")


def run_export(args, ctx) -> int:
    from desktop.db.meta import require_setup
    from desktop.sync.container import refuse
    from desktop.sync.exporter import export_bundle, export_reference

    db = ctx.db()
    setup = require_setup(db.conn)
    if args.for_commune:
        if not setup.is_hub:
            raise refuse("sync_for_on_commune")
        result = export_reference(db, args.for_commune, args.out, args.full)
    else:
        result = export_bundle(db, args.out, args.full)
    text = _t(ctx, f"Đã xuất gói {result['path']}: {result['rows']} bản ghi, số thứ tự "
                   f"{result['seq']}, {result['bytes']} byte.",
              f"Exported {result['path']}: {result['rows']} records, sequence "
              f"{result['seq']}, {result['bytes']} bytes.")
    more = result["bundles"][1:]
    if more:  # past one bundle's size: the rest follow in sequence, each complete in itself
        text = _t(ctx, f"Đã xuất {len(more) + 1} gói nối tiếp (số thứ tự {result['seq']}–"
                       f"{more[-1]['seq']}): {result['rows']} bản ghi, {result['bytes']} byte; "
                       f"gửi tất cả cho trạm tổng hợp.",
                  f"Exported {len(more) + 1} bundles in sequence ({result['seq']}–"
                  f"{more[-1]['seq']}): {result['rows']} records, {result['bytes']} bytes; "
                  f"send them all to the hub.")
        text += "".join(f"\n  {b['path']}" for b in result["bundles"])
    ctx.emit({"ok": True, **result}, text)
    return 0


def bundle_files(paths) -> list[Path]:
    """The files named, with each folder replaced by its *.xaso files (sorted)."""
    files = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.suffix.lower() == ".xaso"
                                and p.is_file()))
        else:
            files.append(path)
    return files


def run_import(args, ctx) -> int:
    from desktop.sync.importer import TOTAL_KEYS

    db = ctx.db()
    files = bundle_files(args.paths)
    results = []
    totals = {k: 0 for k in TOTAL_KEYS}
    lines = []
    for n, path in enumerate(files, 1):
        ctx.progress(n - 1, len(files), path.name[:30])
        rep = import_one(db, path, ctx.lang)
        results.append(rep)
        for k in TOTAL_KEYS:
            totals[k] += rep.get("totals", {}).get(k, 0)
        if rep["status"] in ("refused", "held"):
            print(_import_line(ctx, rep), file=sys.stderr)
        else:
            lines.append(_import_line(ctx, rep))
    ctx.progress(len(files), len(files), "")
    counts = {s: sum(1 for r in results if r["status"] == s)
              for s in ("imported", "already_imported", "held", "refused")}
    lines.append(_t(ctx,
        f"Tổng: {counts['imported']} gói đã nhập, {counts['already_imported']} đã nhập trước đó, "
        f"{counts['held']} bị giữ lại chờ duyệt, {counts['refused']} bị từ chối. Bản ghi: "
        f"{totals['new']} mới, {totals['updated']} cập nhật, {totals['unchanged']} không đổi, "
        f"{totals['conflicting']} xung đột, {totals['duplicate']} trùng CCCD.",
        f"Total: {counts['imported']} bundles imported, {counts['already_imported']} already "
        f"imported, {counts['held']} held for approval, {counts['refused']} refused. Records: "
        f"{totals['new']} new, {totals['updated']} updated, {totals['unchanged']} unchanged, "
        f"{totals['conflicting']} conflicting, {totals['duplicate']} duplicate."))
    bad = counts["refused"] + counts["held"]
    ctx.emit({"ok": bad == 0, "bundles": results, "counts": counts, "totals": totals},
             "\n".join(lines))
    return 2 if bad else 0


def import_one(db, path: Path, lang: str) -> dict:
    """Import one bundle file; a refusal or a hold becomes a report, never an error."""
    from desktop.domain.errors import InputRefused
    from desktop.sync.importer import BundleHeld, import_bundle

    try:
        return import_bundle(db, Path(path), str(path))
    except InputRefused as exc:  # BundleRefused and BundleHeld among them
        status = "held" if isinstance(exc, BundleHeld) else "refused"
        code = getattr(exc, "code", None) or exc.problems[0].code
        return {"file": str(path), "status": status, "reason": code,
                "message": exc.message(lang),
                "problems": [{"code": p.code, "field": p.field, "message": p.message(lang)}
                             for p in exc.problems]}


def _import_line(ctx, rep: dict) -> str:
    name = Path(rep["file"]).name
    if rep["status"] == "refused":
        return _t(ctx, f"✗ {name}: TỪ CHỐI [{rep['reason']}] — {rep['message']}",
                  f"✗ {name}: REFUSED [{rep['reason']}] — {rep['message']}")
    if rep["status"] == "held":  # the message names the file, device, commune, fingerprint
        return f"⏸ [{rep['reason']}] {rep['message']}"
    if rep["status"] == "already_imported":
        return _t(ctx, f"= {name}: đã nhập trước đó, không thay đổi gì.",
                  f"= {name}: already imported, nothing changed.")
    t = rep["totals"]
    line = _t(ctx, f"✓ {name}: máy {rep['device_id']} số {rep['seq']}: {t['new']} mới, "
                   f"{t['updated']} cập nhật, {t['unchanged']} không đổi, {t['conflicting']} "
                   f"xung đột, {t['duplicate']} trùng CCCD",
              f"✓ {name}: device {rep['device_id']} #{rep['seq']}: {t['new']} new, "
              f"{t['updated']} updated, {t['unchanged']} unchanged, {t['conflicting']} "
              f"conflicting, {t['duplicate']} duplicate")
    if rep.get("trusted_now"):
        line += _t(ctx, "; máy mới, đã ghi danh bằng tệp khóa của xã",
                   "; new device, enrolled by its commune's key file")
    if rep.get("keys_rotated"):
        line += _t(ctx, "; máy đã đổi khóa, đã ghi nhận khóa mới", "; the device rotated its keys")
    if rep.get("missing"):
        ranges = ", ".join(f"{a}" if a == b else f"{a}–{b}" for a, b in rep["gaps"])
        more = "…" if sum(b - a + 1 for a, b in rep["gaps"]) < rep["missing"] else ""
        line += _t(ctx, f"; THIẾU {rep['missing']} gói của máy này (số {ranges}{more})",
                   f"; MISSING {rep['missing']} bundles of this device (numbers {ranges}{more})")
    return line


def run_inspect(args, ctx) -> int:
    from desktop.sync.importer import read_file
    from desktop.sync.inspection import inspect_bundle

    info = inspect_bundle(ctx.db(), read_file(Path(args.file)), str(args.file))
    problem = info.pop("problem", None)
    if problem is not None:
        info["message"] = problem.message(ctx.lang)
    lines = [f"{k}: {v}" for k, v in info.items()]
    ctx.emit(info, "\n".join(lines))
    # exit 2 when the bundle is damaged or would be refused here; reading someone
    # else's bundle (header only) is a normal answer
    return 2 if info.get("reason") not in (None, "bundle_not_for_us", "sync_no_keys") else 0


def run_conflicts_list(args, ctx) -> int:
    from desktop.sync.conflicts import list_conflicts

    rows = list_conflicts(ctx.db(), args.record, args.limit)
    if not rows:
        text = _t(ctx, "Không có xung đột nào.", "No conflicts.")
    else:
        text = "\n".join(
            _t(ctx, f"{r['table_name']} {r['record_id']} «{r['field']}»: giữ {r['kept_value']!r}, "
                    f"bỏ {r['lost_value']!r} (máy {r['lost_device']})",
               f"{r['table_name']} {r['record_id']} '{r['field']}': kept {r['kept_value']!r}, "
               f"lost {r['lost_value']!r} (device {r['lost_device']})") for r in rows)
    ctx.emit(rows, text)
    return 0


def _dup_line(ctx, d: dict) -> str:
    def person(p):
        gone = _t(ctx, " [đã xóa]", " [deleted]") if p.get("deleted") else ""
        return f"{p.get('full_name')} ({p.get('birth_year') or '?'}, {p.get('commune_code')}, {p.get('id')}){gone}"
    why = (f"CCCD {d['a'].get('cccd')}" if d.get("reason") == "cccd"
           else _t(ctx, "tên giống nhau", "names alike"))
    return f"{d['id']} [{d['status']}] {why}: {person(d['a'])} ⇄ {person(d['b'])}"


def run_duplicates_list(args, ctx) -> int:
    from desktop.sync.duplicates import list_duplicates

    rows = list_duplicates(ctx.db(), args.all)
    text = "\n".join(_dup_line(ctx, d) for d in rows) or _t(
        ctx, "Không có cặp nào có thể trùng cần xử lý.", "No possible duplicates to resolve.")
    ctx.emit(rows, text)
    return 0


def run_duplicates_resolve(args, ctx) -> int:
    from desktop.sync.duplicates import resolve

    db = ctx.db()
    entry = resolve(db, args.id, args.keep, args.different, args.note)
    ctx.emit({"ok": True, **entry}, _t(ctx, "Đã xử lý: ", "Resolved: ") + _dup_line(ctx, entry))
    return 0



def run_duplicates_merge(args, ctx) -> int:
    from desktop.cli.context import UsageError
    from desktop.sync.duplicates import merge

    fields = {}
    for item in args.field:
        name, sep, source = item.partition("=")
        if not sep or not name.strip() or not source.strip():
            raise UsageError(_t(ctx, f"--field cần dạng TÊN=MÃ_NGƯỜI_DÂN, không phải «{item}»",
                                f"--field takes NAME=RESIDENT_ID, not '{item}'"))
        fields[name.strip()] = source.strip()
    entry = merge(ctx.db(), args.id, args.keep, fields, args.note)
    ctx.emit({"ok": True, **entry}, _t(ctx, "Đã gộp: ", "Merged: ") + _dup_line(ctx, entry))
    return 0
