"""Translations: every .ts parses, placeholders match, no Vietnamese string is left
unfinished (also for strings added to the code since the last `make translations`),
and the .qm files build."""

import shutil

from desktop.ui.i18n import translations_dir
from desktop.ui.i18n_build import build, check_ts, update


def test_ts_files_complete_and_placeholders_match():
    folder = translations_dir()
    assert not check_ts(folder / "xaso_vi.ts"), "\n".join(check_ts(folder / "xaso_vi.ts"))
    assert not check_ts(folder / "xaso_en.ts", require_finished=False)


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
