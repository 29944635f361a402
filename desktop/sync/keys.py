"""Device keys: an Ed25519 signing key and an X25519 box key per database.

Created once at `xaso init`, inside its write transaction. The private halves live
only in this database's `meta` table: no export path ever reads them except to sign
or to open a bundle addressed to this device.

`xaso keys rotate` replaces both. The old signing key signs a rotation statement
naming the new keys, and every later bundle carries the statements, so the hub
learns the new keys from a signature it already trusts. The old signing key is then
destroyed; old box keys are kept, to open reference bundles the hub encrypted before
it learned the new ones.
"""

import hashlib
import json
from dataclasses import dataclass

import nacl.exceptions
from nacl.public import PrivateKey
from nacl.signing import SigningKey, VerifyKey

from desktop.db.meta import get_meta, set_meta
from desktop.domain.errors import InputRefused

_SIGN_SECRET = "sync_sign_secret"
_BOX_SECRET = "sync_box_secret"
_SIGN_PUBLIC = "sync_sign_public"
_BOX_PUBLIC = "sync_box_public"
_FINGERPRINT = "sync_fingerprint"
_KEY_ID = "sync_key_id"
_RETIRED_BOX = "sync_retired_box_secrets"
_ROTATIONS = "sync_rotations"
ROTATE_CONTEXT = b"xaso-rotate-v1\x00"
MAX_KEPT = 16  # rotation statements and old box keys kept

# Meta keys that must never leave the machine (backups of meta aside).
PRIVATE_META_KEYS = (_SIGN_SECRET, _BOX_SECRET, _RETIRED_BOX)


@dataclass(frozen=True)
class PublicKeys:
    """The public half of a device's keys, as shared with others."""

    sign_public: bytes  # Ed25519 verify key, 32 bytes
    box_public: bytes  # X25519 public key, 32 bytes

    @property
    def fingerprint(self) -> str:
        """Human-checkable fingerprint of both keys (read aloud over the phone)."""
        return fingerprint(self.sign_public, self.box_public)

    @property
    def key_id(self) -> str:
        """Short id of the box key: names the recipient inside a bundle."""
        return key_id(self.box_public)


@dataclass(frozen=True)
class DeviceKeys:
    """This device's keys, private halves included. Never serialised."""

    device_id: str
    public: PublicKeys
    sign_secret: bytes
    box_secret: bytes
    retired_box_secrets: tuple[bytes, ...] = ()

    @property
    def signing_key(self) -> SigningKey:
        """The Ed25519 key that signs bundles made here."""
        return SigningKey(self.sign_secret)

    @property
    def box_key(self) -> PrivateKey:
        """The X25519 key that opens bundles addressed here."""
        return PrivateKey(self.box_secret)

    @property
    def box_keys(self) -> list[PrivateKey]:
        """The current box key, then the ones `keys rotate` replaced (newest first)."""
        return [self.box_key, *(PrivateKey(s) for s in self.retired_box_secrets)]

    @property
    def key_ids(self) -> list[str]:
        """The key ids of `box_keys`, in the same order."""
        return [key_id(bytes(k.public_key)) for k in self.box_keys]


def fingerprint(sign_public: bytes, box_public: bytes) -> str:
    """SHA-256 over both public keys, first 16 bytes as 8 groups of 4 hex digits."""
    digest = hashlib.sha256(b"xaso-keys-v1" + sign_public + box_public).hexdigest()[:32]
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4)).upper()


def key_id(box_public: bytes) -> str:
    """The 16-hex-digit id of a box public key (SHA-256 prefix)."""
    return hashlib.sha256(b"xaso-box-v1" + box_public).hexdigest()[:16]


def create_device_keys(conn) -> PublicKeys:
    """Generate and store this device's keys (caller holds the write transaction).

    Idempotent: a database that already has keys keeps them, so re-running setup
    never silently changes the identity a hub has trusted.
    """
    existing = get_meta(conn, _SIGN_SECRET)
    if existing:
        return _read_public(conn)
    sign = SigningKey.generate()
    box = PrivateKey.generate()
    public = PublicKeys(bytes(sign.verify_key), bytes(box.public_key))
    set_meta(conn, _SIGN_SECRET, bytes(sign).hex())
    set_meta(conn, _BOX_SECRET, bytes(box).hex())
    set_meta(conn, _SIGN_PUBLIC, public.sign_public.hex())
    set_meta(conn, _BOX_PUBLIC, public.box_public.hex())
    set_meta(conn, _FINGERPRINT, public.fingerprint)
    set_meta(conn, _KEY_ID, public.key_id)
    return public


