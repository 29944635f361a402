"""A hub key is trusted with the fingerprint a person compared, or not at all."""

import pytest

from desktop.domain.errors import InputRefused
from desktop.sync.trust import current_hub, export_hub_key, import_hub_key
from tests.sync.sync_helpers import new_commune, new_hub


def test_a_key_other_than_the_one_compared_is_refused_and_nothing_trusted(tmp_path):
    commune = new_commune(tmp_path / "xa.db")
    compared = export_hub_key(new_hub(tmp_path / "hub.db"), tmp_path / "hub.key")
    other = export_hub_key(new_hub(tmp_path / "other.db", "Trạm khác"), tmp_path / "other.key")
    with pytest.raises(InputRefused) as refused:
        import_hub_key(commune, tmp_path / "other.key", fingerprint=compared["fingerprint"])
    assert compared["fingerprint"] in refused.value.message("vi")
    assert other["fingerprint"] in refused.value.message("vi")
    assert current_hub(commune.conn) is None
    import_hub_key(commune, tmp_path / "hub.key", fingerprint=compared["fingerprint"])
    assert current_hub(commune.conn)["fingerprint"] == compared["fingerprint"]
