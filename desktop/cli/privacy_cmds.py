"""`xaso privacy export RESIDENT --out FILE` and `xaso privacy erase RESIDENT`: a
person's requests to see, and to erase, what the commune holds about them.

RESIDENT is the record id, the 12-digit CCCD, or the full name (diacritics optional).
"""


def register(sub, parent) -> None:
    privacy = sub.add_parser("privacy", parents=[parent],
                             help="yêu cầu của người dân về dữ liệu cá nhân / a person's "
                                  "requests about their data").add_subparsers(
        dest="privacy_command", metavar="ACTION", required=True)
    p = privacy.add_parser("export", parents=[parent],
                           help="mọi thông tin về một người (JSON và PDF) / everything held "
                                "about one person (JSON and PDF)")
    p.add_argument("resident", metavar="RESIDENT", help="mã, số CCCD hoặc họ tên / id, CCCD or name")
    p.add_argument("--out", required=True, metavar="FILE", help=".json (và .pdf bên cạnh) / "
                                                                ".json (and a .pdf beside it)")
    p.set_defaults(func=run_export, needs="privacy_export")
    p = privacy.add_parser("erase", parents=[parent],
                           help="xoá thông tin cá nhân của một người / erase one person's "
                                "personal data")
    p.add_argument("resident", metavar="RESIDENT", help="mã, số CCCD hoặc họ tên / id, CCCD or name")
    p.set_defaults(func=run_erase, needs="privacy_erase")


def run_export(args, ctx) -> int:
    from desktop.services.privacy import export_person, find_resident

    db = ctx.db()
    result = export_person(db, find_resident(db.conn, args.resident), args.out)
    ctx.emit(result, ctx.say("cli_written", files=f"{result['json']}, {result['pdf']}"))
    return 0


def run_erase(args, ctx) -> int:
    from desktop.domain.labels import field_label
    from desktop.services.privacy import erase, find_resident

    db = ctx.db()
    result = erase(db, find_resident(db.conn, args.resident))
    ctx.emit(result, ctx.say("cli_erased", id=result["resident"], fields=", ".join(
        field_label(f, ctx.lang) for f in result["fields"]), history=ctx.number(result["history"])))
    return 0
