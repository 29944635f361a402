"""Official administrative units: communes and provinces from `vietnam-provinces`,
and the legacy province codes that the first three CCCD digits use.
"""

from dataclasses import dataclass
from functools import lru_cache

from desktop.domain.text import search_key

# Legacy (pre-2025, 63-province) codes used as the CCCD birth-registration prefix.
LEGACY_PROVINCES: dict[str, str] = {
    "001": "Hà Nội", "002": "Hà Giang", "004": "Cao Bằng", "006": "Bắc Kạn",
    "008": "Tuyên Quang", "010": "Lào Cai", "011": "Điện Biên", "012": "Lai Châu",
    "014": "Sơn La", "015": "Yên Bái", "017": "Hòa Bình", "019": "Thái Nguyên",
    "020": "Lạng Sơn", "022": "Quảng Ninh", "024": "Bắc Giang", "025": "Phú Thọ",
    "026": "Vĩnh Phúc", "027": "Bắc Ninh", "030": "Hải Dương", "031": "Hải Phòng",
    "033": "Hưng Yên", "034": "Thái Bình", "035": "Hà Nam", "036": "Nam Định",
    "037": "Ninh Bình", "038": "Thanh Hóa", "040": "Nghệ An", "042": "Hà Tĩnh",
    "044": "Quảng Bình", "045": "Quảng Trị", "046": "Thừa Thiên Huế", "048": "Đà Nẵng",
    "049": "Quảng Nam", "051": "Quảng Ngãi", "052": "Bình Định", "054": "Phú Yên",
    "056": "Khánh Hòa", "058": "Ninh Thuận", "060": "Bình Thuận", "062": "Kon Tum",
    "064": "Gia Lai", "066": "Đắk Lắk", "067": "Đắk Nông", "068": "Lâm Đồng",
    "070": "Bình Phước", "072": "Tây Ninh", "074": "Bình Dương", "075": "Đồng Nai",
    "077": "Bà Rịa - Vũng Tàu", "079": "Thành phố Hồ Chí Minh", "080": "Long An",
    "082": "Tiền Giang", "083": "Bến Tre", "084": "Trà Vinh", "086": "Vĩnh Long",
    "087": "Đồng Tháp", "089": "An Giang", "091": "Kiên Giang", "092": "Cần Thơ",
    "093": "Hậu Giang", "094": "Sóc Trăng", "095": "Bạc Liêu", "096": "Cà Mau",
}
LEGACY_PROVINCE_CODES = frozenset(LEGACY_PROVINCES)


@dataclass(frozen=True)
class Commune:
    """An official commune (xã, phường, đặc khu) with its province."""

    code: str          # 5 digits, leading zeros kept
    name: str          # "Xã Cương Gián"
    kind: str          # "xã", "phường", "đặc khu"
    province_code: str  # 2 digits
    province_name: str

    @property
    def short_name(self) -> str:
        """The name without its kind: "Xã Cương Gián" -> "Cương Gián"."""
        for prefix in ("Xã ", "Phường ", "Đặc khu "):
            if self.name.startswith(prefix):
                return self.name[len(prefix):]
        return self.name


@dataclass(frozen=True)
class ProvinceUnit:
    """An official province or centrally-run city."""

    code: str
    name: str


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, Commune], dict[str, ProvinceUnit]]:
    # Imported lazily: the package's lookup table is large and most commands never need it.
    from vietnam_provinces import Province, Ward

    provinces = {f"{int(p.code):02d}": ProvinceUnit(f"{int(p.code):02d}", p.name)
                 for p in Province.iter_all()}
    communes = {}
    for w in Ward.iter_all():
        pcode = f"{int(w.province_code):02d}"
        code = f"{int(w.code):05d}"
        communes[code] = Commune(code, w.name, w.division_type.value, pcode, provinces[pcode].name)
    return communes, provinces


def normalise_unit_code(code: str | int, width: int) -> str:
    """Accept "70", 70 or "00070" and return the zero-padded official form."""
    text = str(code).strip()
    return text.zfill(width) if text.isdigit() else text


def find_commune(code: str | int) -> Commune | None:
    """The official commune with this 5-digit code, or None."""
    return _index()[0].get(normalise_unit_code(code, 5))


def unit_name(code: str) -> str:
    """The official name of the commune (or, for a hub's own records, the province)
    that a record's commune code names; the code itself when it names neither."""
    try:
        unit = find_commune(code) if len(code) > 2 else find_province(code)
    except Exception:  # noqa: BLE001 - an odd code read from a merged record must not stop a list
        unit = None
    return unit.name if unit else code


def find_province(code: str | int) -> ProvinceUnit | None:
    """The official province with this 2-digit code, or None."""
    return _index()[1].get(normalise_unit_code(code, 2))


def all_provinces() -> list[ProvinceUnit]:
    """All 34 provinces, sorted by name without diacritics."""
    return sorted(_index()[1].values(), key=lambda p: search_key(p.name))


def communes_of(province_code: str) -> list[Commune]:
    """The communes of one province, sorted by name without diacritics."""
    pcode = normalise_unit_code(province_code, 2)
    return sorted((c for c in _index()[0].values() if c.province_code == pcode),
                  key=lambda c: search_key(c.short_name))
