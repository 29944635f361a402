"""Malformed but validly signed content (findings 8 and 10 of issue 11): every kind is
refused by a check made for it, with a reason code, never an unexpected error; on
the command line each is named on stderr with its file and reason, exit 2, and a
folder import goes on with the next bundle."""

import json
import zlib

import pytest

from desktop.cli import main
from desktop.sync.changes import ENCODING
from desktop.sync.container import BundleRefused
from desktop.sync.exporter import export_bundle
from desktop.sync.importer import import_bundle, read_file
from hostile import Forger

from sync_helpers import add_resident, record_hash


def _set(path, value):
    def mutate(m):
        target = m
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return mutate


def _part(table_rows: bytes, columns, rows=1, **entry):
    data = zlib.compress(table_rows)
    return [({"table": "hamlets", "columns": columns, "rows": rows, "encoding": ENCODING,
              "raw_bytes": len(table_rows), **entry}, data)]


def _hamlet_line(forger, **change) -> tuple[list, bytes]:
    row = dict(forger.rows("hamlets")[0], **change)
    return list(row), (json.dumps(list(row.values()), ensure_ascii=False) + "\n").encode()


def _nested(depth: int):
    return lambda raw: raw.replace(b'"app":"PLACE"', b'"app":' + b"[" * depth + b"]" * depth)


def _kinds(forger):
    """(name, bundle kwargs, expected code) of each malformed kind."""
    columns, line = _hamlet_line(forger)
    nan_line = line.replace(b'"thon"', b"NaN")
    big_line = line.replace(b'"thon"', str(2 ** 70).encode())
    list_line = line.replace(b'"thon"', b'["thon"]')
    deep_line = line.replace(b'"thon"', b"[" * 5000 + b"]" * 5000)
    long_line = line.replace(b'"thon"', b'"' + b"x" * 300_000 + b'"')
    hamlets = {"hamlets": forger.rows("hamlets")}
    return [
        ("table is a list", dict(tables=hamlets, mutate=lambda m: m["parts"][0].update(table=["hamlets"])), "bundle_damaged"),
        ("recipients is a number", dict(mutate=_set(["recipients"], 7)), "bundle_damaged"),
        ("since_rev is text", dict(mutate=_set(["since_rev"], "abc")), "bundle_damaged"),
        ("stream is an object", dict(mutate=_set(["stream"], {"a": 1})), "bundle_damaged"),
        ("seq is a real", dict(mutate=_set(["seq"], 1.5)), "bundle_over_cap"),
        ("seq past SQLite", dict(mutate=_set(["seq"], 10 ** 30)), "bundle_over_cap"),
        ("commune is a list", dict(mutate=lambda m: m["source"].update(commune_code=["30985"])), "bundle_bad_commune"),
        ("device id is a number", dict(mutate=lambda m: m["source"].update(device_id=12)), "bundle_damaged"),
        ("manifest nested deep", dict(app="PLACE", rewrite=_nested(100_000)), "bundle_damaged"),
        ("bundle id not a uuid", dict(bundle_id="../../etc/passwd"), "bundle_damaged"),
        ("clock is a list", dict(clock=[]), "bundle_damaged"),
        ("created_at is a number", dict(created_at=5), "bundle_damaged"),
        ("enrollment is text", dict(mutate=lambda m: m["source"].update(enrollment="x")), "bundle_damaged"),
        ("parts is an object", dict(parts_=None, mutate=_set(["parts"], {"a": 1})), "bundle_damaged"),
        ("columns not text", dict(parts=_part(line, [1, *columns[1:]])), "bundle_damaged"),
        ("rows negative", dict(parts=_part(line, columns, rows=-1), rows=-1), "bundle_over_cap"),
        ("raw size is a bool", dict(parts=_part(line, columns, raw_bytes=True)), "bundle_damaged"),
        ("raw size wrong", dict(parts=_part(line, columns, raw_bytes=len(line) + 5)), "bundle_damaged"),
        ("value NaN", dict(parts=_part(nan_line, columns)), "bundle_damaged"),
        ("value past int64", dict(parts=_part(big_line, columns)), "bundle_damaged"),
        ("value is a list", dict(parts=_part(list_line, columns)), "bundle_damaged"),
        ("value nested deep", dict(parts=_part(deep_line, columns)), "bundle_damaged"),
        ("line past the row cap", dict(parts=_part(long_line, columns)), "bundle_over_cap"),
        ("garbage after the stream", dict(parts=[(e, d + b"junk") for e, d in _part(line, columns)]), "bundle_damaged"),
        ("row count lies", dict(parts=_part(line + line, columns, rows=1)), "bundle_damaged"),
        ("part missing a required column", dict(parts=_part(line, [c for c in columns if c != "name"])), "bundle_damaged"),
    ]


@pytest.fixture
def forger(hub, laptop):
    add_resident(laptop, "Nguyễn Văn Hợp Lệ")
    return Forger(laptop)


def test_every_malformed_kind_is_refused_by_its_own_check(hub, forger):
    for name, kwargs, code in _kinds(forger):
        kwargs.pop("parts_", None)
        before = record_hash(hub)
        with pytest.raises(BundleRefused) as info:
            import_bundle(hub, forger.bundle(**kwargs))
        assert info.value.code == code, (name, info.value.message("en"))
        assert "unexpected content" not in info.value.message("en"), name
        assert record_hash(hub) == before, name


