"""Enrollment: how a hub knows which commune a laptop speaks for, offline.

`xaso hub-key export --commune CODE` puts an enrollment token in the hub key file:
the commune code, the hub's device id and signing key, an id and an expiry, signed
by the hub's own signing key. The key file travels by USB stick or Zalo like the
plain one. A laptop of that commune that imports it keeps the token and puts it in
the manifest of every bundle it makes (`source.enrollment`). The hub checks the
signature with its own key, the commune against the one the laptop claims, the
expiry against its own clock, and that the token was not withdrawn; then it binds
the device id and its keys to that commune for good. A token is a capability for
one commune: whoever holds the key file can enroll a laptop of that commune, so it
expires, and revoking a device it enrolled withdraws it.
"""

import datetime as dt
import re

import nacl.exceptions
from nacl.signing import VerifyKey

from desktop.domain.ids import new_id
from desktop.domain.stored_values import COMMUNE_RE, UUID_RE
from desktop.sync.container import canonical_json
from desktop.sync.keys import DeviceKeys

ENROLL_CONTEXT = b"xaso-enroll-v1\x00"
TOKEN_TYPE = "xaso-enroll"
DEFAULT_DAYS = 90
MAX_DAYS = 3660
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$")


def make_token(keys: DeviceKeys, commune_code: str, now: dt.datetime, days: int) -> dict:
    """A signed enrollment for `commune_code`, valid `days` days from `now` (UTC)."""
    now = now.astimezone(dt.timezone.utc).replace(microsecond=0)
    token = {"type": TOKEN_TYPE, "v": 1, "token_id": new_id(),
             "hub_device_id": keys.device_id, "hub_sign_public": keys.public.sign_public.hex(),
             "commune_code": commune_code, "issued_at": now.isoformat(),
             "expires_at": (now + dt.timedelta(days=days)).isoformat()}
    signature = keys.signing_key.sign(ENROLL_CONTEXT + canonical_json(token)).signature
    return {"token": token, "signature": signature.hex()}


def read_token(enrollment) -> dict | None:
    """The token of an enrollment block if its shape is right (signature unchecked)."""
    try:
        token = enrollment["token"]
        ok = (token["type"] == TOKEN_TYPE and token["v"] == 1
              and isinstance(token["token_id"], str) and UUID_RE.match(token["token_id"])
              and isinstance(token["commune_code"], str) and COMMUNE_RE.match(token["commune_code"])
              and isinstance(token["hub_device_id"], str) and len(token["hub_device_id"]) <= 64
              and isinstance(token["hub_sign_public"], str)
              and all(isinstance(token[k], str) and _STAMP.match(token[k])
                      for k in ("issued_at", "expires_at"))
              and isinstance(enrollment["signature"], str) and len(enrollment["signature"]) == 128)
    except (TypeError, KeyError):
        return None
    return token if ok else None


def verify_token(enrollment, sign_public: bytes) -> dict | None:
    """The token if `sign_public` (a hub's Ed25519 key) signed it, else None."""
    token = read_token(enrollment)
    if token is None or token["hub_sign_public"] != sign_public.hex():
        return None
    try:
        VerifyKey(sign_public).verify(ENROLL_CONTEXT + canonical_json(token),
                                      bytes.fromhex(enrollment["signature"]))
    except (ValueError, TypeError, nacl.exceptions.CryptoError):
        return None
    return token


def expires(token: dict) -> dt.datetime:
    """When a (well-formed) token stops enrolling new devices."""
    return dt.datetime.fromisoformat(token["expires_at"])
