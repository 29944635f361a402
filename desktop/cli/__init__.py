"""`xaso`: the command line, a thin shell over the services.

    xaso [--db PATH] [--json] COMMAND ...

Exit codes: 0 success, 1 usage error, 2 input refused (the database is unchanged),
3 anything else. Messages are Vietnamese unless XASO_LANG=en.
"""

import argparse
import importlib
import os
import sys

from desktop.cli.context import Context, UsageError, cli_lang
from desktop.domain.errors import DatabaseRefused, InputRefused

# One module per command group; each has register(subparsers, parent).
COMMAND_MODULES = ("setup_cmds", "records_cmds", "io_cmds", "maintenance_cmds",
                   "sync_cmds", "trust_cmds", "report_cmds", "settings_cmds", "users_cmds",
                   "privacy_cmds", "encrypt_cmd", "gui_cmd")


class Parser(argparse.ArgumentParser):
    """argparse that exits 1 (usage error) instead of 2, which means refused input here."""

    def error(self, message):
        from desktop.messages import message as say

        self.print_usage(sys.stderr)
        self.exit(1, f"{self.prog}: {say('cli_usage', cli_lang(), detail=message)}\n")


def global_options(required_default: bool) -> argparse.ArgumentParser:
    """--db, --json, --user and --password-file, accepted before or after the command."""
    parent = Parser(add_help=False)
    default = None if required_default else argparse.SUPPRESS
    parent.add_argument("--db", metavar="PATH", default=default,
                        help="database file (default: $XASO_DB, else the user data directory)")
    parent.add_argument("--json", action="store_true", default=False if required_default
                        else argparse.SUPPRESS, help="print machine-readable JSON")
    parent.add_argument("--user", metavar="NAME", default=default,
                        help="người dùng (mặc định $XASO_USER, hoặc admin) / user "
                             "(default $XASO_USER, else admin)")
    parent.add_argument("--password-file", metavar="FILE", default=default,
                        help="tệp chứa mật khẩu (mặc định $XASO_PASSWORD) / file holding "
                             "the password (default $XASO_PASSWORD)")
    return parent


class _Version(argparse.Action):
    """`--version`: the version is looked up only when asked for (desktop.__version__)."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        from desktop import __version__

        parser._print_message(f"xaso {__version__}\n", sys.stdout)
        parser.exit()


def build_parser() -> Parser:
    """The full `xaso` parser with every available command group."""
    parser = Parser(prog="xaso", parents=[global_options(True)],
                    description="Xã Số: hồ sơ chuyển đổi số của xã / a commune's digital "
                                "transformation records.")
    parser.add_argument("--version", action=_Version)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    parent = global_options(False)
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"desktop.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"desktop.cli.{name}":
                raise
            continue
        module.register(sub, parent)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; return its exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if not getattr(args, "command", None):
        parser.print_help()
        return 1
    ctx = Context(args)
    try:
        return int(args.func(args, ctx) or 0)
    except UsageError as exc:
        print(f"xaso: {exc}", file=sys.stderr)
        return 1
    except InputRefused as exc:
        ctx.fail(exc.message(ctx.lang), [{"field": p.field, "code": p.code,
                                          "message": p.message(ctx.lang), **_safe(p.params)}
                                         for p in exc.problems])
        return 2
    except DatabaseRefused as exc:
        ctx.fail(exc.message(ctx.lang), [{"code": exc.code}])
        return 2
    except KeyboardInterrupt:
        print("\n" + ctx.say("cli_interrupted"), file=sys.stderr)
        return 3
    except Exception as exc:  # noqa: BLE001 - the last line of defence: say it, exit 3
        if os.environ.get("XASO_DEBUG"):
            raise
        print("xaso: " + ctx.say("cli_unexpected", detail=f"{type(exc).__name__}: {exc}"),
              file=sys.stderr)
        return 3
    finally:
        ctx.close()


def _safe(params: dict) -> dict:
    return {k: v if isinstance(v, (str, int, float, bool, type(None))) else str(v)
            for k, v in params.items()}


if __name__ == "__main__":
    sys.exit(main())
