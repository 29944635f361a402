"""The field types: one registry that says, for every type of field, how a typed value
is read and checked, how it is stored, how it is read back from a stored record, how
it is shown to people, and which editor the window gives it.

The domain (validation), the services (columns), the command line (text output) and
the window (editors, by the name in `editor`) all read this registry, so a new type
is added here once, and `tests/domain/test_fieldtypes.py` fails if a type lacks a part.

A FieldType works on a FieldSpec (desktop/domain/kinds.py), which names the field
and carries its choices, range and reference.
"""

import datetime as dt
import json
from dataclasses import dataclass
from typing import Callable

from desktop.domain.cccd import check_cccd
from desktop.domain.dates import check_birth, check_date, format_date, parse_date
from desktop.domain.errors import Problem
from desktop.domain.labels import value_label
from desktop.domain.phone import check_phone
from desktop.domain.text import control_characters, nfc, person_name, person_name_problems
from desktop.domain.values import parse_bool, parse_choice, parse_number

Cleaned = tuple[object, list[Problem]]


@dataclass(frozen=True)
class FieldType:
    """How one type of field is read, stored, read back, shown and edited.

    - clean(spec, value, today) -> (value, problems): input as people type it,
      normalised, or the problems found (never raises for bad input);
    - columns(spec, value) -> {column: value}: what a cleaned value writes (references
      arrive here already resolved to ids by the services);
    - read(spec, row) -> value: the field's value from a stored record, in the shape
      `clean` accepts back (so what `show --json` prints can be given to `update`);
    - show(spec, value, lang) -> str: the value in words for people (labels, dd/mm/yyyy);
    - editor: the name of the window's editor for it (desktop/ui/fields.py EDITORS);
    - hint: what to type, (Vietnamese, English), shown in an empty editor.
    """

    name: str
    clean: Callable[..., Cleaned]
    columns: Callable[..., dict]
    read: Callable[..., object]
    show: Callable[..., str]
    editor: str
    hint: tuple[str, str] = ("", "")
    blank_is_none: bool = True  # a blank input means "no value" (lists mean "empty")
    detail: bool = False  # kept in rows of their own by the kind's save, not in columns

    def hint_text(self, lang: str) -> str:
        """The typing hint in `lang`."""
        return self.hint[1] if lang == "en" else self.hint[0]


# --- reading input --------------------------------------------------------------

def _control(spec, text: str, allow_newlines: bool = False) -> list[Problem]:
    bad = control_characters(text, allow_newlines)
    if not bad:
        return []
    return [Problem(spec.name, "text_control", {"codes": ", ".join(f"U+{ord(c):04X}"
                                                                    for c in dict.fromkeys(bad))})]


def _text(spec, value, today) -> Cleaned:
    text = nfc(str(value))
    problems = _control(spec, text)
    return (None, problems) if problems else (text, [])


def _note(spec, value, today) -> Cleaned:
    # several lines: newlines kept (nfc() would fold them), runs of spaces trimmed per line
    lines = [nfc(line) for line in str(value).replace("\r\n", "\n").split("\n")]
    text = "\n".join(lines).strip()
    problems = _control(spec, text, allow_newlines=True)
    return (None, problems) if problems else (text or None, [])


def _name(spec, value, today) -> Cleaned:
    text, problems = _text(spec, value, today)
    return (text or None), problems


def _person(spec, value, today) -> Cleaned:
    """A person's name: letters, spaces, apostrophes and hyphens, capitalised."""
    text, problems = _text(spec, value, today)
    if problems or not text:
        return None, problems
    bad = person_name_problems(text)
    if bad:
        return None, [Problem(spec.name, "name_chars", {"chars": " ".join(bad)})]
    return person_name(text), []


def _phone(spec, value, today) -> Cleaned:
    return check_phone(value, spec.name)


def _cccd(spec, value, today) -> Cleaned:
    return check_cccd(value, spec.name, today=today)


def _past_date(spec, value, today) -> Cleaned:
    return check_date(value, spec.name, today, allow_future=False)


def _any_date(spec, value, today) -> Cleaned:
    return check_date(value, spec.name, today, allow_future=True)


def _birth(spec, value, today) -> Cleaned:
    return check_birth(value, spec.name, today)


def _datetime(spec, value, today) -> Cleaned:
    if isinstance(value, dt.datetime):
        return value.replace(second=0, microsecond=0).isoformat(timespec="minutes"), []
    text = str(value).strip().replace("T", " ")
    date_part, _, time_part = text.partition(" ")
    date = parse_date(date_part)
    if date is None:
        return None, [Problem(spec.name, "date_invalid", {"value": value})]
    hour = minute = 0
    if time_part:
        try:
            hh, _, mm = time_part.lower().replace("h", ":").partition(":")
            hour, minute = int(hh), int(mm[:2] or 0)
            moment = dt.datetime(date.year, date.month, date.day, hour, minute)
        except ValueError:
            return None, [Problem(spec.name, "date_invalid", {"value": value})]
    else:
        moment = dt.datetime(date.year, date.month, date.day)
    return moment.isoformat(timespec="minutes"), []


