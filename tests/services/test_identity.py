"""Different people are kept apart on import; the same person is not imported twice."""

import csv
import random

import pytest

from desktop.services import records
from desktop.services.identity import find_person
from desktop.services.imports import import_file
from desktop.services.queries import Filters, count_records

# surnames at their frequencies in Vietnam (Nguyễn about 38%), Văn and Thị in the middle
SURNAMES = [("Nguyễn", 38), ("Trần", 11), ("Lê", 9.5), ("Phạm", 7), ("Hoàng", 5), ("Phan", 4.5),
            ("Vũ", 3.9), ("Đặng", 2.1), ("Bùi", 2), ("Đỗ", 1.4), ("Hồ", 1.3), ("Ngô", 1.3),
            ("Dương", 1), ("Lý", 0.5)]
MIDDLE = {"m": ["Văn"] * 6 + ["Đức", "Hữu", "Minh", "Quang"],
          "f": ["Thị"] * 6 + ["Ngọc", "Thu", "Thanh", "Hồng"]}
GIVEN = {"m": ["An", "Bình", "Cường", "Dũng", "Hùng", "Hải", "Nam", "Sơn", "Tuấn", "Việt"],
         # "Hà"/"Hạ" and "Hương"/"Hường" differ only by their marks: different people
         "f": ["Hà", "Hạ", "Hương", "Hường", "Lan", "Mai", "Linh", "Trang", "Hoa", "Yến"]}
UNITS = ["UBND xã", "Hội Phụ nữ", "Đoàn Thanh niên", "Hội Nông dân", "Công an xã", "Trạm Y tế",
         "Trường Tiểu học", "Tổ công nghệ số cộng đồng"]
POSITIONS = ["Cán bộ", "Chi hội trưởng", "Bí thư chi đoàn", "Trưởng thôn", "Thành viên"]


def seed_003_sheet(path, rows: int = 3600, points: int = 238, seed: int = 3) -> int:
    """An attendance sheet shaped like seed 003's training: title rows, then one row per
    participant at 238 bridge points; every row a distinct person. Returns the rows."""
    rng = random.Random(seed)
    names, weights = zip(*SURNAMES)
    seen = set()
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["DANH SÁCH ĐIỂM DANH"])
        out.writerow(["Tập huấn kỹ năng số cho cán bộ cơ sở, ngày 12/11/2026 8h00"])
        out.writerow(["STT", "Họ và tên", "Đơn vị", "Chức vụ", "Điểm cầu", "Số điện thoại"])
        while len(seen) < rows:
            sex = rng.choice("mf")
            name = f"{rng.choices(names, weights)[0]} {rng.choice(MIDDLE[sex])} {rng.choice(GIVEN[sex])}"
            who = (name, rng.choice(UNITS), rng.choice(POSITIONS),
                   f"Điểm cầu xã {rng.randrange(points) + 1:03d}")
            if who in seen:
                continue
            seen.add(who)
            phone = f"09{rng.randrange(10**8):08d}" if rng.random() < 0.15 else ""
            out.writerow([len(seen), *who, phone])
    return rows


def test_seed_sized_sheet_keeps_every_distinct_person(db, tmp_path):
    sheet = tmp_path / "diem-danh.csv"
    rows = seed_003_sheet(sheet)
    report = import_file(db, "attendance", sheet)
    assert report.ok, report.as_dict()["errors"][:3]
    assert report.created == rows and report.skipped_existing == 0
    training = report.training_id
    assert count_records(db, "attendance", Filters(training=training)) == rows
    # namesakes at one unit, position and point, differing only in their marks, are
    # kept apart and shown to a person
    alike = {(p.name, p.resembles) for p in report.possible}
    assert alike and all(a != b for a, b in alike)
    # the same sheet again: every row is someone already recorded
    again = import_file(db, "attendance", sheet, training=training)
    assert again.created == 0 and again.skipped_existing == rows


