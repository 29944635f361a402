"""Typed settings over QSettings: every value read with a default and a type."""

from PySide6.QtCore import QByteArray, QSettings

FONT_STEPS = {"small": 9, "normal": 11, "large": 14}
LANGUAGES = ("vi", "en")


class Settings:
    """The user's preferences: language, font size, contrast, window state, last DB.

    Tests pass their own QSettings (an INI file in a temporary folder) so they never
    touch the user's real preferences.
    """

    def __init__(self, qsettings: QSettings | None = None):
        self.q = qsettings or QSettings("xaso", "xaso")

    def _get(self, key: str, default, kind):
        value = self.q.value(key, default)
        if kind is bool:
            if isinstance(value, str):
                return value.lower() in ("1", "true", "yes")
            return bool(value)
        try:
            return kind(value)
        except (TypeError, ValueError):
            return default

    @property
    def language(self) -> str:
        """"vi" (default) or "en"."""
        lang = self._get("ui/language", "vi", str)
        return lang if lang in LANGUAGES else "vi"

    @language.setter
    def language(self, value: str) -> None:
        self.q.setValue("ui/language", value if value in LANGUAGES else "vi")

    @property
    def font_size(self) -> str:
        """"small" (A-), "normal" (A) or "large" (A+)."""
        size = self._get("ui/font_size", "normal", str)
        return size if size in FONT_STEPS else "normal"

    @font_size.setter
    def font_size(self, value: str) -> None:
        self.q.setValue("ui/font_size", value if value in FONT_STEPS else "normal")

    @property
    def high_contrast(self) -> bool:
        """Whether the high-contrast theme is on."""
        return self._get("ui/high_contrast", False, bool)

    @high_contrast.setter
    def high_contrast(self, value: bool) -> None:
        self.q.setValue("ui/high_contrast", bool(value))

    @property
    def last_page(self) -> str:
        """The key of the page shown when the window last closed."""
        return self._get("ui/last_page", "dashboard", str)

    @last_page.setter
    def last_page(self, value: str) -> None:
        self.q.setValue("ui/last_page", value)

    @property
    def last_db(self) -> str:
        """The database file opened last ("" if none)."""
        return self._get("db/last", "", str)

    @last_db.setter
    def last_db(self, value: str) -> None:
        self.q.setValue("db/last", str(value))

    @property
    def idle_lock_minutes(self) -> int:
        """Minutes without input before the window locks (0: never; default 15)."""
        value = self._get("security/idle_lock_minutes", 15, int)
        return value if value >= 0 else 15

    @idle_lock_minutes.setter
    def idle_lock_minutes(self, value: int) -> None:
        self.q.setValue("security/idle_lock_minutes", max(0, int(value)))

    def window_geometry(self) -> QByteArray | None:
        """The saved window geometry, or None."""
        value = self.q.value("ui/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_geometry(self, value: QByteArray) -> None:
        """Remember the window geometry."""
        self.q.setValue("ui/geometry", value)

    def column_widths(self, table: str) -> list[int]:
        """Saved column widths of one table (empty if none)."""
        raw = self._get(f"columns/{table}", "", str)
        return [int(x) for x in raw.split(",") if x.strip().isdigit()]

    def set_column_widths(self, table: str, widths: list[int]) -> None:
        """Remember the column widths of one table."""
        self.q.setValue(f"columns/{table}", ",".join(str(int(w)) for w in widths))

    def sync(self) -> None:
        """Write pending changes to disk."""
        self.q.sync()
