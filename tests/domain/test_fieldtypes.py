"""The field-type registry is complete: every field of every kind has a type with every
part, and every field and coded value has a label in both languages."""

import dataclasses

import pytest

from desktop.domain.fieldtypes import FIELD_TYPES, FieldType, format_number
from desktop.domain.kinds import KINDS
from desktop.domain.labels import FIELD_LABELS, value_label
from tests.moment import TODAY

PARTS = ("clean", "columns", "read", "show")


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_field_has_a_registered_type(kind):
    for spec in KINDS[kind].fields:
        assert spec.type in FIELD_TYPES, f"{kind}.{spec.name}: type {spec.type!r} unregistered"


@pytest.mark.parametrize("name", sorted(FIELD_TYPES))
def test_every_type_has_every_part(name):
    ftype = FIELD_TYPES[name]
    for part in PARTS:
        assert callable(getattr(ftype, part)), f"{name} lacks {part}"
    assert ftype.editor, f"{name} names no editor"
    assert isinstance(ftype.hint, tuple) and len(ftype.hint) == 2


def test_a_type_without_a_part_is_caught():
    """The check above can fail: a type registered without `show` is found."""
    broken = dataclasses.replace(FIELD_TYPES["text"], show=None)
    assert not all(callable(getattr(broken, part)) for part in PARTS)
    with pytest.raises(TypeError):
        FieldType("x", None, None, None, None)  # every part is a required argument


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_field_and_choice_has_both_labels(kind):
    for spec in KINDS[kind].fields:
        vi, en = FIELD_LABELS[spec.name]
        assert vi and en, spec.name
        field = "services" if spec.type in ("services", "counts") else spec.name
        for code in spec.choices:
            for lang in ("vi", "en"):
                assert value_label(field, code, lang) != code, f"{kind}.{spec.name}: {code!r}"


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_stored_values_read_back_as_input_the_same_type_accepts(kind):
    """What a record's reader gives back is accepted by the same type's `clean` as the
    same value: the basis of "JSON out is JSON in"."""
    samples = {"text": "Ghi chú", "note": "Dòng một", "name": "Nguyễn Văn An",
               "phone": "0912345678", "cccd": "001090012345", "date": "2026-11-02",
               "day": "2026-12-02", "datetime": "2026-11-02T08:00", "birth": (1990, None),
               "int": 3, "number": 12.5, "year": 2026, "bool": True}
    for spec in KINDS[kind].fields:
        ftype = spec.ftype
        if spec.type == "choice":
            value = spec.choices[0]
        elif spec.type == "services":
            value = list(spec.choices[:2])
        elif spec.type == "counts":
            value = {spec.choices[0]: 4}
        elif spec.type in samples:
            value = samples[spec.type]
        else:
            continue  # references and details are resolved by the services
        if spec.type in ("int", "number", "year") and spec.low is not None:
            value = max(value, spec.low)
        row = ftype.columns(spec, value)
        back = ftype.read(spec, row)
        again, problems = ftype.clean(spec, back, TODAY)
        assert problems == [], (kind, spec.name, problems)
        assert again == value, (kind, spec.name, back, again)


def test_numbers_are_grouped_the_vietnamese_way():
    assert format_number(8021) == "8.021"
    assert format_number(1234567, "en") == "1,234,567"
    assert format_number(12.5) == "12,5"


@pytest.mark.parametrize("name", sorted(FIELD_TYPES))
def test_every_stored_type_has_a_stored_value_rule(name):
    """A bundle's row, a restored backup and demo data are checked by the stored-value
    rule of each field's type (desktop/domain/stored_values.py STORED_RULES)."""
    from desktop.domain.stored_values import STORED_RULES

    ftype = FIELD_TYPES[name]
    if ftype.detail or name in ("services", "birth"):  # own tables, or several columns
        return
    assert name in STORED_RULES, f"{name} has no stored-value rule"
