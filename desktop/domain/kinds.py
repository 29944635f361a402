"""The record kinds: their fields, types and rules, and pure validation of input.

One registry drives validation, the command line's JSON keys, CSV/Excel columns and
the lists. References to other records ("hamlet": "Tân Ninh") are resolved by the
services, which know the database; everything else is checked here.
"""

import datetime as dt
from dataclasses import dataclass

from desktop.domain.errors import Problem, ValidationError
from desktop.domain.fieldtypes import FIELD_TYPES, FieldType
from desktop.domain.indicators import INDICATORS
from desktop.domain.labels import VALUE_LABELS
from desktop.domain.stages import EID_STAGES, HEALTH_STAGES
from desktop.domain.text import search_key

OUTCOMES = tuple(VALUE_LABELS["outcome"])
SERVICES = tuple(VALUE_LABELS["services"])
GENDERS = ("male", "female")
ROLES = ("leader", "deputy", "member")
MODES = ("in_person", "online", "hybrid")
STATUSES = ("present", "absent", "excused")
HAMLET_KINDS = tuple(VALUE_LABELS["kind"])
SKILLS_VIA = tuple(VALUE_LABELS["digital_skills_via"])


@dataclass(frozen=True)
class FieldSpec:
    """One input field of a record kind.

    type names a FieldType of desktop/domain/fieldtypes.py: text, note (several
    lines), name, phone, cccd, date (not in the future), day (any date), datetime,
    birth, int, number, bool, choice, services, counts (a count per choice), ref,
    refs, list, updates.
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

    @property
    def ftype(self) -> FieldType:
        """The field's type: how it is read, stored, shown and edited."""
        return FIELD_TYPES[self.type]


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
        F("notes", "note"),
    ), title="name", keyed=("name",)),
    Kind("member", "members", (
        F("full_name", "person", required=True),
        F("role", "choice", choices=ROLES, default="member"),
        F("hamlet", "ref", ref="hamlet"),
        F("phone", "phone"),
        F("active", "bool", default=True),
    ), title="full_name", keyed=("full_name",)),
    Kind("household", "households", (
        F("hamlet", "ref", ref="hamlet", required=True),
        F("head_name", "person", required=True),
        F("address", "text"),
        F("phone", "phone"),
        F("members_count", "int", low=1, high=99, default=1),
        F("has_smartphone", "bool", default=False),
        F("sells_online", "bool", default=False),
        F("has_fibre", "bool", default=False),
        F("notes", "note"),
    ), title="head_name", keyed=("head_name",)),
    Kind("resident", "residents", (
        F("household", "ref", ref="household", required=True),
        F("full_name", "person", required=True),
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
        F("notes", "note"),
        F("resident_updates", "updates"),
    ), title="date"),
    Kind("training", "trainings", (
        F("title", "name", required=True),
        F("topics", "note"),
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
        F("full_name", "person", required=True),
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
        F("notes", "note"),
    ), title="place"),
    Kind("target", "targets", (
        F("year", "year", required=True, low=2000, high=2100),
        F("indicator", "choice", required=True, choices=tuple(INDICATORS)),
        F("hamlet", "ref", ref="hamlet"),
        F("value", "number", required=True, low=0, high=10_000_000),
    ), title="indicator"),
    Kind("user", "users", (
        F("full_name", "person", required=True),
        F("position", "text"),
    ), title="full_name", keyed=("full_name",)),
)}

# rows that belong to a record and are saved with it: a visit's team links, a
# resident's stage history (audited and undone like records, not offered as kinds)
DETAIL_TABLES = {"visit_member": "visit_members", "stage_change": "stage_changes"}
# every table of records -> the kind its rows are
TABLE_KINDS = {**{k.table: k.name for k in KINDS.values()},
               **{table: kind for kind, table in DETAIL_TABLES.items()}}

# kinds the command line offers; bridge points and users are managed through their parents
PUBLIC_KINDS = ("hamlet", "member", "household", "resident", "visit", "training",
                "attendance", "event", "target")
ALIASES = {"hamlets": "hamlet", "members": "member", "households": "household",
           "residents": "resident", "visits": "visit", "trainings": "training",
           "events": "event", "targets": "target", "bridge_points": "bridge_point",
           "bridge-point": "bridge_point", "users": "user"}


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
    """Validate and normalise one value with its type's rules (desktop/domain/fieldtypes.py);
    return (value, problems). A blank value is None, except for list-like types."""
    ftype = spec.ftype
    if ftype.blank_is_none and _is_blank(value):
        return None, []
    return ftype.clean(spec, value, today)


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
