"""A bundle is applied whole or not at all: SIGKILL in the middle of a merge leaves
the hub exactly as it was before that bundle."""

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from desktop.sync.exporter import export_bundle
from desktop.sync.importer import import_bundle, read_file

from sync_helpers import add_resident, content_hash, synced_content
from tests.logins import reopen

CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from desktop.sync import apply, importer
    from tests.logins import reopen

    db_path, bundle, marker = sys.argv[1:4]
    original = apply.BundleMerge._flush
    calls = []

    def slow_flush(*args, **kw):
        original(*args, **kw)
        calls.append(1)
        if len(calls) == 2:       # some rows are written, the transaction is open
            Path(marker).write_text("mid-merge")
            time.sleep(120)

    apply.BundleMerge._flush = slow_flush
    db = reopen(db_path)
    importer.import_bundle(db, importer.read_file(bundle))
    print("finished")
""")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_mid_merge_leaves_hub_unchanged(tmp_path, hub, laptop):
    for i in range(5):
        add_resident(laptop, f"Người thứ {i}", f"00109000{i:04d}")
    first = export_bundle(laptop, tmp_path / "first.xaso")
    import_bundle(hub, read_file(first["path"]))
    for i in range(5, 60):
        add_resident(laptop, f"Người thứ {i}")
    second = export_bundle(laptop, tmp_path / "second.xaso")
    hub_path = hub.conn.execute("PRAGMA database_list").fetchone()[2]
    before = content_hash(hub)
    hub.conn.close()
    marker = tmp_path / "marker"
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    child = subprocess.Popen([sys.executable, "-c", CHILD, hub_path, second["path"], str(marker)],
                             env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert child.poll() is None, child.stderr.read().decode()
            assert time.monotonic() < deadline, "child never reached the merge"
            time.sleep(0.02)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == -signal.SIGKILL
    reopened = reopen(hub_path)
    assert content_hash(reopened) == before
    # the same bundle then imports cleanly
    rep = import_bundle(reopened, read_file(second["path"]))
    assert rep["status"] == "imported" and rep["totals"]["new"] == second["rows"]
    assert synced_content(reopened, "30985")["residents"] == synced_content(laptop, "30985")["residents"]
    reopened.conn.close()
