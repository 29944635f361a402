"""Damaged, foreign and hostile bundles are refused before anything is written."""

import os
import struct

import nacl.secret
import nacl.utils
import pytest
from nacl.public import PublicKey, SealedBox

from desktop.sync import container
from desktop.sync.container import BundleRefused, Limits
from desktop.sync.exporter import export_bundle
from desktop.sync.importer import import_bundle, read_file
from desktop.sync.keys import create_device_keys, device_keys, key_id

from sync_helpers import (COMMUNE_A, COMMUNE_B, add_resident, link, new_commune, new_hub,
                          record_hash)


@pytest.fixture
def bundle(tmp_path, hub, laptop):
    add_resident(laptop, "Phạm Thị Dung", "001190000002")
    return export_bundle(laptop, tmp_path / "b.xaso")["path"]


def refused(db, data, code, **kw):
    """Import `data`, expect refusal `code`: record tables unchanged, the refusal in the
    import history with its reason."""
    before = record_hash(db)
    seen = db.conn.execute("SELECT count(*) FROM sync_inbox").fetchone()[0]
    with pytest.raises(BundleRefused) as info:
        import_bundle(db, data, **kw)
    assert info.value.code == code, info.value.message("en")
    assert record_hash(db) == before
    last = db.conn.execute("SELECT status, reason FROM sync_inbox ORDER BY seq DESC LIMIT 1"
                           ).fetchone()
    assert db.conn.execute("SELECT count(*) FROM sync_inbox").fetchone()[0] == seen + 1
    assert last == ("refused", code)
    return info.value


