"""The command line as a new user (or a district IT script) uses it."""

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from tests.logins import reopen
from tests.migrating import full_disk_at
from tests.people import letters


@pytest.fixture
def xaso(tmp_path, capsys, monkeypatch):
    """Run `xaso ...` in-process against a temporary database; return (code, out, err)."""
    monkeypatch.setenv("XASO_DB", str(tmp_path / "xaso.db"))

    def run(*argv):
        code = main([str(a) for a in argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err
    return run


def test_a_new_users_first_session(xaso, tmp_path):
    assert xaso("init", "--commune", "00070", "--device-name", "Máy văn phòng")[0] == 0
    code, out, _ = xaso("--json", "demo", "--households", "40", "--months", "3", "--seed", "2")
    assert code == 0 and json.loads(out)["households"] == 40
    code, out, _ = xaso("list", "visit", "--search", "nguyen", "--json")
    data = json.loads(out)
    assert code == 0 and data["count"] > 0
    assert all(item["household"].startswith("Nguyễn") for item in data["items"])
    code, out, _ = xaso("check")
    assert code == 0 and "ok" in out


def test_exit_codes(xaso):
    assert xaso()[0] == 1                                   # no command: usage
    assert xaso("frobnicate")[0] == 1                       # unknown command: usage
    assert xaso("list")[0] == 1                             # missing argument: usage
    code, _, err = xaso("init", "--commune", "99999")
    assert code == 2 and "99999" in err                     # refused input
    assert xaso("list", "visit")[0] == 2                    # not set up yet: refused, says so
    assert xaso("init", "--commune", "00070")[0] == 0
    assert xaso("init", "--commune", "00070")[0] == 2       # already set up
    code, _, err = xaso("add", "household", "--data", "{not json")
    assert code == 2 and "JSON" in err
    for argv in (("add", "spaceship", "--data", "{}"), ("list", "spaceship"),
                 ("show", "spaceship", "x"), ("export", "spaceship", "--out", "x.csv")):
        code, _, err = xaso(*argv)
        assert code == 1 and "spaceship" in err, argv  # a usage error, like a bad command
    code, _, err = xaso("list", "visit", "--month", "2026-13")
    assert code == 2 and "2026-13" in err               # refused input: the month


def test_a_migration_that_fails_exits_2_and_says_why(xaso, tmp_path, monkeypatch):
    from desktop.db.migrations import LATEST

    assert xaso("init", "--commune", "00070")[0] == 0
    db = reopen(tmp_path / "xaso.db")  # as the release before this one left it
    db.conn.execute(f"PRAGMA user_version = {LATEST - 1}")
    db.conn.close()
    full_disk_at(LATEST, monkeypatch)
    code, out, err = xaso("list", "visit")
    assert code == 2 and out == ""
    assert f"bước {LATEST}" in err and "disk is full" in err and ".bak" in err, err
    monkeypatch.undo()  # room on the disk again
    monkeypatch.setenv("XASO_DB", str(tmp_path / "xaso.db"))
    assert xaso("list", "visit")[0] == 0


def test_one_language_at_a_time(xaso, monkeypatch):
    xaso("init", "--commune", "00070")
    xaso("demo", "--households", "40", "--months", "2", "--visits", "1500")
    for lang, words, foreign in (("vi", ["Họ và tên chủ hộ", "bản ghi"], ["Head of household"]),
                                 ("en", ["Head of household", "records"], ["Họ và tên", "bản ghi"])):
        monkeypatch.setenv("XASO_LANG", lang)
        code, out, _ = xaso("list", "household", "--limit", "3")
        assert code == 0 and all(w in out for w in words), out
        assert not any(w in out for w in foreign), out
        code, out, _ = xaso("add", "hamlet", "--data", f'{{"name": "Thôn {lang.upper()}"}}')
        assert " / " not in out  # never two languages on one line
        code, out, _ = xaso("check")
        assert ("Result: ok" if lang == "en" else "Kết quả: tốt") in out
    monkeypatch.setenv("XASO_LANG", "vi")
    code, out, _ = xaso("list", "visit", "--limit", "1")
    total = int(out.rsplit("/", 1)[1].split()[0].replace(".", ""))
    assert total > 999 and f"{total:,}".replace(",", ".") in out  # 1.234, grouped
    code, _, err = xaso("add", "member", "--data", '{"full_name": "Lê Văn Ba", "role": "boss"}')
    assert code == 2 and "Tổ trưởng, Tổ phó, Thành viên" in err and "leader" not in err


def test_add_show_update_delete_round_trip(xaso):
    xaso("init", "--commune", "00070")
    assert xaso("add", "hamlet", "--data", '{"name": "Tân Ninh"}')[0] == 0
    code, out, _ = xaso("--json", "add", "household", "--data",
                        json.dumps({"hamlet": "Tân Ninh", "head_name": "Nguyễn Văn An",
                                    "phone": "+84 912 345 678"}))
    home = json.loads(out)
    assert code == 0 and home["phone"] == "0912345678"
    code, out, err = xaso("add", "resident", "--data",
                          json.dumps({"household": home["id"], "full_name": "Lê Thị Hoa",
                                      "cccd": "0421900001"}))
    assert code == 2 and "12" in err and "CCCD" in err
    code, out, _ = xaso("update", "household", home["id"], "--data", '{"members_count": 4}', "--json")
    assert code == 0 and json.loads(out)["members_count"] == 4
    code, out, _ = xaso("show", "household", home["id"], "--json")
    assert json.loads(out)["hamlet"] == "Tân Ninh"
    assert xaso("delete", "household", home["id"])[0] == 0
    code, out, _ = xaso("list", "households", "--json")
    assert json.loads(out)["total"] == 0
    assert xaso("show", "household", "01234567-89ab-7def-8123-456789abcdef")[0] == 2


def test_import_refused_whole_names_the_row(xaso, tmp_path):
    xaso("init", "--commune", "00070")
    path = tmp_path / "ho.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["STT", "Thôn", "Họ và tên chủ hộ", "Số điện thoại"])
        for i in range(1, 1001):
            out.writerow([i, "Tân Ninh", f"Nguyễn Văn {letters(i)}",
                          f"0912{i:06d}" if i != 500 else "09120"])
    code, out, err = xaso("import", "household", path)
    assert code == 2 and "501" in err                       # row 501 of the file (header is 1)
    assert json.loads(xaso("list", "household", "--json")[1])["total"] == 0
    code, out, _ = xaso("import", "household", path, "--json")
    assert code == 2 and json.loads(out)["ok"] is False
    path.write_text(path.read_text(encoding="utf-8-sig").replace(",09120\n", ",0912000500\n"),
                    encoding="utf-8-sig")
    code, out, _ = xaso("import", "household", path, "--dry-run", "--json")
    assert code == 0 and json.loads(out)["would_create"] == 1000
    assert json.loads(xaso("list", "household", "--json")[1])["total"] == 0
    assert xaso("import", "household", path)[0] == 0
    assert json.loads(xaso("list", "household", "--json")[1])["total"] == 1000


def test_export_backup_restore(xaso, tmp_path):
    xaso("init", "--commune", "00070")
    xaso("demo", "--households", "20", "--months", "2")
    assert xaso("export", "resident", "--out", tmp_path / "nguoi-dan.xlsx")[0] == 0
    assert xaso("export", "visit", "--out", tmp_path / "tham-ho.csv")[0] == 0
    assert xaso("export", "visit", "--out", tmp_path / "tham-ho.pdf")[0] == 2
    assert xaso("backup", "--out", tmp_path / "bk.db")[0] == 0
    code, out, _ = xaso("restore", tmp_path / "bk.db", "--json")
    assert code == 0 and Path(json.loads(out)["previous"]).exists()
    assert xaso("restore", tmp_path / "nguoi-dan.xlsx")[0] == 2


def test_global_options_work_before_and_after_the_command(tmp_path, capsys):
    db = tmp_path / "khác.db"
    assert main(["--db", str(db), "init", "--commune", "00070"]) == 0
    capsys.readouterr()
    assert main(["list", "hamlet", "--db", str(db), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 0


def test_a_real_subprocess(tmp_path):
    env = {**os.environ, "XASO_DB": str(tmp_path / "p.db"), "PYTHONIOENCODING": "utf-8"}
    run = [sys.executable, "-m", "desktop"]
    done = subprocess.run(run + ["init", "--commune", "00070"], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Hoàn Kiếm" in done.stdout
    done = subprocess.run(run + ["add", "hamlet", "--data", '{"name": "Đông Hà"}', "--json"],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and json.loads(done.stdout)["name_key"] == "dong ha"
    done = subprocess.run(run + ["add", "hamlet", "--data", "[]"], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 2 and done.stderr.strip()


STARTS_BARE = """
import sys
import PySide6.QtWidgets
from desktop.cli import build_parser
from desktop.db.connection import open_database
from desktop.ui.controller import WINDOW_MODULES
import importlib
for name in WINDOW_MODULES:
    importlib.import_module(name)
build_parser()
open_database(sys.argv[1])
print("importlib.metadata" in sys.modules)
"""


def test_a_start_reads_no_package_metadata(tmp_path):
    """Neither a command nor the window reads the installed packages' metadata as it
    starts (40–60 ms each time: the version and sqlite-utils' plugins are looked up
    only when asked for); `xaso --version` still prints it."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", STARTS_BARE, str(tmp_path / "s.db")], env=env,
                          capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).parents[2])
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
    done = subprocess.run([sys.executable, "-m", "desktop", "--version"], env=env,
                          capture_output=True, text=True, timeout=120)
    from importlib.metadata import version
    assert done.returncode == 0 and done.stdout.strip() == f"xaso {version('xaso')}"


def test_a_hub_lists_one_commune(tmp_path, capsys):
    for name, code in (("a.db", "00070"), ("b.db", "00004")):
        assert main(["--db", str(tmp_path / name), "init", "--commune", code]) == 0
        assert main(["--db", str(tmp_path / name), "add", "hamlet", "--data",
                     json.dumps({"name": f"Thôn {code}"})]) == 0
    hub = str(tmp_path / "hub.db")
    assert main(["--db", hub, "init", "--hub", "Trung tâm tỉnh"]) == 0
    for name, code in (("a.db", "00070"), ("b.db", "00004")):  # one key file per commune
        db = str(tmp_path / name)
        key = str(tmp_path / f"hub-{code}.key")
        assert main(["--db", hub, "hub-key", "export", "--out", key, "--commune", code]) == 0
        assert main(["--db", db, "hub-key", "import", key]) == 0
        assert main(["--db", db, "bundle", "export", "--out", str(tmp_path / f"{name}.xaso")]) == 0
    assert main(["--db", hub, "bundle", "import", str(tmp_path / "a.db.xaso"),
                 str(tmp_path / "b.db.xaso")]) == 0
    capsys.readouterr()
    assert main(["--db", hub, "list", "hamlet", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 2
    assert main(["--db", hub, "list", "hamlet", "--commune", "4", "--json"]) == 0
    assert [h["name"] for h in json.loads(capsys.readouterr().out)["items"]] == ["Thôn 00004"]


def test_demo_twice_is_refused_cleanly(xaso):
    xaso("init", "--commune", "00070")
    assert xaso("demo", "--households", "10", "--months", "2")[0] == 0
    code, _, err = xaso("demo", "--households", "10", "--months", "2")
    assert code == 2 and "--db" in err
    assert xaso("check")[0] == 0


def test_emptying_a_field_in_an_update(xaso):
    xaso("init", "--commune", "00070")
    xaso("add", "hamlet", "--data", '{"name": "Tân Ninh"}')
    home = json.loads(xaso("--json", "add", "household", "--data",
                           '{"hamlet": "Tân Ninh", "head_name": "A", "has_smartphone": true}')[1])
    code, out, _ = xaso("--json", "update", "household", home["id"], "--data",
                        '{"has_smartphone": "", "address": ""}')
    assert code == 0 and json.loads(out)["has_smartphone"] == 0
    event = json.loads(xaso("--json", "add", "event", "--data",
                            '{"date": "10/11/2026", "place": "Sân UBND xã", "people_served": 9}')[1])
    code, out, _ = xaso("--json", "update", "event", event["id"], "--data", '{"people_served": ""}')
    assert code == 0 and json.loads(out)["people_served"] == 0