def _number(integer: bool):
    def clean(spec, value, today) -> Cleaned:
        try:
            number = parse_number(value, integer=integer)
        except (ValueError, TypeError):
            return None, [Problem(spec.name, "number_invalid", {"value": value})]
        if (spec.low is not None and number < spec.low) or \
                (spec.high is not None and number > spec.high):
            return None, [Problem(spec.name, "number_range", {"low": spec.low, "high": spec.high})]
        return number, []
    return clean


def _bool(spec, value, today) -> Cleaned:
    try:
        return parse_bool(value), []
    except ValueError:
        return None, [Problem(spec.name, "bool_invalid", {"value": value})]


def _choice_problem(spec, value, labels: str | None = None) -> Problem:
    # the choices are codes here; the message shows their labels (errors.Problem)
    return Problem(spec.name, "choice_invalid", {"value": value, "choices": list(spec.choices),
                                                 "choice_field": labels or spec.name})


def _choice(spec, value, today) -> Cleaned:
    try:
        return parse_choice(spec.name, value, spec.choices), []
    except ValueError:
        return None, [_choice_problem(spec, value)]


def _services(spec, value, today) -> Cleaned:
    out = set()
    for item in as_list(value):
        try:
            out.add(parse_choice("services", item, spec.choices))
        except ValueError:
            return None, [_choice_problem(spec, item, "services")]
    return [code for code in spec.choices if code in out], []  # in the checklist's order


def _counts(spec, value, today) -> Cleaned:
    """{"vneid_install": 40, "Sổ sức khỏe điện tử": "25"} -> {code: count}, zeros dropped."""
    if value in (None, ""):
        return {}, []
    if not isinstance(value, dict):
        return None, [_choice_problem(spec, value, "services")]
    out: dict[str, int] = {}
    for key, count in value.items():
        try:
            code = parse_choice("services", key, spec.choices)
        except ValueError:
            return None, [_choice_problem(spec, key, "services")]
        try:
            number = parse_number(count, integer=True)
        except (ValueError, TypeError):
            return None, [Problem(spec.name, "number_invalid", {"value": count})]
        if number < 0:
            return None, [Problem(spec.name, "number_range", {"low": 0, "high": "..."})]
        if number:
            out[code] = out.get(code, 0) + number
    return out, []


def _ref(spec, value, today) -> Cleaned:
    return (nfc(value) if isinstance(value, str) else value), []


def _list(spec, value, today) -> Cleaned:
    return as_list(value), []


def as_list(value) -> list:
    """A list as given, or "a, b; c" split at commas and semicolons."""
    if value is None or value == "":
        return []
    if isinstance(value, (list, tuple)):
        return list(value)
    return [part.strip() for part in str(value).replace(";", ",").split(",") if part.strip()]


# --- storing and reading back ---------------------------------------------------

def _same_column(spec, value) -> dict:
    return {spec.column: value}


def _flag_column(spec, value) -> dict:
    return {spec.column: None if value is None else int(value)}


def _birth_columns(spec, value) -> dict:
    year, date = value if value else (None, None)
    return {"birth_year": year, "birth_date": date}


def _service_columns(spec, value) -> dict:
    return {f"svc_{code}": int(code in (value or ())) for code in spec.choices}


def _json_column(spec, value) -> dict:
    return {spec.column: json.dumps(value or {}, ensure_ascii=False, sort_keys=True)}


def _no_columns(spec, value) -> dict:
    return {}  # kept by the kind's own save (team links, bridge points, stage updates)


def _read_column(spec, row) -> object:
    return row.get(spec.column)


def _read_flag(spec, row) -> object:
    value = row.get(spec.column)
    return None if value is None else bool(value)


def _read_birth(spec, row) -> object:
    return row.get("birth_date") or row.get("birth_year")


def _read_services(spec, row) -> object:
    if isinstance(row.get(spec.name), list):
        return row[spec.name]
    return [code for code in spec.choices if row.get(f"svc_{code}")]


def _read_json(spec, row) -> object:
    value = row.get(spec.column)
    if isinstance(value, dict):
        return value
    try:
        return json.loads(value) if value else {}
    except ValueError:
        return {}


def _read_named(spec, row) -> object:
    return row.get(spec.name)  # details the record's reader attached (members, points)


# --- showing ----------------------------------------------------------------------

