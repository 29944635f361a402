"""`xaso add|update|delete|show|list KIND ...`: records one at a time."""

import json
import sys

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


def _summary(kind, record: dict) -> str:
    return f"{record.get(kind.title, '')} ({record['id']})"


def _what(kind, lang: str) -> str:
    from desktop.domain.labels import kind_label

    return kind_label(kind.name, lang)


def run_add(args, ctx) -> int:
    from desktop.services import records

    kind = ctx.kind(args.kind)
    data = parse_data(args.data)
    alikes = records.look_alikes(ctx.db(), kind.name, data)
    record = records.add(ctx.db(), kind.name, data)
    ctx.emit(record, ctx.say("cli_added", what=_what(kind, ctx.lang),
                             summary=_summary(kind, record)))
    for other in alikes:  # saved as a new person; a person decides (xaso duplicates list)
        print(ctx.say("cli_look_alike", name=other["full_name"], year=other["birth_year"] or "?",
                      id=other["id"]), file=sys.stderr)
    return 0


def run_update(args, ctx) -> int:
    from desktop.services import records

    kind = ctx.kind(args.kind)
    record = records.update(ctx.db(), kind.name, args.id, parse_data(args.data))
    ctx.emit(record, ctx.say("cli_updated", what=_what(kind, ctx.lang),
                             summary=_summary(kind, record)))
    return 0


def run_delete(args, ctx) -> int:
    from desktop.services import records

    kind = ctx.kind(args.kind)
    result = records.delete(ctx.db(), kind.name, args.id)
    ctx.emit(result, ctx.say("cli_deleted", what=_what(kind, ctx.lang), summary=args.id))
    return 0


def run_show(args, ctx) -> int:
    from desktop.domain.labels import field_label
    from desktop.services import records

    from desktop.services.privacy import log_view

    kind = ctx.kind(args.kind)
    db = ctx.db()
    record = records.get(db, kind.name, args.id)
    log_view(db, kind.name, record["id"])
    lines = []
    for key, value in record.items():
        if value in (None, "", [], {}):
            continue
        spec = kind.field(key)
        if spec is not None and spec.type not in ("ref", "refs", "list", "updates"):
            value = spec.ftype.show(spec, value, ctx.lang)
        elif isinstance(value, (list, dict)):
            value = json.dumps(value, ensure_ascii=False)
        lines.append(f"{field_label(key, ctx.lang)}: {value}")
    ctx.emit(record, "\n".join(lines))
    return 0


def run_list(args, ctx) -> int:
    from desktop.db.meta import require_setup
    from desktop.domain.labels import field_label
    from desktop.services.queries import (Filters, columns, count_records, list_records,
                                          readable_row)

    kind = ctx.kind(args.kind)
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
    keys = ["id", *columns(kind.name)]
    print(format_table(keys, [readable_row(kind.name, r, ctx.lang) for r in rows],
                       [field_label(k, ctx.lang) for k in keys]))
    print(ctx.say("cli_list_count", shown=ctx.number(len(rows)), total=ctx.number(total)))
    return 0


def format_table(keys: list[str], rows: list[dict], headings: list[str] | None = None) -> str:
    """A plain text table, columns padded to their widest cell (max 40)."""
    headings = headings or keys
    cells = [[("" if r.get(k) is None else str(r.get(k)))[:40] for k in keys] for r in rows]
    widths = [max([len(h)] + [len(c[i]) for c in cells]) for i, h in enumerate(headings)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headings, widths))]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)) for row in cells]
    return "\n".join(lines)
