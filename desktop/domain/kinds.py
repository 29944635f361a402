"""The record kinds: their fields, types and rules, and pure validation of input.

One registry drives validation, the command line's JSON keys, CSV/Excel columns and
the lists. References to other records ("hamlet": "Tân Ninh") are resolved by the
services, which know the database; everything else is checked here.
"""

import datetime as dt
from dataclasses import dataclass

from desktop.domain.cccd import check_cccd
from desktop.domain.dates import check_birth, check_date, parse_date
from desktop.domain.errors import Problem, ValidationError
from desktop.domain.labels import VALUE_LABELS
from desktop.domain.phone import check_phone
from desktop.domain.stages import EID_STAGES, HEALTH_STAGES
from desktop.domain.text import nfc, search_key
from desktop.domain.values import parse_bool, parse_choice, parse_number

OUTCOMES = tuple(VALUE_LABELS["outcome"])
SERVICES = tuple(VALUE_LABELS["services"])
GENDERS = ("male", "female")
ROLES = ("leader", "member")
MODES = ("in_person", "online", "hybrid")
STATUSES = ("present", "absent", "excused")
HAMLET_KINDS = tuple(VALUE_LABELS["kind"])
SKILLS_VIA = tuple(VALUE_LABELS["digital_skills_via"])


@dataclass(frozen=True)
class FieldSpec:
    """One input field of a record kind.

    type is one of: text, name, phone, cccd, date (not in the future), day (any
    date), datetime, birth, int, bool, choice, services, counts (a count per choice),
    ref, refs, list.
    """

    name: str
    type: str
    required: bool = False
    choices: tuple[str, ...] = ()
    ref: str | None = None
    low: int | None = None
    high: int | None = None
    default: object = None

    @property
    def column(self) -> str:
        """The column that stores this field (references store the id)."""
        return f"{self.name}_id" if self.type == "ref" else self.name


@dataclass(frozen=True)
class Kind:
    """A kind of record: its table, fields, and the field that names a record."""

    name: str
    table: str
    fields: tuple[FieldSpec, ...]
    title: str
    keyed: tuple[str, ...] = ()  # name fields that get a diacritic-free `<field>_key` column

    def field(self, name: str) -> FieldSpec | None:
        """The spec of `name` (also found by its column, "hamlet_id" -> hamlet)."""
        for f in self.fields:
            if name in (f.name, f.column):
                return f
        return None


