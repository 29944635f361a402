"""The report's settings, kept in the database (`settings`, schema 5), typed, with defaults.

Every key has a default worked out from the database's setup (a commune or a hub,
its official unit and province), so a report prints correctly before anyone sets
anything; a setting changes only what differs in a given office. `xaso settings
get|set|list|load` and the GUI Reports page read and write them here.

Keys (README, "Report settings"):
- report.governing_body, report.issuer: the issuing block (Decree 30/2020);
- report.symbol: the document symbol after "Số: .../" ("BC-UBND");
- report.place: the place of the date line (default: by the Decree's rule);
- report.signer_authority (TM., KT., TM. KT. or -), report.collective (signed for
  after TM.), report.head_title (after KT.), report.signer_title, report.signer_name;
- report.recipients (one per line, or separated by ";"), report.drafting_unit (for
  "Lưu: VT, ...");
- report.closing_day: 0 for the calendar month, 14 for the period of Decree 09/2019;
- threshold.<indicator>: the age threshold of an age-based indicator.
"""

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from desktop.db.meta import read_setup, table_exists
from desktop.db.writer import write
from desktop.domain.errors import InputRefused
from desktop.domain.indicators import INDICATORS, threshold_key
from desktop.domain.periods import check_closing_day
from desktop.domain.text import nfc
from desktop.reports.sql import conn_of
from desktop.reports.wording import (Unit, abbreviation, province_phrase, province_place,
                                     upper)

AUTHORITIES = ("TM.", "KT.", "TM. KT.", "-")
MAX_TEXT = 300


@dataclass(frozen=True)
class Setting:
    """One settings key: its type and what it is for."""

    key: str
    type: str  # text, lines, authority, day, age
    vi: str
    en: str


SETTINGS: dict[str, Setting] = {s.key: s for s in (
    Setting("report.governing_body", "text", "Cơ quan chủ quản (dòng trên tên cơ quan ban hành)",
            "Governing body (the line above the issuer)"),
    Setting("report.issuer", "lines", "Tên cơ quan ban hành (mỗi dòng một dòng in)",
            "Issuing body (one printed line each)"),
    Setting("report.symbol", "text", "Ký hiệu văn bản sau «Số: .../»",
            "Document symbol after \"No.: .../\""),
    Setting("report.place", "text", "Địa danh ở dòng ngày tháng", "Place in the date line"),
    Setting("report.signer_authority", "authority",
            "Quyền hạn ký: TM., KT., TM. KT. hoặc - (ký trực tiếp)",
            "Signing authority: TM., KT., TM. KT. or - (signs in own name)"),
    Setting("report.collective", "text", "Tập thể được thay mặt (sau TM.)",
            "The collective body signed for (after TM.)"),
    Setting("report.head_title", "text", "Chức vụ người đứng đầu (sau KT.)",
            "The head's title (after KT.)"),
    Setting("report.signer_title", "text", "Chức vụ người ký", "Signer's title"),
    Setting("report.signer_name", "text", "Họ và tên người ký", "Signer's full name"),
    Setting("report.recipients", "lines", "Nơi nhận (mỗi dòng một nơi, hoặc ngăn bằng ;)",
            "Recipients (one a line, or separated by ;)"),
    Setting("report.drafting_unit", "text", "Đơn vị soạn thảo (Lưu: VT, ...)",
            "Drafting unit (Archive: VT, ...)"),
    Setting("report.closing_day", "day",
            "Ngày chốt số liệu: 0 = cả tháng, 14 = từ ngày 15 tháng trước đến ngày 14 "
            "(Nghị định 09/2019/NĐ-CP)",
            "Closing day: 0 = calendar month, 14 = the 15th of the month before to the "
            "14th (Decree 09/2019)"),
    *(Setting(threshold_key(code), "age", f"Ngưỡng tuổi: {i.vi}", f"Age threshold: {i.en}")
      for code, i in INDICATORS.items() if i.age is not None),
)}


@dataclass
class ReportSettings:
    """Every report setting resolved: the stored value, else its default."""

    is_hub: bool
    unit: Unit
    governing_body: str
    issuer: list[str]
    symbol: str
    place: str
    signer_lines: list[str]
    signer_name: str
    recipients: list[str]
    drafting_unit: str
    closing_day: int
    thresholds: dict[str, int] = field(default_factory=dict)
    province_code: str | None = None

    def age(self, code: str) -> int | None:
        """The age threshold of indicator `code` (its default unless set)."""
        return self.thresholds.get(code, INDICATORS[code].age)


def stored(conn) -> dict[str, str]:
    """The settings set in this database (a database before schema 5 has none)."""
    conn = conn_of(conn)
    if not table_exists(conn, "settings"):
        return {}
    return dict(conn.execute("SELECT key, value FROM settings"))


