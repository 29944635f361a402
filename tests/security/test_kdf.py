"""The password's key derivation (desktop/security/kdf.py) outside the test suite's
cheap parameters: what new keys get, and which stored keys are used."""

import pytest

from desktop.domain.errors import InputRefused
from desktop.security import kdf
from desktop.security.keyring import KeyRing

DB_KEY = bytes(range(32))


@pytest.fixture
def real_use(monkeypatch):
    """As a commune office runs it: without XASO_INSECURE_TEST_KDF."""
    monkeypatch.delenv(kdf.TEST_ENV, raising=False)


def wrapped(params: kdf.KdfParams) -> KeyRing:
    """A key ring whose one user's key is wrapped with `params` (as a key file from an
    earlier release, or an edited one, would hold)."""
    ring = KeyRing.create(DB_KEY, bytes(20))
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(kdf, "current", lambda: params)
        ring.set_password("admin", DB_KEY, "mật khẩu")
    return ring


def test_new_keys_get_the_default_parameters_and_open_with_them(real_use):
    ring = KeyRing.create(DB_KEY, bytes(20))
    ring.set_password("admin", DB_KEY, "mật khẩu")
    stored = ring.document()["users"]["admin"]["kdf"]
    assert kdf.KdfParams.from_dict(stored) == kdf.DEFAULT
    assert (kdf.DEFAULT.memory_kib, kdf.DEFAULT.time_cost) == (192 * 1024, 3)
    assert ring.unlock("admin", "mật khẩu") == DB_KEY


def test_a_key_of_the_first_releases_parameters_still_opens(real_use):
    ring = wrapped(kdf.KdfParams(time_cost=2, memory_kib=256 * 1024, parallelism=2))
    assert ring.unlock("admin", "mật khẩu") == DB_KEY


@pytest.mark.parametrize("memory_mib", [60, 8])
def test_a_key_file_asking_for_less_than_the_floor_is_refused(memory_mib, monkeypatch):
    # wrapped while the cheap parameters are allowed (8 MiB is the test suite's own,
    # 60 MiB an edited file), then used for real
    ring = wrapped(kdf.KdfParams(time_cost=1, memory_kib=memory_mib * 1024, parallelism=1))
    assert ring.unlock("admin", "mật khẩu") == DB_KEY
    monkeypatch.delenv(kdf.TEST_ENV)
    with pytest.raises(InputRefused) as refused:
        ring.unlock("admin", "mật khẩu")
    assert refused.value.problems[0].code == "login_weak_kdf"
