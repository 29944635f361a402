"""`xaso users add|list|passwd|disable|reset`: who may open this database, and how.

A new password comes from --new-password-file FILE, else $XASO_NEW_PASSWORD, else a
prompt typed twice on a terminal, else the first line piped on standard input, else
one is generated and printed once. `reset`
needs no login (the recovery key stands for it), so there the new password may also
come from --password-file or $XASO_PASSWORD.
"""

from desktop.domain.errors import InputRefused


def register(sub, parent) -> None:
    users = sub.add_parser("users", parents=[parent],
                           help="người dùng và vai trò / users and roles").add_subparsers(
        dest="users_command", metavar="ACTION", required=True)
    p = users.add_parser("add", parents=[parent], help="thêm người dùng / add a user")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--role", required=True, metavar="ROLE", help="staff, officer, hub, admin")
    _new_password_option(p)
    p.set_defaults(func=run_add, needs="admin")
    p = users.add_parser("list", parents=[parent], help="liệt kê / list")
    p.set_defaults(func=run_list, needs="admin")
    p = users.add_parser("passwd", parents=[parent], help="đổi mật khẩu / change a password")
    p.add_argument("name", metavar="NAME")
    _new_password_option(p)
    p.set_defaults(func=run_passwd, needs="read")
    p = users.add_parser("disable", parents=[parent], help="khoá người dùng / disable a user")
    p.add_argument("name", metavar="NAME")
    p.set_defaults(func=run_disable, needs="admin")
    p = users.add_parser("reset", parents=[parent],
                         help="đặt lại mật khẩu đã quên bằng khoá khôi phục / reset a "
                              "forgotten password with the recovery key")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--recovery-key-file", required=True, metavar="FILE")
    _new_password_option(p)
    p.set_defaults(func=run_reset, needs="none")


def _new_password_option(p) -> None:
    p.add_argument("--new-password-file", metavar="FILE",
                   help="tệp chứa mật khẩu mới (mặc định $XASO_NEW_PASSWORD) / file holding "
                        "the new password (default $XASO_NEW_PASSWORD)")


def _password_text(ctx, password: str, generated: bool) -> str:
    return "\n" + ctx.say("cli_temporary_password", password=password) if generated else ""


def run_add(args, ctx) -> int:
    from desktop.security.accounts import add_account
    from desktop.security.keyring import KeyRing

    db = ctx.db()
    password, generated = ctx.new_password()
    login = add_account(db, KeyRing.load(ctx.db_path), ctx.db_path, args.name, args.role,
                        password)
    data = {"ok": True, "user": login.name, "role": login.role}
    if generated:
        data["password"] = password
    ctx.emit(data, ctx.say("cli_user_added", name=login.name, role=login.role)
             + _password_text(ctx, password, generated))
    return 0


def run_list(args, ctx) -> int:
    from desktop.cli.records_cmds import format_table
    from desktop.security.accounts import list_accounts

    rows = list_accounts(ctx.db())
    if ctx.json:
        ctx.emit(rows)
        return 0
    keys = ["name", "role", "disabled", "updated_at"]
    heads = [ctx.say("cli_user_disabled_col" if k == "disabled" else f"cli_user_{k}") for k in keys]
    print(format_table(keys, rows, heads))
    return 0


def run_passwd(args, ctx) -> int:
    from desktop.security.accounts import change_password, check_name
    from desktop.security.keyring import KeyRing

    db = ctx.db()
    name = check_name(args.name)
    if name != db.login.name and db.login.role != "admin":
        raise InputRefused.of("not_own_password", "user")
    password, generated = ctx.new_password()
    change_password(db, KeyRing.load(ctx.db_path), ctx.db_path, name, password)
    data = {"ok": True, "user": name}
    if generated:
        data["password"] = password
    ctx.emit(data, ctx.say("cli_password_changed", name=name)
             + _password_text(ctx, password, generated))
    return 0


def run_disable(args, ctx) -> int:
    from desktop.security.accounts import check_name, disable_account
    from desktop.security.keyring import KeyRing

    db = ctx.db()
    name = check_name(args.name)
    disable_account(db, KeyRing.load(ctx.db_path), ctx.db_path, name)
    ctx.emit({"ok": True, "user": name, "disabled": True},
             ctx.say("cli_user_disabled", name=name))
    return 0


def run_reset(args, ctx) -> int:
    from desktop.cli.maintenance_cmds import read_recovery
    from desktop.security.accounts import change_password, check_name, login_of
    from desktop.security.keyring import KeyRing
    from desktop.security.login import open_with_recovery

    recovery = read_recovery(args.recovery_key_file)
    name = check_name(args.name)
    db = open_with_recovery(ctx.db_path, recovery, ctx.clock)
    ctx.adopt(db)
    login = login_of(db.conn, name)
    db.actor_id = login.user_id
    password, generated = ctx.new_password(also_login_sources=True)
    change_password(db, KeyRing.load(ctx.db_path), ctx.db_path, name, password)
    data = {"ok": True, "user": name}
    if generated:
        data["password"] = password
    ctx.emit(data, ctx.say("cli_password_reset", name=name)
             + _password_text(ctx, password, generated))
    return 0
