"""Refresh the report images of docs/reports.md (not a test: run it by hand).

    .venv/bin/python -m tests.reports.make_images docs

Builds demo databases in a temporary folder (a xã, a phường, a đặc khu, a hub of
Hà Nội with two of them merged, seed 003's training), prints their reports and
renders the pages shown in the docs as PNG with pypdfium2.
"""

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

from desktop.db.migrations.m001_initial import TABLES
from desktop.reports.notes import save_notes
from desktop.reports.produce import produce_monthly, produce_training
from desktop.reports.settings import set_settings
from desktop.services.demo import generate_demo
from tests.pdf_tools import page_count, render_page
from tests.reports.conftest import (DAC_KHU, PHUONG, TODAY, XA, bulk_training, new_commune,
                                    new_hub)

SCALE = 1.25
ISSUED = dt.date(2026, 11, 30)
NOTES = {
    "problems": "- Sóng điện thoại di động yếu ở hai thôn vùng cao, nhiều hộ chưa cài được "
                "ứng dụng VNeID.\n- Một số người cao tuổi chưa có điện thoại thông minh.",
    "tasks": "Tiếp tục đi từng ngõ, gõ từng nhà ở các thôn có tỷ lệ định danh điện tử mức 2 "
             "dưới 50%; mở thêm hai lớp Bình dân học vụ số.",
    "proposals": "Đề nghị Sở Khoa học và Công nghệ hỗ trợ 20 điện thoại thông minh cho hộ "
                 "nghèo.",
}


def pages(pdf: Path, out: Path, name: str, wanted: list[int]) -> list[Path]:
    made = []
    for i, page in enumerate(wanted, 1):
        if page < page_count(pdf):
            target = out / f"{name}-{i}.png"
            render_page(pdf, page, SCALE).convert("RGB").save(target, optimize=True)
            made.append(target)
    return made


def commune(folder: Path, code: str, seed: int, signer: str | None = None):
    db = new_commune(folder / f"{code}.db", code)
    generate_demo(db, households=150, months=12, seed=seed, today=TODAY)
    if signer:
        set_settings(db, {"report.signer_authority": "TM. KT.",
                          "report.signer_title": "PHÓ CHỦ TỊCH", "report.signer_name": signer})
        save_notes(db, "2026-11", NOTES)
    return db


def main(out: str) -> None:
    os.environ.setdefault("XASO_NOW", "2026-11-30T09:00:00+07:00")
    target = Path(out)
    folder = Path(tempfile.mkdtemp(prefix="xaso-docs-"))
    made = []
    xa = commune(folder, XA, 5, "Nguyễn Văn Bình")
    produce_monthly(xa, "2026-11", pdf=folder / "xa.pdf", issued=ISSUED)
    produce_monthly(xa, "2026-11", pdf=folder / "xa-en.pdf", lang="en", issued=ISSUED)
    made += pages(folder / "xa.pdf", target, "report-monthly", [0, 1, 2, 3, 4, 5])
    made += pages(folder / "xa-en.pdf", target, "report-monthly-en", [0])
    for code, name in ((PHUONG, "report-ward"), (DAC_KHU, "report-zone")):
        db = commune(folder, code, 6)
        produce_monthly(db, "2026-11", pdf=folder / f"{name}.pdf", issued=ISSUED)
        made += pages(folder / f"{name}.pdf", target, name, [0])
        db.conn.close()
    hub = new_hub(folder / "hub.db")
    set_settings(hub, {"report.signer_authority": "KT.",
                       "report.signer_title": "PHÓ GIÁM ĐỐC",
                       "report.signer_name": "Hoàng Văn Nam"})
    for code in (XA, PHUONG):
        hub.conn.execute("ATTACH DATABASE ? AS src", (str(folder / f"{code}.db"),))
        for table in TABLES:
            hub.conn.execute(f"INSERT INTO main.{table} SELECT * FROM src.{table}")
        hub.conn.commit()
        hub.conn.execute("DETACH DATABASE src")
    produce_monthly(hub, "2026-11", pdf=folder / "hub.pdf", issued=ISSUED)
    made += pages(folder / "hub.pdf", target, "report-hub", [0, 1])
    seed = new_commune(folder / "seed003.db")
    training = bulk_training(seed, "Hội nghị bồi dưỡng, nâng cao nhận thức về chuyển đổi số",
                             points=238, attendees=3600, day="2026-11-16")
    produce_training(seed, training, folder / "training.pdf")
    last = page_count(folder / "training.pdf") - 1
    made += pages(folder / "training.pdf", target, "report-training", [0, last])
    xa.conn.close()
    print("\n".join(str(p) for p in made))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs")
