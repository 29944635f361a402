"""Report fixtures: real commune and hub databases in temporary folders.

The demo commune is built once per module (a year of visits takes a second or two)
and only read by the tests that share it. Demo data has no deletions and leaves the
new fields empty, so `enrich` edits and deletes records through the services, as
users do: tombstones of every kind the report reads, a stage correction, and the
fields of schema 5 on part of the records.
"""

import datetime as dt
import json

import pytest

from desktop.db.writer import write
from desktop.domain.clock import FrozenClock
from desktop.domain.text import search_key
from desktop.services import records
from desktop.services.demo import generate_demo
from desktop.services.setup import init_commune, init_hub

from tests.logins import set_up
from tests.moment import NOW, TODAY  # noqa: F401
XA = "10237"  # Xã Chương Dương, Thành phố Hà Nội: a "xã"
XA_NAME = "Xã Chương Dương"
PHUONG = "00070"  # Phường Hoàn Kiếm, Thành phố Hà Nội: a "phường"
DAC_KHU = "21548"  # Đặc khu Lý Sơn, Quảng Ngãi: a "đặc khu"
LONGEST = "00196"  # Phường Văn Miếu - Quốc Tử Giám: the longest official name
PERSON = "21172"   # Phường Trương Quang Trọng: named after a person
ISSUED = dt.date(2026, 11, 30)


def new_commune(path, code=XA):
    """A set-up, empty, encrypted commune database at `path` (the CLI opens it too),
    on the tests' frozen clock."""
    return set_up(path, lambda db: init_commune(db, code, "Máy thử"), FrozenClock(NOW))


def new_hub(path, name="Sở Khoa học và Công nghệ", province="01"):
    """A set-up, encrypted hub database at `path`."""
    return set_up(path, lambda db: init_hub(db, name, province), FrozenClock(NOW))


def ids(db, sql, *params) -> list:
    return [r[0] for r in db.conn.execute(sql, params)]


def enrich(db) -> dict:
    """Edit and delete records through the services (returns what was done)."""
    done: dict = {}
    households = ids(db, "SELECT id FROM households WHERE deleted = 0 ORDER BY id")
    for hid in households[::4]:
        records.update(db, "household", hid, {"has_fibre": True})
    residents = ids(db, "SELECT id FROM residents WHERE deleted = 0 ORDER BY id")
    for i, rid in enumerate(residents[::3]):
        records.update(db, "resident", rid, {
            "has_digital_signature": i % 2 == 0,
            "digital_skills_date": f"2026-{1 + i % 11:02d}-{1 + i % 20:02d}",
            "digital_skills_via": "class" if i % 3 == 0 else "vneid"})
    # on the first day of a period: counted in that period, not the one before
    records.update(db, "resident", residents[1], {"digital_skills_date": "2026-11-01",
                                                  "digital_skills_via": "vneid"})
    for vid in ids(db, "SELECT id FROM visits WHERE svc_public_service = 1 ORDER BY id")[::3]:
        records.update(db, "visit", vid, {"dossiers": 3})
    trainings = ids(db, "SELECT id FROM trainings ORDER BY starts_at DESC")
    records.update(db, "training", trainings[0], {"literacy_class": True})
    records.update(db, "training", trainings[3], {"literacy_class": True})
    # an event this month with services by type
    records.add(db, "event", {"date": "2026-11-10", "place": "Sân nhà văn hóa",
                              "people_served": 150,
                              "services": {"vneid_install": 40, "public_service": 12,
                                           "health_book": 25}})
    # deletions of every kind the report reads
    november = ids(db, "SELECT id FROM visits WHERE date >= '2026-11-01' ORDER BY id")
    for vid in november[:3] + ids(db, "SELECT id FROM visits WHERE date < '2026-06-01' "
                                      "ORDER BY id")[:3]:
        records.delete(db, "visit", vid)
    level2 = ids(db, "SELECT id FROM residents WHERE eid_stage = 'level2_activated' "
                     "AND deleted = 0 ORDER BY id")
    for rid in level2[:2]:
        records.delete(db, "resident", rid)
    corrected = level2[2]
    records.update(db, "resident", corrected, {"eid_stage": "level1", "correction": True})
    records.delete(db, "household", households[1])
    events = ids(db, "SELECT id FROM events WHERE deleted = 0 ORDER BY date")
    records.delete(db, "event", events[0])
    attendance = ids(db, "SELECT a.id FROM attendance a JOIN trainings t ON t.id = "
                         "a.training_id WHERE a.status = 'present' ORDER BY t.starts_at DESC, "
                         "a.id")
    records.delete(db, "attendance", attendance[0])
    records.delete(db, "training", trainings[5])
    members = ids(db, "SELECT id FROM members WHERE deleted = 0 ORDER BY id")
    records.delete(db, "member", members[0])
    records.update(db, "member", members[1], {"active": False})
    hamlets = ids(db, "SELECT id FROM hamlets WHERE deleted = 0 ORDER BY id")
    records.delete(db, "hamlet", hamlets[-1])  # its households: "hamlet unknown"
    done.update(corrected=corrected, deleted_hamlet=hamlets[-1])
    return done


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """A commune with 150 households and 12 months of demo visits, edited and with
    deletions (read only)."""
    db = new_commune(tmp_path_factory.mktemp("demo") / "demo.db")
    generate_demo(db, households=150, months=12, seed=5, today=TODAY)
    db.enriched = enrich(db)
    yield db
    db.conn.close()


@pytest.fixture
def empty(tmp_path):
    """A set-up commune with nothing recorded."""
    db = new_commune(tmp_path / "empty.db")
    yield db
    db.conn.close()


def bulk_training(db, title: str, points: int, attendees: int, day: str = "2026-11-05",
                  literacy: bool = False) -> str:
    """One training session with `points` bridge points and `attendees` people, written
    through the bulk path (seed 003: 238 bridge points, 3,600 participants)."""
    with write(db) as tx:
        training = tx.insert("training", "trainings", {
            "title": title, "title_key": search_key(title), "starts_at": f"{day}T08:00",
            "ends_at": f"{day}T11:30", "mode": "hybrid", "venue": "Hội trường tỉnh",
            "literacy_class": int(literacy)})
        point_rows = [(f"bp-{training[:8]}-{i:04d}", training, name, search_key(name), None)
                      for i, name in enumerate(f"Điểm cầu số {i + 1} – {_unit(i)}"
                                               for i in range(points))]
        tx.insert_many("bridge_points", ("training_id", "name", "name_key", "location"),
                       point_rows)
        statuses = ("present",) * 8 + ("absent", "excused")
        tx.insert_many("attendance", ("training_id", "bridge_point_id", "full_name",
                                      "full_name_key", "unit", "position", "status"),
                       ((f"at-{training[:8]}-{i:05d}", training, point_rows[i % points][0],
                         f"Người tham dự {i + 1:04d}", f"nguoi tham du {i + 1:04d}",
                         _unit(i), "Cán bộ", statuses[i % 10]) for i in range(attendees)))
    return training


def _unit(i: int) -> str:
    return ("Sở Nội vụ", "UBND xã", "Hội Phụ nữ", "Đoàn Thanh niên", "Trường THPT")[i % 5]


def services_of(row) -> dict:
    """An event's services by type (the JSON column)."""
    return json.loads(row or "{}")
