"""Numbers and dates as a Vietnamese (vi_VN) or English (en) reader expects them.

"1.200", "12,5%", "30/11/2026" in Vietnamese; "1,200", "12.5%", "Nov 30, 2026" in
English. A missing figure is a dash, never "0" and never a crash.
"""

import datetime as dt

from babel.dates import format_date as babel_date
from babel.numbers import format_decimal, format_percent

DASH = "–"
LOCALES = {"vi": "vi_VN", "en": "en"}
DATE_FORMATS = {"vi": "dd/MM/yyyy", "en": "MMM d, yyyy"}


class Formats:
    """Formatting for one language ("vi" or "en")."""

    def __init__(self, lang: str = "vi"):
        self.lang = "en" if lang == "en" else "vi"
        self.locale = LOCALES[self.lang]

    def number(self, value, decimals: int = 0) -> str:
        """A count or amount with grouping: 1200 -> "1.200" (vi) / "1,200" (en)."""
        if value is None:
            return DASH
        pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
        if not decimals:
            value = round(value)
        return format_decimal(value, pattern, locale=self.locale)

    def percent(self, value, decimals: int = 1) -> str:
        """A share given in percent (0-100): 12.5 -> "12,5%" (vi) / "12.5%" (en)."""
        if value is None:
            return DASH
        pattern = "#,##0" + ("." + "0" * decimals if decimals else "") + "%"
        return format_percent(value / 100, pattern, locale=self.locale)

    def change(self, value, unit: str = "count") -> str:
        """A signed difference: "+1.200", "−3", "0"; percentage points for shares."""
        if value is None:
            return DASH
        text = self.points(abs(value)) if unit == "percent" else self.number(abs(value))
        if round(value, 1 if unit == "percent" else 0) == 0:
            return text
        return ("+" if value > 0 else "−") + text

    def points(self, value) -> str:
        """Percentage points: 2.5 -> "2,5 điểm %" / "2.5 pp"."""
        suffix = " điểm %" if self.lang == "vi" else " pp"
        return self.number(value, 1) + suffix

    def date(self, value) -> str:
        """A date: "30/11/2026" (vi) / "Nov 30, 2026" (en); dash if missing."""
        if not value:
            return DASH
        if isinstance(value, str):
            value = dt.date.fromisoformat(value[:10])
        return babel_date(value, DATE_FORMATS[self.lang], locale=self.locale)

    def month(self, month: str) -> str:
        """A month "2026-11" as "11/2026"."""
        year, mon = month.split("-")
        return f"{mon}/{year}"

    def value(self, value, unit: str) -> str:
        """A figure in its unit: a share in percent or a count."""
        return self.percent(value) if unit == "percent" else self.number(value)
