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
    text = "Đã tạo dữ liệu mẫu: " + ", ".join(f"{k} {v}" for k, v in counts.items())
    ctx.emit({"ok": True, **counts}, text)
    return 0


def run_check(args, ctx) -> int:
    from desktop.services.maintenance import check

    result = check(ctx.db(), lang=ctx.lang)
    lines = [f"Toàn vẹn SQLite: {result['integrity']}"]
    lines += [f"{k}: {v}" for k, v in result["counts"].items()]
    lines += [f"- {p['message']}" for p in result["problems"]]
    lines.append("Kết quả: tốt" if result["ok"] else f"Có {len(result['problems'])} vấn đề")
    ctx.emit(result, "\n".join(lines))
    return 0 if result["ok"] else 3


def run_backup(args, ctx) -> int:
    from desktop.services.maintenance import backup

    result = backup(ctx.db(), args.out)
    ctx.emit(result, f"Đã sao lưu vào {result['file']} ({result['bytes']:,} bytes)")
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
    text = f"Đã khôi phục {result['db']} từ {result['restored_from']}"
    if result["previous"]:
        text += f"\nBản trước được giữ tại {result['previous']}"
    ctx.emit(result, text)
    return 0
