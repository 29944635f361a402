"""Three rules of trust and merge that users rely on without seeing them: the
signature is checked, a device's two keys are one identity, and equal clocks are
broken by device id the same way on every machine."""

import pytest
from nacl.signing import SigningKey

from desktop.db.writer import write
from desktop.sync.container import BundleRefused
from desktop.sync.exporter import export_bundle
from desktop.sync.importer import import_bundle, read_file
from desktop.sync.keys import device_keys, fingerprint
from desktop.sync.merge import merge_rows
from hostile import Forger, seal_bytes
from sync_helpers import add_resident, record_hash


def test_a_bundle_signed_by_another_key_than_it_claims_is_refused(tmp_path, hub, laptop):
    """Someone with the hub's address but not the laptop's signing key: the manifest
    names the laptop's key, the signature is another key's."""
    add_resident(laptop, "Lò Văn Pọm")
    forger = Forger(laptop)
    real = forger.bundle()
    import_bundle(hub, real)  # the laptop is known to the hub
    captured = {}

    def steal(manifest_bytes):
        captured["m"] = manifest_bytes
        return manifest_bytes

    forger.bundle(rewrite=steal)
    hub_box = bytes.fromhex(device_keys(hub.conn).public.box_public.hex())
    forged = seal_bytes(captured["m"], [], SigningKey.generate(), hub_box)
    before = record_hash(hub)
    with pytest.raises(BundleRefused) as info:
        import_bundle(hub, forged)
    assert info.value.code == "bundle_bad_signature"
    assert record_hash(hub) == before


def test_a_known_device_that_changes_only_its_signing_key_is_refused(tmp_path, hub, laptop):
    """The device keeps its encryption key but signs with a new key (a stolen copy of
    the database re-keyed): the hub must not take the new signing key on trust."""
    add_resident(laptop, "Lò Thị Ún")
    import_bundle(hub, read_file(export_bundle(laptop, tmp_path / "1.xaso")["path"]))
    sign = SigningKey.generate()
    box_public = device_keys(laptop.conn).public.box_public
    with write(laptop) as tx:
        for key, value in (("sync_sign_secret", bytes(sign).hex()),
                           ("sync_sign_public", bytes(sign.verify_key).hex()),
                           ("sync_fingerprint", fingerprint(bytes(sign.verify_key), box_public))):
            tx.conn.execute("UPDATE meta SET value = ? WHERE key = ?", (value, key))
    add_resident(laptop, "Kẻ Giả Danh")
    data = read_file(export_bundle(laptop, tmp_path / "2.xaso")["path"])
    before = record_hash(hub)
    with pytest.raises(BundleRefused) as info:
        import_bundle(hub, data)
    assert info.value.code == "bundle_key_changed"
    assert record_hash(hub) == before


def _version(clock: str, value: str) -> dict:
    return {"id": "r1", "commune_code": "30985", "created_at": "x", "updated_at": "x",
            "device_id": clock[-4:], "actor_id": None, "created_hlc": "000000000000001.00000.zzzz",
            "hlc": clock, "field_hlc": f'{{"phone": "{clock}"}}', "rev": 1, "deleted": 0,
            "phone": value}


@pytest.mark.parametrize("first, second", [("a", "b"), ("b", "a")])
def test_equal_clocks_are_broken_by_device_id_in_every_order(first, second):
    """Two laptops edit one field at the same wall time and counter: the larger device
    id wins wherever the two versions meet, whichever arrives first. The values are
    chosen so that ordering by value would pick the other one."""
    versions = {"a": _version("001795399200000.00003.bbbb", "0912000001"),
                "b": _version("001795399200000.00003.aaaa", "0987000009")}
    merged = merge_rows(versions[first], versions[second]).row or versions[first]
    assert merged["phone"] == "0912000001"  # device bbbb's value
