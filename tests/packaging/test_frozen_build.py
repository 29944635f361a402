"""The frozen build, tested rather than trusted.

One PyInstaller build from build.spec (into a temporary folder), then the frozen
executable runs as a commune laptop would run it: no .venv on PATH, no Python
variables, a fresh home folder, Vietnamese file names, Qt offscreen. It sets up a
commune, makes demo data, prints the monthly report (read back with pypdfium2), sends
a bundle to a hub that merges it, and opens the window long enough to load the
Vietnamese translation and show the main window.
"""

import ast
import importlib.metadata
import importlib.util
import json
import os
import re
import statistics
import subprocess
import sys
import time
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop.licences import LIBRARIES
from tests.logins import PASSWORD
from tests.moment import TODAY
from tests.pdf_tools import pdf_text

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
COMMUNE = "00070"  # Phường Hoàn Kiếm, Hà Nội
PROVINCE = "01"
EXE_NAME = "xaso.exe" if sys.platform == "win32" else "xaso"
# Generous ceilings: the point is to notice a build that doubles, not to benchmark.
MAX_SIZE_MB = 350
MAX_START_S = 10.0


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    """dist/xaso built once from build.spec, with the .qm files compiled first."""
    # Not a skip: CI must prove the build. `make test` installs it with the test extras.
    assert importlib.util.find_spec("PyInstaller"), "pip install -e '.[test]' (pyinstaller)"
    work = tmp_path_factory.mktemp("pyinstaller")
    subprocess.run([sys.executable, "-m", "desktop.ui.i18n_build"], cwd=ROOT, check=True,
                   capture_output=True)
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"), "build.spec"],
        cwd=ROOT, capture_output=True, text=True)
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-5000:]
    folder = work / "dist" / "xaso"
    assert (folder / EXE_NAME).exists()
    return folder


def clean_env(home: Path, **extra) -> dict:
    """The environment of a laptop without Python: no venv, no PYTHON* variables."""
    venv_bin = str(Path(sys.executable).parent)
    path = os.pathsep.join(p for p in os.environ.get("PATH", "").split(os.pathsep)
                           if p and p != venv_bin and ".venv" not in p)
    keep = ("SYSTEMROOT", "WINDIR", "TEMP", "TMP", "TMPDIR", "LANG", "XASO_NOW")  # tests: NOW
    env = {k: os.environ[k] for k in keep if k in os.environ}
    # the admin's password made by `xaso init` (the real Argon2 parameters: no test set)
    env.update(XASO_PASSWORD=PASSWORD)
    env.update(PATH=path, HOME=str(home), USERPROFILE=str(home), LOCALAPPDATA=str(home / "AppData"),
               XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local/share"),
               QT_QPA_PLATFORM="offscreen", LANG=env.get("LANG", "C.UTF-8"))
    env.update(extra)
    return env


class Frozen:
    """Runs the frozen executable in a clean environment."""

    def __init__(self, folder: Path, home: Path):
        self.exe = folder / EXE_NAME
        self.home = home

    def run(self, *args, env=None, check=True) -> subprocess.CompletedProcess:
        done = subprocess.run([str(self.exe), *map(str, args)], cwd=self.home,
                              env=clean_env(self.home, **(env or {})), capture_output=True,
                              text=True, encoding="utf-8", timeout=300)
        if check:
            assert done.returncode == 0, (args, done.stdout, done.stderr)
        return done

    def json(self, *args) -> dict | list:
        return json.loads(self.run("--json", *args).stdout)


@pytest.fixture(scope="module")
def frozen(dist, tmp_path_factory) -> Frozen:
    home = tmp_path_factory.mktemp("nha") / "Người dùng"  # a Vietnamese user folder name
    home.mkdir()
    return Frozen(dist, home)


def test_package_size_and_version(dist, frozen):
    size = sum(f.stat().st_size for f in dist.rglob("*") if f.is_file() and not f.is_symlink())
    assert size < MAX_SIZE_MB * 1e6, f"{size / 1e6:.0f} MB"
    version = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    assert frozen.run("--version").stdout.strip() == f"xaso {version}"
    internal = dist / "_internal"
    for path in ("translations/xaso_vi.qm", "translations/xaso_en.qm", "LICENSE",
                 "resources/icons/xaso.png", "resources/fonts/LiberationSerif-Regular.ttf",
                 "resources/fonts/DejaVuSans.ttf", "resources/styles/base.qss"):
        assert (internal / path).exists(), path
    assert list((internal / "vietnam_provinces" / "data").glob("*.json"))


