"""Build the translations: `python -m desktop.ui.i18n_build [--update]`.

--update first refreshes translations/xaso_vi.ts and xaso_en.ts from the sources
with pyside6-lupdate (existing translations are kept); then every .ts is compiled to
.qm with pyside6-lrelease. `check_ts` is what the translation test runs.
"""

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from desktop.ui.i18n import translations_dir

LANGS = ("vi", "en")
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%\d|%n")


def _tool(name: str) -> list[str]:
    # The console scripts sit next to the interpreter; calling them through Python
    # also works where scripts are not on PATH (Windows, frozen developer shells).
    return [sys.executable, "-c",
            f"import sys; from PySide6.scripts.pyside_tool import {name}; "
            f"sys.argv[0] = '{name}'; sys.exit({name}())"]


def sources() -> list[Path]:
    """The Python files whose tr() strings are translated."""
    root = translations_dir().parent / "desktop"
    files = sorted((root / "ui").rglob("*.py")) + [root / "app.py"]
    return [f for f in files if f.exists()]


def update(folder: Path | None = None) -> None:
    """Refresh the .ts files from the sources (pyside6-lupdate, obsolete entries dropped).

    With `folder`, the .ts files there are refreshed instead (the test does this on a
    copy to find strings added to the code but not yet translated). English, the
    language of the sources, gets each new string as its own translation.
    """
    folder = folder or translations_dir()
    for lang in LANGS:
        ts = folder / f"xaso_{lang}.ts"
        subprocess.run([*_tool("lupdate"), *map(str, sources()), "-no-obsolete",
                        "-source-language", "en", "-target-language", lang, "-ts", str(ts)],
                       check=True, capture_output=True)
    fill_from_source(folder / "xaso_en.ts")


_UNFINISHED = re.compile(r'(<source>(?P<source>[^<]*)</source>\s*)'
                         r'<translation type="unfinished">[^<]*</translation>')


def fill_from_source(path: Path) -> int:
    """Give every unfinished entry of `path` its source text as translation; return how
    many. For the English file: an English string translates to itself, so English
    never falls back to whatever other translator is installed."""
    text = path.read_text(encoding="utf-8")
    filled, count = _UNFINISHED.subn(
        lambda m: f"{m.group(1)}<translation>{m.group('source')}</translation>", text)
    if count:
        path.write_text(filled, encoding="utf-8")
    return count


def build() -> list[Path]:
    """Compile every translations/*.ts into a .qm beside it; return the .qm paths."""
    out = []
    for ts in sorted(translations_dir().glob("xaso_*.ts")):
        qm = ts.with_suffix(".qm")
        # Compile beside it, then rename: a running app maps the .qm it loaded, and
        # rewriting that file in place could crash it (SIGBUS).
        partial = qm.with_name(qm.name + ".partial")
        subprocess.run([*_tool("lrelease"), str(ts), "-qm", str(partial)], check=True,
                       capture_output=True)
        os.replace(partial, qm)
        out.append(qm)
    return out


def check_ts(path: Path, require_finished: bool = True) -> list[str]:
    """Problems in one .ts file: unfinished or empty entries, placeholder mismatches."""
    problems = []
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        ctx = context.findtext("name")
        for msg in context.iter("message"):
            source = msg.findtext("source") or ""
            trans = msg.find("translation")
            text = (trans.text or "") if trans is not None else ""
            if trans is not None and trans.get("type") in ("vanished", "obsolete"):
                continue
            if require_finished and (trans is None or trans.get("type") == "unfinished"
                                     or not text.strip()):
                problems.append(f"{ctx}: unfinished: {source!r}")
                continue
            if text and sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                problems.append(f"{ctx}: placeholders differ: {source!r} -> {text!r}")
    return problems


def main(argv: list[str] | None = None) -> int:
    """Entry point of `make translations`."""
    args = sys.argv[1:] if argv is None else argv
    if "--update" in args:
        update()
    for qm in build():
        print(qm)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
