"""Every user-facing message, in Vietnamese and English, keyed by a stable code.

Each layer keeps its own table (domain and services, sync, reports) as plain data;
this module registers them, explicitly and in one place, into the one catalogue that
`message()` reads. Importing a module never adds messages as a side effect, and a
code defined twice is an error at start, not a silent override.
"""

from desktop.messages.cli import CLI_MESSAGES
from desktop.messages.domain import DOMAIN_MESSAGES
from desktop.messages.reports import REPORT_MESSAGES
from desktop.messages.rows import ROW_MESSAGES
from desktop.messages.security import SECURITY_MESSAGES
from desktop.messages.sync import SYNC_MESSAGES

TABLES: dict[str, dict[str, tuple[str, str]]] = {
    "domain": DOMAIN_MESSAGES,
    "sync": SYNC_MESSAGES,
    "reports": REPORT_MESSAGES,
    "rows": ROW_MESSAGES,
    "security": SECURITY_MESSAGES,
    "cli": CLI_MESSAGES,
}


def _catalogue(tables: dict[str, dict[str, tuple[str, str]]]) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for name, table in tables.items():
        clash = sorted(set(out) & set(table))
        if clash:
            raise ValueError(f"message codes of {name} defined twice: {clash}")
        out.update(table)
    return out


MESSAGES: dict[str, tuple[str, str]] = _catalogue(TABLES)


def message(message_code: str, lang: str = "vi", /, **params: object) -> str:
    """Format the message `message_code` in `lang` ("vi" or "en") with `params`.

    An unknown code is a programming error (KeyError), never a blank message.
    """
    vi, en = MESSAGES[message_code]
    template = en if lang == "en" else vi
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template
