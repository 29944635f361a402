"""Known names and CCCDs never appear as bytes on disk: not in the database, its WAL,
backups, the copy kept before a restore or before a migration, partial files, nor
anything left in the temporary folder. And an older release's database converts
with no row lost and no plain copy left."""

import json
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.db.connection import open_database
from desktop.security.keyring import key_file
from desktop.services import records
from desktop.services.maintenance import backup, restore
from desktop.services.setup import init_commune
from tests.logins import PASSWORD, reopen, set_up

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "release-0.1.0.db"
# what the fixture holds (made with release 0.1.0: tests/fixtures, commit 55342a1)
FIXTURE_PEOPLE = ["Phạm Thị Nguyệt Ánh", "Phạm Văn Khải", "001190012345", "0987654321"]
PEOPLE = [("Hoàng Thị Thu Hường", "001190004321", "0912345671"),
          ("Vũ Đức Thắng", "036088001234", "0987000222")]


def needles(*texts) -> list[bytes]:
    """The byte forms a text may take in a file: UTF-8 (composed and decomposed)
    and, for names, the search key without diacritics."""
    import unicodedata

    from desktop.domain.text import search_key

    out = []
    for t in texts:
        for form in ("NFC", "NFD"):
            out.append(unicodedata.normalize(form, t).encode("utf-8"))
        if not t.isdigit():
            out.append(search_key(t).encode("utf-8"))
    return out


def files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def assert_nowhere(folder: Path, texts, skip=()) -> list[Path]:
    """Assert no file under `folder` holds any of `texts`; return the files read."""
    seen = []
    for path in files_under(folder):
        if path.name in skip:
            continue
        data = path.read_bytes()
        for needle in needles(*texts):
            assert needle not in data, f"{needle!r} in {path.name}"
        seen.append(path)
    return seen


def fill(db) -> None:
    h = records.add(db, "hamlet", {"name": "Tân Ninh"})
    for name, cccd, phone in PEOPLE:
        home = records.add(db, "household", {"hamlet": h["id"], "head_name": name,
                                             "phone": phone})
        gender = "female" if "Thị" in name else "male"
        records.add(db, "resident", {"household": home["id"], "full_name": name, "cccd": cccd,
                                     "phone": phone, "gender": gender,
                                     "birth": "19" + cccd[4:6]})


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """A folder for the database and one for temporary files, watched by the tests."""
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    monkeypatch.setenv("TMPDIR", str(tmp))
    data = tmp_path / "data"
    data.mkdir()
    return data


def test_the_database_its_wal_and_key_file_hold_no_personal_data(folder):
    path = folder / "xaso.db"
    db = set_up(path, lambda d: init_commune(d, "00070", "Máy"))
    fill(db)
    # while open: the WAL holds the newest pages
    assert path.with_name("xaso.db-wal").stat().st_size > 0
    seen = assert_nowhere(folder.parent, [t for p in PEOPLE for t in p])
    assert {p.name for p in seen} >= {"xaso.db", "xaso.db-wal", "xaso.db.keys"}
    # and the plain SQLite library cannot read it
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT count(*) FROM sqlite_master").fetchone()
    # the planted bug: written without a key, the names are there to find
    plain = open_database(folder / "plain.db")
    init_commune(plain, "00070", "Máy")
    fill(plain)
    plain.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert needles(PEOPLE[0][1])[0] in (folder / "plain.db").read_bytes()
    db.conn.close()
    plain.conn.close()


def test_backup_restore_and_the_copy_kept_before_hold_none(folder, tmp_path):
    path = folder / "xaso.db"
    db = set_up(path, lambda d: init_commune(d, "00070", "Máy"))
    fill(db)
    stick = tmp_path / "usb"
    backup(db, stick / "sao-luu.bak")
    assert oct((stick / "sao-luu.bak").stat().st_mode & 0o777) == "0o600"
    assert oct(stick.stat().st_mode & 0o777) == "0o700"
    result = restore(stick / "sao-luu.bak", path, current=db, user="admin", password=PASSWORD)
    assert Path(result["previous"]).name.startswith("xaso.before-restore-")
    assert_nowhere(tmp_path, [t for p in PEOPLE for t in p])
    again = reopen(path)
    assert again.conn.execute("SELECT count(*) FROM residents").fetchone()[0] == 2
    # no partial file is left beside either
    assert not [p for p in files_under(tmp_path) if "partial" in p.name or
                "restoring" in p.name]
    again.conn.close()


