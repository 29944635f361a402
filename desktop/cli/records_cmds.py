"""`xaso add|update|delete|show|list KIND ...`: records one at a time."""

import json

from desktop.domain.errors import InputRefused
from desktop.domain.kinds import PUBLIC_KINDS


def register(sub, parent) -> None:
    kinds = ", ".join(PUBLIC_KINDS)
    p = sub.add_parser("add", parents=[parent], help="thêm một bản ghi / add a record")
    p.add_argument("kind", metavar="KIND", help=kinds)
    p.add_argument("--data", required=True, metavar="JSON", help="các trường dạng JSON / fields as JSON")
    p.set_defaults(func=run_add, needs="records")

    p = sub.add_parser("update", parents=[parent], help="sửa một bản ghi / change a record")
    p.add_argument("kind", metavar="KIND", help=kinds)
    p.add_argument("id", metavar="ID")
    p.add_argument("--data", required=True, metavar="JSON")
    p.set_defaults(func=run_update, needs="records")

    p = sub.add_parser("delete", parents=[parent], help="xoá một bản ghi / delete a record")
    p.add_argument("kind", metavar="KIND", help=kinds)
    p.add_argument("id", metavar="ID")
    p.set_defaults(func=run_delete, needs="records")

    p = sub.add_parser("show", parents=[parent], help="xem một bản ghi / show a record")
    p.add_argument("kind", metavar="KIND", help=kinds)
    p.add_argument("id", metavar="ID")
    p.set_defaults(func=run_show, needs="read")

    p = sub.add_parser("list", parents=[parent], help="liệt kê, tìm kiếm / list and search")
    p.add_argument("kind", metavar="KIND", help=kinds)
    p.add_argument("--hamlet", metavar="NAME|ID", help="lọc theo thôn / filter by hamlet")
    p.add_argument("--search", metavar="TEXT", help="tìm theo tên (không dấu), CCCD, điện thoại")
    p.add_argument("--month", metavar="YYYY-MM", help="lọc theo tháng / filter by month")
    p.add_argument("--status", metavar="CODE", help="kết quả, trạng thái / outcome or status")
    p.add_argument("--member", metavar="NAME|ID", help="lượt thăm của thành viên / visits by member")
    p.add_argument("--training", metavar="ID|TITLE", help="người tham dự của buổi / attendees of")
    p.add_argument("--commune", metavar="CODE", help="trên hub: chỉ một xã / on a hub: one commune")
    p.add_argument("--limit", type=int, default=50, metavar="N", help="số dòng tối đa (mặc định 50)")
    p.add_argument("--offset", type=int, default=0, metavar="N")
    p.add_argument("--deleted", action="store_true", help="gồm cả bản ghi đã xoá / include deleted")
    p.set_defaults(func=run_list, needs="read")


def parse_data(text: str) -> dict:
    """The --data JSON as a dict; InputRefused (exit 2) if it is not a JSON object."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputRefused.of("json_invalid", "data", detail=str(exc)) from exc
    if not isinstance(data, dict):
        raise InputRefused.of("json_invalid", "data", detail="{...}")
    return data


def _summary(record: dict) -> str:
    from desktop.domain.kinds import get_kind

    kind = get_kind(record["kind"])
    return f"{record['id']}  {record.get(kind.title, '')}"


def run_add(args, ctx) -> int:
    from desktop.services import records

    from desktop.domain.kinds import get_kind
    get_kind(args.kind)
    record = records.add(ctx.db(), args.kind, parse_data(args.data))
    ctx.emit(record, f"Đã thêm / added: {_summary(record)}")
    return 0


def run_update(args, ctx) -> int:
    from desktop.services import records

    record = records.update(ctx.db(), args.kind, args.id, parse_data(args.data))
    ctx.emit(record, f"Đã cập nhật / updated: {_summary(record)}")
    return 0


def run_delete(args, ctx) -> int:
    from desktop.services import records

    result = records.delete(ctx.db(), args.kind, args.id)
    ctx.emit(result, f"Đã xoá / deleted: {args.id}")
    return 0


def run_show(args, ctx) -> int:
    from desktop.services import records

    from desktop.services.privacy import log_view

    db = ctx.db()
    record = records.get(db, args.kind, args.id)
    log_view(db, record["kind"], record["id"])
    text = "\n".join(f"{k}: {json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v}"
                     for k, v in record.items() if v not in (None, "", []))
    ctx.emit(record, text)
    return 0


def run_list(args, ctx) -> int:
    from desktop.db.meta import require_setup
    from desktop.domain.kinds import get_kind
    from desktop.services.queries import Filters, columns, count_records, list_records

    kind = get_kind(args.kind)
    db = ctx.db()
    require_setup(db.conn)
    filters = Filters(hamlet=args.hamlet, search=args.search, month=args.month,
                      status=args.status, member=args.member, training=args.training,
                      include_deleted=args.deleted, commune=args.commune)
    rows = list_records(db, kind.name, filters, limit=args.limit, offset=args.offset)
    total = count_records(db, kind.name, filters)
    if ctx.json:
        ctx.emit({"kind": kind.name, "total": total, "count": len(rows), "items": rows})
        return 0
    print(format_table(["id", *columns(kind.name)], [readable(r, ctx.lang) for r in rows]))
    print(f"({len(rows)}/{total})")
    return 0


def readable(row: dict, lang: str) -> dict:
    """Coded values as their labels ("done" -> "Đã hoàn thành") and dates as dd/mm/yyyy,
    for people reading text (--json keeps codes and ISO dates)."""
    from desktop.domain.dates import format_date
    from desktop.domain.labels import VALUE_LABELS, value_label

    def shown(key, value):
        if value is None:
            return None
        if key in VALUE_LABELS:
            return value_label(key, value, lang)
        if key in ("date", "follow_up_date") or key.endswith("_date"):
            return format_date(value)  # dd/mm/yyyy, as typed on the paper forms
        return value

    return {k: shown(k, v) for k, v in row.items()}


def format_table(keys: list[str], rows: list[dict]) -> str:
    """A plain text table, columns padded to their widest cell (max 40)."""
    cells = [[("" if r.get(k) is None else str(r.get(k)))[:40] for k in keys] for r in rows]
    widths = [max([len(k)] + [len(c[i]) for c in cells]) for i, k in enumerate(keys)]
    lines = ["  ".join(k.ljust(w) for k, w in zip(keys, widths))]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)) for row in cells]
    return "\n".join(lines)
