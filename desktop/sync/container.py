"""The `.xaso` container: byte layout, signature, encryption, and safe reading.

Pure functions over bytes (see docs/bundle-format.md for the layout). Reading never
touches the disk beyond the one file, never trusts a size or name inside the file,
and refuses a damaged file before anything else looks at its content.

Outer file (integers big-endian):
    magic "XASOBNDL" | u16 format | u16 R | R x (8-byte key id + 80-byte sealed key)
    | 24-byte nonce | XSalsa20-Poly1305 ciphertext of the inner body
Inner body:
    magic "XASOINNR" | u32 M | manifest JSON (M bytes) | 64-byte Ed25519 signature
    | u32 P | P x u32 part length | the P parts, back to back
"""

import hashlib
import json
import struct
from dataclasses import dataclass

import nacl.exceptions
import nacl.secret
import nacl.utils
from nacl.public import PrivateKey, PublicKey, SealedBox
from nacl.signing import SigningKey, VerifyKey

from desktop.domain.errors import InputRefused
from desktop.sync.keys import key_id

MAGIC = b"XASOBNDL"
INNER_MAGIC = b"XASOINNR"
FORMAT_VERSION = 1
SIGN_CONTEXT = b"xaso-bundle-v1\x00"
SEALED_KEY_SIZE = 32 + 48  # content key + sealed-box overhead (ephemeral key + MAC)
RECIPIENT_SIZE = 8 + SEALED_KEY_SIZE


@dataclass(frozen=True)
class Limits:
    """Caps applied while reading: a bundle past any of them is refused before anything
    is written. A real commune stays far below every one (docs/bundle-format.md);
    together they keep merging any bundle within them under 300 MB of memory."""

    file_bytes: int = 64 * 1024 * 1024          # the whole file, checked before reading
    recipients: int = 256
    manifest_bytes: int = 1024 * 1024
    parts: int = 64
    part_bytes: int = 64 * 1024 * 1024
    raw_part_bytes: int = 512 * 1024 * 1024     # one part, decompressed
    raw_total_bytes: int = 1024 * 1024 * 1024   # all parts, decompressed
    inflation: int = 64                          # decompressed bytes per stored byte
    rows: int = 2_000_000                        # rows per bundle, all parts together
    row_bytes: int = 256 * 1024                  # one row's line of JSON
    seq: int = 1_000_000_000                     # a device's bundle sequence number
    held_per_device: int = 20                    # held bundles kept per unknown device
    held_total_bytes: int = 1024 * 1024 * 1024   # held bundles kept, all devices together


DEFAULT_LIMITS = Limits()


class BundleRefused(InputRefused):
    """A bundle that cannot be read or must not be merged; the reason is the code."""

    @property
    def code(self) -> str:
        return self.problems[0].code


def refuse(code: str, **params) -> BundleRefused:
    """A BundleRefused with one message code."""
    return BundleRefused.of(code, **params)


@dataclass(frozen=True)
class Header:
    """What anyone can read from a bundle without a key: format and recipient ids."""

    format: int
    recipients: tuple[str, ...]
    size: int


@dataclass(frozen=True)
class Opened:
    """A decrypted bundle whose signature verifies against the key in its manifest."""

    header: Header
    manifest: dict
    manifest_bytes: bytes
    parts: tuple[memoryview, ...]  # stored part bytes, hashes already checked


def seal(manifest: dict, parts: list[bytes], signing_key: SigningKey,
         recipients: list[bytes]) -> bytes:
    """Sign `manifest` (which must already list the parts' hashes) and encrypt to all
    `recipients` (X25519 public keys). Returns the whole file's bytes."""
    if not recipients:
        raise ValueError("a bundle needs at least one recipient")
    manifest_bytes = canonical_json(manifest)
    signature = signing_key.sign(SIGN_CONTEXT + manifest_bytes).signature
    body = b"".join([INNER_MAGIC, struct.pack(">I", len(manifest_bytes)), manifest_bytes,
                     signature, struct.pack(">I", len(parts)),
                     b"".join(struct.pack(">I", len(p)) for p in parts), *parts])
    content_key = nacl.utils.random(nacl.secret.SecretBox.KEY_SIZE)
    head = [MAGIC, struct.pack(">HH", FORMAT_VERSION, len(recipients))]
    for public in recipients:
        head.append(bytes.fromhex(key_id(public)))
        head.append(SealedBox(PublicKey(public)).encrypt(content_key))
    ciphertext = nacl.secret.SecretBox(content_key).encrypt(body)  # nonce + MAC + data
    return b"".join(head) + bytes(ciphertext)