def defaults(conn, lang: str = "vi", unit: Unit | None = None) -> dict[str, str]:
    """The default of every key for this database (or, given `unit`, for that commune's
    own report printed on a hub), as text."""
    setup = read_setup(conn_of(conn))
    if setup is None:
        raise InputRefused.of("no_commune")
    if setup.is_hub and unit is None:
        return defaults_for(Unit(None, setup.hub_name or "", setup.province_name), True, lang)
    return defaults_for(unit or Unit(setup.commune_code, setup.commune_name or "",
                                     setup.province_name), False, lang)


def defaults_for(unit: Unit, is_hub: bool, lang: str = "vi") -> dict[str, str]:
    """The default of every key for a commune's report, or a hub's roll-up (`unit`
    then names the hub and its province)."""
    province = unit.province
    phrase = province_phrase(province)
    en = lang == "en"
    if is_hub:
        hub = unit.name
        out = {"report.governing_body": f"UBND {upper(phrase)}" if phrase else "",
               "report.issuer": upper(hub),
               "report.symbol": f"BC-{abbreviation(hub) or 'UBND'}",
               "report.place": province_place(province) or hub,
               "report.signer_authority": "-", "report.collective": "",
               "report.head_title": "DIRECTOR" if en else "GIÁM ĐỐC",
               "report.signer_title": "DIRECTOR" if en else "GIÁM ĐỐC",
               "report.recipients": "\n".join(
                   ([f"UBND {phrase} (để báo cáo)"] if phrase else [])
                   + ["Bộ Khoa học và Công nghệ (để báo cáo)"]),
               "report.drafting_unit": "CĐS"}
    else:
        committee = "PEOPLE'S COMMITTEE" if en else "ỦY BAN NHÂN DÂN"
        issuer = (f"{committee}\nOF {upper(unit.name)}" if en
                  else f"{committee}\n{upper(unit.name)}")
        out = {"report.governing_body": "", "report.issuer": issuer,
               "report.symbol": "BC-UBND", "report.place": unit.place,
               "report.signer_authority": "TM.",
               "report.collective": "THE PEOPLE'S COMMITTEE" if en else committee,
               "report.head_title": "CHAIRPERSON" if en else "CHỦ TỊCH",
               "report.signer_title": "CHAIRPERSON" if en else "CHỦ TỊCH",
               "report.recipients": "\n".join(
                   [f"UBND {phrase} (để báo cáo)",
                    f"Sở Khoa học và Công nghệ {phrase} (để báo cáo)"] if phrase else
                   ["Sở Khoa học và Công nghệ (để báo cáo)"]),
               "report.drafting_unit": "VHXH"}
    out.update({"report.signer_name": "", "report.closing_day": "0"})
    for key, setting in SETTINGS.items():
        if setting.type == "age":
            out[key] = str(INDICATORS[key.split(".", 1)[1]].age)
    return out


FIGURE_KEYS = ("report.closing_day",)  # settings that change figures, not wording


def read_report_settings(conn, lang: str = "vi", unit: Unit | None = None) -> ReportSettings:
    """The report settings of this database in `lang` (defaults are translated; what
    an officer typed is printed as typed). With `unit` on a hub: the settings of that
    commune's own report (its wording by default; the hub's period and thresholds)."""
    conn = conn_of(conn)
    setup = read_setup(conn)
    saved = stored(conn)
    if unit is not None and setup.is_hub:
        saved = {k: v for k, v in saved.items()
                 if k in FIGURE_KEYS or k.startswith("threshold.")}
    values = {**defaults(conn, lang, unit if setup.is_hub else None), **saved}
    is_hub = setup.is_hub and unit is None
    unit = unit or Unit(None if is_hub else setup.commune_code,
                        (setup.hub_name if is_hub else setup.commune_name) or "",
                        setup.province_name)
    return resolve(values, unit, is_hub, lang, setup.province_code)


def resolve(values: dict[str, str], unit: Unit, is_hub: bool, lang: str = "vi",
            province_code: str | None = None) -> ReportSettings:
    """ReportSettings from every key's text value."""
    return ReportSettings(
        is_hub=is_hub, unit=unit,
        governing_body=values["report.governing_body"],
        issuer=split_lines(values["report.issuer"]),
        symbol=values["report.symbol"], place=values["report.place"],
        signer_lines=signer_lines(values, lang), signer_name=values["report.signer_name"],
        recipients=split_lines(values["report.recipients"]),
        drafting_unit=values["report.drafting_unit"],
        closing_day=check_closing_day(values["report.closing_day"]),
        thresholds={key.split(".", 1)[1]: int(value) for key, value in values.items()
                    if key.startswith("threshold.")},
        province_code=province_code)


def default_settings(unit: Unit, is_hub: bool = False, lang: str = "vi") -> ReportSettings:
    """The settings of a report made with nothing set (renderers called directly)."""
    return resolve(defaults_for(unit, is_hub, lang), unit, is_hub, lang)


