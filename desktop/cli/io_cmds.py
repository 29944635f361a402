"""`xaso import KIND FILE` and `xaso export KIND --out FILE`."""

from desktop.domain.errors import InputRefused, Problem


def register(sub, parent) -> None:
    p = sub.add_parser("import", parents=[parent],
                       help="nhập danh sách từ CSV/Excel / import a list (all or nothing)")
    p.add_argument("kind", metavar="KIND", help="household, resident, attendance, hamlet, member")
    p.add_argument("file", metavar="FILE", help=".csv hoặc .xlsx")
    p.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi / validate only")
    p.add_argument("--training", metavar="ID|TITLE",
                   help="buổi tập huấn của danh sách tham dự / the session (attendance)")
    p.set_defaults(func=run_import, needs="records")

    p = sub.add_parser("export", parents=[parent], help="xuất danh sách / export a list")
    p.add_argument("kind", metavar="KIND")
    p.add_argument("--out", required=True, metavar="FILE", help=".csv hoặc .xlsx")
    p.add_argument("--hamlet", metavar="NAME|ID")
    p.add_argument("--month", metavar="YYYY-MM")
    p.set_defaults(func=run_export, needs="report")


def run_import(args, ctx) -> int:
    from desktop.services.imports import import_file

    report = import_file(ctx.db(), args.kind, args.file, dry_run=args.dry_run,
                         training=args.training, lang=ctx.lang, progress=ctx.progress)
    data = report.as_dict()
    if report.errors:
        lines = [row_line(e, ctx.lang) for e in report.errors]
        raise InputRefused([Problem(None, "import_refused", {"count": len({e.row for e in report.errors})})]
                           + [Problem(None, "plain", {"text": line}) for line in lines])
    verb = "Sẽ nhập" if args.dry_run else "Đã nhập"
    text = f"{verb} {report.created}/{report.rows} dòng ({report.kind})."
    if report.skipped_existing:
        text += f" Bỏ qua {report.skipped_existing} dòng đã có."
    if report.created_hamlets:
        text += f"\nThôn mới: {', '.join(report.created_hamlets)}"
    if report.created_bridge_points:
        text += f"\nĐiểm cầu mới: {', '.join(dict.fromkeys(report.created_bridge_points))}"
    if report.training_id:
        text += f"\nBuổi tập huấn: {report.training_id}"
    ctx.emit(data, text)
    return 0


def row_line(error, lang: str) -> str:
    """"Dòng 501 (bản ghi thứ 500), cột «Số điện thoại»: ..." in the user's language."""
    if lang == "en":
        where = f"Row {error.row} (record {error.record})"
        column = f", column '{error.column}'" if error.column else ""
    else:
        where = f"Dòng {error.row} (bản ghi thứ {error.record})"
        column = f", cột «{error.column}»" if error.column else ""
    return f"{where}{column}: {error.message}"


def run_export(args, ctx) -> int:
    from desktop.db.meta import require_setup
    from desktop.services.exports import export_records
    from desktop.services.queries import Filters

    db = ctx.db()
    require_setup(db.conn)
    result = export_records(db, args.kind, args.out,
                            Filters(hamlet=args.hamlet, month=args.month), lang=ctx.lang)
    ctx.emit(result, f"Đã xuất {result['rows']} dòng ra {result['file']}")
    return 0
