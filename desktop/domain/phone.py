"""Vietnamese mobile phone numbers: 10 digits, prefix 03/05/07/08/09, or +84."""

from desktop.domain.errors import Problem
from desktop.domain.text import digits_only

VALID_PREFIXES = ("03", "05", "07", "08", "09")


def normalise_phone(raw: str) -> str | None:
    """Return the 10-digit national form of `raw`, or None if it is not a valid number.

    Accepts spaces, dots, dashes and brackets as typed ("0803 423 667"), full-width
    digits, the international forms +84..., 84... and 0084..., and the nine digits
    left when a spreadsheet drops the leading zero ("912345678").
    """
    text = str(raw).strip()
    international = text.startswith("+")
    digits = digits_only(text)
    if any(ch.isalpha() for ch in text):
        return None
    if international or (len(digits) == 11 and digits.startswith("84")):
        if not digits.startswith("84"):
            return None
        digits = "0" + digits[2:]
    elif digits.startswith("0084"):
        digits = "0" + digits[4:]
    elif len(digits) == 9 and digits[0] in "35789":
        digits = "0" + digits  # Excel drops the leading zero of a number typed into a cell
    if len(digits) == 10 and digits.startswith(VALID_PREFIXES):
        return digits
    return None


def check_phone(raw: str, field: str = "phone") -> tuple[str | None, list[Problem]]:
    """Validate and normalise a phone number; return (value, problems)."""
    value = normalise_phone(raw)
    if value is None:
        return None, [Problem(field, "phone_invalid", {"value": str(raw).strip()})]
    return value, []
