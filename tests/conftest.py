"""Fixtures shared by the whole suite: real SQLite files in temporary folders."""

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.moment import NOW, TODAY  # noqa: E402,F401  (TODAY is imported from here)

from tests.logins import PASSWORD  # noqa: E402

COMMUNE = "00070"  # Phường Hoàn Kiếm, Hà Nội: any official code works
# The key of the `db` fixture's database: encrypted like a real one, without a login.
TEST_KEY = bytes(range(32))


@pytest.fixture(autouse=True, scope="session")
def session_environment():
    """The moment and the login of every test, already in place for module-scoped
    fixtures (the function-scoped fixtures below restore them after each test)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XASO_NOW", NOW)
        mp.setenv("XASO_PASSWORD", PASSWORD)
        mp.setenv("XASO_INSECURE_TEST_KDF", "1")
        yield


@pytest.fixture(autouse=True)
def frozen_now(monkeypatch):
    """No test reads the wall clock: every database opened without an explicit clock,
    in this process or in a command-line subprocess, sees NOW (XASO_NOW)."""
    monkeypatch.setenv("XASO_NOW", NOW)


@pytest.fixture(autouse=True)
def test_login(monkeypatch):
    """Every command-line run, in this process or a subprocess, logs in as the admin
    made by `xaso init` with this password; keys are wrapped with the cheap Argon2
    parameters (allowed only with XASO_INSECURE_TEST_KDF, desktop/security/kdf.py)."""
    monkeypatch.setenv("XASO_PASSWORD", PASSWORD)
    monkeypatch.setenv("XASO_INSECURE_TEST_KDF", "1")
    monkeypatch.delenv("XASO_USER", raising=False)
    monkeypatch.delenv("XASO_NEW_PASSWORD", raising=False)


@pytest.fixture
def clock():
    """A clock standing at NOW that a test can advance."""
    from desktop.domain.clock import FrozenClock

    return FrozenClock(NOW)


@pytest.fixture
def db_path(tmp_path):
    """A path for a fresh database file."""
    return tmp_path / "xaso.db"


@pytest.fixture
def db(db_path, clock):
    """A commune database, set up and empty, on the test's frozen clock."""
    from desktop.db import open_database
    from desktop.services.setup import init_commune

    database = open_database(db_path, clock=clock, key=TEST_KEY)
    init_commune(database, COMMUNE, "Máy thử")
    yield database
    database.conn.close()


@pytest.fixture
def demo_db(db):
    """A commune database filled with a small, deterministic demo."""
    from desktop.services.demo import generate_demo

    generate_demo(db, households=60, months=6, seed=7, today=TODAY)
    return db
