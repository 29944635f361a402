"""The sync benchmark still runs (tiny sizes; `make bench` runs the real ones)."""

from benchmarks import sync_bench


def test_sync_bench_runs_small(tmp_path, monkeypatch):
    monkeypatch.setattr(sync_bench, "EXPORT_ROWS", 400)
    monkeypatch.setattr(sync_bench, "BUNDLES", 3)
    monkeypatch.setattr(sync_bench, "BUNDLE_ROWS", 200)
    results = sync_bench.run(tmp_path)
    assert [r["unit"] for r in results] == ["rows/s", "rows/s"]
    assert all(r["value"] > 0 and r["baseline"] > 0 for r in results)
    assert "400 changed" in results[0]["benchmark"] or "401 changed" in results[0]["benchmark"]
