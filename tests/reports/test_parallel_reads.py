"""Independent report reads run side by side on read-only connections of their own,
or one at a time on the caller's connection when asked (`workers=1`: the dashboard,
which works in the background of the window)."""

from desktop.db.connection import connect
from desktop.reports.sql import run_parallel


def test_reads_side_by_side_or_one_at_a_time_on_the_callers_connection(tmp_path):
    conn = connect(tmp_path / "reads.db")
    conn.execute("CREATE TABLE t (x INTEGER)")
    conn.executemany("INSERT INTO t VALUES (?)", [(n,) for n in range(10)])
    conn.commit()
    jobs = {f"sum{n}": (lambda n: lambda c: (c, c.execute(
        "SELECT sum(x) FROM t WHERE x >= ?", (n,)).fetchone()[0]))(n) for n in range(4)}
    side = run_parallel(conn, jobs)
    assert {name: v for name, (_, v) in side.items()} == {
        "sum0": 45, "sum1": 45, "sum2": 44, "sum3": 42}
    assert all(c is not conn for c, _ in side.values())  # readers of their own
    alone = run_parallel(conn, jobs, workers=1)
    assert {name: v for name, (_, v) in alone.items()} == {
        name: v for name, (_, v) in side.items()}
    assert all(c is conn for c, _ in alone.values())  # no other connection opened
    conn.close()
