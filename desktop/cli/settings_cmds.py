"""`xaso settings get|set|list|load`: the report's settings, kept in the database."""


def register(sub, parent) -> None:
    settings = sub.add_parser("settings", parents=[parent],
                              help="thiết lập báo cáo / report settings")
    actions = settings.add_subparsers(dest="settings_action", metavar="ACTION",
                                      parser_class=type(settings))
    actions.required = True
    p = actions.add_parser("get", parents=[parent], help="xem một thiết lập / one setting")
    p.add_argument("key", metavar="KEY")
    p.set_defaults(func=run_get, needs="read")
    p = actions.add_parser("set", parents=[parent],
                           help="đặt một thiết lập (giá trị rỗng: trở về mặc định) / set one "
                                "(empty: back to the default)")
    p.add_argument("key", metavar="KEY")
    p.add_argument("value", metavar="VALUE")
    p.set_defaults(func=run_set, needs="report_settings")
    p = actions.add_parser("list", parents=[parent], help="mọi thiết lập / every setting")
    p.set_defaults(func=run_list, needs="read")
    p = actions.add_parser("load", parents=[parent],
                           help="đặt mọi thiết lập trong tệp KEY = VALUE / set every key of a "
                                "KEY = VALUE file")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=run_load, needs="report_settings")


def run_get(args, ctx) -> int:
    from desktop.reports.settings import get_setting

    value, is_default = get_setting(ctx.db(), args.key, ctx.lang)
    ctx.emit({"key": args.key, "value": value, "default": is_default}, value)
    return 0


def run_set(args, ctx) -> int:
    from desktop.reports.settings import get_setting, set_setting

    set_setting(ctx.db(), args.key, args.value)
    value, is_default = get_setting(ctx.db(), args.key, ctx.lang)
    ctx.emit({"ok": True, "key": args.key, "value": value, "default": is_default},
             f"{args.key} = {value}" + (f" ({ctx.say('cli_default')})" if is_default else ""))
    return 0


def run_list(args, ctx) -> int:
    from desktop.reports.settings import list_settings

    items = list_settings(ctx.db(), ctx.lang)
    lines = []
    for item in items:
        value = item["value"].replace("\n", " | ")
        mark = f"  # {ctx.say('cli_default')}" if item["default"] else ""
        lines.append(f"{item['key']} = {value}{mark}")
    ctx.emit({"settings": items}, "\n".join(lines))
    return 0


def run_load(args, ctx) -> int:
    from desktop.reports.settings import load_settings_file

    saved = load_settings_file(ctx.db(), args.file)
    ctx.emit({"ok": True, "settings": saved},
             ctx.say("cli_settings_saved", count=ctx.number(len(saved))))
    return 0
