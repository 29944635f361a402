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

    from desktop.domain.dates import format_date
    from desktop.domain.labels import kind_label

    kind = ctx.kind(args.kind)
    report = import_file(ctx.db(), kind.name, args.file, dry_run=args.dry_run,
                         training=args.training, lang=ctx.lang, progress=ctx.progress)
    data = report.as_dict()
    if report.errors:
        lines = [row_line(e, ctx) for e in report.errors]
        raise InputRefused([Problem(None, "import_refused", {"count": len({e.row for e in report.errors})})]
                           + [Problem(None, "plain", {"text": line}) for line in lines])
    n = ctx.number
    lines = [ctx.say("cli_would_import" if args.dry_run else "cli_imported",
                     created=n(report.created), rows=n(report.rows),
                     what=kind_label(report.kind, ctx.lang))]
    if report.skipped_existing:
        lines.append(ctx.say("cli_skipped", count=n(report.skipped_existing)))
    if report.created_hamlets:
        lines.append(ctx.say("cli_new_hamlets", names=", ".join(report.created_hamlets)))
    if report.created_bridge_points:
        lines.append(ctx.say("cli_new_points",
                             names=", ".join(dict.fromkeys(report.created_bridge_points))))
    if report.matched_bridge_points:
        lines.append(ctx.say("cli_matched_points", pairs="; ".join(
            f"{written} → {recorded}" for written, recorded in report.matched_bridge_points)))
    if report.training_id:
        lines.append(ctx.say("cli_training", id=report.training_id))
    if report.date_differs:
        lines.append(ctx.say("cli_date_differs", sheet=format_date(report.sheet_date),
                             session=format_date(report.training_starts_at[:10])))
    if report.possible:
        lines.append(ctx.say("cli_possible", count=n(len(report.possible))))
        lines += [ctx.say("cli_possible_row", row=p.row, name=p.name, other=p.resembles,
                          id=p.resembles_id) for p in report.possible]
    ctx.emit(data, "\n".join(lines))
    return 0


def row_line(error, ctx) -> str:
    """"Dòng 501 (bản ghi thứ 500), cột «Số điện thoại»: ..." in the user's language."""
    column = ctx.say("cli_row_column", column=error.column) if error.column else ""
    return ctx.say("cli_row", row=error.row, record=error.record, column=column,
                   message=error.message)


def run_export(args, ctx) -> int:
    from desktop.db.meta import require_setup
    from desktop.services.exports import export_records
    from desktop.services.queries import Filters

    db = ctx.db()
    require_setup(db.conn)
    kind = ctx.kind(args.kind)
    result = export_records(db, kind.name, args.out,
                            Filters(hamlet=args.hamlet, month=args.month), lang=ctx.lang)
    ctx.emit(result, ctx.say("cli_exported", rows=ctx.number(result["rows"]),
                             file=result["file"]))
    return 0