def signer_lines(values: dict[str, str], lang: str = "vi") -> list[str]:
    """The signer's authority and title lines, as Decree 30 prints them:
    TM. -> "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"; KT. -> "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH";
    TM. KT. -> all three; - -> the title alone."""
    authority = values["report.signer_authority"]
    title = values["report.signer_title"]
    tm, kt = ("ON BEHALF OF", "FOR") if lang == "en" else ("TM.", "KT.")
    lines = []
    if authority.startswith("TM.") and values["report.collective"]:
        lines.append(f"{tm} {values['report.collective']}")
    if authority.endswith("KT."):
        lines.append(f"{kt} {values['report.head_title']}")
    return lines + [title]


def split_lines(text: str) -> list[str]:
    """Lines typed one a line or separated by ";", without list dashes or end marks."""
    out = []
    for part in str(text or "").replace(";", "\n").splitlines():
        part = part.strip().lstrip("-–•").strip().rstrip(";.").strip()
        if part:
            out.append(part)
    return out


def clean(key: str, value) -> str:
    """Validate one setting's value; return it as stored. InputRefused if wrong."""
    setting = SETTINGS.get(key)
    if setting is None:
        raise InputRefused.of("setting_unknown", "key", key=key,
                              keys=", ".join(SETTINGS))
    raw = str(value if value is not None else "")
    # nfc() folds the lines into one: the lines of a list keep theirs
    text = (unicodedata.normalize("NFC", raw) if setting.type == "lines" else nfc(raw)).strip()
    if setting.type == "authority":
        compact = text.upper().replace(".", "").replace(" ", "")
        forms = {"TM": "TM.", "KT": "KT.", "TMKT": "TM. KT.", "-": "-", "": "-",
                 "NONE": "-"}
        if compact not in forms:
            raise InputRefused.of("setting_invalid", key, key=key, value=value,
                                  expected=", ".join(AUTHORITIES))
        return forms[compact]
    if setting.type == "day":
        return str(check_closing_day(text, key))
    if setting.type == "age":
        if not text.isdigit() or int(text) > 120:
            raise InputRefused.of("setting_invalid", key, key=key, value=value,
                                  expected="0-120")
        return str(int(text))
    if setting.type == "lines":
        lines = split_lines(text)
        if any(len(line) > MAX_TEXT for line in lines):
            raise InputRefused.of("setting_invalid", key, key=key, value=value[:40],
                                  expected=f"≤ {MAX_TEXT}")
        return "\n".join(lines)
    if len(text) > MAX_TEXT:
        raise InputRefused.of("setting_invalid", key, key=key, value=text[:40],
                              expected=f"≤ {MAX_TEXT}")
    return text


def get_setting(db, key: str, lang: str = "vi") -> tuple[str, bool]:
    """(value, is_default) of one key."""
    if key not in SETTINGS:
        clean(key, "")  # refuses an unknown key
    conn = conn_of(db)
    values = stored(conn)
    if key in values:
        return values[key], False
    return defaults(conn, lang)[key], True


def list_settings(db, lang: str = "vi") -> list[dict]:
    """Every key with its value, whether it is the default, and what it is for."""
    conn = conn_of(db)
    values, base = stored(conn), defaults(conn, lang)
    return [{"key": key, "value": values.get(key, base[key]), "default": key not in values,
             "help": s.en if lang == "en" else s.vi} for key, s in SETTINGS.items()]


def set_settings(db, items: dict[str, object]) -> dict[str, str]:
    """Validate and save several settings in one transaction; an empty value goes
    back to the default. Returns what was stored (empty text for a default)."""
    cleaned = {key: "" if str(value if value is not None else "").strip() == ""
               and key in SETTINGS else clean(key, value) for key, value in items.items()}
    with write(db) as tx:
        for key, value in cleaned.items():
            if value == "":
                tx.conn.execute("DELETE FROM settings WHERE key = ?", (key,))
            else:
                tx.conn.execute(
                    "INSERT INTO settings(key, value, updated_at) VALUES (?, ?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value, "
                    "updated_at = excluded.updated_at", (key, value, tx.stamp.at))
        tx.audit("settings", None, None, cleaned)
    return cleaned


def set_setting(db, key: str, value) -> str:
    """Validate and save one setting; return what was stored ("" = the default)."""
    return set_settings(db, {key: value})[key]


def read_settings_file(path) -> dict[str, str]:
    """`KEY = VALUE` lines from a settings file (UTF-8; "#" starts a comment; a value
    may continue on lines that start with spaces). InputRefused names a bad line."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputRefused.of("file_unreadable", "file", path=str(path),
                              detail=getattr(exc, "strerror", None) or str(exc)) from exc
    items: dict[str, str] = {}
    last = None
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[:1] in (" ", "\t") and last:
            items[last] += "\n" + line.strip()
            continue
        key, sep, value = line.partition("=")
        if not sep:
            raise InputRefused.of("settings_line_invalid", "file", line=number, text=line[:60])
        last = key.strip()
        items[last] = value.strip()
    return items


def load_settings_file(db, path) -> dict[str, str]:
    """Set every key of a settings file at once (all or nothing)."""
    return set_settings(db, read_settings_file(path))
