"""The citizen identity card number (CCCD): 12 digits with meaning in the first six.

Digits 1-3 are the legacy province of birth registration (001-096), digit 4 encodes
gender and century, digits 5-6 are the last two digits of the birth year. There is
no check digit, so agreement with the recorded birth year and gender is what we can
verify.
"""

import datetime as dt
from dataclasses import dataclass

from desktop.domain.errors import Problem
from desktop.domain.text import digits_only
from desktop.domain.units import LEGACY_PROVINCE_CODES

# digit 4 -> (gender, first year of the century), in pairs upward from the 1900s
# (Circular 07/2016/TT-BCA): men the even digit, women the odd one. Only 0-3 can
# belong to a living person; 4-9 are refused as births in the future.
CENTURY_DIGITS = {
    "0": ("male", 1900), "1": ("female", 1900),
    "2": ("male", 2000), "3": ("female", 2000),
    "4": ("male", 2100), "5": ("female", 2100),
    "6": ("male", 2200), "7": ("female", 2200),
    "8": ("male", 2300), "9": ("female", 2300),
}


@dataclass(frozen=True)
class CccdFacts:
    """What a CCCD number says about its holder."""

    province_code: str
    gender: str
    birth_year: int


def normalise_cccd(raw: str) -> str:
    """Strip spaces, dots and dashes and turn full-width digits into ASCII."""
    text = str(raw).strip()
    if text.isascii() and text.isdigit():
        return text
    cleaned = "".join(ch for ch in text if ch not in " .-_\u3000")
    digits = digits_only(cleaned)
    if len(digits) != len(cleaned):
        return cleaned  # keep the letters so validation can name them
    return digits


def check_cccd(raw: str, field: str = "cccd", gender: str | None = None,
               birth_year: int | None = None, today: dt.date | None = None
               ) -> tuple[str | None, list[Problem]]:
    """Validate a CCCD; return (normalised value, problems).

    `gender` ("male"/"female") and `birth_year`, when known, must agree with the number;
    with `today`, a number implying a birth after this year is refused. Each problem
    names the digits that disagree: the 4th (gender and century) or the 5th-6th (year).
    """
    value = normalise_cccd(raw)
    if not value.isdigit():
        return None, [Problem(field, "cccd_chars")]
    if len(value) != 12:
        return None, [Problem(field, "cccd_length", {"count": len(value)})]
    problems = []
    if value[:3] not in LEGACY_PROVINCE_CODES:
        problems.append(Problem(field, "cccd_province", {"code": value[:3]}))
    facts = cccd_facts(value)
    if facts is None:
        problems.append(Problem(field, "cccd_century", {"digit": value[3]}))
    else:
        if today is not None and facts.birth_year > today.year:
            problems.append(Problem(field, "cccd_future", {"digit": value[3],
                                                           "year": facts.birth_year}))
        if gender and gender != facts.gender:
            problems.append(Problem(field, "cccd_gender", {"digit": value[3],
                                                           "cccd_gender": facts.gender,
                                                           "gender": gender}))
        if birth_year and birth_year != facts.birth_year:
            if birth_year % 100 == facts.birth_year % 100:  # only the century differs
                problems.append(Problem(field, "cccd_century_year", {
                    "digit": value[3], "century": facts.birth_year // 100 + 1,
                    "year": birth_year}))
            else:
                problems.append(Problem(field, "cccd_year", {
                    "digits": value[4:6], "year": birth_year}))
    return (None if problems else value), problems


def cccd_facts(value: str) -> CccdFacts | None:
    """Read province, gender and birth year from a well-formed 12-digit CCCD."""
    entry = CENTURY_DIGITS.get(value[3]) if len(value) == 12 else None
    if entry is None:
        return None
    gender, century = entry
    return CccdFacts(value[:3], gender, century + int(value[4:6]))


def make_cccd(province_code: str, gender: str, birth_year: int, serial: int) -> str:
    """Build a CCCD consistent with its holder (demo data and tests)."""
    century = (birth_year // 100) * 100
    for digit, (g, start) in CENTURY_DIGITS.items():
        if g == gender and start == century:
            return f"{province_code}{digit}{birth_year % 100:02d}{serial % 1_000_000:06d}"
    raise ValueError(f"no CCCD century digit for {gender} born {birth_year}")
