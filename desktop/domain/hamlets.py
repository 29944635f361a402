"""Hamlets as offices write them: "Thôn Tân Ninh", "Khu phố 3", "Buôn Ea Sup".

The kind words are those of VALUE_LABELS["kind"] (Circular 04/2012/TT-BNV as amended).
"""

import re

from desktop.domain.labels import VALUE_LABELS
from desktop.domain.text import nfc, search_key

# longest first, so "to dan pho" is tried before "pho"-less words and "tieu khu" before "khu"
_WORDS = sorted(((search_key(vi), code) for code, (vi, _en) in VALUE_LABELS["kind"].items()),
                key=lambda pair: -len(pair[0]))


def split_hamlet(text: str) -> tuple[str | None, str]:
    """(kind code or None, name) of a hamlet as typed.

    "Thôn Tân Ninh" -> ("thon", "Tân Ninh"); "Khu phố 3" -> ("khu_pho", "Khu phố 3"): a
    number alone is not a name, so a numbered hamlet keeps its word; "Tân Ninh" ->
    (None, "Tân Ninh").
    """
    name = nfc(text)
    key = search_key(name)
    for word, code in _WORDS:
        if key.startswith(word + " "):
            rest = name.split(" ", len(word.split(" ")))[-1].strip()
            if re.fullmatch(r"\d+[A-Za-z]?|[0-9A-Za-z]{1,4}", rest) and any(c.isdigit() for c in rest):
                return code, name  # "Thôn 1", "Tổ dân phố 12A"
            return code, rest
    return None, name
