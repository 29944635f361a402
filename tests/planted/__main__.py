"""Run the planted-bug check (see tests/planted/__init__.py)."""

import subprocess
import sys
from pathlib import Path

from tests.planted.bugs import BUGS

ROOT = Path(__file__).resolve().parents[2]


def plant_and_test(bug) -> str:
    """"caught", "MISSED" or "STALE" (a text to replace is not in the code once)."""
    originals: dict[Path, str] = {}
    try:
        for relative, old, new in bug.edits:
            path = ROOT / relative
            originals.setdefault(path, path.read_text(encoding="utf-8"))
            current = path.read_text(encoding="utf-8")
            if current.count(old) != 1:
                return "STALE"
            path.write_text(current.replace(old, new), encoding="utf-8")
        run = subprocess.run([sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider",
                              "-m", "not slow", *bug.tests], cwd=ROOT, capture_output=True)
    finally:
        for path, text in originals.items():
            path.write_text(text, encoding="utf-8")
    return "caught" if run.returncode != 0 else "MISSED"


def main(names: list[str]) -> int:
    chosen = [b for b in BUGS if not names or b.name in names]
    results = []
    for bug in chosen:
        verdict = plant_and_test(bug)
        results.append(verdict)
        print(f"{verdict:7} {bug.name:24} {bug.what}", flush=True)
    caught = results.count("caught")
    print(f"\n{caught}/{len(results)} planted bugs caught")
    return 0 if caught == len(results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
