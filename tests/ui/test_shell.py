"""The app shell: first-run wizard, navigation, settings, language."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from desktop.services.queries import list_records


def test_wizard_to_ready_commune(controller, qtbot):
    wizard = controller.make_wizard()
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentId() == 0
    wizard.next()
    page = wizard.commune_page
    page.province.setCurrentIndex(page.province.findText("Quảng Ngãi"))
    qtbot.keyClicks(page.filter, "dinh cuong")  # no diacritics typed
    assert page.commune_code() is not None
    assert "Đình Cương" in page.communes.currentItem().text()
    page.device.clear()
    qtbot.keyClicks(page.device, "may-van-phong")
    wizard.next()
    # QTest types ASCII only; Vietnamese text arrives as an input method would commit it.
    wizard.team_page.hamlets.setPlainText("Thôn Tân Ninh\nThôn Đông Xuân")
    wizard.team_page.members.setPlainText("Nguyễn Văn An; Thôn Tân Ninh; 0912345678")
    wizard.next()
    assert wizard.currentPage() is wizard.finish_page
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()  # the administrator's password first
    name_admin(wizard, qtbot)
    finish.click()
    setup = controller.session.setup()
    assert setup["role"] == "commune" and setup["commune_name"] == "Xã Đình Cương"
    assert setup["device_name"] == "may-van-phong"
    # kept as a sheet's import keeps them: the name, and "thôn" as the hamlet's kind
    hamlets = list_records(controller.session.db, "hamlet", limit=None)
    assert sorted((h["name"], h["kind"]) for h in hamlets) == [("Tân Ninh", "thon"),
                                                                ("Đông Xuân", "thon")]
    member = list_records(controller.session.db, "member", limit=None)[0]
    assert member["full_name"] == "Nguyễn Văn An" and member["hamlet"] == "Tân Ninh"
    window = controller.show_window()
    qtbot.addWidget(window)
    assert "Đình Cương" in window.windowTitle()


def test_wizard_hub(controller, qtbot):
    wizard = controller.make_wizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.role_page.hub.setChecked(True)
    wizard.next()
    assert wizard.currentPage() is wizard.hub_page
    wizard.hub_page.name.setText("Trung tâm CNTT tỉnh")
    wizard.next()
    name_admin(wizard, qtbot)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert controller.session.setup()["role"] == "hub"
    assert controller.session.login.role == "admin"


def name_admin(wizard, qtbot, password: str = "mat-khau-1") -> None:
    """Type the administrator's password twice on the wizard's last page."""
    qtbot.keyClicks(wizard.finish_page.password, password)
    qtbot.keyClicks(wizard.finish_page.again, password)


def test_navigation_lists_every_page(window, qtbot):
    keys = [window.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.nav.count())]
    assert keys[:3] == ["dashboard", "households", "visits"]
    for needed in ("eid", "health", "trainings", "events", "reports", "sync", "settings"):
        assert needed in keys
    # only the page on screen is built when the window opens; the others when first shown
    assert [p.key for p in window.pages] == [window.current_page().key]
    for i, key in enumerate(keys):
        page = window.show_page(key)
        assert window.current_page() is page and page.key == key
        assert window.stack.indexOf(page) == i  # in its place, the stand-in gone
        # the navigation list names each page as its own heading does, in Vietnamese
        assert page.title() == window.nav.item(i).text()
    assert window.stack.count() == len(keys) and [p.key for p in window.pages] == keys
    assert window.nav.item(0).text() == "Tổng quan"
    assert window.session.settings.last_page == keys[-1]


def test_the_window_shows_its_frame_before_its_first_page(commune, qtbot):
    """The frame is painted first and its page a turn of the event loop later (built
    at once, a million visits' dashboard stood the window still for 100-160 ms);
    asking for that page meanwhile builds it there and then."""
    window = commune.show_window()
    qtbot.addWidget(window)
    assert not window.ready() and window.pages == []
    assert window.nav.currentRow() == 0  # the navigation already says where it opens
    qtbot.waitUntil(window.ready)
    dashboard = window.page("dashboard")
    assert window.pages == [dashboard] and window.stack.currentWidget() is dashboard
    qtbot.waitUntil(lambda: not dashboard.busy())
    assert dashboard.shown_month is not None  # activated: its figures computed and shown
    other = commune.show_window()
    qtbot.addWidget(other)
    assert other.page("dashboard") is other.stack.currentWidget() and other.ready()


def test_a_list_shows_its_rows_before_the_hamlets_and_team_members_of_its_filters(
        commune, qtbot):
    """The first page first, painted; the filter bar's lists (thousands of hamlets and
    team members on a province's hub) a turn of the event loop later."""
    from desktop.services import records

    db = commune.session.db
    home = records.add(db, "household", {"hamlet": commune.ids["h1"], "head_name": "Võ Văn Ba"})
    records.add(db, "visit", {"date": "2026-11-20", "household": home["id"]})
    window = commune.show_window()
    qtbot.addWidget(window)
    qtbot.waitUntil(window.ready)
    table = window.show_page("visits").table
    assert table.model.rowCount() == 1 and table.month.count() > 1
    assert [table.hamlet.count(), table.member.count()] == [1, 1]  # "All ..." alone, yet
    qtbot.waitUntil(lambda: table.hamlet.count() == 3 and table.member.count() == 3)
    assert table.hamlet.findData(commune.ids["h2"]) > 0 and table.member.findData(
        commune.ids["m1"]) > 0


def test_vietnamese_by_default_and_english(commune, qtbot):
    window = commune.show_window()
    qtbot.addWidget(window)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert "Hộ gia đình & người dân" in titles
    settings_page = window.show_page("settings")
    settings_page.language.setCurrentIndex(settings_page.language.findData("en"))
    new = commune.window
    qtbot.addWidget(new)
    assert new is not window
    titles = [new.nav.item(i).text() for i in range(new.nav.count())]
    assert "Households & residents" in titles
    assert new.current_page().key == "settings"


def test_font_size_and_contrast(window, qtbot, qapp):
    before = qapp.font().pointSize()
    window.act_larger.trigger()
    assert qapp.font().pointSize() > before
    assert window.session.settings.font_size == "large"
    window.act_contrast.trigger()
    assert window.session.settings.high_contrast
    assert "#ffff00" in qapp.styleSheet()


def test_wizard_imports_team_from_a_sheet(controller, qtbot, tmp_path):
    sheet = tmp_path / "to-cns.csv"
    sheet.write_text("Họ và tên,Vai trò,Thôn,Số điện thoại\n"
                     "Đặng Văn Toàn,Tổ trưởng,Tân Ninh,0912111222\n"
                     "Mai Thị Xuân,Thành viên,Tân Ninh,\n", encoding="utf-8")
    wizard = controller.make_wizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.commune_page.filter.setText("an bien")
    wizard.next()
    wizard.team_page.set_members_file(str(sheet))
    wizard.next()
    name_admin(wizard, qtbot)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    members = list_records(controller.session.db, "member", limit=None)
    assert sorted(m["full_name"] for m in members) == ["Mai Thị Xuân", "Đặng Văn Toàn"]


def test_window_size_page_and_column_widths_remembered(commune, qtbot):
    window = commune.show_window()
    qtbot.addWidget(window)
    page = window.show_page("households")
    header = page.households.view.horizontalHeader()
    header.resizeSection(0, 333)
    window.resize(1200, 700)
    window.close()
    again = commune.show_window()
    qtbot.addWidget(again)
    assert again.current_page().key == "households"
    assert commune.settings.window_geometry() is not None
    assert again.size().height() == 700  # (offscreen screens clamp the width)
    assert again.page("households").households.view.horizontalHeader().sectionSize(0) == 333


def test_saves_after_a_language_switch_reach_only_the_new_window(commune, qtbot):
    window = commune.show_window()
    qtbot.addWidget(window)
    settings_page = window.show_page("settings")
    settings_page.language.setCurrentIndex(settings_page.language.findData("en"))
    qtbot.waitUntil(lambda: not hasattr(window, "nav") or window is not commune.window)
    qtbot.wait(10)  # the old window is deleted on the next turn of the event loop
    new = commune.window
    qtbot.addWidget(new)
    page = new.show_page("households")
    form = page.households.new_record()
    qtbot.addWidget(form)
    form.editors["hamlet"].input.choose(commune.ids["h1"], "Tân Ninh")
    form.editors["head_name"].input.setText("Lý Văn Phúc")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert page.households.model.rowCount() == 1
    assert "household" in new.act_undo.text().lower()


def test_wizard_finishes_only_with_a_usable_administrator(controller, qtbot):
    wizard = controller.make_wizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.role_page.hub.setChecked(True)
    wizard.next()
    wizard.hub_page.name.setText("Trung tâm CNTT tỉnh")
    wizard.next()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    name_admin(wizard, qtbot, "ngan")
    assert not finish.isEnabled()  # too short
    wizard.finish_page.fields.clear_passwords()
    qtbot.keyClicks(wizard.finish_page.password, "mat-khau-1")
    qtbot.keyClicks(wizard.finish_page.again, "mat-khau-2")
    assert not finish.isEnabled()  # typed differently
    assert wizard.finish_page.fields.reason.text() == "Hai mật khẩu không khớp nhau."
    wizard.finish_page.again.clear()
    qtbot.keyClicks(wizard.finish_page.again, "mat-khau-1")
    assert finish.isEnabled()
    wizard.finish_page.admin.clear()
    assert not finish.isEnabled()  # no name