F = FieldSpec
KINDS: dict[str, Kind] = {k.name: k for k in (
    Kind("hamlet", "hamlets", (
        F("name", "name", required=True),
        F("kind", "choice", choices=HAMLET_KINDS, default="thon"),
        F("notes", "text"),
    ), title="name", keyed=("name",)),
    Kind("member", "members", (
        F("full_name", "name", required=True),
        F("role", "choice", choices=ROLES, default="member"),
        F("hamlet", "ref", ref="hamlet"),
        F("phone", "phone"),
        F("active", "bool", default=True),
    ), title="full_name", keyed=("full_name",)),
    Kind("household", "households", (
        F("hamlet", "ref", ref="hamlet", required=True),
        F("head_name", "name", required=True),
        F("address", "text"),
        F("phone", "phone"),
        F("members_count", "int", low=1, high=99, default=1),
        F("has_smartphone", "bool", default=False),
        F("sells_online", "bool", default=False),
        F("has_fibre", "bool", default=False),
        F("notes", "text"),
    ), title="head_name", keyed=("head_name",)),
    Kind("resident", "residents", (
        F("household", "ref", ref="household", required=True),
        F("full_name", "name", required=True),
        F("birth", "birth"),
        F("gender", "choice", choices=GENDERS),
        F("cccd", "cccd"),
        F("phone", "phone"),
        F("has_smartphone", "bool", default=False),
        F("has_payment_account", "bool", default=False),
        F("has_digital_signature", "bool", default=False),
        F("digital_skills_date", "date"),
        F("digital_skills_via", "choice", choices=SKILLS_VIA),
        F("eid_stage", "choice", choices=EID_STAGES, default="not_started"),
        F("health_stage", "choice", choices=HEALTH_STAGES, default="not_started"),
    ), title="full_name", keyed=("full_name",)),
    Kind("visit", "visits", (
        F("date", "date", required=True),
        F("household", "ref", ref="household", required=True),
        F("members", "refs", ref="member"),
        F("services", "services", choices=SERVICES),
        F("dossiers", "int", low=0, high=99),
        F("outcome", "choice", choices=OUTCOMES, required=True, default="done"),
        F("follow_up_date", "day"),
        F("notes", "text"),
        F("resident_updates", "list"),
    ), title="date"),
    Kind("training", "trainings", (
        F("title", "name", required=True),
        F("topics", "text"),
        F("starts_at", "datetime", required=True),
        F("ends_at", "datetime"),
        F("organiser", "text"),
        F("trainers", "text"),
        F("mode", "choice", choices=MODES, default="in_person"),
        F("venue", "text"),
        F("literacy_class", "bool", default=False),
        F("bridge_points", "list"),
    ), title="title", keyed=("title",)),
    Kind("bridge_point", "bridge_points", (
        F("training", "ref", ref="training", required=True),
        F("name", "name", required=True),
        F("location", "text"),
    ), title="name", keyed=("name",)),
    Kind("attendance", "attendance", (
        F("training", "ref", ref="training", required=True),
        F("bridge_point", "ref", ref="bridge_point"),
        F("full_name", "name", required=True),
        F("unit", "text"),
        F("position", "text"),
        F("commune", "text"),
        F("phone", "phone"),
        F("status", "choice", choices=STATUSES, default="present"),
    ), title="full_name", keyed=("full_name",)),
    Kind("event", "events", (
        F("date", "day", required=True),
        F("place", "text", required=True),
        F("title", "text"),
        F("partners", "text"),
        F("people_served", "int", low=0, high=10_000_000, default=0),
        F("services", "counts", choices=SERVICES),
        F("notes", "text"),
    ), title="place"),
    Kind("target", "targets", (
        F("year", "int", required=True, low=2000, high=2100),
        F("indicator", "choice", required=True, choices=()),  # filled below
        F("hamlet", "ref", ref="hamlet"),
        F("value", "number", required=True, low=0, high=10_000_000),
    ), title="indicator"),
    Kind("user", "users", (
        F("full_name", "name", required=True),
        F("position", "text"),
    ), title="full_name", keyed=("full_name",)),
)}

# kinds the command line offers; bridge points and users are managed through their parents
PUBLIC_KINDS = ("hamlet", "member", "household", "resident", "visit", "training",
                "attendance", "event", "target")
ALIASES = {"hamlets": "hamlet", "members": "member", "households": "household",
           "residents": "resident", "visits": "visit", "trainings": "training",
           "events": "event", "targets": "target", "bridge_points": "bridge_point",
           "bridge-point": "bridge_point", "users": "user"}


def _set_indicator_choices() -> None:
    from desktop.domain.indicators import INDICATORS

    kind = KINDS["target"]
    fields = tuple(F("indicator", "choice", required=True, choices=tuple(INDICATORS))
                   if f.name == "indicator" else f for f in kind.fields)
    KINDS["target"] = Kind(kind.name, kind.table, fields, kind.title, kind.keyed)


_set_indicator_choices()


def get_kind(name: str) -> Kind:
    """The kind called `name` (plurals accepted); ValidationError if unknown."""
    key = ALIASES.get(name.strip().lower(), name.strip().lower())
    if key not in KINDS:
        raise ValidationError([Problem(None, "kind_unknown",
                                       {"kind": name, "choices": ", ".join(PUBLIC_KINDS)})])
    return KINDS[key]


def _is_blank(value) -> bool:
    return value is None or (isinstance(value, str) and value.strip() == "")


