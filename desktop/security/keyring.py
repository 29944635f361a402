"""The key file `<database>.keys`: the database key, wrapped once per user and once
by the recovery key.

The database key is 32 random bytes that SQLCipher encrypts the file with. It never
changes when a password does: a user's entry is the database key sealed (XSalsa20-
Poly1305, PyNaCl's SecretBox) under a key derived from the password with Argon2id
(desktop/security/kdf.py). A wrong password fails the seal's authentication, so it
is told apart from a right one without any other check value.

The recovery key is 20 random bytes shown once at set-up as eight groups of four
letters and digits (base32). It has enough entropy to need no slow derivation: the
wrapping key is BLAKE2b of it. It resets a forgotten password and opens a backup.

The file holds no personal data (login names, salts, sealed keys) and is written
0600, atomically. Who may do what is not trusted from it: roles and the disabled
flag live inside the encrypted database (desktop/security/accounts.py); a disabled
user's entry is also removed from here, so the password opens nothing.
"""

import base64
import hashlib
import json
import os
import re
from pathlib import Path

import nacl.exceptions
import nacl.secret
import nacl.utils

from desktop.domain.errors import InputRefused
from desktop.security import kdf
from desktop.security.files import write_private

FORMAT = "xaso-keys"
VERSION = 1
RECOVERY_BYTES = 20
_RECOVERY = re.compile(r"[A-Z2-7]{4}(?:[- ]?[A-Z2-7]{4}){7}")


def key_file(db_path: str | Path) -> Path:
    """The key file beside a database: `xaso.db` -> `xaso.db.keys`."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".keys")


def new_database_key() -> bytes:
    """A fresh random database key."""
    return nacl.utils.random(kdf.KEY_BYTES)


def new_recovery_key() -> bytes:
    """A fresh random recovery key."""
    return nacl.utils.random(RECOVERY_BYTES)


def format_recovery_key(raw: bytes) -> str:
    """The recovery key as people copy it: "ABCD-EFGH-...", eight groups of four."""
    text = base64.b32encode(raw).decode("ascii").rstrip("=")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    """The recovery key found in `text` (a file's content or what was typed);
    InputRefused("recovery_key_invalid") if there is none."""
    match = _RECOVERY.search(text.upper())
    if not match:
        raise InputRefused.of("recovery_key_invalid")
    letters = re.sub(r"[- ]", "", match.group(0))
    return base64.b32decode(letters)


def _recovery_wrapping_key(raw: bytes) -> bytes:
    return hashlib.blake2b(raw, digest_size=32, person=b"xaso-recovery").digest()


def _seal(wrapping_key: bytes, db_key: bytes) -> str:
    return nacl.secret.SecretBox(wrapping_key).encrypt(db_key).hex()


def _open(wrapping_key: bytes, sealed: str) -> bytes | None:
    try:
        return nacl.secret.SecretBox(wrapping_key).decrypt(bytes.fromhex(sealed))
    except (nacl.exceptions.CryptoError, ValueError, TypeError):
        return None


class KeyRing:
    """The wrapped keys of one database (the content of its key file)."""

    def __init__(self, document: dict):
        if (not isinstance(document, dict) or document.get("format") != FORMAT
                or not isinstance(document.get("users"), dict)):
            raise InputRefused.of("keys_damaged", path="")
        self._doc = document

    @classmethod
    def create(cls, db_key: bytes, recovery: bytes) -> "KeyRing":
        """A key ring with no users yet and the recovery entry."""
        return cls({"format": FORMAT, "version": VERSION, "users": {},
                    "recovery": {"sealed": _seal(_recovery_wrapping_key(recovery), db_key)}})

    @classmethod
    def load(cls, db_path: str | Path) -> "KeyRing":
        """The key ring of the database at `db_path`; InputRefused if its key file is
        missing or damaged."""
        path = key_file(db_path)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise InputRefused.of("keys_missing", path=str(path)) from None
        try:
            return cls(json.loads(text))
        except ValueError:
            raise InputRefused.of("keys_damaged", path=str(path)) from None

    def document(self) -> dict:
        """The key ring as plain data (stored in backup files)."""
        return json.loads(json.dumps(self._doc))

    def save(self, db_path: str | Path) -> Path:
        """Write the key file beside the database, 0600, replacing it atomically."""
        text = json.dumps(self._doc, indent=1, sort_keys=True) + "\n"
        return write_private(key_file(db_path), text.encode("utf-8"))

    @property
    def users(self) -> list[str]:
        """The login names with an entry (disabled ones included)."""
        return sorted(self._doc["users"])

    def has_user(self, name: str) -> bool:
        """True if `name` has an entry (enabled or disabled)."""
        return name in self._doc["users"]

    def unlock(self, name: str, password: str) -> bytes:
        """The database key, unwrapped with `name`'s password.

        InputRefused: unknown user, disabled user, wrong password (each its own
        plain message), or a key wrapped with the test parameters in real use.
        """
        entry = self._doc["users"].get(name)
        if entry is None:
            raise InputRefused.of("login_unknown_user", user=name)
        if entry.get("disabled"):
            raise InputRefused.of("login_disabled", user=name)
        try:
            params = kdf.KdfParams.from_dict(entry.get("kdf"))
            salt = bytes.fromhex(entry["salt"])
        except (ValueError, KeyError, TypeError):
            raise InputRefused.of("keys_damaged", path="") from None
        if not kdf.acceptable(params):
            raise InputRefused.of("login_weak_kdf", user=name)
        db_key = _open(kdf.derive(password, salt, params), entry.get("sealed", ""))
        if db_key is None:
            raise InputRefused.of("login_wrong_password", user=name)
        return db_key

    def unlock_recovery(self, recovery: bytes) -> bytes:
        """The database key, unwrapped with the recovery key; InputRefused if wrong."""
        sealed = (self._doc.get("recovery") or {}).get("sealed", "")
        db_key = _open(_recovery_wrapping_key(recovery), sealed)
        if db_key is None:
            raise InputRefused.of("recovery_key_wrong")
        return db_key

    def set_password(self, name: str, db_key: bytes, password: str) -> None:
        """Wrap the database key for `name` under `password` (new user, changed or
        reset password). The database itself is not touched."""
        params = kdf.current()
        salt = nacl.utils.random(kdf.SALT_BYTES)
        self._doc["users"][name] = {"kdf": params.as_dict(), "salt": salt.hex(),
                                    "sealed": _seal(kdf.derive(password, salt, params), db_key)}

    def disable(self, name: str) -> None:
        """Drop `name`'s wrapped key, keeping a marker so a login says "disabled"."""
        self._doc["users"][name] = {"disabled": True}

    def remove_user(self, name: str) -> None:
        """Forget `name` entirely (undoing a half-made user)."""
        self._doc["users"].pop(name, None)


def remove_key_file(db_path: str | Path) -> None:
    """Delete the key file of a database (a set-up that did not finish)."""
    try:
        os.unlink(key_file(db_path))
    except FileNotFoundError:
        pass
