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


# apostrophes and hyphens inside names (H'Hen Niê, Y-Moan), as typed on any keyboard
_APOSTROPHES = {"'", "\u2019", "\u02bc"}
_JOINERS = _APOSTROPHES | {"-"}


def control_characters(text: str, allow_newlines: bool = False) -> list[str]:
    """The control and format characters in `text` (U+0000-001F, U+007F-009F, bidi
    and other invisible marks), which never belong in a record: they break exports
    and can hide text. Newlines and tabs are allowed in notes."""
    allowed = {"\n", "\r", "\t"} if allow_newlines else set()
    return [ch for ch in text if ch not in allowed
            and unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn")]


def person_name_problems(text: str) -> list[str]:
    """The characters that cannot be in a person's name: a name is letters of any
    script (with their marks), spaces, apostrophes and hyphens. Returns the bad ones."""
    bad = []
    for ch in text:
        if ch == " " or ch in _JOINERS:
            continue
        if unicodedata.category(ch)[0] not in ("L", "M"):
            bad.append(ch)
    return list(dict.fromkeys(bad))


def person_name(text: str) -> str:
    """A person's name as stored: NFC, single spaces, each word capitalised
    ("nguyễn văn AN" -> "Nguyễn Văn An"; "h'hen niê" -> "H'Hen Niê"). A word typed in
    mixed case keeps its inner capitals ("Kđăm", "H'Hen")."""
    words = []
    for word in nfc(text).split(" "):
        if word.isupper() and len(word) > 1 or word.islower():
            word = word.lower()
        parts, start = [], 0
        for i, ch in enumerate(word):
            if ch in _JOINERS:
                parts.append(word[start:i + 1])
                start = i + 1
        parts.append(word[start:])
        words.append("".join(p[:1].upper() + p[1:] for p in parts))
    return " ".join(words)