def clean_value(spec: FieldSpec, value, today: dt.date):
    """Validate and normalise one value; return (value, problems). Blank -> None."""
    name = spec.name
    if _is_blank(value) and spec.type not in ("refs", "list", "services", "counts"):
        return None, []
    try:
        if spec.type == "text":
            return nfc(str(value)), []
        if spec.type == "name":
            text = nfc(str(value))
            return (text, []) if text else (None, [])
        if spec.type == "phone":
            return check_phone(value, name)
        if spec.type == "cccd":
            return check_cccd(value, name)
        if spec.type in ("date", "day"):
            return check_date(value, name, today, allow_future=spec.type == "day")
        if spec.type == "datetime":
            return _clean_datetime(value, name)
        if spec.type == "birth":
            return check_birth(value, name, today)
        if spec.type in ("int", "number"):
            number = parse_number(value, integer=spec.type == "int")
            if (spec.low is not None and number < spec.low) or (spec.high is not None and number > spec.high):
                return None, [Problem(name, "number_range", {"low": spec.low, "high": spec.high})]
            return number, []
        if spec.type == "bool":
            try:
                return parse_bool(value), []
            except ValueError:
                return None, [Problem(name, "bool_invalid", {"value": value})]
        if spec.type == "choice":
            return parse_choice(name, value, spec.choices), []
        if spec.type == "services":
            items = _as_list(value)
            return sorted({parse_choice("services", v, spec.choices) for v in items}), []
        if spec.type in ("refs", "list"):
            return _as_list(value), []
        if spec.type == "counts":
            return _clean_counts(spec, value)
        if spec.type == "ref":
            return (nfc(value) if isinstance(value, str) else value), []
    except (ValueError, TypeError):
        if spec.type == "choice":
            return None, [Problem(name, "choice_invalid",
                                  {"value": value, "choices": ", ".join(spec.choices)})]
        if spec.type == "services":
            return None, [Problem(name, "choice_invalid",
                                  {"value": value, "choices": ", ".join(spec.choices)})]
        return None, [Problem(name, "number_invalid", {"value": value})]
    raise AssertionError(f"unknown field type {spec.type}")


def _clean_counts(spec: FieldSpec, value):
    """{"vneid_install": 40, "Sổ sức khỏe điện tử": "25"} -> {code: count}, zeros dropped."""
    if value in (None, ""):
        return {}, []
    if not isinstance(value, dict):
        return None, [Problem(spec.name, "choice_invalid",
                              {"value": value, "choices": ", ".join(spec.choices)})]
    out: dict[str, int] = {}
    for key, count in value.items():
        try:
            code = parse_choice(spec.name, key, spec.choices)
        except ValueError:
            return None, [Problem(spec.name, "choice_invalid",
                                  {"value": key, "choices": ", ".join(spec.choices)})]
        try:
            number = parse_number(count, integer=True)
        except (ValueError, TypeError):
            return None, [Problem(spec.name, "number_invalid", {"value": count})]
        if number < 0:
            return None, [Problem(spec.name, "number_range", {"low": 0, "high": "..."})]
        if number:
            out[code] = out.get(code, 0) + number
    return out, []


def _as_list(value) -> list:
    if value is None or value == "":
        return []
    if isinstance(value, (list, tuple)):
        return list(value)
    return [part.strip() for part in str(value).replace(";", ",").split(",") if part.strip()]


def _clean_datetime(value, field: str):
    if isinstance(value, dt.datetime):
        return value.replace(second=0, microsecond=0).isoformat(timespec="minutes"), []
    text = str(value).strip().replace("T", " ")
    date_part, _, time_part = text.partition(" ")
    date = parse_date(date_part)
    if date is None:
        return None, [Problem(field, "date_invalid", {"value": value})]
    hour, minute = 0, 0
    if time_part:
        try:
            hh, _, mm = time_part.lower().replace("h", ":").partition(":")
            hour, minute = int(hh), int(mm[:2] or 0)
            moment = dt.datetime(date.year, date.month, date.day, hour, minute)
        except ValueError:
            return None, [Problem(field, "date_invalid", {"value": value})]
    else:
        moment = dt.datetime(date.year, date.month, date.day)
    return moment.isoformat(timespec="minutes"), []


def clean_record(kind: Kind, data: dict, today: dt.date, partial: bool = False
                 ) -> dict:
    """Validate the input of one record; return its cleaned fields.

    With `partial` (an update), only the given fields are checked and required
    fields may be absent. Raises ValidationError naming every bad field at once.
    """
    problems: list[Problem] = []
    out: dict = {}
    for key, value in data.items():
        spec = kind.field(key)
        if spec is None:
            if key in ("id", "correction"):
                continue
            problems.append(Problem(key, "unknown_field"))
            continue
        cleaned, errs = clean_value(spec, value, today)
        problems.extend(errs)
        out[spec.name] = cleaned
    for spec in kind.fields:
        present = out.get(spec.name) not in (None, [], {})
        if not partial and out.get(spec.name) is None and spec.default is not None:
            out[spec.name] = spec.default
            present = True
        if spec.required and not present and (not partial or spec.name in out):
            if not any(p.field == spec.name for p in problems):
                problems.append(Problem(spec.name, "required"))
    if problems:
        raise ValidationError(problems)
    return out


def name_key(value: str | None) -> str:
    """The search key stored next to a name (see text.search_key)."""
    return search_key(value)
