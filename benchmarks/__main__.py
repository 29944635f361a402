"""`python -m benchmarks [NAME...]`: run the benchmarks and record them in docs/benchmarks.md.

Every module `benchmarks/<name>_bench.py` exposes `run(scratch: Path) -> list[dict]`,
each dict {"benchmark", "value", "unit", "baseline", "baseline_label", "note"}. Each
figure is measured next to a raw-SQLite baseline in the same run, because machines
here are noisy; the ratio is what we hold ourselves to.
"""

import compileall
import datetime as dt
import importlib
import platform
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "benchmarks.md"


def discover() -> list[str]:
    """Names of the benchmark modules, in file order."""
    # (the province hub takes most of an hour to build: `make bench-province`)
    return sorted(p.stem for p in Path(__file__).parent.glob("*_bench.py")
                  if p.stem != "province_bench")


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


def record(rows_by_module: dict[str, list[dict]]) -> None:
    """Rewrite, in docs/benchmarks.md, the section of each benchmark module that ran.

    Each module's table sits between its own markers, so running one module
    (`python -m benchmarks report`) leaves the others' last results in place.
    """
    stamp = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else "# Benchmarks\n"
    for name, rows in rows_by_module.items():
        start, end = f"<!-- bench:{name}:start -->", f"<!-- bench:{name}:end -->"
        block = (f"{start}\n### {name.removesuffix('_bench')}\n\nRun {stamp}, Python "
                 f"{platform.python_version()}, {platform.machine()}.\n\n{table(rows)}\n{end}")
        if start in text and end in text:
            head, rest = text.split(start, 1)
            text = head + block + rest.split(end, 1)[1]
        else:
            text = text.rstrip() + "\n\n" + block + "\n"
    DOC.parent.mkdir(parents=True, exist_ok=True)
    DOC.write_text(text, encoding="utf-8")


def main(argv: list[str]) -> int:
    names = [n if n.endswith("_bench") else f"{n}_bench" for n in argv] or discover()
    # the app as its users run it: the package ships its modules compiled (and pip
    # compiles the libraries), while a shell with PYTHONDONTWRITEBYTECODE (this
    # machine's) would compile the app's hundred modules again at every start, 0.15-0.3 s
    compileall.compile_dir(ROOT / "desktop", quiet=1)
    results: dict[str, list[dict]] = {}
    for name in names:
        module = importlib.import_module(f"benchmarks.{name}")
        with tempfile.TemporaryDirectory(prefix=f"xaso-{name}-") as scratch:
            print(f"== {name}", flush=True)
            results[name] = module.run(Path(scratch))
        for r in results[name]:
            print(f"   {r['benchmark']}: {_num(r['value'])} {r['unit']}"
                  + (f" (baseline {_num(r['baseline'])})" if r.get("baseline") else ""), flush=True)
        if not getattr(module, "RECORDS_ITSELF", False):  # (user_bench: a section per size)
            record({name: results[name]})  # each module's figures are kept as soon as they exist
    print(table([r for rows in results.values() for r in rows]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