def _show_text(spec, value, lang) -> str:
    return "" if value is None else str(value)


def _show_date(spec, value, lang) -> str:
    return format_date(value)


def _show_datetime(spec, value, lang) -> str:
    text = str(value or "")
    return format_date(text[:10]) + (" " + text[11:16] if len(text) > 10 else "")


def _show_birth(spec, value, lang) -> str:
    return format_date(value) if isinstance(value, str) and "-" in value else _show_text(spec, value, lang)


def _show_number(spec, value, lang) -> str:
    if value is None or value == "":
        return ""
    return format_number(value, lang)


def format_number(value, lang: str = "vi") -> str:
    """1234567 -> "1.234.567" in Vietnamese, "1,234,567" in English; 12.5 -> "12,5"."""
    number = float(value)
    if number.is_integer():
        text = f"{int(number):,}"
    else:
        text = f"{number:,.1f}"
    if lang == "en":
        return text
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def _show_bool(spec, value, lang) -> str:
    if value is None:
        return ""
    return ("Yes" if value else "No") if lang == "en" else ("Có" if value else "Không")


def _show_choice(spec, value, lang) -> str:
    return value_label(spec.name, value, lang)


def _show_services(spec, value, lang) -> str:
    return ", ".join(value_label("services", code, lang) for code in (value or ()))


def _show_counts(spec, value, lang) -> str:
    return ", ".join(f"{value_label('services', code, lang)}: {format_number(n, lang)}"
                     for code, n in (value or {}).items())


def _show_list(spec, value, lang) -> str:
    names = []
    for item in value or ():
        if isinstance(item, dict):
            names.append(str(item.get("name") or item.get("full_name") or ""))
        else:
            names.append(str(item))
    return ", ".join(n for n in names if n)


_DATE_HINT = ("ngày/tháng/năm", "dd/mm/yyyy")

FIELD_TYPES: dict[str, FieldType] = {t.name: t for t in (
    FieldType("text", _text, _same_column, _read_column, _show_text, "line"),
    FieldType("note", _note, _same_column, _read_column, _show_text, "multiline"),
    # the name of a place, a session or a point: any printable text
    FieldType("name", _name, _same_column, _read_column, _show_text, "line"),
    # a person's name: letters only, stored capitalised (Nguyễn Văn An)
    FieldType("person", _person, _same_column, _read_column, _show_text, "line"),
    FieldType("phone", _phone, _same_column, _read_column, _show_text, "line",
              ("10 chữ số, ví dụ 0912345678", "10 digits, e.g. 0912345678")),
    FieldType("cccd", _cccd, _same_column, _read_column, _show_text, "line",
              ("12 chữ số", "12 digits")),
    FieldType("date", _past_date, _same_column, _read_column, _show_date, "line", _DATE_HINT),
    FieldType("day", _any_date, _same_column, _read_column, _show_date, "line", _DATE_HINT),
    FieldType("datetime", _datetime, _same_column, _read_column, _show_datetime, "line",
              ("ngày/tháng/năm giờ:phút", "dd/mm/yyyy hh:mm")),
    FieldType("birth", _birth, _birth_columns, _read_birth, _show_birth, "line",
              ("năm (1975) hoặc ngày/tháng/năm", "year (1975) or dd/mm/yyyy")),
    FieldType("int", _number(True), _same_column, _read_column, _show_number, "spin"),
    # a calendar year: a number, but never written with a thousands dot
    FieldType("year", _number(True), _same_column, _read_column, _show_text, "spin"),
    FieldType("number", _number(False), _same_column, _read_column, _show_number, "line"),
    FieldType("bool", _bool, _flag_column, _read_flag, _show_bool, "check"),
    FieldType("choice", _choice, _same_column, _read_column, _show_choice, "combo"),
    FieldType("services", _services, _service_columns, _read_services, _show_services,
              "checks", blank_is_none=False),
    FieldType("counts", _counts, _json_column, _read_json, _show_counts, "counts",
              blank_is_none=False),
    FieldType("ref", _ref, _same_column, _read_named, _show_text, "picker"),
    # a visit's team: the visit form keeps it in its own checklist
    FieldType("refs", _list, _no_columns, _read_named, _show_list, "custom",
              blank_is_none=False, detail=True),
    FieldType("list", _list, _no_columns, _read_named, _show_list, "list",
              ("cách nhau bởi dấu phẩy", "separated by commas"), blank_is_none=False,
              detail=True),
    # a visit's stage updates for the household's residents: the visit form's table
    FieldType("updates", _list, _no_columns, _read_named, _show_list, "custom",
              blank_is_none=False, detail=True),
)}


def field_type(name: str) -> FieldType:
    """The registered type called `name` (KeyError for an unknown type)."""
    return FIELD_TYPES[name]