def test_folder_import_names_each_refusal_on_stderr_and_goes_on(tmp_path, hub, laptop, forger,
                                                               capsys, monkeypatch):
    folder = tmp_path / "usb"
    folder.mkdir()
    kinds = _kinds(forger)
    for n, (name, kwargs, code) in enumerate(kinds):
        kwargs.pop("parts_", None)
        (folder / f"{n:02d}-bad.xaso").write_bytes(forger.bundle(**kwargs))
    good = export_bundle(laptop, folder / "zz-good.xaso")
    hub_path = hub.conn.execute("PRAGMA database_list").fetchone()[2]
    exit_code = main(["--db", hub_path, "bundle", "import", str(folder)])
    out, err = capsys.readouterr()
    assert exit_code == 2
    for n, (name, kwargs, code) in enumerate(kinds):
        line = next((x for x in err.splitlines() if f"{n:02d}-bad.xaso" in x), "")
        assert code in line and "TỪ CHỐI" in line, (name, line)
    assert "TỪ CHỐI" not in out  # refusals are not on stdout
    assert "zz-good.xaso" in out and hub.conn.execute(
        "SELECT count(*) FROM sync_bundles WHERE bundle_id = ?", (good["bundle_id"],)
    ).fetchone()[0] == 1
    # --json: the same reasons in the JSON, and still on stderr
    monkeypatch.setenv("XASO_LANG", "en")
    again = main(["--json", "--db", hub_path, "bundle", "import", str(folder / "00-bad.xaso")])
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    assert again == 2 and report["bundles"][0]["reason"] == kinds[0][2]
    assert "00-bad.xaso" in captured.err and kinds[0][2] in captured.err
    # the history keeps every refused file with its reason
    history = {r[0]: r[1] for r in hub.conn.execute("SELECT file, reason FROM sync_inbox")}
    assert all(history[str(folder / f"{n:02d}-bad.xaso")] == code
               for n, (_, _, code) in enumerate(kinds))


def test_held_bundle_on_the_command_line(tmp_path, hub, capsys):
    from sync_helpers import COMMUNE_A, device_id, link, new_commune

    plain = new_commune(tmp_path / "plain.db", COMMUNE_A, "may-x")
    link(hub, plain, tmp_path, enroll=False)
    add_resident(plain, "Chờ Duyệt")
    path = export_bundle(plain, tmp_path / "cho-duyet.xaso")["path"]
    hub_path = hub.conn.execute("PRAGMA database_list").fetchone()[2]
    assert main(["--db", hub_path, "bundle", "import", path]) == 2
    err = capsys.readouterr().err
    dev = device_id(plain)
    fingerprint = hub.conn.execute("SELECT fingerprint FROM sync_trust WHERE device_id = ?",
                                   (dev,)).fetchone()[0]
    for part in ("cho-duyet.xaso", dev, COMMUNE_A, fingerprint, "bundle_held_unenrolled"):
        assert part in err
    assert main(["--json", "--db", hub_path, "trust", "pending"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["device_id"] == dev
    assert main(["--db", hub_path, "trust", "approve", dev]) == 0
    assert "Chờ Duyệt" in {r[0] for r in hub.conn.execute("SELECT full_name FROM residents")}
    plain.conn.close()


def test_a_refused_bundle_is_read_whole_only_once(hub, laptop, tmp_path):
    """read_file refuses an oversized file unread; import_bundle takes a path too."""
    add_resident(laptop, "Đọc Tệp")
    out = export_bundle(laptop, tmp_path / "x.xaso")
    assert import_bundle(hub, read_file(out["path"]))["status"] == "imported"


def test_every_command_warns_before_writing_when_the_clock_jumped(tmp_path, capsys,
                                                                  monkeypatch):
    db = str(tmp_path / "x.db")
    assert main(["--db", db, "init", "--commune", "30985"]) == 0
    assert main(["--db", db, "add", "hamlet", "--data", '{"name": "Thôn Một"}']) == 0
    capsys.readouterr()
    monkeypatch.setenv("XASO_NOW", "2026-11-20T09:00:00+07:00")  # set back ten days
    assert main(["--db", db, "add", "hamlet", "--data", '{"name": "Thôn Hai"}']) == 0
    assert "CẢNH BÁO" in capsys.readouterr().err
    assert main(["--json", "--db", db, "clock", "check"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["jump"] == "behind" and status["future"] >= 1
    assert main(["--db", db, "clock", "check"]) == 0
    assert f"{status['future']} bản ghi" in capsys.readouterr().out  # the check counts
    monkeypatch.setenv("XASO_NOW", "2026-11-30T09:00:00+07:00")
    assert main(["--db", db, "clock", "tolerance", "48"]) == 0
    capsys.readouterr()
    assert main(["--json", "--db", db, "clock", "tolerance"]) == 0
    assert json.loads(capsys.readouterr().out)["hours"] == 48


def test_the_warning_before_each_command_does_not_read_every_table(tmp_path, monkeypatch):
    """Counting the records stamped ahead reads every table whole (seconds on a
    million visits): the warning each command and the window show must not wait on
    it; `xaso clock check` counts."""
    from desktop.domain.clock import clock_from_env
    from desktop.sync.clocks import clock_warning
    from tests.logins import reopen

    db = str(tmp_path / "x.db")
    assert main(["--db", db, "init", "--commune", "30985"]) == 0
    assert main(["--db", db, "add", "hamlet", "--data", '{"name": "Thôn Một"}']) == 0
    monkeypatch.setenv("XASO_NOW", "2026-11-20T09:00:00+07:00")  # set back ten days
    handle = reopen(db, clock_from_env())
    read = []
    handle.conn.set_trace_callback(read.append)
    warning = clock_warning(handle, "vi")
    handle.conn.close()
    assert warning and "CẢNH BÁO" in warning and "xaso clock check" in warning
    assert not [q for q in read if "count(*)" in q], read
