"""`xaso report monthly|training|notes`: printable reports (PDF, Word and Excel)."""


def register(sub, parent) -> None:
    report = sub.add_parser("report", parents=[parent],
                            help="báo cáo tháng, danh sách điểm danh / reports")
    kinds = report.add_subparsers(dest="report_kind", metavar="KIND",
                                  parser_class=type(report))
    kinds.required = True
    p = kinds.add_parser("monthly", parents=[parent],
                         help="báo cáo kết quả chuyển đổi số tháng / monthly report")
    p.add_argument("--month", required=True, metavar="YYYY-MM", help="tháng báo cáo")
    p.add_argument("--out", metavar="FILE.pdf", help="tệp PDF / PDF file")
    p.add_argument("--docx", metavar="FILE.docx",
                   help="bản Word để chỉnh sửa / an editable Word copy")
    p.add_argument("--xlsx", metavar="FILE.xlsx", help="thêm tệp Excel / also an Excel file")
    p.add_argument("--notes", metavar="FILE",
                   help="các mục II-IV do cán bộ viết, lưu cùng tháng / the officer's "
                        "sections, saved with the month")
    p.add_argument("--lang", choices=("vi", "en"), default=None,
                   help="ngôn ngữ (mặc định vi) / language (default vi)")
    p.add_argument("--commune", metavar="CODE",
                   help="trên hub: báo cáo của một xã / on a hub: one commune's report")
    p.set_defaults(func=run_monthly, needs="report")
    p = kinds.add_parser("training", parents=[parent],
                         help="danh sách điểm danh buổi tập huấn / training attendance sheet")
    p.add_argument("session", metavar="SESSION_ID", help="mã (hoặc tên) buổi tập huấn")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="tệp PDF / PDF file")
    p.add_argument("--lang", choices=("vi", "en"), default=None,
                   help="ngôn ngữ (mặc định vi) / language (default vi)")
    p.set_defaults(func=run_training, needs="report")
    p = kinds.add_parser("notes", parents=[parent],
                         help="các mục của cán bộ trong báo cáo tháng / the officer's sections")
    p.add_argument("--month", required=True, metavar="YYYY-MM", help="tháng báo cáo")
    p.add_argument("--file", metavar="FILE",
                   help="lưu các mục từ tệp (không có: in ra) / save from a file "
                        "(without: print them)")
    p.set_defaults(func=run_notes, needs="report")


def run_monthly(args, ctx) -> int:
    # logged in before anything of the report is loaded: the password's key
    # derivation takes 192 MiB for a moment, and the command's peak memory is that
    # plus whatever is loaded by then (the report then loads its renderers in a
    # thread while it reads its figures: desktop/reports/produce.py)
    db = ctx.db()
    from desktop.reports.produce import produce_monthly

    out = produce_monthly(db, args.month, args.out, args.xlsx, args.lang or ctx.lang,
                          args.commune, docx=args.docx, notes=args.notes)
    files = ", ".join(f for f in (out["pdf"], out["docx"], out["xlsx"]) if f)
    ctx.emit({"ok": True, **out}, ctx.say("cli_report", files=files))
    return 0


def run_training(args, ctx) -> int:
    db = ctx.db()  # before ReportLab is imported, as run_monthly
    from desktop.reports.produce import produce_training

    out = produce_training(db, args.session, args.out, args.lang or ctx.lang)
    ctx.emit({"ok": True, **out}, ctx.say("cli_sheet", file=out["pdf"]))
    return 0


def run_notes(args, ctx) -> int:
    from desktop.domain.periods import check_month
    from desktop.reports.notes import format_notes, read_notes, read_notes_file, save_notes

    month = check_month(args.month)
    if args.file:
        saved = save_notes(ctx.db(), month, read_notes_file(args.file))
        ctx.emit({"ok": True, "month": month, "sections": saved},
                 ctx.say("cli_notes_saved", count=ctx.number(len(saved)), month=month))
        return 0
    notes = read_notes(ctx.db().conn, month)
    ctx.emit({"month": month, "sections": notes}, format_notes(notes, ctx.lang).rstrip())
    return 0
