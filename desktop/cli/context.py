"""What every command handler gets: the parsed options, the database opened as the
user, output.

Who: `--user NAME`, else $XASO_USER, else `admin`. The password: `--password-file
FILE`, else $XASO_PASSWORD, else a prompt when stdin is a terminal; without one the
command is refused (exit 2) before anything is read or written. A command declares
the permission it needs (`set_defaults(needs=...)`, desktop/security/roles.py;
`admin` when it says nothing), checked right after login.
"""

import getpass
import json
import os
import secrets
import sys
from pathlib import Path

from desktop.domain.clock import clock_from_env
from desktop.domain.errors import InputRefused


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


def _read_secret(path) -> str | None:
    """A password from a file: its first line, without the line end."""
    if not path:
        return None
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError:
        raise InputRefused.of("password_file_missing", "password_file", path=str(path)) from None
    first = text.splitlines()[0] if text else ""
    if not first:
        raise InputRefused.of("password_missing")
    return first


def _piped_line() -> str | None:
    """The first line of a piped standard input (`echo secret | xaso users add ...`),
    if one is ready within a moment; None otherwise (never waits on a silent pipe)."""
    stream = sys.stdin
    if stream is None or os.name != "posix":
        return None
    try:
        import select

        ready, _, _ = select.select([stream], [], [], 0.5)
        if not ready:
            return None
        line = stream.readline()
    except (OSError, ValueError):
        return None
    return line.rstrip("\r\n") or None


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

    @property
    def user(self) -> str:
        """The login name: --user, else $XASO_USER, else "admin"."""
        return getattr(self.args, "user", None) or os.environ.get("XASO_USER") or "admin"

    @property
    def needs(self) -> str:
        """The permission this command needs (roles.PERMISSIONS)."""
        return getattr(self.args, "needs", None) or "admin"

    def password(self, prompt: str | None = None) -> str:
        """The user's password: --password-file, $XASO_PASSWORD, or a terminal prompt;
        InputRefused("password_missing") when there is none."""
        found = self._given_password()
        if found:
            return found
        if sys.stdin is not None and sys.stdin.isatty():
            typed = getpass.getpass(prompt or self.say("cli_prompt_password"), stream=sys.stderr)
            if typed:
                return typed
        raise InputRefused.of("password_missing")

    def _given_password(self) -> str | None:
        return (_read_secret(getattr(self.args, "password_file", None))
                or os.environ.get("XASO_PASSWORD") or None)

    def new_password(self, also_login_sources: bool = False, confirm_prompt: bool = True,
                     generate: bool = True) -> tuple[str, bool]:
        """A password to set: --new-password-file, $XASO_NEW_PASSWORD (and, where no
        login is needed, the login sources), a prompt typed twice on a terminal, or a
        generated one. Returns (password, generated)."""
        found = (_read_secret(getattr(self.args, "new_password_file", None))
                 or os.environ.get("XASO_NEW_PASSWORD"))
        if not found and also_login_sources:
            found = self._given_password()
        if found:
            return found, False
        if sys.stdin is not None and sys.stdin.isatty():
            first = getpass.getpass(self.say("cli_prompt_new_password"), stream=sys.stderr)
            if confirm_prompt:
                again = getpass.getpass(self.say("cli_prompt_again"), stream=sys.stderr)
                if first != again:
                    raise InputRefused.of("password_mismatch", "password")
            return first, False
        piped = _piped_line()
        if piped:
            return piped, False
        if not generate:
            raise InputRefused.of("password_missing")
        return secrets.token_urlsafe(9), True

    def db(self):
        """The database opened as the user, who must have the command's permission
        (on first call; migrated if needed)."""
        if self._db is None:
            from desktop.security.login import open_as
            from desktop.security.roles import require

            db = open_as(self.db_path, self.user, self.password(), clock=self.clock)
            try:
                require(db.login, self.needs)
            except BaseException:
                db.conn.close()
                raise
            self._db = db
            self._warn_clock()
        return self._db

    def _warn_clock(self) -> None:
        """Before anything is written: warn on stderr when this computer's clock has
        jumped far from the last clock the database saved (desktop/sync/clocks.py)."""
        from desktop.sync.clocks import clock_warning

        warning = clock_warning(self._db, self.lang)
        if warning:
            print(warning, file=sys.stderr)

    def adopt(self, db) -> None:
        """Use an already opened database (set-up, recovery) for the rest of the command."""
        self._db = db

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
