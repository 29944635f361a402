"""`xaso encrypt`: convert a database made by an older release into an encrypted one."""


def register(sub, parent) -> None:
    p = sub.add_parser("encrypt", parents=[parent],
                       help="mã hoá CSDL của phiên bản cũ / encrypt an older release's database")
    p.add_argument("--recovery-key-out", metavar="FILE",
                   help="ghi khoá khôi phục vào tệp thay vì in ra / write the recovery key "
                        "to FILE instead of printing it")
    p.set_defaults(func=run_encrypt, needs="none")


def run_encrypt(args, ctx) -> int:
    """The user (--user, $XASO_USER, admin) becomes the first admin, with the password
    given the usual way; the recovery key is shown once or written to a file."""
    from desktop.cli.setup_cmds import recovery_text
    from desktop.security.accounts import check_name, check_password
    from desktop.security.login import encrypt_database

    user = check_name(ctx.user)
    password = check_password(ctx.password())
    result = encrypt_database(ctx.db_path, user, password, ctx.clock)
    recovery = result.pop("recovery_key")
    shown, key_text = recovery_text(ctx, recovery, args.recovery_key_out)
    rows = sum(result["rows"].values())
    lines = [ctx.say("cli_encrypted", db=result["db"], rows=ctx.number(rows)),
             ctx.say("cli_init_admin", name=result["user"])]
    lines += [ctx.say("cli_copy_encrypted" if c.get("encrypted") else "cli_copy_removed",
                      file=c["file"]) for c in result["copies"]]
    lines.append(key_text)
    ctx.emit({"ok": True, **result, **shown}, "\n".join(lines))
    return 0
