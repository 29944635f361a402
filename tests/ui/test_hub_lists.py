"""A hub's lists: a hundred communes in one database, filtered by commune first, with
the hamlets and team members of the commune chosen (their names repeat across
communes: "Thôn 1" in every one), each row naming its commune."""

import pytest
from PySide6.QtCore import QPoint, Qt

from desktop.domain.clock import FrozenClock
from desktop.services import records
from desktop.sync.exporter import export_bundle
from desktop.sync.importer import import_bundle, read_file
from desktop.ui.record_form import RecordForm
from desktop.ui.record_table import RecordTable
from desktop.ui.session import Session
from desktop.ui.team_page import TeamPage
from desktop.ui.visits_page import VisitsPage
from tests.moment import NOW, TODAY
from tests.sync.sync_helpers import COMMUNE_A, COMMUNE_B, link, new_commune, new_hub


@pytest.fixture
def hub(qapp, tmp_path, settings):
    """A hub's session holding two communes, each with a hamlet "Thôn 1", a team
    member, and a visit this month; commune A also a deleted visit and an edited one.
    Its `ids` name each commune's hamlet, member and visits."""
    hub_db = new_hub(tmp_path / "hub.db")
    ids = {}
    people = {COMMUNE_A: ("Lê Thị Hoa", "Võ Văn Ba"), COMMUNE_B: ("Trần Văn Bình", "Đỗ Thị Sen")}
    for code, (leader, head) in people.items():
        db = new_commune(tmp_path / f"{code}.db", code, f"may-{code}")
        link(hub_db, db, tmp_path)
        hamlet = records.add(db, "hamlet", {"name": "Thôn 1"})
        member = records.add(db, "member", {"full_name": leader,
                                            "hamlet": hamlet["id"]})
        home = records.add(db, "household", {"hamlet": hamlet["id"],
                                             "head_name": head})
        visit = records.add(db, "visit", {"date": "2026-11-20", "household": home["id"],
                                          "members": [member["id"]], "outcome": "done"},
                            today=TODAY)
        if code == COMMUNE_A:
            gone = records.add(db, "visit", {"date": "2026-11-21", "household": home["id"]},
                               today=TODAY)
            records.delete(db, "visit", gone["id"])
            records.update(db, "visit", visit["id"], {"notes": "Đã sửa"}, today=TODAY)
        out = export_bundle(db, tmp_path / f"out-{code}")
        assert import_bundle(hub_db, read_file(out["path"]))["status"] == "imported"
        db.conn.close()
        ids[code] = {"hamlet": hamlet["id"], "member": member["id"], "visit": visit["id"],
                     "home": home["id"]}
    session = Session(tmp_path / "hub.db", settings, clock=FrozenClock(NOW), db=hub_db)
    session.ids = ids
    yield session
    session.tasks.stop_all()
    session.close()


def _shown(table) -> list[str]:
    return [table.model.record_id(r) for r in range(table.model.rowCount())]


def _items(combo) -> list:
    return [combo.itemData(i) for i in range(combo.count())]


def _choose(qtbot, combo, value) -> None:
    """Pick `value` in a filter as a user does from the keyboard: Home, then Down."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    while combo.currentData() != value:
        before = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != before, f"{value} is not offered: {_items(combo)}"


def _opened(qtbot, page):
    """`page` shown as the window shows it."""
    qtbot.addWidget(page)
    page.show()
    page.activate()
    return page


def test_a_hubs_visits_are_filtered_by_commune_then_by_its_hamlets(hub, qtbot):
    page = _opened(qtbot, VisitsPage(hub))  # kept: the table lives as long as its page
    table = page.table
    ids = hub.ids
    qtbot.waitUntil(lambda: table.commune.count() == 3)
    assert _items(table.commune) == [None, COMMUNE_B, COMMUNE_A]  # An Châu, An Biên by code
    assert "An Biên" in table.commune.itemText(2)
    # all communes: both visits (not the deleted one), and hamlets of no commune offered
    qtbot.waitUntil(lambda: table.model.rowCount() == 2)
    assert sorted(_shown(table)) == sorted([ids[COMMUNE_A]["visit"], ids[COMMUNE_B]["visit"]])
    for combo in (table.hamlet, table.member):
        assert not combo.isEnabled() and combo.count() == 1 and combo.toolTip()
    # each row says whose it is: the hamlet "Thôn 1" alone does not
    assert table.model.keys[0] == "commune"
    whose = {table.model.record_id(r): table.model.index(r, 0).data() for r in range(2)}
    assert whose == {ids[COMMUNE_A]["visit"]: "Xã An Biên", ids[COMMUNE_B]["visit"]: "Xã An Châu"}
    header = table.view.horizontalHeader()  # sorted by commune with a click on its title
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(0) + 10, header.height() // 2))
    qtbot.waitUntil(lambda: table.model.order_by == "commune")
    qtbot.waitUntil(lambda: _shown(table) == [ids[COMMUNE_B]["visit"], ids[COMMUNE_A]["visit"]])

    _choose(qtbot, table.commune, COMMUNE_A)
    qtbot.waitUntil(lambda: _shown(table) == [ids[COMMUNE_A]["visit"]])
    assert _items(table.hamlet) == [None, ids[COMMUNE_A]["hamlet"]]
    assert _items(table.member) == [None, ids[COMMUNE_A]["member"]]
    assert table.hamlet.isEnabled() and table.member.isEnabled()
    _choose(qtbot, table.hamlet, ids[COMMUNE_A]["hamlet"])
    _choose(qtbot, table.member, ids[COMMUNE_A]["member"])
    qtbot.waitUntil(lambda: _shown(table) == [ids[COMMUNE_A]["visit"]])

    # another commune: A's hamlet and member no longer apply; B's are offered
    _choose(qtbot, table.commune, COMMUNE_B)
    qtbot.waitUntil(lambda: _shown(table) == [ids[COMMUNE_B]["visit"]])
    assert table.hamlet.currentData() is None and table.member.currentData() is None
    assert _items(table.hamlet) == [None, ids[COMMUNE_B]["hamlet"]]
    assert table.filters().commune == COMMUNE_B

    _choose(qtbot, table.commune, None)
    qtbot.waitUntil(lambda: table.model.rowCount() == 2)
    assert not table.hamlet.isEnabled() and table.hamlet.count() == 1


def test_a_hubs_team_page_filters_hamlets_and_members_by_commune(hub, qtbot):
    page = _opened(qtbot, TeamPage(hub))
    hamlets = page.hamlets
    qtbot.waitUntil(lambda: hamlets.commune.count() == 3 and hamlets.model.rowCount() == 2)
    _choose(qtbot, hamlets.commune, COMMUNE_B)
    qtbot.waitUntil(lambda: _shown(hamlets) == [hub.ids[COMMUNE_B]["hamlet"]])


def test_a_communes_lists_have_no_commune_filter(window, commune):
    for key in ("visits", "households", "team"):
        tables = window.show_page(key).findChildren(RecordTable)
        assert tables and all(t.commune is None and "commune" not in t.model.keys
                              for t in tables), key


def test_a_hubs_form_offers_the_hamlets_of_the_records_own_commune(hub, qtbot, answers):
    form = RecordForm(hub, "household", hub.ids[COMMUNE_A]["home"])
    qtbot.addWidget(form)
    form.show()
    picker = form.editors["hamlet"].input
    picker.setFocus()
    picker.selectAll()
    qtbot.keyClicks(picker, "thon")
    qtbot.waitUntil(lambda: bool(picker._matches))
    assert [rid for rid, _ in picker._matches] == [hub.ids[COMMUNE_A]["hamlet"]]
