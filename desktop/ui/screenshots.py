"""Screenshots of every page with demo data: `python -m desktop.ui.screenshots DIR`.

Made offscreen at the default window size (1366x768), once at normal text size and
once at A+, so anyone can check that Vietnamese text is intact and nothing is cut off.
"""

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.services.demo import generate_demo  # noqa: E402
from desktop.services.setup import init_commune  # noqa: E402
from desktop.ui.controller import AppController  # noqa: E402
from desktop.ui.offscreen import laptop_platform  # noqa: E402
from desktop.ui.pages import KEYS  # noqa: E402
from desktop.ui.settings import Settings  # noqa: E402

SIZE = (1366, 768)
COMMUNE = "21385"  # Xã Đình Cương, Quảng Ngãi


def _settle(app: QApplication, rounds: int = 5, seconds: float = 0.0) -> None:
    for _ in range(rounds):
        app.processEvents()
    end = time.monotonic() + seconds
    while time.monotonic() < end:  # QPdfView renders pages in a thread of its own
        app.processEvents()
        time.sleep(0.02)


def take(out: Path, households: int = 120) -> list[Path]:
    """Write the screenshots into `out`; return their paths."""
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="xaso-shots-"))
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen" and QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = laptop_platform(work)  # a 1366×768 screen
    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings = Settings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    controller = AppController(app, settings, work / "demo.db")
    controller.open_session()
    wizard = controller.make_wizard()
    wizard.resize(760, 560)
    wizard.show()
    wizard.next()
    page = wizard.commune_page
    page.province.setCurrentIndex(page.province.findText("Quảng Ngãi"))
    page.filter.setText("dinh cuong")
    _settle(app)
    saved = [_save(wizard, out / "00-wizard.png")]
    wizard.close()
    init_commune(controller.session.db, COMMUNE, "may-xa-1")
    generate_demo(controller.session.db, households=households, months=12,
                  today=controller.session.clock.today())
    for size in ("normal", "large"):
        settings.font_size = size
        controller.apply_theme()
        window = controller.show_window()
        window.resize(*SIZE)
        suffix = "" if size == "normal" else "-aplus"
        for i, key in enumerate(KEYS, 1):
            p = window.show_page(key)
            _settle(app)
            if p.key == "reports" and p.generate_button.isEnabled():
                task = p.generate()
                while task.running:
                    app.processEvents()
                _settle(app, seconds=2.0)
            if hasattr(p, "busy"):  # the dashboard's figures, the review queues
                while p.busy():
                    app.processEvents()
                _settle(app, seconds=0.5)
            if p.key == "households":
                p.households.view.selectRow(0)
                _settle(app)
            if p.key == "trainings":
                p.trainings.view.selectRow(0)
                p.point.setCurrentIndex(1)
                _settle(app)
            saved.append(_save(window, out / f"{i:02d}-{p.key}{suffix}.png"))
            if p.key == "trainings":
                saved.append(_sheet_preview(app, p, work, out / f"21-sign-up-sheet{suffix}.png"))
        window.show_page("visits")
        form = window.page("visits").new_record()
        rows = window.page("households").households.model.rows
        if rows:
            form.editors["household"].input.choose(rows[0]["id"], rows[0]["head_name"])
            form.load_residents(rows[0]["id"])
        _settle(app)
        saved.append(_save(form, out / f"20-visit-form{suffix}.png"))
        form.dirty = False
        form.close()
        window.close()
    controller.session.close()
    saved += _hub(app, work, settings, out)
    return saved


SHEET = """UBND XÃ ĐÌNH CƯƠNG
DANH SÁCH ĐẠI BIỂU THAM DỰ HỘI NGHỊ TẬP HUẤN KỸ NĂNG SỐ CHO TỔ CÔNG NGHỆ SỐ
Thời gian: 8h00 ngày 12/11/2026 - Hình thức: trực tiếp kết hợp trực tuyến

STT,Họ và tên,Đơn vị công tác,Chức vụ,Điểm cầu,Số điện thoại,Ký tên
1,Phan Văn Cường,Trạm Y tế xã,Y sĩ,Điểm cầu Hội trường UBND xã,0560181590,
2,Trần Thị Diệu,Thôn Đông Hà,Tổ trưởng Tổ CNSCĐ,hoi truong ubnd xa,0331860913,
3,Đặng Hữu Hải,Công an xã,Cán bộ,Điểm cầu Nhà văn hóa thôn Đông Hà,0382462819,
4,Lê Thị Linh,Trường THCS,Giáo viên,Điểm cầu Hội trường UBND xã,077975,
5,Bùi Đức Yến,Thôn Đông Hà,Thành viên Tổ CNSCĐ,Điểm cầu Nhà văn hóa thôn Đông Hà,0774911862,
Tổng cộng,5,,,,,
"""


def _sheet_preview(app: QApplication, page, work: Path, path: Path) -> Path:
    """The preview of a sign-up sheet with title rows, a refused row and a total row."""
    sheet = work / "danh-sach-dang-ky.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    dialog = page.preview_sheet(str(sheet))
    while dialog.preview is None:
        app.processEvents()
    _settle(app)
    saved = _save(dialog, path)
    dialog.close()
    return saved


def _hub(app: QApplication, work: Path, settings: Settings, out: Path) -> list[Path]:
    """A hub that merged three communes' bundles: its dashboard and sync page."""
    from desktop.db import open_database
    from desktop.domain.units import communes_of
    from desktop.services.setup import init_hub
    from desktop.sync import exporter, importer, trust

    settings.font_size = "normal"
    controller = AppController(app, settings, work / "hub.db")
    controller.open_session()
    hub = controller.session.db
    init_hub(hub, "Trung tâm CNTT tỉnh Quảng Ngãi", "51")
    for i, commune in enumerate(communes_of("51")[:3]):
        db = open_database(work / f"commune-{i}.db")
        init_commune(db, commune.code, f"may-{i + 1}")
        generate_demo(db, households=40 + 20 * i, months=3, seed=i + 1)
        trust.export_hub_key(hub, work / "hub-key.json", commune=commune.code)  # enrolls it
        trust.import_hub_key(db, work / "hub-key.json")
        summary = exporter.export_bundle(db, work / f"bundle-{i}.xaso")
        db.conn.close()
        importer.import_bundle(hub, importer.read_file(Path(summary["path"])), f"bundle-{i}.xaso")
    window = controller.show_window()
    window.resize(*SIZE)
    saved = []
    for name, key in (("30-hub-dashboard", "dashboard"), ("31-hub-sync", "sync")):
        page = window.show_page(key)
        while key == "dashboard" and page.busy():
            app.processEvents()
        _settle(app, seconds=0.3)
        saved.append(_save(window, out / f"{name}.png"))
    window.close()
    controller.session.close()
    return saved


def _save(widget, path: Path) -> Path:
    widget.grab().save(str(path))
    return path


def main(argv: list[str] | None = None) -> int:
    """Entry point of `make screenshots`."""
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "docs/screenshots")
    for path in take(out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
