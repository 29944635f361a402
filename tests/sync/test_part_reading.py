"""Reading a part's rows: values are checked a chunk at a time, yet the first fault of
a part is still the one refused, whatever kind of fault follows it."""

import dataclasses
import zlib

import pytest

from desktop.sync.changes import iter_rows
from desktop.sync.container import DEFAULT_LIMITS, BundleRefused

LIMITS = dataclasses.replace(DEFAULT_LIMITS, row_bytes=64)


def _read(lines: list[bytes], chunk: int = 500, rows: int | None = None) -> list:
    raw = b"\n".join(lines) + b"\n"
    entry = {"table": "t", "columns": ["a", "b"], "raw_bytes": len(raw),
             "rows": len(lines) if rows is None else rows}
    return [r for chunk_rows in iter_rows(zlib.compress(raw), entry, LIMITS, chunk)
            for r in chunk_rows]


def _refusal(lines: list[bytes], **kw) -> str:
    with pytest.raises(BundleRefused) as err:
        _read(lines, **kw)
    return err.value.problems[0].params.get("detail") or err.value.problems[0].params["what"]


@pytest.mark.parametrize("later", [b'["a", 1', b'["a", 1, 2]', b"\xff", b'["' + b"x" * 80 + b'", 1]'])
def test_a_bad_value_is_refused_before_a_later_faulty_line(later):
    assert _refusal([b'["a", 1]', b'["b", true]', later]) == "value types in t"
    assert _refusal([b'["a", 1]', b'["b", 2]', later]) != "value types in t"


def test_a_bad_value_is_refused_before_a_wrong_row_count():
    assert _refusal([b'["a", true]', b'["b", 1]'], rows=1) == "value types in t"
    assert _refusal([b'["a", 1]', b'["b", true]'], rows=1) == "row count of t"  # never read


@pytest.mark.parametrize("value", [b"true", b"9223372036854775808", b"-9223372036854775808",
                                   b"1e400", b"[1]", b'{"k": 1}'])
def test_every_value_outside_the_types_is_refused_in_any_chunk(value):
    lines = [b'["a", 1]'] * 5 + [b'["b", ' + value + b"]"]
    for chunk in (1, 2, 500):
        assert _refusal(lines, chunk=chunk) == "value types in t"


def test_values_inside_the_types_and_spaces_around_a_line_are_read_as_before():
    lines = [b'["a", 9223372036854775807]', b' ["\\u1ea1", -9223372036854775807] ',
             b'[null, 2.5]']
    assert _read(lines, chunk=2) == [["a", 2 ** 63 - 1], ["\u1ea1", -(2 ** 63) + 1],
                                     [None, 2.5]]
