"""`xaso report monthly|training`: printable reports (PDF, and Excel alongside)."""


def register(sub, parent) -> None:
    report = sub.add_parser("report", parents=[parent],
                            help="báo cáo tháng, danh sách điểm danh / reports")
    kinds = report.add_subparsers(dest="report_kind", metavar="KIND",
                                  parser_class=type(report))
    kinds.required = True
    p = kinds.add_parser("monthly", parents=[parent],
                         help="báo cáo kết quả chuyển đổi số tháng / monthly report")
    p.add_argument("--month", required=True, metavar="YYYY-MM", help="tháng báo cáo")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="tệp PDF / PDF file")
    p.add_argument("--xlsx", metavar="FILE.xlsx", help="thêm tệp Excel / also an Excel file")
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


def run_monthly(args, ctx) -> int:
    from desktop.reports.produce import produce_monthly

    out = produce_monthly(ctx.db(), args.month, args.out, args.xlsx, args.lang or ctx.lang,
                          args.commune)
    files = ", ".join(f for f in (out["pdf"], out["xlsx"]) if f)
    ctx.emit({"ok": True, **out}, f"Đã tạo báo cáo / report written: {files}")
    return 0


def run_training(args, ctx) -> int:
    from desktop.reports.produce import produce_training

    out = produce_training(ctx.db(), args.session, args.out, args.lang or ctx.lang)
    ctx.emit({"ok": True, **out}, f"Đã tạo danh sách điểm danh / attendance sheet written: "
                                  f"{out['pdf']}")
    return 0
