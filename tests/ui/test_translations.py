"""Translations: every .ts parses, placeholders match, no Vietnamese string is left
unfinished (also for strings added to the code since the last `make translations`),
and the .qm files build."""

import re
import shutil
import xml.etree.ElementTree as ET

from desktop.ui.i18n import translations_dir
from desktop.ui.i18n_build import build, check_ts, update
from tests.ui.language_check import english_words, vietnamese_letters


def test_ts_files_complete_and_placeholders_match():
    folder = translations_dir()
    assert not check_ts(folder / "xaso_vi.ts"), "\n".join(check_ts(folder / "xaso_vi.ts"))
    # English is the sources' language: each string is its own translation, so English
    # mode never shows another language's text for a string the English file lacks
    assert not check_ts(folder / "xaso_en.ts"), "\n".join(check_ts(folder / "xaso_en.ts"))


def test_no_string_in_the_code_is_untranslated(tmp_path):
    for ts in translations_dir().glob("xaso_*.ts"):
        shutil.copy(ts, tmp_path / ts.name)
    update(tmp_path)
    problems = check_ts(tmp_path / "xaso_vi.ts")
    assert not problems, "run `python -m desktop.ui.i18n_build --update` and translate:\n" + \
        "\n".join(problems)


def test_qm_files_build():
    for qm in build():
        assert qm.exists() and qm.stat().st_size > 100


def test_each_language_speaks_only_itself():
    """No English word in a Vietnamese translation, no Vietnamese letter in an English
    one (the app's name and file patterns such as "*.key" aside)."""
    problems = []
    for lang, wrong in (("vi", english_words), ("en", vietnamese_letters)):
        root = ET.parse(translations_dir() / f"xaso_{lang}.ts").getroot()
        for context in root.iter("context"):
            for msg in context.iter("message"):
                text = re.sub(r"\([^)]*\*\.[^)]*\)", "", msg.findtext("translation") or "")
                if wrong(text.replace("Xã Số", "")):
                    problems.append(f"{lang} {context.findtext('name')}: {text!r}")
    assert not problems, "\n".join(problems)
