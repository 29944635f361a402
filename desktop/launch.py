"""The packaged executables' entry point (build.spec): one program, two shells.

A frozen build has no console scripts, so the same code decides what to run:

- `xaso` with no arguments (a double click) opens the window, like `xaso gui`;
- `xaso COMMAND ...` runs the command line, exactly as the installed `xaso` does;
- `xaso-gui [DATABASE]` always opens the window. It is the windowed executable built on
  Windows and macOS, where a console program would open a terminal beside the app.
"""

import sys
from pathlib import Path

GUI_NAME = "xaso-gui"


def main(argv: list[str] | None = None, executable: str | None = None) -> int:
    """Run the window or the command line for these arguments; return the exit code."""
    args = sys.argv[1:] if argv is None else list(argv)
    gui_only = Path(executable or sys.executable).stem.lower() == GUI_NAME
    # Imported here, not at the top: a CLI command should not pay for loading Qt widgets.
    if gui_only or not args:
        from desktop.app import main as gui

        return gui(db_path=args[0] if gui_only and args else None)
    from desktop.cli import main as cli

    return cli(args)


if __name__ == "__main__":
    raise SystemExit(main())