def test_a_backup_opens_only_with_its_password_or_recovery_key(folder, tmp_path, capsys,
                                                                monkeypatch):
    path = folder / "xaso.db"
    monkeypatch.setenv("XASO_LANG", "en")
    assert main(["--db", str(path), "init", "--commune", "00070", "--recovery-key-out",
                 str(tmp_path / "rk.txt")]) == 0
    assert main(["--db", str(path), "backup", "--out", str(tmp_path / "b.bak")]) == 0
    other = tmp_path / "other.db"
    assert main(["--db", str(other), "init", "--commune", "00070", "--recovery-key-out",
                 str(tmp_path / "rk2.txt")]) == 0
    capsys.readouterr()
    # another database's recovery key, or a wrong password: refused, nothing replaced
    fresh = tmp_path / "fresh.db"
    code = main(["--db", str(fresh), "restore", str(tmp_path / "b.bak"),
                 "--recovery-key-file", str(tmp_path / "rk2.txt")])
    assert code == 2 and "recovery key does not match" in capsys.readouterr().err
    monkeypatch.setenv("XASO_PASSWORD", "wrong-password")
    assert main(["--db", str(fresh), "restore", str(tmp_path / "b.bak")]) == 2
    assert "Wrong password" in capsys.readouterr().err and not fresh.exists()
    # its own recovery key: restored onto a new laptop
    assert main(["--db", str(fresh), "restore", str(tmp_path / "b.bak"),
                 "--recovery-key-file", str(tmp_path / "rk.txt")]) == 0
    monkeypatch.setenv("XASO_PASSWORD", PASSWORD)
    assert main(["--db", str(fresh), "check"]) == 0


def undo_schema_7(conn) -> None:
    """Drop what migration 7 and the later ones made (desktop/db/migrations/m007_scale.py,
    the indexes of m009_audit_moments.py, the households' of m012_follow_up_reads.py and
    the attendance's of m015_present_attendance.py; m008 rebuilds an index of 7's, the
    others' tables are aggregates)."""
    from desktop.db.migrations.m007_scale import INDEXES
    from desktop.db.migrations.m009_audit_moments import STATEMENTS

    for sql in STATEMENTS:
        conn.execute(f"DROP INDEX {sql.split()[2]}")
    conn.execute("DROP INDEX idx_households_live")
    conn.execute("DROP INDEX idx_attendance_present")
    for sql in INDEXES:
        if sql.startswith("CREATE INDEX"):
            conn.execute(f"DROP INDEX {sql.split()[2]}")
    from desktop.db.search_index import INDEXED, index_name

    def names(kind: str, pattern: str) -> list[str]:
        return [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = ? "
                                           "AND name GLOB ?", (kind, pattern))]
    for name in names("trigger", "agg_*") + names("trigger", "*_fts_*"):
        conn.execute(f"DROP TRIGGER {name}")
    for name in names("view", "agg_*"):
        conn.execute(f"DROP VIEW {name}")
    for name in names("table", "agg_*") + ["derived_paused"] + [index_name(t) for t in INDEXED]:
        conn.execute(f"DROP TABLE {name}")


def test_the_copy_kept_before_a_migration_is_encrypted_and_restores(folder, tmp_path):
    path = folder / "xaso.db"
    db = set_up(path, lambda d: init_commune(d, "00070", "Máy"))
    fill(db)
    key = db.key
    # make it look like schema 5 again (before the step that adds accounts, and the
    # one that adds the aggregates, search indexes and list indexes)
    db.conn.execute("DROP TABLE accounts")
    undo_schema_7(db.conn)
    db.conn.execute("PRAGMA user_version = 5")
    db.conn.close()
    migrated = open_database(path, key=key)
    copies = list(folder.glob("xaso.schema5-*.bak"))
    assert len(copies) == 1 and oct(copies[0].stat().st_mode & 0o777) == "0o600"
    assert_nowhere(folder.parent, [t for p in PEOPLE for t in p])
    migrated.conn.close()
    restore(copies[0], tmp_path / "back.db", user="admin", password=PASSWORD)
    # (a schema-5 copy: its users come back with schema 6, empty, so open it by key)
    back = open_database(tmp_path / "back.db", key=key)
    assert back.conn.execute("SELECT count(*) FROM residents").fetchone()[0] == 2
    back.conn.close()


