"""`xaso init`: set up a commune or hub database."""

from desktop.cli.context import UsageError


def register(sub, parent) -> None:
    p = sub.add_parser("init", parents=[parent], help="khởi tạo CSDL cho một xã hoặc hub / set up")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--commune", metavar="CODE", help="mã xã chính thức 5 chữ số / official commune code")
    who.add_argument("--hub", metavar="NAME", help="tên hub (huyện/tỉnh) / hub name")
    p.add_argument("--province", metavar="CODE", help="mã tỉnh của hub / hub's province code")
    p.add_argument("--device-name", metavar="NAME", help="tên máy này / this device's name")
    p.set_defaults(func=run_init)


def run_init(args, ctx) -> int:
    from desktop.services.setup import init_commune, init_hub

    if args.province and not args.hub:
        raise UsageError(ctx.say("cli_province_hub_only"))
    path = str(ctx.db_path)
    if args.commune:
        setup = init_commune(ctx.db(), args.commune, args.device_name, path=path)
        text = ctx.say("cli_init_commune", name=setup["commune_name"], code=setup["commune_code"],
                       province=setup["province_name"], db=path, device=setup["device_id"])
    else:
        setup = init_hub(ctx.db(), args.hub, args.province, path=path)
        text = ctx.say("cli_init_hub", name=setup["hub_name"], db=path, device=setup["device_id"])
    ctx.emit({"ok": True, "db": path, **setup}, text)
    return 0
