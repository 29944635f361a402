"""A power cut or a killed process must lose no confirmed save and leave no half save."""

import random
import subprocess
import sys
import time

import pytest

from desktop.db import open_database
from desktop.services import records
from tests.conftest import TEST_KEY

WRITER = r"""
import sys
from desktop.db import open_database
from desktop.services import records

db = open_database(sys.argv[1], key=bytes.fromhex(sys.argv[4]))
home, resident = sys.argv[2], sys.argv[3]
stages = ["level1", "level2_activated"]
i = 0
while True:
    i += 1
    current = records.get(db, "resident", resident)["eid_stage"]
    target = stages[0] if current == stages[1] else stages[1]  # always a change to record
    visit = records.add(db, "visit", {
        "date": "2026-11-20", "household": home, "members": ["Lê Văn Tâm"],
        "services": ["vneid_install"], "notes": f"lần {i}",
        "resident_updates": [{"resident": resident, "eid_stage": target,
                              "correction": True}]})
    print(visit["id"], flush=True)  # reported only after the commit returned
"""


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_nothing(db, db_path, tmp_path):
    records.add(db, "hamlet", {"name": "Tân Ninh"})
    records.add(db, "member", {"full_name": "Lê Văn Tâm", "hamlet": "Tân Ninh"})
    home = records.add(db, "household", {"hamlet": "Tân Ninh", "head_name": "Nguyễn Văn An"})
    resident = records.add(db, "resident", {"household": home["id"], "full_name": "Trần Thị B"})
    db.conn.close()
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    rng = random.Random(20261123)
    confirmed: set[str] = set()
    kills = 0
    for _ in range(12):
        proc = subprocess.Popen([sys.executable, str(script), str(db_path), home["id"],
                                 resident["id"], TEST_KEY.hex()], stdout=subprocess.PIPE,
                                text=True)
        time.sleep(0.6 + rng.random() * 0.8)  # start-up, then a random moment mid-loop
        proc.kill()
        out, _ = proc.communicate(timeout=30)
        kills += proc.returncode != 0
        confirmed.update(line.strip() for line in out.splitlines() if line.strip())
        check = open_database(db_path, key=TEST_KEY)
        conn = check.conn
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        present = {r[0] for r in conn.execute("SELECT id FROM visits")}
        assert confirmed <= present, "a confirmed save was lost"
        # every visit there is whole: its team link, its stage change, its audit entry
        for table in ("visit_members", "stage_changes"):
            linked = {r[0] for r in conn.execute(f"SELECT visit_id FROM {table}")}
            assert present <= linked, f"a visit without its {table}"
        audited = {r[0] for r in conn.execute("SELECT record_id FROM audit_log WHERE kind = 'visit'")}
        assert present <= audited
        stage = conn.execute("SELECT eid_stage FROM residents WHERE id = ?",
                             (resident["id"],)).fetchone()[0]
        last = conn.execute("SELECT to_stage FROM stage_changes WHERE resident_id = ? "
                            "ORDER BY created_hlc DESC LIMIT 1", (resident["id"],)).fetchone()
        assert last is None or stage == last[0]
        conn.close()
    assert kills >= 10 and len(confirmed) > 20
