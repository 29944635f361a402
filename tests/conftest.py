"""Fixtures shared by the whole suite: real SQLite files in temporary folders."""

import datetime as dt
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = dt.date(2026, 11, 23)
COMMUNE = "00070"  # Phường Hoàn Kiếm, Hà Nội: any official code works


@pytest.fixture
def db_path(tmp_path):
    """A path for a fresh database file."""
    return tmp_path / "xaso.db"


@pytest.fixture
def db(db_path):
    """A commune database, set up and empty."""
    from desktop.db import open_database
    from desktop.services.setup import init_commune

    database = open_database(db_path)
    init_commune(database, COMMUNE, "Máy thử")
    yield database
    database.conn.close()


@pytest.fixture
def demo_db(db):
    """A commune database filled with a small, deterministic demo."""
    from desktop.services.demo import generate_demo

    generate_demo(db, households=60, months=6, seed=7, today=TODAY)
    return db