def part_digest(data: bytes) -> str:
    """The SHA-256 of one stored part, as listed in the manifest."""
    return hashlib.sha256(data).hexdigest()


def read_header(data: bytes, limits: Limits = DEFAULT_LIMITS) -> Header:
    """Parse the clear header; refuse anything that is not a bundle we can read."""
    if len(data) > limits.file_bytes:
        raise refuse("bundle_too_large", size=len(data), limit=limits.file_bytes)
    if len(data) < len(MAGIC) + 4 or data[:len(MAGIC)] != MAGIC:
        raise refuse("bundle_not_xaso")
    version, count = struct.unpack_from(">HH", data, len(MAGIC))
    if version != FORMAT_VERSION:
        raise refuse("bundle_format", found=version, supported=FORMAT_VERSION)
    if count == 0 or count > limits.recipients:
        raise refuse("bundle_damaged", detail=f"recipients={count}")
    end = len(MAGIC) + 4 + count * RECIPIENT_SIZE
    if len(data) < end + 24 + 16:
        raise refuse("bundle_truncated")
    ids = tuple(data[len(MAGIC) + 4 + i * RECIPIENT_SIZE:][:8].hex() for i in range(count))
    return Header(version, ids, len(data))


def open_bundle(data: bytes, box_keys: PrivateKey | list[PrivateKey],
                limits: Limits = DEFAULT_LIMITS) -> Opened:
    """Decrypt and verify a bundle addressed to one of `box_keys`, within `limits`.

    `box_keys` is this device's box key, or a list of them (the current key first,
    then keys `xaso keys rotate` replaced, for bundles made before the hub knew).
    Checks, in order: header, that we are a recipient, decryption (a flipped bit or a
    cut file fails the MAC here), inner layout and caps, the signature over the
    manifest by the key the manifest names, and every part's SHA-256. The parts are
    views into the decrypted body: nothing is copied.
    """
    header = read_header(data, limits)
    keys = box_keys if isinstance(box_keys, list) else [box_keys]
    ids = [key_id(bytes(k.public_key)) for k in keys]
    found = [(i, k) for i, k in zip(ids, keys) if i in header.recipients]
    if not found:
        raise refuse("bundle_not_for_us", key_id=ids[0])
    mine, box_key = found[0]
    index = header.recipients.index(mine)
    start = len(MAGIC) + 4 + index * RECIPIENT_SIZE + 8
    try:
        content_key = SealedBox(box_key).decrypt(data[start:start + SEALED_KEY_SIZE])
        body = _open_secretbox(content_key, data,
                               len(MAGIC) + 4 + len(header.recipients) * RECIPIENT_SIZE)
    except nacl.exceptions.CryptoError:
        raise refuse("bundle_damaged", detail="decryption failed") from None
    manifest_bytes, signature, parts = _split_body(body, limits)
    try:
        manifest = json.loads(manifest_bytes.decode("utf-8"), parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise refuse("bundle_damaged", detail="manifest is not JSON") from None
    if not isinstance(manifest, dict):
        raise refuse("bundle_damaged", detail="manifest is not an object")
    _verify(manifest, manifest_bytes, signature)
    listed = manifest.get("parts")
    if not isinstance(listed, list) or len(listed) != len(parts):
        raise refuse("bundle_damaged", detail="part list does not match")
    for i, (entry, part) in enumerate(zip(listed, parts)):
        if not isinstance(entry, dict) or entry.get("sha256") != part_digest(part):
            raise refuse("bundle_damaged", detail=f"part {i} checksum")
    return Opened(header, manifest, manifest_bytes, tuple(parts))


def _open_secretbox(key: bytes, data: bytes, start: int):
    """Decrypt nonce + ciphertext found at `data[start:]` (XSalsa20-Poly1305).

    Straight into one buffer of the plaintext's size, without the three copies of the
    ciphertext PyNaCl's SecretBox.decrypt makes: a bundle at the size cap then needs
    twice its size in memory, not five times. Falls back to SecretBox if PyNaCl's
    binding module ever moves.
    """
    size = len(data) - start - nacl.secret.SecretBox.NONCE_SIZE - nacl.secret.SecretBox.MACBYTES
    if size < 0:
        raise nacl.exceptions.CryptoError("short ciphertext")
    try:
        from nacl._sodium import ffi, lib
    except ImportError:  # pragma: no cover - a PyNaCl without its cffi module
        return nacl.secret.SecretBox(key).decrypt(data[start:])
    view = memoryview(data)
    nonce = bytes(view[start:start + nacl.secret.SecretBox.NONCE_SIZE])
    ciphertext = view[start + nacl.secret.SecretBox.NONCE_SIZE:]
    plain = bytearray(max(size, 1))
    result = lib.crypto_secretbox_open_easy(ffi.from_buffer(plain, require_writable=True),
                                            ffi.from_buffer(ciphertext), len(ciphertext),
                                            nonce, key)
    if result != 0:
        raise nacl.exceptions.CryptoError("Decryption failed. Ciphertext failed verification")
    del plain[size:]
    return plain


def _no_constant(name: str):
    """JSON has no NaN or Infinity; Python's reader would take them."""
    raise ValueError(name)


def _split_body(body: bytes | bytearray, limits: Limits
                ) -> tuple[bytes, bytes, list[memoryview]]:
    if bytes(body[:len(INNER_MAGIC)]) != INNER_MAGIC or len(body) < len(INNER_MAGIC) + 4:
        raise refuse("bundle_damaged", detail="inner magic")
    pos = len(INNER_MAGIC)
    (size,) = struct.unpack_from(">I", body, pos)
    pos += 4
    if size > limits.manifest_bytes:
        raise refuse("bundle_over_cap", what="manifest", size=size, limit=limits.manifest_bytes)
    if len(body) < pos + size + 64 + 4:
        raise refuse("bundle_damaged", detail="short body")
    manifest_bytes = bytes(body[pos:pos + size])
    pos += size
    signature = bytes(body[pos:pos + 64])
    pos += 64
    (count,) = struct.unpack_from(">I", body, pos)
    pos += 4
    if count > limits.parts:
        raise refuse("bundle_over_cap", what="parts", size=count, limit=limits.parts)
    if len(body) < pos + 4 * count:
        raise refuse("bundle_damaged", detail="short part table")
    sizes = struct.unpack_from(f">{count}I", body, pos)
    pos += 4 * count
    for s in sizes:
        if s > limits.part_bytes:
            raise refuse("bundle_over_cap", what="part", size=s, limit=limits.part_bytes)
    if pos + sum(sizes) != len(body):
        raise refuse("bundle_damaged", detail="part sizes do not add up")
    parts = []
    view = memoryview(body)
    for s in sizes:
        parts.append(view[pos:pos + s])
        pos += s
    return manifest_bytes, signature, parts


def _verify(manifest: dict, manifest_bytes: bytes, signature: bytes) -> None:
    source = manifest.get("source")
    try:
        verify = VerifyKey(bytes.fromhex(source["sign_public"]))
        verify.verify(SIGN_CONTEXT + manifest_bytes, signature)
    except (TypeError, KeyError, ValueError, AttributeError, nacl.exceptions.CryptoError):
        raise refuse("bundle_bad_signature") from None


def canonical_json(value) -> bytes:
    """The bytes that are signed: UTF-8 JSON, keys sorted, no spaces."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")
