"""The resident form names a likely duplicate before saving: "có thể trùng với …"."""

from PySide6.QtCore import Qt

from desktop.services import records
from desktop.services.queries import count_records


def test_form_warns_then_saves_a_different_person(window, qtbot, commune):
    db = window.session.db
    home = records.add(db, "household", {"hamlet": commune.ids["h1"], "head_name": "Lê Văn Tám"})
    records.add(db, "resident", {"household": home["id"], "full_name": "Lê Thị Hương",
                                 "birth": 1985})
    page = window.show_page("households")
    form = page.residents.new_record()
    qtbot.addWidget(form)
    form.editors["household"].input.choose(home["id"], home["head_name"])
    qtbot.keyClicks(form.editors["full_name"].input, "le thi huong")
    qtbot.keyClicks(form.editors["birth"].input, "1985")
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert count_records(db, "resident") == 1  # not saved yet
    assert "Lê Thị Hương" in form.status.text()
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert count_records(db, "resident") == 2  # saved on the second press


def test_a_name_shows_as_it_will_be_saved(window, qtbot, commune):
    form = window.show_page("households").residents.new_record()
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    name = form.editors["full_name"].input
    name.setFocus()
    qtbot.keyClicks(name, "nguyen  van AN")  # (QTest types ASCII only)
    form.editors["birth"].input.setFocus()  # leaving the field
    assert name.text() == "Nguyen Van An"


def test_the_member_form_names_the_hamlets_leader_now(window, qtbot, commune):
    from desktop.services.queries import list_records

    page = window.show_page("team")
    form = page.members.new_record()
    qtbot.addWidget(form)
    hamlets = {h["name"]: h["id"] for h in list_records(window.session.db, "hamlet")}
    form.editors["hamlet"].input.choose(hamlets["Tân Ninh"], "Tân Ninh")  # as a pick does
    assert "Lê Thị Hoa" in form.leader_now.text()  # the fixture's leader of Tân Ninh
    form.editors["hamlet"].input.choose(hamlets["Đông Xuân"], "Đông Xuân")
    assert "Lê Thị Hoa" not in form.leader_now.text() and form.leader_now.text()
