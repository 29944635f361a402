"""`python -m benchmarks [NAME...]`: run the benchmarks and record them in docs/benchmarks.md.

Every module `benchmarks/<name>_bench.py` exposes `run(scratch: Path) -> list[dict]`,
each dict {"benchmark", "value", "unit", "baseline", "baseline_label", "note"}. Each
figure is measured next to a raw-SQLite baseline in the same run, because machines
here are noisy; the ratio is what we hold ourselves to.
"""

import datetime as dt
import importlib
import platform
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "benchmarks.md"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"


def discover() -> list[str]:
    """Names of the benchmark modules, in file order."""
    return sorted(p.stem for p in Path(__file__).parent.glob("*_bench.py"))


def table(rows: list[dict]) -> str:
    """The results as a Markdown table."""
    lines = ["| Benchmark | Xã Số | Raw SQLite baseline | Ratio | Note |", "|---|---|---|---|---|"]
    for r in rows:
        base = r.get("baseline")
        ratio = r.get("ratio")
        if ratio is None and base:
            ratio = r["value"] / base
        lines.append(f"| {r['benchmark']} | {_num(r['value'])} {r['unit']} | "
                     f"{(_num(base) + ' ' + r['unit'] + ' (' + r.get('baseline_label', '') + ')') if base else '–'} | "
                     f"{f'{ratio:.2f}' if ratio else '–'} | {r.get('note', '')} |")
    return "\n".join(lines)


def _num(value) -> str:
    if value is None:
        return "–"
    return f"{value:,.0f}" if value >= 100 else f"{value:.3g}"


def record(rows: list[dict], names: list[str]) -> None:
    """Replace the generated block of docs/benchmarks.md with this run's table."""
    stamp = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    block = (f"{START}\nLast run: {stamp}, Python {platform.python_version()}, "
             f"{platform.machine()}, benchmarks: {', '.join(names)}.\n\n{table(rows)}\n{END}")
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else "# Benchmarks\n\n"
    if START in text and END in text:
        head, rest = text.split(START, 1)
        text = head + block + rest.split(END, 1)[1]
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    DOC.parent.mkdir(parents=True, exist_ok=True)
    DOC.write_text(text, encoding="utf-8")


def main(argv: list[str]) -> int:
    names = [n if n.endswith("_bench") else f"{n}_bench" for n in argv] or discover()
    rows: list[dict] = []
    for name in names:
        module = importlib.import_module(f"benchmarks.{name}")
        with tempfile.TemporaryDirectory(prefix=f"xaso-{name}-") as scratch:
            print(f"== {name}", flush=True)
            results = module.run(Path(scratch))
        for r in results:
            print(f"   {r['benchmark']}: {_num(r['value'])} {r['unit']}"
                  + (f" (baseline {_num(r['baseline'])})" if r.get("baseline") else ""), flush=True)
        rows += results
    print(table(rows))
    if not argv:
        record(rows, names)
    else:
        record(rows, names)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
