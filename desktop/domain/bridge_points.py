"""Bridge points (điểm cầu) as sign-up sheets and forms name them.

Offices write the same bridge point as "Điểm cầu UBND xã Tân Ninh", "UBND xã Tân
Ninh" or "điểm cầu: ubnd xa tan ninh". One key, defined here, makes them one bridge
point everywhere: the import, the attendance form, a training's list of points.
"""

import re

from desktop.domain.text import search_key

# "diem cau", then an optional ":", "-" or "–" before the name itself
_PREFIX = re.compile(r"^diem cau\s*[:\-\u2013.]?\s*")


def bridge_point_key(name: str | None) -> str:
    """The key two names of one bridge point share: diacritics, case and a leading
    "Điểm cầu" ignored. "Điểm cầu UBND xã" -> "ubnd xa"; a name that is only
    "Điểm cầu" keeps it ("diem cau")."""
    key = search_key(name)
    rest = _PREFIX.sub("", key, count=1)
    return rest or key


def same_bridge_point(a: str | None, b: str | None) -> bool:
    """Whether `a` and `b` name the same bridge point."""
    return bool(a and b) and bridge_point_key(a) == bridge_point_key(b)
