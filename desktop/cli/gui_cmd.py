"""`xaso gui`: open the desktop window."""


def register(sub, parent) -> None:
    p = sub.add_parser("gui", parents=[parent], help="mở cửa sổ ứng dụng / open the desktop app")
    p.set_defaults(func=run_gui, needs="none")


def run_gui(args, ctx) -> int:
    from desktop.app import main as app_main

    return app_main(db_path=getattr(args, "db", None))
