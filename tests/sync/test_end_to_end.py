"""As a new user would do it, through the `xaso` command line: a hub and two laptops
of one commune, edits on both laptops, bundles both ways, and all three agree."""

import json

from desktop.cli import main
from tests.logins import reopen

from sync_helpers import COMMUNE_A, PROVINCE, synced_content


def xaso(capsys, *argv) -> dict | list:
    code = main(["--json", *argv])
    out = capsys.readouterr().out
    assert code == 0, out
    return json.loads(out)


def test_two_laptops_and_a_hub_converge(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("XASO_LANG", "en")
    hub, one, two = (str(tmp_path / n) for n in ("hub.db", "may1.db", "may2.db"))
    xaso(capsys, "--db", hub, "init", "--hub", "Trung tâm CĐS", "--province", PROVINCE)
    xaso(capsys, "--db", one, "init", "--commune", COMMUNE_A, "--device-name", "Máy 1")
    xaso(capsys, "--db", two, "init", "--commune", COMMUNE_A, "--device-name", "Máy 2")
    key = xaso(capsys, "--db", hub, "hub-key", "export", "--out", str(tmp_path / "hub.key"),
               "--commune", COMMUNE_A)
    for db in (one, two):
        imported = xaso(capsys, "--db", db, "hub-key", "import", str(tmp_path / "hub.key"))
        assert imported["fingerprint"] == key["fingerprint"]  # what is read out by phone
        assert imported["commune_code"] == COMMUNE_A

    # laptop 1 records a hamlet, a household and a resident
    xaso(capsys, "--db", one, "add", "hamlet", "--data", '{"name": "Thôn Tân Ninh"}')
    xaso(capsys, "--db", one, "add", "household", "--data",
         '{"hamlet": "Thôn Tân Ninh", "head_name": "Nguyễn Văn An"}')
    res = xaso(capsys, "--db", one, "add", "resident", "--data", json.dumps(
        {"household": "Nguyễn Văn An", "full_name": "Nguyễn Văn An", "birth": "1990",
         "gender": "male", "cccd": "001090000001"}))
    # laptop 2 records its own hamlet
    xaso(capsys, "--db", two, "add", "hamlet", "--data", '{"name": "Thôn Hai"}')

    inbox = tmp_path / "usb"
    inbox.mkdir()
    for db in (one, two):
        xaso(capsys, "--db", db, "bundle", "export", "--out", str(inbox) + "/")
    report = xaso(capsys, "--db", hub, "bundle", "import", str(inbox))
    assert report["counts"] == {"imported": 2, "already_imported": 0, "held": 0, "refused": 0}
    assert report["totals"]["new"] >= 4  # staff users stay on their laptop

    ref = xaso(capsys, "--db", hub, "bundle", "export", "--for", COMMUNE_A,
               "--out", str(tmp_path / "ref1.xaso"))
    for db in (one, two):
        xaso(capsys, "--db", db, "bundle", "import", ref["path"])

    # now both laptops edit the resident laptop 1 created: different fields
    xaso(capsys, "--db", two, "update", "resident", res["id"], "--data",
         '{"phone": "0912345678"}')
    xaso(capsys, "--db", one, "update", "resident", res["id"], "--data",
         '{"has_smartphone": true}')
    for n, db in enumerate((one, two)):
        xaso(capsys, "--db", db, "bundle", "export", "--out", str(tmp_path / f"e{n}.xaso"))
    report = xaso(capsys, "--db", hub, "bundle", "import", str(tmp_path / "e0.xaso"),
                  str(tmp_path / "e1.xaso"))
    assert report["totals"]["conflicting"] == 0
    ref = xaso(capsys, "--db", hub, "bundle", "export", "--for", COMMUNE_A,
               "--out", str(tmp_path / "ref2.xaso"))
    for db in (one, two):
        xaso(capsys, "--db", db, "bundle", "import", ref["path"])

    dbs = [reopen(p) for p in (hub, one, two)]
    states = [synced_content(db, COMMUNE_A) for db in dbs]
    assert states[0] == states[1] == states[2]
    resident = [r for r in states[0]["residents"] if r["id"] == res["id"]][0]
    assert (resident["phone"], resident["has_smartphone"]) == ("0912345678", 1)
    assert len(states[0]["hamlets"]) == 2
    for db in dbs:
        db.conn.close()

    inspected = xaso(capsys, "--db", one, "bundle", "inspect", ref["path"])
    assert inspected["already_imported"] is True and inspected["kind"] == "reference"
    trust = xaso(capsys, "--db", hub, "trust", "list")
    assert sorted(t["device_name"] for t in trust) == ["Máy 1", "Máy 2"]
    shown = xaso(capsys, "--db", one, "keys", "show")
    assert shown["fingerprint"] in [t["fingerprint"] for t in trust]


def test_refused_bundle_exit_code_and_reason(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("XASO_LANG", "en")
    hub = str(tmp_path / "hub.db")
    xaso(capsys, "--db", hub, "init", "--hub", "Hub", "--province", PROVINCE)
    junk = tmp_path / "junk.xaso"
    junk.write_bytes(b"not a bundle at all")
    code = main(["--json", "--db", hub, "bundle", "import", str(junk)])
    captured = capsys.readouterr()
    out = json.loads(captured.out)
    assert code == 2
    assert out["bundles"][0]["status"] == "refused"
    assert out["bundles"][0]["reason"] == "bundle_not_xaso"
    # the reason is on stderr too, with the file name and the code
    assert "junk.xaso" in captured.err and "bundle_not_xaso" in captured.err
