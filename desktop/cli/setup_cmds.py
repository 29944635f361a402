"""`xaso init`: set up an encrypted commune or hub database and its first admin."""

from desktop.cli.context import UsageError


def register(sub, parent) -> None:
    p = sub.add_parser("init", parents=[parent], help="khởi tạo CSDL cho một xã hoặc hub / set up")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--commune", metavar="CODE", help="mã xã chính thức 5 chữ số / official commune code")
    who.add_argument("--hub", metavar="NAME", help="tên hub (huyện/tỉnh) / hub name")
    p.add_argument("--province", metavar="CODE", help="mã tỉnh của hub / hub's province code")
    p.add_argument("--device-name", metavar="NAME", help="tên máy này / this device's name")
    p.add_argument("--recovery-key-out", metavar="FILE",
                   help="ghi khoá khôi phục vào tệp thay vì in ra / write the recovery key "
                        "to FILE instead of printing it")
    p.set_defaults(func=run_init, needs="none")


def recovery_text(ctx, recovery: bytes, out) -> tuple[dict, str]:
    """Write the recovery key to `out` (0600), or show it once: (JSON part, text)."""
    from desktop.security.files import write_private
    from desktop.security.keyring import format_recovery_key

    key = format_recovery_key(recovery)
    if out:
        write_private(out, (key + "\n").encode("ascii"))
        return {"recovery_key_file": str(out)}, ctx.say("cli_recovery_written", file=out)
    return {"recovery_key": key}, ctx.say("cli_recovery_shown", key=key)


def run_init(args, ctx) -> int:
    from desktop.security import accounts, login
    from desktop.services.setup import init_commune, init_hub

    if args.province and not args.hub:
        raise UsageError(ctx.say("cli_province_hub_only"))
    path = str(ctx.db_path)
    user = accounts.check_name(ctx.user)
    password = accounts.check_password(ctx.password())
    db, ring, recovery = login.create_database(ctx.db_path, ctx.clock)
    try:
        if args.commune:
            setup = init_commune(db, args.commune, args.device_name, path=path)
            text = ctx.say("cli_init_commune", name=setup["commune_name"],
                           code=setup["commune_code"], province=setup["province_name"],
                           db=path, device=setup["device_id"])
        else:
            setup = init_hub(db, args.hub, args.province, path=path)
            text = ctx.say("cli_init_hub", name=setup["hub_name"], db=path,
                           device=setup["device_id"])
        admin = accounts.add_account(db, ring, ctx.db_path, user, "admin", password)
        shown, key_text = recovery_text(ctx, recovery, args.recovery_key_out)
    except BaseException:
        login.discard(db, ctx.db_path)
        raise
    login.attach(db, admin)
    ctx.adopt(db)
    text += "\n" + ctx.say("cli_init_admin", name=admin.name) + "\n" + key_text
    ctx.emit({"ok": True, "db": path, **setup, "user": admin.name, **shown}, text)
    return 0
