"""The manifest of a bundle, checked field by field before anything reads it.

The manifest is signed, but a signature only says who made it: a compromised or
buggy laptop signs whatever it likes. Every field the importer uses is checked here
for type, form and size, so no later step meets an unexpected shape (an unhashable
table name, a sequence number past SQLite's integers, a missing key).
"""

import re

from desktop.domain.hlc import MAX_WALL_MS
from desktop.domain.stored_values import COMMUNE_RE, ROW_CLOCK_RE, UUID_RE
from desktop.sync.container import Limits, refuse

DEVICE_ID_RE = re.compile(r"^[0-9a-f]{16}$")
HEX64_RE = re.compile(r"^[0-9a-f]{64}$")
KEY_ID_RE = re.compile(r"^[0-9a-f]{16}$")
REV_MAX = 2 ** 53
MAX_ROTATIONS = 16


def _bad(detail: str):
    return refuse("bundle_damaged", detail=detail)


def _text(value, cap: int) -> bool:
    return isinstance(value, str) and len(value) <= cap


def _int(value, low: int, high: int) -> bool:
    return type(value) is int and low <= value <= high


def check_manifest(m: dict, limits: Limits) -> None:
    """Refuse a manifest with any field missing, of the wrong type, or past a cap."""
    if m.get("format") != 1:
        raise _bad("format")
    if not _int(m.get("schema"), 1, 10_000):
        raise _bad("schema")
    if not _text(m.get("app", ""), 64) or not _text(m.get("created_at", ""), 40):
        raise _bad("app")
    if not isinstance(m.get("bundle_id"), str) or not UUID_RE.match(m["bundle_id"]):
        raise _bad("bundle id")
    if m.get("kind") not in ("device", "reference"):
        raise _bad("kind")
    check_source(m.get("source"))
    for_commune = m.get("for_commune")
    if for_commune is not None and not (isinstance(for_commune, str)
                                        and COMMUNE_RE.match(for_commune)):
        raise _bad("for_commune")
    expected_stream = "device" if m["kind"] == "device" else f"ref:{for_commune}"
    if m.get("stream") != expected_stream:
        raise _bad("stream")
    if not _int(m.get("seq"), 1, limits.seq):
        raise refuse("bundle_over_cap", what="seq", size=str(m.get("seq"))[:24], limit=limits.seq)
    if type(m.get("full")) is not bool:
        raise _bad("full")
    if not _int(m.get("since_rev"), 0, REV_MAX) or not _int(m.get("upto_rev"), 0, REV_MAX):
        raise _bad("revisions")
    clock = m.get("clock")
    if not isinstance(clock, dict) or not all(
            clock.get(k) is None or (isinstance(clock.get(k), str) and ROW_CLOCK_RE.match(clock[k]))
            for k in ("min", "max")):
        raise _bad("clock")
    recipients = m.get("recipients")
    if not isinstance(recipients, list) or not 1 <= len(recipients) <= limits.recipients or not all(
            isinstance(r, str) and KEY_ID_RE.match(r) for r in recipients):
        raise _bad("recipients")
    parts = m.get("parts")
    if not isinstance(parts, list) or len(parts) > limits.parts:
        raise _bad("parts")
    rows = m.get("rows")
    if not _int(rows, 0, limits.rows):
        raise refuse("bundle_over_cap", what="rows", size=str(rows)[:24], limit=limits.rows)
    counted = 0
    for entry in parts:
        n = entry.get("rows") if isinstance(entry, dict) else None
        if type(n) is not int or n < 0:
            raise _bad("part rows")
        counted += n
    if counted != rows:
        raise _bad("row count")


def check_source(src) -> None:
    """The `source` block: who made the bundle, with what keys, for which commune."""
    if not isinstance(src, dict):
        raise _bad("source")
    if not isinstance(src.get("device_id"), str) or not DEVICE_ID_RE.match(src["device_id"]):
        raise _bad("source device")
    role = src.get("role")
    if role not in ("commune", "hub"):
        raise _bad("source role")
    code = src.get("commune_code")
    if role == "commune" and not (isinstance(code, str) and COMMUNE_RE.match(code)):
        raise refuse("bundle_bad_commune", found=str(code)[:16])
    if role == "hub" and code is not None:
        raise _bad("source commune")
    if not _text(src.get("device_name") or "", 100):
        raise _bad("source name")
    for key in ("sign_public", "box_public"):
        if not isinstance(src.get(key), str) or not HEX64_RE.match(src[key]):
            raise _bad(f"source {key}")
    enrollment = src.get("enrollment")
    if enrollment is not None and not isinstance(enrollment, dict):
        raise _bad("enrollment")
    rotations = src.get("rotations")
    if rotations is not None and (not isinstance(rotations, list)
                                  or len(rotations) > MAX_ROTATIONS):
        raise _bad("rotations")


def clock_limit(now_ms: int, tolerance_ms: int) -> str:
    """The largest clock text accepted when the wall clock reads `now_ms`."""
    top = min(max(now_ms + tolerance_ms, 0), MAX_WALL_MS)
    return f"{top:015d}.99999.ffffffffffffffff"
