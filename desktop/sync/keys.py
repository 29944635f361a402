"""Device keys: an Ed25519 signing key and an X25519 box key per database.

Created once at `xaso init`, inside its write transaction. The private halves live
only in this database's `meta` table: no export path ever reads them except to sign
or to open a bundle addressed to this device.
"""

import hashlib
from dataclasses import dataclass

from nacl.public import PrivateKey
from nacl.signing import SigningKey

from desktop.db.meta import get_meta, set_meta
from desktop.domain.errors import InputRefused

_SIGN_SECRET = "sync_sign_secret"
_BOX_SECRET = "sync_box_secret"
_SIGN_PUBLIC = "sync_sign_public"
_BOX_PUBLIC = "sync_box_public"
_FINGERPRINT = "sync_fingerprint"
_KEY_ID = "sync_key_id"

# Meta keys that must never leave the machine (backups of meta aside).
PRIVATE_META_KEYS = (_SIGN_SECRET, _BOX_SECRET)


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

    @property
    def signing_key(self) -> SigningKey:
        """The Ed25519 key that signs bundles made here."""
        return SigningKey(self.sign_secret)

    @property
    def box_key(self) -> PrivateKey:
        """The X25519 key that opens bundles addressed here."""
        return PrivateKey(self.box_secret)


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
    return DeviceKeys(get_meta(conn, "device_id") or "", _read_public(conn),
                      bytes.fromhex(get_meta(conn, _SIGN_SECRET)),
                      bytes.fromhex(get_meta(conn, _BOX_SECRET)))