def test_a_failed_backup_leaves_no_partial_file(folder, tmp_path, monkeypatch):
    from desktop.security import backupfile

    path = folder / "xaso.db"
    db = set_up(path, lambda d: init_commune(d, "00070", "Máy"))
    fill(db)

    def broken(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(backupfile.os, "replace", broken)
    with pytest.raises(OSError):
        backup(db, tmp_path / "usb" / "b.bak")
    assert files_under(tmp_path / "usb") == []
    db.conn.close()


def _row_counts(path: Path, key=None) -> dict:
    conn = open_database(path, key=key, migrate=False).conn
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                        "AND name NOT LIKE 'sqlite_%'")]
    counts = {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    conn.close()
    return counts


def test_an_older_release_database_is_encrypted_with_no_row_lost(folder, tmp_path, capsys,
                                                                 monkeypatch):
    monkeypatch.setenv("XASO_LANG", "en")
    monkeypatch.setenv("XASO_NOW", "2026-12-01T09:00:00+07:00")  # the day after it was made
    path = folder / "xaso.db"
    shutil.copy(FIXTURE, path)
    # copies the older release kept beside it, and a killed backup's partial file
    shutil.copy(FIXTURE, folder / "xaso.schema2-20261101-080000.bak")
    shutil.copy(FIXTURE, folder / "xaso.before-restore-20261102-080000.db")
    shutil.copy(FIXTURE, folder / "xaso.db.partial")
    before = _row_counts(path)
    assert before["residents"] == 70 and before["audit_log"] > 0
    for name in FIXTURE_PEOPLE:
        assert needles(name)[0] in path.read_bytes()  # it was plain indeed
    # it is refused until converted, with the command to run
    assert main(["--db", str(path), "list", "resident"]) == 2
    assert "xaso encrypt" in capsys.readouterr().err
    code = main(["--db", str(path), "--json", "encrypt", "--user", "quantri"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["user"] == "quantri" and out["rows"] == before
    assert len(out["recovery_key"]) == 39
    after = _row_counts(path, reopen_key(path, "quantri"))
    # no record lost; the new admin adds its user record, audit entries and meta
    grown = ("users", "audit_log", "meta")
    assert {t: after[t] for t in before if t not in grown} == {
        t: n for t, n in before.items() if t not in grown}
    assert after["users"] == before["users"] + 1 and after["accounts"] == 1
    assert after["audit_log"] > before["audit_log"]
    assert_nowhere(folder.parent, FIXTURE_PEOPLE)
    names = sorted(p.name for p in files_under(folder))
    assert names == ["xaso.before-restore-20261102-080000.bak", "xaso.db", "xaso.db.keys",
                     "xaso.schema2-20261101-080000.bak"]
    # the converted database works, as the new admin; encrypt twice is refused
    monkeypatch.setenv("XASO_USER", "quantri")
    assert main(["--db", str(path), "show", "resident", "01a22cba-5768-7000-89dd-cd0b7b7cb0c8"]) == 0
    assert "Phạm Thị Nguyệt Ánh" in capsys.readouterr().out
    assert main(["--db", str(path), "check"]) == 0
    assert main(["--db", str(path), "encrypt"]) == 2
    # the old copies restore with the new admin's password
    capsys.readouterr()
    assert main(["--db", str(tmp_path / "old.db"), "restore",
                 str(folder / "xaso.schema2-20261101-080000.bak")]) == 0


def reopen_key(path: Path, user: str) -> bytes:
    from desktop.security.keyring import KeyRing

    return KeyRing.load(path).unlock(user, PASSWORD)


def test_key_file_beside_the_database_is_needed(folder, capsys, monkeypatch):
    monkeypatch.setenv("XASO_LANG", "en")
    path = folder / "xaso.db"
    assert main(["--db", str(path), "init", "--commune", "00070"]) == 0
    key_file(path).rename(folder / "elsewhere.keys")
    capsys.readouterr()
    assert main(["--db", str(path), "list", "hamlet"]) == 2
    assert "key file" in capsys.readouterr().err
    with pytest.raises(Exception):
        reopen(path)
