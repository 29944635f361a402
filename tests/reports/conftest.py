"""Report fixtures: real commune and hub databases in temporary folders.

The demo commune is built once per module (a year of visits takes a second or two)
and only read by the tests that share it.
"""

import datetime as dt

import pytest

from desktop.services.demo import generate_demo
from desktop.services.setup import init_commune

from tests.logins import set_up
from tests.moment import TODAY  # noqa: E402
XA = "10237"  # Xã Chương Dương, Thành phố Hà Nội: a "xã", so the header reads UBND XÃ ...
XA_NAME = "Xã Chương Dương"
ISSUED = dt.date(2026, 11, 30)


def new_commune(path, code=XA):
    """A set-up, empty, encrypted commune database at `path` (the CLI opens it too)."""
    return set_up(path, lambda db: init_commune(db, code, "Máy thử"))


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """A commune with 150 households and 12 months of demo visits (read only)."""
    db = new_commune(tmp_path_factory.mktemp("demo") / "demo.db")
    generate_demo(db, households=150, months=12, seed=5, today=TODAY)
    yield db
    db.conn.close()


@pytest.fixture
def empty(tmp_path):
    """A set-up commune with nothing recorded."""
    db = new_commune(tmp_path / "empty.db")
    yield db
    db.conn.close()