def _read_public(conn) -> PublicKeys:
    return PublicKeys(bytes.fromhex(get_meta(conn, _SIGN_PUBLIC)),
                      bytes.fromhex(get_meta(conn, _BOX_PUBLIC)))


def has_device_keys(conn) -> bool:
    """True once `create_device_keys` has run on this database."""
    return bool(get_meta(conn, _SIGN_SECRET))


def device_keys(conn) -> DeviceKeys:
    """This device's keys; raises InputRefused("sync_no_keys") if none were made."""
    if not has_device_keys(conn):
        raise InputRefused.of("sync_no_keys")
    retired = tuple(bytes.fromhex(h) for h in json.loads(get_meta(conn, _RETIRED_BOX, "[]")))
    return DeviceKeys(get_meta(conn, "device_id") or "", _read_public(conn),
                      bytes.fromhex(get_meta(conn, _SIGN_SECRET)),
                      bytes.fromhex(get_meta(conn, _BOX_SECRET)), retired)


def rotations(conn) -> list[dict]:
    """The rotation statements of this device, oldest first (they travel in bundles)."""
    return json.loads(get_meta(conn, _ROTATIONS, "[]"))


def _canonical(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")


def rotate_device_keys(conn, at: str) -> tuple[PublicKeys, PublicKeys]:
    """Replace this device's keys (caller holds the write transaction); return
    (old, new) public keys. The old signing key signs the statement, then is gone."""
    old = device_keys(conn)
    sign = SigningKey.generate()
    box = PrivateKey.generate()
    new = PublicKeys(bytes(sign.verify_key), bytes(box.public_key))
    statement = {"type": "xaso-rotate", "v": 1, "device_id": old.device_id, "at": at,
                 "old_sign_public": old.public.sign_public.hex(),
                 "old_box_public": old.public.box_public.hex(),
                 "new_sign_public": new.sign_public.hex(),
                 "new_box_public": new.box_public.hex()}
    signature = old.signing_key.sign(ROTATE_CONTEXT + _canonical(statement)).signature
    kept = [*rotations(conn), {"statement": statement, "signature": signature.hex()}]
    set_meta(conn, _ROTATIONS, json.dumps(kept[-MAX_KEPT:], sort_keys=True))
    retired = [old.box_secret.hex(), *(s.hex() for s in old.retired_box_secrets)]
    set_meta(conn, _RETIRED_BOX, json.dumps(retired[:MAX_KEPT]))
    set_meta(conn, _SIGN_SECRET, bytes(sign).hex())
    set_meta(conn, _BOX_SECRET, bytes(box).hex())
    set_meta(conn, _SIGN_PUBLIC, new.sign_public.hex())
    set_meta(conn, _BOX_PUBLIC, new.box_public.hex())
    set_meta(conn, _FINGERPRINT, new.fingerprint)
    set_meta(conn, _KEY_ID, new.key_id)
    return old.public, new


def follow_rotations(chain, device_id: str, known: tuple[str, str],
                     target: tuple[str, str]) -> list[tuple[str, str]] | None:
    """The keys a device went through from `known` to `target` (hex sign, box pairs),
    each step proved by a statement the previous key signed; None if `chain` does
    not lead there. `chain` comes from a bundle: every item is checked."""
    if not isinstance(chain, list):
        return None
    path = [known]
    current = known
    for item in chain:
        if current == target:
            break
        try:
            statement, signature = item["statement"], bytes.fromhex(item["signature"])
            if (statement.get("type") != "xaso-rotate" or statement.get("device_id") != device_id
                    or (statement["old_sign_public"], statement["old_box_public"]) != current):
                continue
            VerifyKey(bytes.fromhex(current[0])).verify(ROTATE_CONTEXT + _canonical(statement),
                                                        signature)
            nxt = (statement["new_sign_public"], statement["new_box_public"])
            if not all(isinstance(k, str) and len(bytes.fromhex(k)) == 32 for k in nxt):
                return None
        except (TypeError, KeyError, ValueError, AttributeError, RecursionError,
                nacl.exceptions.CryptoError):
            return None
        current = nxt
        path.append(current)
    return path if current == target else None
