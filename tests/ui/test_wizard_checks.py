"""The first-run wizard checks each page before Next: wrong team lines are marked where
they were typed, a hamlet typed twice is refused, a commune search that finds nothing
says so, and the hub key is trusted only after its fingerprint was compared."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from desktop.services.queries import list_records
from desktop.services.setup import init_hub
from desktop.sync import trust
from desktop.ui.session import Session
from tests.ui.test_shell import name_admin


def _to_team_page(controller, qtbot):
    wizard = controller.make_wizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.commune_page.filter.setText("an bien")
    wizard.next()
    assert wizard.currentPage() is wizard.team_page
    return wizard


def _marked_lines(box) -> list[int]:
    return [m.cursor.blockNumber() + 1 for m in box.extraSelections()]


def test_a_member_line_with_a_bad_phone_is_caught_on_its_page(controller, qtbot):
    wizard = _to_team_page(controller, qtbot)
    page = wizard.team_page
    page.hamlets.setPlainText("Thôn Tân Ninh")
    page.members.setPlainText("Nguyễn Văn An; Thôn Tân Ninh; 0912345678\n"
                              "Lê Thị Hoa; Tân Ninh; 12345")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is page  # not past the wrong line
    assert _marked_lines(page.members) == [2]
    assert page.errors["members"].isVisibleTo(page)
    assert "Dòng 2" in page.errors["members"].text() and "12345" in page.errors["members"].text()
    assert wizard.focusWidget() is page.members and page.members.textCursor().blockNumber() == 1
    # corrected where it was typed, the page lets the wizard on and both are saved
    page.members.setPlainText("Nguyễn Văn An; Thôn Tân Ninh; 0912345678\n"
                              "Lê Thị Hoa; Tân Ninh; 0987654321")
    assert not page.errors["members"].isVisibleTo(page) and not _marked_lines(page.members)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.finish_page
    name_admin(wizard, qtbot)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    members = list_records(controller.session.db, "member", limit=None)
    assert sorted((m["full_name"], m["phone"]) for m in members) == [
        ("Lê Thị Hoa", "0987654321"), ("Nguyễn Văn An", "0912345678")]


def test_a_hamlet_typed_twice_is_refused_before_next(controller, qtbot):
    wizard = _to_team_page(controller, qtbot)
    page = wizard.team_page
    page.hamlets.setPlainText("Thôn Tân Ninh\nThôn Đông Xuân")
    page.hamlets.moveCursor(page.hamlets.textCursor().MoveOperation.End)
    qtbot.keyClick(page.hamlets, Qt.Key.Key_Return)
    qtbot.keyClicks(page.hamlets, "thon tan ninh")  # as typed on a keyboard without Telex
    wizard.next()
    assert wizard.currentPage() is page
    assert _marked_lines(page.hamlets) == [3]
    assert "Tân Ninh" in page.errors["hamlets"].text()
    page.hamlets.setPlainText("Thôn Tân Ninh\nThôn Đông Xuân")
    wizard.next()
    assert wizard.currentPage() is wizard.finish_page


def test_a_commune_search_without_a_match_says_not_found(controller, qtbot):
    wizard = controller.make_wizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.commune_page
    qtbot.keyClicks(page.filter, "an bien")
    assert not page.not_found.isVisibleTo(page)
    qtbot.keyClicks(page.filter, "xyz")
    assert page.not_found.isVisibleTo(page)
    assert "Không tìm thấy" in page.not_found.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    for _ in range(3):
        qtbot.keyClick(page.filter, Qt.Key.Key_Backspace)
    assert not page.not_found.isVisibleTo(page) and page.commune_code()


def _hub_key(tmp_path, settings):
    hub = Session(tmp_path / "hub.db", settings)
    init_hub(hub.db, "Trung tâm CNTT tỉnh", None)
    key = trust.export_hub_key(hub.db, tmp_path / "khoa-tram.key")
    hub.close()
    return tmp_path / "khoa-tram.key", key["fingerprint"]


def _to_finish_with_key(controller, qtbot, path):
    wizard = _to_team_page(controller, qtbot)
    wizard.next()
    finish = wizard.finish_page
    name_admin(wizard, qtbot)
    finish.set_hub_key(str(path))
    return wizard, finish


def test_the_hub_key_is_trusted_only_after_khop(controller, qtbot, tmp_path, settings):
    path, fingerprint = _hub_key(tmp_path, settings)
    wizard, finish = _to_finish_with_key(controller, qtbot, path)
    check = finish.hub_key
    assert check.code.text() == fingerprint and check.match.text() == "Khớp"
    assert check.mismatch.text() == "Không khớp"
    finish_button = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish_button.isEnabled()  # compare first
    qtbot.mouseClick(check.match, Qt.MouseButton.LeftButton)
    assert finish_button.isEnabled()
    finish_button.click()
    hub = trust.current_hub(controller.session.db.conn)
    assert hub is not None and hub["fingerprint"] == fingerprint


def test_khong_khop_trusts_nothing(controller, qtbot, tmp_path, settings):
    path, _ = _hub_key(tmp_path, settings)
    wizard, finish = _to_finish_with_key(controller, qtbot, path)
    qtbot.mouseClick(finish.hub_key.mismatch, Qt.MouseButton.LeftButton)
    assert "không được dùng" in finish.hub_key.state.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert controller.session.setup()["role"] == "commune"
    assert trust.current_hub(controller.session.db.conn) is None


def test_a_key_file_changed_after_the_comparison_is_refused(controller, qtbot, tmp_path, settings,
                                                            answers):
    path, _ = _hub_key(tmp_path, settings)
    wizard, finish = _to_finish_with_key(controller, qtbot, path)
    qtbot.mouseClick(finish.hub_key.match, Qt.MouseButton.LeftButton)
    other = tmp_path / "other"
    other.mkdir()
    swapped, _ = _hub_key(other, settings)
    path.write_bytes(swapped.read_bytes())  # another hub's key put in its place
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert trust.current_hub(controller.session.db.conn) is None
    assert any("đối chiếu" in text for text in answers["warn"])
