"""Fixtures for sync tests: a hub and two laptops of one commune, linked."""

import pytest

from sync_helpers import COMMUNE_A, link, new_commune, new_hub


@pytest.fixture
def hub(tmp_path):
    db = new_hub(tmp_path / "hub.db")
    yield db
    db.conn.close()


@pytest.fixture
def laptop(tmp_path, hub):
    db = new_commune(tmp_path / "a1.db", COMMUNE_A, "may-1")
    link(hub, db, tmp_path)
    yield db
    db.conn.close()


@pytest.fixture
def laptop2(tmp_path, hub):
    db = new_commune(tmp_path / "a2.db", COMMUNE_A, "may-2")
    link(hub, db, tmp_path)
    yield db
    db.conn.close()
