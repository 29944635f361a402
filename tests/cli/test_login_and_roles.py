"""Login and roles on the command line: every refusal is exit 2 in plain words, and
nothing changes; each role is refused what it may not do, naming the role needed."""

import hashlib
import json
import os
import subprocess
import sys

import pytest

from desktop.cli import main
from desktop.security.keyring import KeyRing, key_file
from tests.logins import PASSWORD


@pytest.fixture
def xaso(tmp_path, capsys, monkeypatch):
    """Run `xaso ...` in-process on a temporary database; return (code, out, err)."""
    monkeypatch.setenv("XASO_DB", str(tmp_path / "xaso.db"))
    monkeypatch.setenv("XASO_LANG", "en")

    def run(*argv, **env):
        with monkeypatch.context() as m:  # the environment of this one run
            for k, v in env.items():
                if v is None:
                    m.delenv(k, raising=False)
                else:
                    m.setenv(k, v)
            code = main([str(a) for a in argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err
    return run


@pytest.fixture
def commune(xaso, tmp_path):
    """A commune set up by `xaso init`, a household, and one user of each role."""
    assert xaso("init", "--commune", "00070", "--recovery-key-out", tmp_path / "rk.txt")[0] == 0
    assert xaso("add", "hamlet", "--data", '{"name": "Tân Ninh"}')[0] == 0
    for role in ("staff", "officer", "hub", "admin"):
        code, out, err = xaso("--json", "users", "add", f"u-{role}", "--role", role,
                              XASO_NEW_PASSWORD=f"pw-{role}-123")
        assert code == 0, err
    return tmp_path / "xaso.db"


def snapshot(path) -> dict:
    """The bytes of the database, its WAL and its key file: proof nothing changed."""
    out = {}
    for p in (path, path.with_name(path.name + "-wal"), key_file(path)):
        out[p.name] = hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else None
    return out


def test_init_prints_the_recovery_key_once_or_writes_it(xaso, tmp_path):
    code, out, _ = xaso("--json", "init", "--hub", "Hub tỉnh", "--user", "quantri")
    data = json.loads(out)
    assert code == 0 and data["user"] == "quantri"
    assert len(data["recovery_key"]) == 39 and data["recovery_key"].count("-") == 7
    assert xaso("users", "list", "--user", "quantri")[0] == 0
    other = tmp_path / "b.db"
    code, out, _ = xaso("--db", other, "init", "--commune", "00070",
                        "--recovery-key-out", tmp_path / "key.txt")
    assert code == 0 and "recovery_key" not in out
    assert oct((tmp_path / "key.txt").stat().st_mode & 0o777) == "0o600"
    assert oct(other.stat().st_mode & 0o777) == "0o600"
    assert oct(key_file(other).stat().st_mode & 0o777) == "0o600"


def test_init_refusals_create_nothing(xaso, tmp_path):
    path = tmp_path / "xaso.db"
    code, _, err = xaso("init", "--commune", "00070", XASO_PASSWORD=None)
    assert code == 2 and "password is needed" in err
    code, _, err = xaso("init", "--commune", "99999")
    assert code == 2 and "99999" in err
    code, _, err = xaso("init", "--commune", "00070", XASO_PASSWORD="abc")
    assert code == 2 and "at least 6" in err
    assert not path.exists() and not key_file(path).exists()
    assert xaso("init", "--commune", "00070")[0] == 0
    before = snapshot(path)
    code, _, err = xaso("init", "--commune", "00070")
    assert code == 2 and "already a database" in err and snapshot(path) == before


def test_password_file_and_prompt_sources(xaso, commune, tmp_path):
    pw = tmp_path / "pw.txt"
    pw.write_text(PASSWORD + "\n", encoding="utf-8")
    assert xaso("list", "hamlet", "--password-file", pw, XASO_PASSWORD=None)[0] == 0
    assert xaso("--password-file", pw, "list", "hamlet", XASO_PASSWORD="wrong-one")[0] == 0
    code, _, err = xaso("list", "hamlet", "--password-file", tmp_path / "none.txt")
    assert code == 2 and "cannot be read" in err


@pytest.mark.parametrize("env, words", [
    ({"XASO_PASSWORD": "sai mật khẩu"}, "Wrong password for user 'admin'"),
    ({"XASO_PASSWORD": None}, "A password is needed"),
    ({"XASO_USER": "nobody"}, "There is no user 'nobody'"),
])
def test_login_refusals_change_nothing(xaso, commune, env, words):
    before = snapshot(commune)
    code, out, err = xaso("add", "hamlet", "--data", '{"name": "Đông Xuân"}', **env)
    assert code == 2 and words in err and out == ""
    assert snapshot(commune) == before


def test_disabled_user_is_refused_and_the_last_admin_kept(xaso, commune):
    assert xaso("list", "hamlet", XASO_USER="u-staff", XASO_PASSWORD="pw-staff-123")[0] == 0
    assert xaso("users", "disable", "u-staff")[0] == 0
    before = snapshot(commune)
    code, _, err = xaso("list", "hamlet", XASO_USER="u-staff", XASO_PASSWORD="pw-staff-123")
    assert code == 2 and "'u-staff' is disabled" in err
    assert snapshot(commune) == before
    assert xaso("users", "disable", "u-admin")[0] == 0
    code, _, err = xaso("users", "disable", "admin")
    assert code == 2 and "last active admin" in err
    listed = json.loads(xaso("--json", "users", "list")[1])
    assert {u["name"]: u["disabled"] for u in listed} == {
        "admin": False, "u-admin": True, "u-hub": False, "u-officer": False, "u-staff": True}


# (role, a command it may not run, the role the refusal names)
REFUSALS = [
    ("staff", ["report", "monthly", "--month", "2026-11", "--out", "r.pdf"], "officer"),
    ("staff", ["privacy", "export", "Nobody", "--out", "p.json"], "officer"),
    ("officer", ["bundle", "import", "x.xaso"], "hub"),
    ("officer", ["trust", "list"], "hub"),
    ("hub", ["users", "add", "new", "--role", "staff"], "admin"),
    ("hub", ["backup", "--out", "b.bak"], "admin"),
    ("hub", ["privacy", "erase", "Nobody"], "admin"),
    ("admin", ["users", "passwd", "admin"], None),  # admin: nothing refused
]


@pytest.mark.parametrize("role, argv, needed", REFUSALS)
def test_each_role_is_refused_what_it_may_not_do(xaso, commune, tmp_path, role, argv, needed):
    before = snapshot(commune)
    code, _, err = xaso(*argv, XASO_USER=f"u-{role}", XASO_PASSWORD=f"pw-{role}-123",
                        XASO_NEW_PASSWORD="another-pw-1")
    if needed is None:
        assert code == 0, err
        return
    assert code == 2, err
    assert f"needs the role {needed}" in err and f"(role {role})" in err
    assert snapshot(commune) == before


def test_each_role_may_do_its_own_work(xaso, commune, tmp_path):
    as_ = {r: {"XASO_USER": f"u-{r}", "XASO_PASSWORD": f"pw-{r}-123"} for r in
           ("staff", "officer", "hub")}
    code, out, err = xaso("--json", "add", "household", "--data",
                          '{"hamlet": "Tân Ninh", "head_name": "Nguyễn Văn An"}', **as_["staff"])
    assert code == 0, err
    assert xaso("report", "monthly", "--month", "2026-11", "--out", tmp_path / "r.pdf",
                **as_["officer"])[0] == 0
    assert xaso("trust", "list", **as_["hub"])[0] == 0
    # the record carries the staff user who entered it
    actor = json.loads(out)["actor_id"]
    users = json.loads(xaso("--json", "show", "household", json.loads(out)["id"])[1])
    assert users["actor_id"] == actor != ""


def test_own_password_change_only_rewraps(xaso, commune):
    key_before = KeyRing.load(commune).unlock("u-staff", "pw-staff-123")
    keys_before = key_file(commune).read_text()
    code, _, err = xaso("users", "passwd", "u-staff", XASO_USER="u-staff",
                        XASO_PASSWORD="pw-staff-123", XASO_NEW_PASSWORD="mới-mới-123")
    assert code == 0, err
    assert key_file(commune).read_text() != keys_before
    code, _, err = xaso("users", "passwd", "u-officer", XASO_USER="u-staff",
                        XASO_PASSWORD="mới-mới-123", XASO_NEW_PASSWORD="x-x-x-x-x")
    assert code == 2 and "Only an admin" in err
    assert xaso("list", "hamlet", XASO_USER="u-staff", XASO_PASSWORD="pw-staff-123")[0] == 2
    assert xaso("list", "hamlet", XASO_USER="u-staff", XASO_PASSWORD="mới-mới-123")[0] == 0
    # only the wrapping changed: the same database key, which still opens the file
    assert KeyRing.load(commune).unlock("u-staff", "mới-mới-123") == key_before
    assert KeyRing.load(commune).unlock("admin", PASSWORD) == key_before


def test_forgotten_password_reset_with_the_recovery_key(xaso, commune, tmp_path):
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH\n")
    before = snapshot(commune)
    code, _, err = xaso("users", "reset", "admin", "--recovery-key-file", wrong,
                        XASO_PASSWORD="quên-rồi-123")
    assert code == 2 and "recovery key does not match" in err
    assert snapshot(commune) == before
    (tmp_path / "junk.txt").write_text("no key here")
    assert xaso("users", "reset", "admin", "--recovery-key-file", tmp_path / "junk.txt")[0] == 2
    code, _, err = xaso("users", "reset", "admin", "--recovery-key-file", tmp_path / "rk.txt",
                        XASO_PASSWORD="quên-rồi-123")
    assert code == 0, err
    assert xaso("list", "hamlet")[0] == 2  # the old password no longer opens it
    assert xaso("list", "hamlet", XASO_PASSWORD="quên-rồi-123")[0] == 0


def test_generated_password_is_printed_once_and_works(xaso, commune):
    code, out, _ = xaso("--json", "users", "add", "lan", "--role", "staff")
    password = json.loads(out)["password"]
    assert code == 0 and len(password) >= 12
    assert xaso("list", "hamlet", XASO_USER="lan", XASO_PASSWORD=password)[0] == 0


def test_subprocess_with_environment_only(tmp_path):
    env = {**os.environ, "XASO_DB": str(tmp_path / "s.db"), "XASO_LANG": "en"}
    run = lambda *a, **e: subprocess.run([sys.executable, "-m", "desktop", *a],  # noqa: E731
                                         env={**env, **e}, capture_output=True, text=True,
                                         cwd=os.getcwd(), timeout=120)
    assert run("init", "--commune", "00070").returncode == 0
    wrong = run("list", "hamlet", XASO_PASSWORD="nope-nope")
    assert wrong.returncode == 2 and "Wrong password" in wrong.stderr
    assert "ERROR CORE" not in wrong.stderr  # SQLCipher's own log stays quiet
    assert run("list", "hamlet").returncode == 0
