"""English mode shows no Vietnamese and Vietnamese mode no English, on the attendance
page, the sign-up sheet preview, the wizard, the hub key check, the Settings page, a
form with an error, the delete confirmation and the progress window. In English the
records are given English-only names, so any Vietnamese left is the app's own."""

import re

import pytest
from PySide6.QtWidgets import QWizard

from desktop.services import records
from desktop.services.setup import init_hub
from desktop.sync import trust
from desktop.ui.session import Session
from desktop.ui.tasks import Tasks
from tests.ui.language_check import english_words, ui_texts, vietnamese_letters

SHEET = """COMMUNE PEOPLE'S COMMITTEE
DANH SACH DAI BIEU THAM DU HOI NGHI TAP HUAN CHUYEN DOI SO
Thoi gian: 8h00 ngay 15/03/2026 - Hinh thuc: truc tuyen

STT,Ho va ten,Don vi cong tac,Diem cau,Ky ten
1,Nguyen Van Hai,Commune office,Diem cau Hall,
2,Tran Thi Bich,Health station,hall,
3,Nguyen Van Hai,Commune office,Hall,
Tong cong,3,,,
"""


# a group of a key's fingerprint ("BE4B 7016 …"): random, the same in both languages,
# and now and then letters that spell an English word ("BE")
_FINGERPRINT_GROUP = re.compile(r"[0-9A-F]{4}")


def _check(texts: list[str], lang: str) -> list[str]:
    # the app's name, and a language named in its own words, are the same in both;
    # file paths are the user's own
    texts = [" ".join(w for w in t.replace("Xã Số", "").replace("Tiếng Việt", "").split(" ")
                      if "/" not in w and not _FINGERPRINT_GROUP.fullmatch(w)) for t in texts]
    if lang == "en":
        return [f"{t!r}: {''.join(vietnamese_letters(t))}" for t in texts if vietnamese_letters(t)]
    return [f"{t!r}: {english_words(t)}" for t in texts if english_words(t)]


def _in(controller, lang):
    controller.settings.language = lang
    controller.apply_language()


def _names(lang):
    if lang == "en":
        return {"title": "Digital skills for the team", "points": ["Hall", "School"],
                "people": ["Nguyen Van Hai", "Tran Thi Bich"], "head": "Pham Van Tam",
                "resident": "Pham Thi Lan"}
    return {"title": "Kỹ năng số cho tổ công nghệ số", "points": ["Hội trường", "Trường học"],
            "people": ["Nguyễn Văn Hải", "Trần Thị Bích"], "head": "Phạm Văn Tâm",
            "resident": "Phạm Thị Lan"}


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_the_attendance_page_and_the_sheet_preview(commune, qtbot, tmp_path, answers, lang):
    _in(commune, lang)
    window = commune.show_window()
    qtbot.addWidget(window)
    db = window.session.db
    names = _names(lang)
    training = records.add(db, "training", {"title": names["title"],
                                             "starts_at": "2026-10-05 08:00",
                                             "bridge_points": names["points"]})
    for name in names["people"]:
        records.add(db, "attendance", {"training": training["id"], "full_name": name,
                                       "bridge_point": names["points"][0], "status": "excused"})
    page = window.show_page("trainings")
    page.trainings.view.selectRow(0)
    page.point.setCurrentIndex(1)
    page.all_present()
    problems = _check(ui_texts(page) + answers["asked"], lang)
    sheet = tmp_path / "danh-sach.csv"  # (its name is in the dialog's title)
    sheet.write_text(SHEET, encoding="utf-8")
    dialog = page.preview_sheet(str(sheet))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    dialog.sessions.setCurrentIndex(dialog.sessions.findData(training["id"]))
    qtbot.waitUntil(lambda: dialog.preview.get("training_id") == training["id"], timeout=10000)
    assert dialog.errors.rowCount() >= 2 and dialog.date_warning.text()
    # the sample rows are the file's own text, in the file's language
    problems += _check(ui_texts(dialog, skip=("importSample", "importSession")), lang)
    problems += _check([dialog.sample.horizontalHeaderItem(0).text().split("\n")[1]], lang)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_the_wizard_and_the_hub_key_check(controller, qtbot, tmp_path, settings, lang):
    hub = Session(tmp_path / "hub.db", settings)
    init_hub(hub.db, "Province IT" if lang == "en" else "CNTT tỉnh", None)
    trust.export_hub_key(hub.db, tmp_path / "hub.key")
    hub.close()
    _in(controller, lang)
    wizard = controller.make_wizard()
    qtbot.addWidget(wizard)
    wizard.show()
    # the official names of provinces and communes
    skip = ("province", "communes", "hubProvince")
    problems = _check(ui_texts(wizard, skip), lang)
    wizard.next()
    wizard.commune_page.filter.setText("zzz")
    problems += _check(ui_texts(wizard, skip), lang)
    wizard.commune_page.filter.setText("an bien")
    wizard.next()
    if lang == "en":
        wizard.team_page.hamlets.setPlainText("Hamlet 1\nhamlet 1")
        wizard.team_page.members.setPlainText("Nguyen Van An; Hamlet 9; 12345")
    else:
        wizard.team_page.hamlets.setPlainText("Thôn Tân Ninh\ntan ninh")
        wizard.team_page.members.setPlainText("Nguyễn Văn An; Xóm Bắc; 12345")
    wizard.next()  # refused: the wrong lines are explained
    problems += _check(ui_texts(wizard, skip), lang)
    wizard.team_page.hamlets.setPlainText("")
    wizard.team_page.members.setPlainText("")
    wizard.next()
    wizard.finish_page.set_hub_key(str(tmp_path / "hub.key"))
    problems += _check(ui_texts(wizard, skip), lang)
    wizard.finish_page.hub_key.mismatch.click()
    problems += _check(ui_texts(wizard, skip), lang)
    assert wizard.currentPage() is wizard.finish_page
    assert wizard.button(QWizard.WizardButton.FinishButton)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_settings_a_form_with_an_error_delete_and_progress(commune, qtbot, answers, lang):
    _in(commune, lang)
    window = commune.show_window()
    qtbot.addWidget(window)
    db = window.session.db
    names = _names(lang)
    hamlet = records.add(db, "hamlet", {"name": "Hamlet One" if lang == "en" else "Thôn Mới"})
    household = records.add(db, "household", {"hamlet": hamlet["id"], "head_name": names["head"]})
    records.add(db, "resident", {"household": household["id"], "full_name": names["resident"],
                                 "cccd": "001190012345", "birth": "1990", "gender": "female"})
    problems = _check(ui_texts(window.show_page("settings")), lang)
    page = window.show_page("households")
    form = page.residents.new_record()
    qtbot.addWidget(form)
    form.editors["household"].input.choose(household["id"], household["head_name"])
    form.editors["full_name"].input.setText("Tran Thi Mai")
    form.editors["cccd"].input.setText("001190012345")
    form.save()
    assert form.editors["cccd"].error.isVisibleTo(form)
    problems += _check(ui_texts(form, skip=("field_household",)), lang)
    form.dirty = False
    form.close()
    page.households.view.selectRow(0)
    answers["ask"] = False
    page.households.delete_current()
    problems += _check(answers["asked"], lang)
    tasks = Tasks(lambda: None, window.session.clock)
    task = tasks.run(window, window.page("settings").tr("Creating demo data…"),
                     lambda db, progress, cancelled: None)
    problems += _check(ui_texts(task.dialog), lang)
    with qtbot.waitSignal(task.done, timeout=5000):
        pass
    assert not problems, "\n".join(problems)
