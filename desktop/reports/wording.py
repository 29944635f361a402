"""The unit's own words in a report: xã, phường or đặc khu; the place line; the province.

Decree 30/2020/NĐ-CP, Appendix I: the place in the date line is the unit's name
without its type ("Chương Dương, ngày ..."), except for units named after a person or
with a number, which keep their full name ("Phường Trương Quang Trọng, ngày ...",
"Phường Hà Giang 1, ngày ..."). A person's name is recognised by a short list and by
its shape (a surname and two more syllables); the `report.place` setting overrides
the rule where it guesses wrong.
"""

from dataclasses import dataclass

from desktop.domain.units import find_commune

UNIT_TYPES = ("Xã ", "Phường ", "Đặc khu ")
SURNAMES = frozenset(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Trương Đinh "
    "Lương Đào Mạc Chu Tô Tạ Quách Hà Cao Lâm Mai Kim Thái Văn".split())
# Two-syllable names (and a few others) of people that official units carry.
PERSONS = frozenset((
    "Lê Lợi", "Nguyễn Trãi", "Nguyễn Du", "Nguyễn Huệ", "Trần Phú", "Ngô Quyền", "Lê Chân",
    "Tô Hiệu", "Ngô Mây", "Kim Đồng", "Nguyễn Nghiêm", "Quang Trung", "Hai Bà Trưng",
    "Lê Lai", "Trần Phán", "Lê Hồ"))
# Three-syllable places that begin like a person's name.
NOT_PERSONS = frozenset(("Hoàng Su Phì", "Lương Hòa Lạc", "Phan Rí Cửa", "Đinh Trang Thượng"))
# The hamlet word of a unit type, when the hamlets' own kinds do not agree.
HAMLET_WORDS = {"xã": ("Thôn", "Hamlet"), "phường": ("Tổ dân phố", "Residential group"),
                "đặc khu": ("Thôn, tổ dân phố", "Hamlet")}


def unit_type(name: str) -> str:
    """"xã", "phường" or "đặc khu" from a unit's name ("xã" when it says none)."""
    for prefix in UNIT_TYPES:
        if name.startswith(prefix):
            return prefix.strip().lower()
    return "xã"


def short_name(name: str) -> str:
    """The name without its type: "Xã Cương Gián" -> "Cương Gián"."""
    for prefix in UNIT_TYPES:
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


def keeps_type(name: str) -> bool:
    """True when the unit is named after a person or with a number, so the place line
    keeps its type (Decree 30/2020, Appendix I)."""
    short = short_name(name)
    if any(ch.isdigit() for ch in short):
        return True
    if short in PERSONS:
        return True
    words = short.split()
    return (len(words) == 3 and words[0] in SURNAMES and short not in NOT_PERSONS
            and "-" not in short)


def place_of(name: str) -> str:
    """The place of the date line for a unit called `name`."""
    return name if keeps_type(name) else short_name(name)


def running_name(name: str) -> str:
    """The unit's name inside a sentence: "Xã Cương Gián" -> "xã Cương Gián"."""
    for prefix in UNIT_TYPES:
        if name.startswith(prefix):
            return prefix.lower() + name[len(prefix):]
    return name


def province_phrase(province: str | None) -> str:
    """"Hà Tĩnh" -> "tỉnh Hà Tĩnh"; "Thành phố Hà Nội" -> "thành phố Hà Nội"."""
    if not province:
        return ""
    if province.startswith("Thành phố "):
        return "thành phố " + province[len("Thành phố "):]
    if province.startswith("Tỉnh "):
        return "tỉnh " + province[len("Tỉnh "):]
    return "tỉnh " + province


def province_place(province: str | None) -> str:
    """The province as a place: "Thành phố Hà Nội" -> "Hà Nội"."""
    phrase = province_phrase(province)
    return phrase.split(" ", 1)[1] if phrase.startswith("tỉnh ") else \
        phrase[len("thành phố "):] if phrase else ""


def upper(text: str) -> str:
    """Capitals for an official heading."""
    return text.upper()


def abbreviation(name: str) -> str:
    """The initials of a body's name, as symbols use them: "Sở Khoa học và Công nghệ"
    -> "SKHCN" ("và" and "tỉnh" are left out)."""
    words = [w for w in name.replace("-", " ").split() if w.lower() not in ("và", "tỉnh")]
    return "".join(w[0].upper() for w in words if w[0].isalpha())


@dataclass(frozen=True)
class Unit:
    """The commune-level unit a report speaks for, and its own words."""

    code: str | None
    name: str            # "Phường Hoàn Kiếm"
    province: str | None  # "Thành phố Hà Nội"

    @property
    def kind(self) -> str:
        """"xã", "phường" or "đặc khu" (from the official list, else the name)."""
        official = find_commune(self.code) if self.code else None
        return official.kind if official else unit_type(self.name)

    def word(self, lang: str = "vi") -> str:
        """The unit's own word: "xã", "phường", "đặc khu" (en: commune, ward, zone)."""
        if lang == "en":
            return {"xã": "commune", "phường": "ward", "đặc khu": "special zone"}[self.kind]
        return self.kind

    def whole(self, lang: str = "vi") -> str:
        """The total row's label: "Toàn xã", "Toàn phường", "Toàn đặc khu"."""
        if lang == "en":
            return f"Whole {self.word('en')}"
        return f"Toàn {self.kind}"

    @property
    def place(self) -> str:
        """The place of the date line."""
        return place_of(self.name)

    @property
    def running(self) -> str:
        """"phường Hoàn Kiếm", inside a sentence."""
        return running_name(self.name)

    def hamlet_word(self, kinds: set[str] | None = None, lang: str = "vi") -> str:
        """The word for the unit's hamlets: their own kind when they all share one
        ("Thôn", "Tổ dân phố"...), else the unit type's usual word."""
        from desktop.domain.labels import value_label

        kinds = {k for k in (kinds or set()) if k}
        if len(kinds) == 1:
            word = value_label("kind", next(iter(kinds)), lang)
            return word.split(" (")[0] if lang == "en" else word
        vi, en = HAMLET_WORDS[self.kind]
        return en if lang == "en" else vi
