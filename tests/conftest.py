"""Fixtures shared by the whole suite: real SQLite files in temporary folders."""

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.moment import NOW, TODAY  # noqa: E402,F401  (TODAY is imported from here)

COMMUNE = "00070"  # Phường Hoàn Kiếm, Hà Nội: any official code works


@pytest.fixture(autouse=True)
def frozen_now(monkeypatch):
    """No test reads the wall clock: every database opened without an explicit clock,
    in this process or in a command-line subprocess, sees NOW (XASO_NOW)."""
    monkeypatch.setenv("XASO_NOW", NOW)


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

    database = open_database(db_path, clock=clock)
    init_commune(database, COMMUNE, "Máy thử")
    yield database
    database.conn.close()


@pytest.fixture
def demo_db(db):
    """A commune database filled with a small, deterministic demo."""
    from desktop.services.demo import generate_demo

    generate_demo(db, households=60, months=6, seed=7, today=TODAY)
    return db
