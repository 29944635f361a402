"""`xaso demo`, `xaso check`, `xaso backup --out FILE`, `xaso restore FILE`."""

from pathlib import Path

from desktop.domain.errors import InputRefused


def read_recovery(path) -> str | None:
    """The text of a recovery key file, or None if no file was given."""
    if not path:
        return None
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except OSError:
        raise InputRefused.of("file_missing", "file", path=str(path)) from None


def register(sub, parent) -> None:
    p = sub.add_parser("demo", parents=[parent], help="tạo dữ liệu mẫu / make demo data")
    p.add_argument("--households", type=int, default=300, metavar="N")
    p.add_argument("--months", type=int, default=12, metavar="M")
    p.add_argument("--seed", type=int, default=1, metavar="S")
    p.add_argument("--visits", type=int, metavar="N",
                   help="tổng số lượt thăm (cho đo hiệu năng) / total visits (benchmarks)")
    p.set_defaults(func=run_demo, needs="admin")

    p = sub.add_parser("check", parents=[parent], help="kiểm tra CSDL / check the database")
    p.set_defaults(func=run_check, needs="read")

    p = sub.add_parser("backup", parents=[parent], help="sao lưu / back up")
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(func=run_backup, needs="admin")

    p = sub.add_parser("restore", parents=[parent], help="khôi phục từ bản sao lưu / restore")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--recovery-key-file", metavar="FILE",
                   help="mở bản sao lưu bằng khoá khôi phục / open the backup with the "
                        "recovery key")
    p.set_defaults(func=run_restore, needs="admin")


def run_demo(args, ctx) -> int:
    from desktop.services.demo import generate_demo

    counts = generate_demo(ctx.db(), households=args.households, months=args.months,
                           seed=args.seed, visits=args.visits,
                           progress=lambda d, t: ctx.progress(d, t, "demo"))
    text = ctx.say("cli_demo", counts=", ".join(f"{_table_label(k, ctx.lang)} {ctx.number(v)}"
                                                 for k, v in counts.items()))
    ctx.emit({"ok": True, **counts}, text)
    return 0


def run_check(args, ctx) -> int:
    from desktop.services.maintenance import check

    result = check(ctx.db(), lang=ctx.lang)
    lines = [ctx.say("cli_check_integrity", result=result["integrity"])]
    lines += [f"{_table_label(k, ctx.lang)}: {ctx.number(v)}" for k, v in result["counts"].items()]
    lines += [f"- {p['message']}" for p in result["problems"]]
    lines.append(ctx.say("cli_check_ok") if result["ok"] else
                 ctx.say("cli_check_problems", count=ctx.number(len(result["problems"]))))
    ctx.emit(result, "\n".join(lines))
    return 0 if result["ok"] else 3


def run_backup(args, ctx) -> int:
    from desktop.services.maintenance import backup

    result = backup(ctx.db(), args.out)
    size = f"{ctx.number(round(result['bytes'] / 1_000_000, 1))} MB"
    ctx.emit(result, ctx.say("cli_backup", file=result["file"], size=size))
    return 0


def run_restore(args, ctx) -> int:
    """Restore FILE. An existing database is opened first as an admin (and kept as
    the before-restore copy); the backup opens with the same user's password in it,
    or with its recovery key (--recovery-key-file)."""
    from desktop.security.login import exists
    from desktop.services.maintenance import restore

    recovery = read_recovery(args.recovery_key_file)
    current = ctx.db() if exists(ctx.db_path) else None
    password = None if recovery else ctx.password()
    result = restore(args.file, ctx.db_path, ctx.clock, current=current, user=ctx.user,
                     password=password, recovery=recovery)
    text = ctx.say("cli_restored", db=result["db"], source=result["restored_from"])
    if result["previous"]:
        text += "\n" + ctx.say("cli_restored_previous", path=result["previous"])
    ctx.emit(result, text)
    return 0


def _table_label(name: str, lang: str) -> str:
    """"visits" or "deleted_visits" as people say it: "lượt thăm hộ", "lượt thăm hộ đã xoá"."""
    from desktop.domain.kinds import TABLE_KINDS
    from desktop.domain.labels import kind_label

    gone = name.startswith("deleted_")
    table = name.removeprefix("deleted_")
    if table not in TABLE_KINDS:
        return name.replace("_", " ")
    text = kind_label(TABLE_KINDS[table], lang)
    return (f"{text} deleted" if lang == "en" else f"{text} đã xoá") if gone else text
