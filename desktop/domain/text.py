"""Vietnamese text: NFC normalisation and diacritic-free search keys."""

import re
import unicodedata

_SPACES = re.compile(r"\s+")
# đ/Đ are letters of their own, not a base letter plus a mark, so NFD keeps them.
_EXTRA = str.maketrans({"đ": "d", "Đ": "d"})


def nfc(text: str) -> str:
    """Return `text` NFC-normalised with runs of white space collapsed and trimmed."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def search_key(text: str | None) -> str:
    """A lower-case key without diacritics: "Nguyễn Thị Đào" -> "nguyen thi dao".

    Both the stored key and the typed query go through this, so "nguyen" finds
    "Nguyễn" whether the name was typed composed or decomposed.
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", text.translate(_EXTRA))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", bare.casefold()).strip()


def digits_only(text: str) -> str:
    """Keep the digits of `text`, full-width digits turned into ASCII ones."""
    if text.isascii():  # the common case, and a hot one when a hub checks merged rows
        return text if text.isdigit() else "".join(ch for ch in text if ch.isdigit())
    return "".join(str(unicodedata.digit(ch)) for ch in text if ch.isdigit() and unicodedata.digit(ch, None) is not None)