def test_every_bundled_library_is_in_the_about_dialog(dist):
    """Each Python distribution whose code the build collected has its licence listed."""
    listed = {normal(c.distribution) for c in LIBRARIES if c.distribution}
    # Extension modules and packages sit in _internal; pure-Python modules are in the
    # PYZ archive, whose table of contents the build leaves in its work folder.
    collected = {p.name.split(".")[0] for p in (dist / "_internal").iterdir()}
    toc = next((dist.parent.parent / "build").rglob("PYZ-00.toc")).read_text("utf-8")
    collected |= {entry[0].split(".")[0] for entry in ast.literal_eval(toc)[1]}
    owners = importlib.metadata.packages_distributions()
    bundled = {normal(d) for top in collected for d in owners.get(top, [])} - {"xaso"}
    # A family counts as listed through its main distribution (pyside6 covers pyside6-addons).
    unlisted = {d for d in bundled if not any(d == n or d.startswith(n + "-") for n in listed)}
    assert unlisted == set(), "add these to desktop/licences.py"
    # ...and its metadata travels with it, so Help ▸ About can show its version.
    shipped = {normal(p.name.split("-")[0]) for p in (dist / "_internal").glob("*.dist-info")}
    assert listed - shipped == set()


def normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_cli_set_up_demo_report_and_bundle(frozen):
    commune_db = frozen.home / "Dữ liệu xã" / "xã Hoàn Kiếm.db"
    commune_db.parent.mkdir()
    hub_db = frozen.home / "hub" / "tỉnh.db"
    hub_db.parent.mkdir()
    c = ("--db", commune_db)
    h = ("--db", hub_db)

    frozen.run(*c, "init", "--commune", COMMUNE, "--device-name", "Máy văn phòng")
    demo = frozen.json(*c, "demo", "--households", "30", "--months", "3")
    assert demo["households"] == 30
    assert frozen.json(*c, "list", "household")["total"] == 30 - demo["deleted_households"]

    month = TODAY.strftime("%Y-%m")
    pdf = frozen.home / "báo cáo tháng.pdf"
    xlsx = frozen.home / "báo cáo tháng.xlsx"
    frozen.run(*c, "report", "monthly", "--month", month, "--out", pdf, "--xlsx", xlsx)
    assert xlsx.stat().st_size > 1000
    text = pdf_text(pdf)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "Độc lập - Tự do - Hạnh phúc" in text
    assert "Hoàn Kiếm" in text
    assert f"tháng {TODAY.month}/{TODAY.year}" in text

    if "bundle" not in frozen.run("--help").stdout:
        pytest.skip("the sync commands (xaso bundle) are not in this build")
    frozen.run(*h, "init", "--hub", "Trung tâm CĐS Hà Nội", "--province", PROVINCE)
    key = frozen.home / "khóa hub.key"
    frozen.run(*h, "hub-key", "export", "--out", key, "--commune", COMMUNE)
    frozen.run(*c, "hub-key", "import", key)
    usb = frozen.home / "USB của xã"
    usb.mkdir()
    exported = frozen.json(*c, "bundle", "export", "--out", f"{usb}{os.sep}")
    assert Path(exported["path"]).parent == usb
    report = frozen.json(*h, "bundle", "import", usb)
    assert report["counts"] == {"imported": 1, "already_imported": 0, "held": 0, "refused": 0}
    assert report["totals"]["new"] > 30
    assert frozen.json(*h, "list", "household")["total"] == 30 - demo["deleted_households"]
    again = frozen.json(*h, "bundle", "import", exported["path"])
    assert again["counts"]["already_imported"] == 1


def test_gui_opens_in_vietnamese(frozen):
    db = frozen.home / "gui" / "xã.db"
    db.parent.mkdir()
    frozen.run("--db", db, "init", "--commune", COMMUNE)
    # No arguments opens the window on $XASO_DB; XASO_SMOKE_EXIT_MS makes it report and quit.
    done = frozen.run(env={"XASO_DB": str(db), "XASO_SMOKE_EXIT_MS": "1500"})
    line = next(l for l in done.stderr.splitlines() if l.startswith("XASO_SMOKE "))
    info = json.loads(line.removeprefix("XASO_SMOKE "))
    assert info["shown"] and info["icon"]
    assert info["language"] == "vi"
    assert any(Path(p).name == "xaso_vi.qm" for p in info["translations"])
    assert info["file_menu"] == vietnamese("MainWindow", "&File")
    assert "Hoàn Kiếm" in info["title"]


def test_start_time(frozen):
    """CLI and window start within a ceiling; the figures go to docs/benchmarks.md by hand."""
    db = frozen.home / "start.db"
    frozen.run("--db", db, "init", "--commune", COMMUNE)
    cli, gui = [], []
    for _ in range(3):
        t0 = time.perf_counter()
        frozen.run("--db", db, "list", "hamlet")
        cli.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        frozen.run(env={"XASO_DB": str(db), "XASO_SMOKE_EXIT_MS": "0"})
        gui.append(time.perf_counter() - t0)
    print(f"frozen start: cli {statistics.median(cli):.2f}s, window {statistics.median(gui):.2f}s")
    assert statistics.median(cli) < MAX_START_S and statistics.median(gui) < MAX_START_S


def vietnamese(context: str, source: str) -> str:
    """The Vietnamese translation of one source string, read from xaso_vi.ts."""
    root = ET.parse(ROOT / "translations" / "xaso_vi.ts").getroot()
    for ctx in root.iter("context"):
        if ctx.findtext("name") == context:
            for msg in ctx.iter("message"):
                if msg.findtext("source") == source:
                    return msg.findtext("translation")
    raise LookupError(source)
