"""Seed-sized data never breaks a report: seed 003's session (238 bridge points, 3,600
attendees), 60 hamlets, 200 team members and the longest official unit names give a
monthly report and an attendance sheet whose tables split across pages with their
headers repeated."""

import pytest

from desktop.cli import main
from desktop.db.writer import write
from desktop.domain.text import search_key
from desktop.services import records
from tests.pdf_tools import page_count, pdf_lines, pdf_text
from tests.reports.conftest import LONGEST, bulk_training, new_commune

SEED_003 = "Hội nghị bồi dưỡng, nâng cao nhận thức về chuyển đổi số"


def run(*argv) -> int:
    return main([str(a) for a in argv])


@pytest.fixture(scope="module")
def seed003(tmp_path_factory):
    folder = tmp_path_factory.mktemp("seed003")
    db = new_commune(folder / "s.db")
    training = bulk_training(db, SEED_003, points=238, attendees=3600)
    hamlet = records.add(db, "hamlet", {"name": "Thôn Đông"})
    records.add(db, "household", {"hamlet": hamlet["id"], "head_name": "Lê Văn Tư"})
    path = folder / "s.db"
    db.conn.close()
    return folder, path, training


def pages_with(path, words: str) -> list[int]:
    return [i for i, page in enumerate(pdf_text(path).split("\f"))
            if words in " ".join(page.split())]


def test_monthly_report_with_seed_003(seed003):
    folder, path, _ = seed003
    pdf, word = folder / "m.pdf", folder / "m.docx"
    assert run("--db", path, "report", "monthly", "--month", "2026-11", "--out", pdf,
               "--docx", word) == 0
    text = " ".join(pdf_text(pdf).split())
    assert "1 buổi tập huấn tại 238 điểm cầu với 2.880 lượt người có mặt trên 3.600" in text
    # the bridge points in the appendix: one table over several pages, header on each
    header = "STT Điểm cầu Triệu tập Có mặt Vắng Vắng có phép Tỷ lệ có mặt"
    repeated = pages_with(pdf, header)
    assert len(repeated) >= 4
    assert repeated == list(range(repeated[0], repeated[0] + len(repeated)))
    assert "Điểm cầu số 99 – Đoàn Thanh niên" in text and word.stat().st_size > 20_000


def test_attendance_sheet_with_seed_003(seed003, capsys):
    folder, path, training = seed003
    pdf = folder / "t.pdf"
    assert run("--db", path, "--json", "report", "training", training, "--out", pdf) == 0
    assert '"bridge_points": 238' in capsys.readouterr().out
    pages = page_count(pdf)
    assert pages > 100
    text = " ".join(pdf_text(pdf).split())
    assert text.count("Điểm cầu: ") == 238
    assert "Người tham dự 3600" in text and "Tổng cộng 3.600 2.880 360 360 80,0%" in text
    summary = pages_with(pdf, "STT Điểm cầu Triệu tập Có mặt Vắng Vắng có phép Tỷ lệ có mặt")
    assert len(summary) >= 4  # the summary by bridge point splits, header repeated
    last = pdf_text(pdf).split("\f")[-1]
    assert "NGƯỜI LẬP DANH SÁCH" in last and "Tổng cộng" in last  # never alone
    # dated on the session's day, not on the day it is printed (the clock says 23/11)
    first = [ln.text for ln in pdf_lines(pdf, 0)]
    assert "Chương Dương, ngày 05 tháng 11 năm 2026" in first


def test_sixty_hamlets_two_hundred_members_longest_name(tmp_path):
    db = new_commune(tmp_path / "big.db", LONGEST)
    with write(db) as tx:
        hamlets = [tx.insert("hamlet", "hamlets", {"name": f"Tổ dân phố số {i + 1}",
                                                   "name_key": search_key(f"to dan pho so {i + 1}"),
                                                   "kind": "to_dan_pho"}, audit=False)
                   for i in range(60)]
        for i in range(200):
            name = f"Thành viên Tổ công nghệ số cộng đồng {i + 1:03d}"
            tx.insert("member", "members", {"full_name": name, "full_name_key": search_key(name),
                                            "role": "leader" if i < 60 else "member",
                                            "hamlet_id": hamlets[i % 60], "active": 1},
                      audit=False)
        for i in range(300):
            head = f"Chủ hộ số {i + 1}"
            tx.insert("household", "households", {"hamlet_id": hamlets[i % 60], "head_name": head,
                                                  "head_name_key": search_key(head)}, audit=False)
    bulk_training(db, SEED_003, points=12, attendees=200)
    path = tmp_path / "big.db"
    db.conn.close()
    pdf = tmp_path / "big.pdf"
    assert run("--db", path, "report", "monthly", "--month", "2026-11", "--out", pdf,
               "--xlsx", tmp_path / "big.xlsx") == 0
    text = " ".join(pdf_text(pdf).split())
    assert text.startswith("ỦY BAN NHÂN DÂN PHƯỜNG VĂN MIẾU - QUỐC TỬ GIÁM")
    assert "60/60 tổ dân phố có Tổ công nghệ số cộng đồng" in text
    assert "Tổ dân phố số 60" in text and "Thành viên Tổ công nghệ số cộng đồng 200" in text
    assert "Biểu đồ 1 (tiếp theo)" in text  # the hamlet chart in parts of 25
    members = pages_with(pdf, "STT Thành viên Tổ dân phố Vai trò Lượt thăm")
    assert len(members) >= 3
    date_line = [ln for ln in pdf_lines(pdf, 0) if ln.text.startswith("Văn Miếu - Quốc Tử Giám,")]
    assert date_line and date_line[0].text.endswith("năm 2026")
