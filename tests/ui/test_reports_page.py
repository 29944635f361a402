"""The Reports page: the officer types the month's sections and the report settings,
previews the PDF that prints them, and saves the Word copy; the dashboard shows the
indicator table's cards for the same reporting period."""

import docx

from desktop.domain.indicators import INDICATORS
from desktop.reports.notes import read_notes
from desktop.reports.settings import get_setting
from desktop.services import records
from tests.pdf_tools import pdf_text


def test_sections_and_settings_printed_and_saved_as_word(window, qtbot, commune, tmp_path):
    db = window.session.db
    records.add(db, "household", {"hamlet": commune.ids["h1"], "head_name": "Võ Thị Sen"})
    page = window.show_page("reports")
    assert page.month.currentData() == "2026-11"
    page.notes["problems"].setPlainText("- Sóng điện thoại yếu ở thôn Tân Ninh.")
    page.notes["proposals"].setPlainText("Đề nghị hỗ trợ 10 điện thoại thông minh.")
    page.setting_inputs["report.signer_authority"].setCurrentIndex(
        page.setting_inputs["report.signer_authority"].findData("TM. KT."))
    page.setting_inputs["report.signer_title"].setText("PHÓ CHỦ TỊCH")
    page.setting_inputs["report.signer_name"].setText("Trần Văn Bình")
    assert page.save_settings()
    assert get_setting(db, "report.signer_name") == ("Trần Văn Bình", False)
    assert get_setting(db, "report.symbol")[1]  # untouched fields stay defaults
    task = page.generate()  # saves the typed sections first
    qtbot.waitUntil(lambda: not task.running, timeout=60000)
    assert task.error is None, task.error
    assert read_notes(db.conn, "2026-11") == {
        "problems": "- Sóng điện thoại yếu ở thôn Tân Ninh.",
        "proposals": "Đề nghị hỗ trợ 10 điện thoại thông minh."}
    (tmp_path / "shown.pdf").write_bytes(page.pdf_bytes)  # the preview works from memory
    text = " ".join(pdf_text(tmp_path / "shown.pdf").split())
    assert "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN - Sóng điện thoại yếu" in text
    assert "III. ĐỀ XUẤT, KIẾN NGHỊ" in text and "NHIỆM VỤ" not in text
    assert "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH" in text
    assert "Trần Văn Bình" in text
    target = tmp_path / "bao-cao.docx"
    task = page.save_docx(str(target))
    qtbot.waitUntil(lambda: not task.running, timeout=60000)
    assert task.error is None, task.error
    words = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "Đề nghị hỗ trợ 10 điện thoại thông minh." in words
    page.month.setCurrentIndex(1)  # another month: its own (empty) sections
    assert page.notes["problems"].toPlainText() == ""


def test_bad_setting_is_refused_on_the_page(window, commune):
    page = window.show_page("reports")
    page.setting_inputs["report.symbol"].setText("x" * 400)
    assert not page.save_settings()
    assert page.state.text()


def test_dashboard_cards_and_period_follow_the_settings(window, qtbot, commune):
    page = window.show_page("reports")
    page.setting_inputs["report.closing_day"].setCurrentIndex(1)  # closes on the 14th
    assert page.save_settings()
    assert page.month.currentData() == "2026-12"  # 23/11 is in the period ending 14/12
    dashboard = window.show_page("dashboard")
    qtbot.waitUntil(lambda: not dashboard.busy(), timeout=20000)
    assert dashboard.month.currentData() == "2026-12"
    assert dashboard.report.period.bounds() == ("2026-11-15", "2026-12-15")
    for code in ("digital_signature", "fibre_households", "digital_skills", "team_hamlets"):
        assert code in dashboard.cards and INDICATORS[code].unit == "percent"
    assert dashboard.value_of("team_hamlets").startswith("1")  # Tân Ninh has a team


def test_the_dashboard_computes_the_figures_only(commune, qtbot):
    """The dashboard shows the figures, not the team members' work or the follow-ups of
    the report: it leaves those reads out (the longest of a month at a million visits),
    and its figures are the report's."""
    from desktop.reports.collect import collect_monthly
    from desktop.services import records

    db = commune.session.db
    home = records.add(db, "household", {"hamlet": commune.ids["h1"], "head_name": "Mai Văn Sáu"})
    records.add(db, "visit", {"household": home["id"], "date": "2026-11-20", "outcome": "done",
                              "members": [commune.ids["m1"]]})
    window = commune.show_window()
    qtbot.addWidget(window)
    dashboard = window.show_page("dashboard")
    qtbot.waitUntil(lambda: not dashboard.busy(), timeout=20000)
    full = collect_monthly(db, dashboard.month.currentData())
    assert full.members and full.visits_month == 1
    shown = dashboard.report
    assert shown.members == [] and shown.follow_ups == [] and shown.trainings == []
    assert {c: (f.month, f.ytd, f.denominator) for c, f in shown.totals.items()} == {
        c: (f.month, f.ytd, f.denominator) for c, f in full.totals.items()}
    assert dashboard.value_of("visits").startswith("1")