def test_the_same_person_is_found_by_number_or_name_and_place(db):
    records.add(db, "hamlet", {"name": "Tân Ninh"})
    home = records.add(db, "household", {"hamlet": "Tân Ninh", "head_name": "Trần Văn Hạ",
                                         "phone": "0912000111"})
    values = {"hamlet_id": home["hamlet_id"], "head_name": "Trần Văn Hạ", "phone": None}
    assert find_person(db.conn, "household", values).verdict == "same"
    values["head_name"] = "Trần Văn Hà"  # one mark apart, no phone to tell: a person decides
    assert find_person(db.conn, "household", values).verdict == "maybe"
    values["phone"] = "0987000222"  # another phone: another household
    assert find_person(db.conn, "household", values) is None
    values.update(phone="0912000111", head_name="Trần Văn Hạ")
    assert find_person(db.conn, "household", values).record_id == home["id"]


@pytest.mark.parametrize("rows, created, skipped", [
    # the same name, another birth year: two people
    (["Nguyễn Thị Hà,1990", "Nguyễn Thị Hà,1991"], 2, 0),
    # the same name and year in the same household: the same person, typed twice
    (["Nguyễn Thị Hà,1990", "Nguyễn Thị Hà,1990"], 1, 1),
    # one mark apart: kept apart, flagged
    (["Nguyễn Thị Hà,1990", "Nguyễn Thị Hạ,1990"], 2, 0),
])
def test_residents_by_name_and_birth_year(db, tmp_path, rows, created, skipped):
    sheet = tmp_path / "nd.csv"
    sheet.write_text("Thôn,Chủ hộ,Họ và tên,Năm sinh\n" +
                     "".join(f"Tân Ninh,Nguyễn Văn An,{r}\n" for r in rows), encoding="utf-8")
    report = import_file(db, "resident", sheet)
    assert (report.created, report.skipped_existing) == (created, skipped)
    if "Hạ" in rows[1]:
        assert [p.resembles for p in report.possible] == ["Nguyễn Thị Hà"]


def test_a_look_alike_is_named_before_saving(db):
    records.add(db, "hamlet", {"name": "Tân Ninh"})
    home = records.add(db, "household", {"hamlet": "Tân Ninh", "head_name": "Lê Văn Tám"})
    other = records.add(db, "household", {"hamlet": "Tân Ninh", "head_name": "Lê Văn Chín"})
    first = records.add(db, "resident", {"household": home["id"], "full_name": "Lê Thị Hương",
                                         "birth": 1985})
    new = {"household": other["id"], "full_name": "Lê Thị Hường", "birth": 1985}
    alikes = records.look_alikes(db, "resident", new)
    assert [a["id"] for a in alikes] == [first["id"]]  # same hamlet and year, one mark apart
    assert records.look_alikes(db, "resident", {**new, "birth": 1986}) == []
    assert records.look_alikes(db, "resident", {**new, "full_name": "Lê Thị Lan"}) == []


def test_look_alikes_are_listed_beside_same_cccd_pairs_and_decided_once(db):
    from desktop.sync.duplicates import list_duplicates, resolve

    records.add(db, "hamlet", {"name": "Tân Ninh"})
    records.add(db, "hamlet", {"name": "Lộc Hà"})
    one = records.add(db, "household", {"hamlet": "Tân Ninh", "head_name": "Lê Văn Tám"})
    two = records.add(db, "household", {"hamlet": "Tân Ninh", "head_name": "Lê Văn Chín"})
    far = records.add(db, "household", {"hamlet": "Lộc Hà", "head_name": "Lê Văn Mười"})
    a = records.add(db, "resident", {"household": one["id"], "full_name": "Lê Thị Hương",
                                     "birth": 1985})
    b = records.add(db, "resident", {"household": two["id"], "full_name": "Lê Thị Hường",
                                     "birth": 1985})
    records.add(db, "resident", {"household": far["id"], "full_name": "Lê Thị Hương",
                                 "birth": 1985})  # another hamlet: not listed
    records.add(db, "resident", {"household": two["id"], "full_name": "Lê Thị Hương",
                                 "birth": 1986})  # another year: not listed
    listed = list_duplicates(db)
    assert [(d["reason"], {d["a"]["id"], d["b"]["id"]}) for d in listed] == [
        ("name", {a["id"], b["id"]})]
    resolve(db, listed[0]["id"], different=True)  # a person decides: two people
    assert list_duplicates(db) == []
    assert [d["status"] for d in list_duplicates(db, include_resolved=True)] == ["different"]