def test_truncated(hub, bundle):
    data = read_file(bundle)
    for cut in (5, 40, len(data) // 2, len(data) - 1):
        with pytest.raises(BundleRefused):
            import_bundle(hub, data[:cut])
    refused(hub, data[:len(data) - 1], "bundle_damaged")
    refused(hub, data[:100], "bundle_truncated")


def test_every_flipped_byte_is_refused(hub, bundle):
    data = read_file(bundle)
    before = record_hash(hub)
    step = max(1, len(data) // 300)
    for pos in range(0, len(data), step):
        flipped = bytearray(data)
        flipped[pos] ^= 0x01
        with pytest.raises(BundleRefused):
            import_bundle(hub, bytes(flipped))
    assert record_hash(hub) == before
    assert import_bundle(hub, data)["status"] == "imported"


def test_garbage_and_empty(hub, tmp_path):
    refused(hub, b"", "bundle_not_xaso")
    refused(hub, os.urandom(5000), "bundle_not_xaso")
    refused(hub, b"PK\x03\x04" + os.urandom(100), "bundle_not_xaso")
    refused(hub, b"XASOBNDL\x00\x07\x00\x01" + os.urandom(200), "bundle_format")


def test_oversized_file_refused_unread(hub, bundle, tmp_path):
    small = Limits(file_bytes=200)
    with pytest.raises(BundleRefused) as info:
        read_file(bundle, small)
    assert info.value.code == "bundle_too_large"
    refused(hub, read_file(bundle), "bundle_too_large", limits=small)


def test_caps_on_parts_and_inflated_size(hub, bundle):
    data = read_file(bundle)
    refused(hub, data, "bundle_over_cap", limits=Limits(parts=1))
    refused(hub, data, "bundle_over_cap", limits=Limits(raw_part_bytes=100))
    refused(hub, data, "bundle_over_cap", limits=Limits(raw_total_bytes=300))


def test_bundle_for_another_recipient(tmp_path, bundle):
    other_hub = new_hub(tmp_path / "hub2.db", "Hub khác")
    refused(other_hub, read_file(bundle), "bundle_not_for_us")


def test_same_device_id_with_another_key(tmp_path, hub, laptop, bundle):
    assert import_bundle(hub, read_file(bundle))["status"] == "imported"
    # An impostor: same device id, fresh keys.
    conn = laptop.conn
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("DELETE FROM meta WHERE key LIKE 'sync_%secret' OR key LIKE 'sync_%public' "
                 "OR key IN ('sync_fingerprint', 'sync_key_id')")
    create_device_keys(conn)
    conn.execute("COMMIT")
    add_resident(laptop, "Kẻ Giả Mạo")
    fake = export_bundle(laptop, tmp_path / "fake.xaso")["path"]
    err = refused(hub, read_file(fake), "bundle_key_changed")
    assert "WARNING" in err.message("en")


def test_revoked_device_refused(tmp_path, hub, laptop, bundle):
    from desktop.sync.trust import list_trust, revoke

    import_bundle(hub, read_file(bundle))
    device = laptop.conn.execute("SELECT value FROM meta WHERE key='device_id'").fetchone()[0]
    assert [t["device_id"] for t in list_trust(hub)] == [device]
    revoke(hub, device)
    add_resident(laptop, "Sau Thu Hồi")
    later = export_bundle(laptop, tmp_path / "later.xaso")["path"]
    refused(hub, read_file(later), "bundle_revoked")
    # forgetting the device never re-admits its key
    revoke(hub, device, forget=True)
    refused(hub, read_file(later), "bundle_revoked")


def test_commune_refuses_bundle_not_from_its_hub(tmp_path, hub, laptop):
    from desktop.sync.exporter import export_reference
    from desktop.sync.importer import import_bundle as imp

    add_resident(laptop, "Võ Văn Em")
    imp(hub, read_file(export_bundle(laptop, tmp_path / "x.xaso")["path"]))
    ref = export_reference(hub, COMMUNE_A, tmp_path / "ref.xaso")["path"]
    # A laptop that never imported this hub's key cannot even be a recipient; forge
    # the situation where the hub key is forgotten on the laptop.
    from desktop.sync.trust import revoke

    hub_id = hub.conn.execute("SELECT value FROM meta WHERE key='device_id'").fetchone()[0]
    revoke(laptop, hub_id, forget=True)
    refused(laptop, read_file(ref), "bundle_revoked")  # revoked by key, forgotten or not


def test_laptop_of_other_commune_cannot_read(tmp_path, hub, bundle):
    other = new_commune(tmp_path / "b.db", COMMUNE_B)
    link(hub, other, tmp_path)
    refused(other, read_file(bundle), "bundle_not_for_us")


def test_file_and_name_say_nothing_personal(tmp_path, hub, laptop):
    add_resident(laptop, "Đặng Thị Giang", "001190000003")
    out = export_bundle(laptop, str(tmp_path / "dir-out") + "/")
    data = read_file(out["path"])
    for secret in ("Giang", "001190000003", COMMUNE_A, "Đặng".encode("utf-8").decode()):
        assert secret.encode("utf-8") not in data
    assert "Giang" not in os.path.basename(out["path"])
    assert os.path.basename(out["path"]) == out["bundle_id"] + ".xaso"
    # the private keys never appear in a bundle
    for key in ("sync_sign_secret", "sync_box_secret"):
        secret_hex = laptop.conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()[0]
        assert bytes.fromhex(secret_hex) not in data


def test_signed_bundle_forwarded_to_another_hub_is_refused(tmp_path, hub, bundle):
    """A recipient that re-encrypts a signed bundle to someone else cannot pass it off:
    the signed manifest names the recipient it was made for."""
    data = read_file(bundle)
    header = container.read_header(data)
    start = 12 + 8
    content_key = SealedBox(device_keys(hub.conn).box_key).decrypt(
        data[start:start + container.SEALED_KEY_SIZE])
    body = nacl.secret.SecretBox(content_key).decrypt(data[12 + 88 * len(header.recipients):])
    other = new_hub(tmp_path / "hub2.db", "Hub thứ hai")
    other_box = device_keys(other.conn).public.box_public
    new_key = nacl.utils.random(32)
    forged = (container.MAGIC + struct.pack(">HH", 1, 1) + bytes.fromhex(key_id(other_box))
              + SealedBox(PublicKey(other_box)).encrypt(new_key)
              + bytes(nacl.secret.SecretBox(new_key).encrypt(body)))
    refused(other, forged, "bundle_not_for_us")
