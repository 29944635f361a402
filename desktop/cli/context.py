"""What every command handler gets: the parsed options, the database, output."""

import json
import os
import sys
from pathlib import Path

from desktop.domain.clock import clock_from_env


class UsageError(Exception):
    """A command used wrongly in a way argparse cannot see (exit code 1)."""


def default_db_path() -> Path:
    """$XASO_DB, else xaso.db in the user data directory."""
    env = os.environ.get("XASO_DB")
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("xaso", appauthor=False)) / "xaso.db"


class Context:
    """The database (opened on first use) and the output conventions of one command."""

    def __init__(self, args):
        self.args = args
        self.json = bool(getattr(args, "json", False))
        self.lang = "en" if os.environ.get("XASO_LANG", "vi").lower().startswith("en") else "vi"
        self._db = None
        self.clock = clock_from_env()

    @property
    def db_path(self) -> Path:
        """The database file this command works on."""
        given = getattr(self.args, "db", None)
        return Path(given) if given else default_db_path()

    def db(self):
        """The open database (opened, and migrated, on first call)."""
        if self._db is None:
            from desktop.db import open_database

            self._db = open_database(self.db_path, clock=self.clock)
            self._warn_clock()
        return self._db

    def _warn_clock(self) -> None:
        """Before anything is written: warn on stderr when this computer's clock has
        jumped far from the last clock the database saved (desktop/sync/clocks.py)."""
        try:
            from desktop.sync.clocks import clock_warning
        except ImportError:  # a build without sync
            return
        warning = clock_warning(self._db, self.lang)
        if warning:
            print(warning, file=sys.stderr)

    def close(self) -> None:
        """Close the database if it was opened."""
        if self._db is not None:
            self._db.conn.close()
            self._db = None
        self.clock = clock_from_env()

    def emit(self, data, text: str | None = None) -> None:
        """Print a result: JSON with --json, else `text` (or a readable rendering of data)."""
        if self.json:
            json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
            sys.stdout.write("\n")
        elif text is not None:
            print(text)
        else:
            print(json.dumps(data, ensure_ascii=False, indent=2, default=str))

    def fail(self, text: str, problems: list[dict]) -> None:
        """Report refused input: plain words on stderr, and JSON on stdout with --json."""
        print(text, file=sys.stderr)
        if self.json:
            json.dump({"ok": False, "error": text, "problems": problems}, sys.stdout,
                      ensure_ascii=False, indent=2, default=str)
            sys.stdout.write("\n")

    def progress(self, done: int, total: int, label: str = "") -> None:
        """A one-line progress bar on a terminal's stderr; silent otherwise."""
        if not sys.stderr.isatty() or total <= 0:
            return
        width = 30
        filled = int(width * done / total)
        sys.stderr.write(f"\r{label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()
