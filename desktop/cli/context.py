"""What every command handler gets: the parsed options, the database, output."""

import json
import os
import sys
from pathlib import Path

from desktop.domain.clock import clock_from_env


def cli_lang() -> str:
    """The language of the command line's output: "en" with XASO_LANG=en, else "vi"."""
    return "en" if os.environ.get("XASO_LANG", "vi").lower().startswith("en") else "vi"


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
        self.lang = cli_lang()
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
        return self._db

    def close(self) -> None:
        """Close the database if it was opened."""
        if self._db is not None:
            self._db.conn.close()
            self._db = None
        self.clock = clock_from_env()

    def say(self, message_code: str, /, **params) -> str:
        """A line of the command line's own (desktop/messages/cli.py) in this language."""
        from desktop.messages import message

        return message(message_code, self.lang, **params)

    def number(self, value) -> str:
        """A number as people read it: 8.021 in Vietnamese, 8,021 in English."""
        from desktop.domain.fieldtypes import format_number

        return format_number(value, self.lang)

    def kind(self, name: str):
        """The record kind called `name`; an unknown kind is a usage error (exit 1),
        like an unknown command."""
        from desktop.domain.errors import InputRefused
        from desktop.domain.kinds import PUBLIC_KINDS, get_kind

        try:
            return get_kind(name)
        except InputRefused:
            raise UsageError(self.say("cli_kind_unknown", kind=name,
                                      choices=", ".join(PUBLIC_KINDS))) from None

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
