"""Per-database settings kept in the `meta` table: who this database belongs to."""

from dataclasses import dataclass

from desktop.domain.errors import InputRefused


def table_exists(conn, name: str) -> bool:
    """True if the database has table `name` (optional tables, and those of a later
    schema than a migration running now)."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                        (name,)).fetchone() is not None


def get_meta(conn, key: str, default: str | None = None) -> str | None:
    """One meta value, or `default`."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row and row[0] is not None else default


def set_meta(conn, key: str, value) -> None:
    """Set one meta value (inside the caller's transaction)."""
    conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                 (key, None if value is None else str(value)))


@dataclass(frozen=True)
class Setup:
    """Who this database belongs to: a commune's laptop or a merging hub."""

    role: str  # "commune" or "hub"
    device_id: str
    device_name: str
    commune_code: str | None
    commune_name: str | None
    province_code: str | None
    province_name: str | None
    hub_name: str | None

    @property
    def is_hub(self) -> bool:
        return self.role == "hub"

    @property
    def display_name(self) -> str:
        """The commune (or hub) name as shown in titles."""
        return (self.hub_name if self.is_hub else self.commune_name) or ""


def read_setup(conn) -> Setup | None:
    """The setup of this database, or None if `xaso init` has not run."""
    rows = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    if "role" not in rows:
        return None
    return Setup(rows["role"], rows["device_id"], rows.get("device_name") or "",
                 rows.get("commune_code"), rows.get("commune_name"),
                 rows.get("province_code"), rows.get("province_name"), rows.get("hub_name"))


def require_setup(conn) -> Setup:
    """The setup, or InputRefused("no_commune") if the database is not set up."""
    setup = read_setup(conn)
    if setup is None:
        raise InputRefused.of("no_commune")
    return setup
