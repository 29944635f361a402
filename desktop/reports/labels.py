"""Labels of the reports in Vietnamese and English: the one source of report wording.

Domain terms (indicators, fields, coded values) come from `desktop.domain.indicators`
and `desktop.domain.labels`; this table holds what only the reports say. Same
(vi, en) pattern as the domain's labels.
"""

from desktop.domain.indicators import INDICATORS
from desktop.domain.labels import field_label, value_label

REPORT_LABELS: dict[str, tuple[str, str]] = {
    # official header (Decree 30/2020/NĐ-CP)
    "issuer": ("UBND {name}", "PEOPLE'S COMMITTEE OF {name}"),
    "motto": ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIETNAM"),
    "motto_sub": ("Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness"),
    "doc_number": ("Số:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-UBND",
                   "No.:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-UBND"),
    "place_date": ("{place}, ngày {day} tháng {month} năm {year}", "{place}, {date}"),
    "title": ("BÁO CÁO", "REPORT"),
    "subtitle": ("Kết quả thực hiện chuyển đổi số tháng {month}",
                 "Results of digital transformation in {month}"),
    "hub_subtitle": ("Tổng hợp kết quả chuyển đổi số của các xã tháng {month}",
                     "Digital transformation results of the communes in {month}"),
    "intro": ("Ủy ban nhân dân {commune} báo cáo kết quả thực hiện chuyển đổi số trên địa "
              "bàn trong tháng {month} như sau:",
              "The People's Committee of {commune} reports the results of digital "
              "transformation in {month} as follows:"),
    "hub_intro": ("{hub} tổng hợp kết quả chuyển đổi số tháng {month} của {count} xã, phường "
                  "đã gửi dữ liệu như sau:",
                  "{hub} summarises the digital transformation results for {month} of the "
                  "{count} communes whose data it has merged:"),
    "on_behalf": ("TM. ỦY BAN NHÂN DÂN", "ON BEHALF OF THE PEOPLE'S COMMITTEE"),
    "signer": ("CHỦ TỊCH", "CHAIRPERSON"),
    "hub_signer": ("THỦ TRƯỞNG ĐƠN VỊ", "HEAD OF UNIT"),
    "sign_hint": ("(Ký, ghi rõ họ tên, đóng dấu)", "(Signature, full name and seal)"),
    "recipients": ("Nơi nhận:", "Recipients:"),
    "recipient_up": ("- UBND tỉnh (để báo cáo);", "- Provincial People's Committee (to report);"),
    "recipient_hub": ("- Sở Khoa học và Công nghệ (để báo cáo);",
                      "- Department of Science and Technology (to report);"),
    "recipient_archive": ("- Lưu: VT.", "- Archive: VT."),
    "page": ("Trang {page}", "Page {page}"),
    # sections
    "sec_indicators": ("I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", "I. RESULTS AGAINST THE INDICATORS"),
    "sec_hamlets": ("II. KẾT QUẢ THEO THÔN", "II. RESULTS BY HAMLET"),
    "sec_progress": ("III. TIẾN ĐỘ TỪNG THÁNG TRONG NĂM", "III. MONTH-BY-MONTH PROGRESS"),
    "sec_trainings": ("IV. TẬP HUẤN CHUYỂN ĐỔI SỐ", "IV. DIGITAL TRANSFORMATION TRAINING"),
    "sec_members": ("V. HOẠT ĐỘNG CỦA TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG",
                    "V. WORK OF THE COMMUNITY DIGITAL TEAMS"),
    "sec_follow_ups": ("VI. CÁC HỘ CẦN QUAY LẠI HỖ TRỢ", "VI. FOLLOW-UPS DUE"),
    "sec_events": ("VII. NGÀY HỘI CHUYỂN ĐỔI SỐ", "VII. DIGITAL TRANSFORMATION DAYS"),
    "sec_notes": ("Ghi chú", "Notes"),
    "sec_communes": ("I. KẾT QUẢ THEO XÃ, PHƯỜNG", "I. RESULTS BY COMMUNE"),
    # summary sentences
    "summary": ("Trong tháng {month}, các Tổ công nghệ số cộng đồng đã thực hiện {visits} lượt "
                "thăm hộ, đến {households} hộ gia đình; từ đầu năm đã đến {households_ytd} trên "
                "tổng số {households_total} hộ ({coverage}). Đến cuối tháng, {eid2} người dân đã "
                "kích hoạt định danh điện tử mức 2 ({eid2_share}) và {health} người có hồ sơ sức "
                "khỏe điện tử ({health_share}).",
                "In {month}, the community digital teams made {visits} visits to {households} "
                "households; since 1 January they have reached {households_ytd} of "
                "{households_total} households ({coverage}). At the end of the month "
                "{eid2} residents had e-ID level 2 activated ({eid2_share}) and {health} had "
                "a linked health record ({health_share})."),
    "empty": ("Chưa có dữ liệu nào được ghi nhận cho xã trong tháng này; các số liệu bằng 0 "
              "hoặc để trống (–).",
              "No data has been recorded for the commune this month; figures are zero or "
              "left blank (–)."),
    "outcomes": ("Kết quả các lượt thăm trong tháng: {items}.",
                 "Outcomes of the month's visits: {items}."),
    "no_trainings": ("Trong tháng không có buổi tập huấn nào.", "No training was held this month."),
    "no_events": ("Trong tháng không tổ chức ngày hội chuyển đổi số.",
                  "No digital transformation day was held this month."),
    "no_follow_ups": ("Không có hộ nào cần quay lại.", "No follow-ups are due."),
    "follow_ups_privacy": ("Danh sách này nêu tên chủ hộ để tổ công nghệ số đến đúng nhà; đây là "
                           "phần duy nhất của báo cáo có tên người (Luật Bảo vệ dữ liệu cá nhân). "
                           "Không gửi danh sách này ra ngoài xã.",
                           "This list names the heads of household so the team finds the right "
                           "house; it is the only part of the report that names anyone (Law on "
                           "personal data protection). Do not send it outside the commune."),
    "no_members": ("Chưa có thành viên tổ công nghệ số nào.", "No team members are recorded."),
    "follow_ups_total": ("Có {total} hộ cần quay lại hỗ trợ đến hết tháng, trong đó {overdue} "
                         "hộ đã quá hạn.",
                         "{total} follow-ups are due by the end of the month, {overdue} of "
                         "them overdue."),
    "follow_ups_more": ("(Bảng dưới đây liệt kê {shown} hộ đầu tiên; danh sách đầy đủ trong "
                        "tệp Excel.)",
                        "(The table lists the first {shown}; the full list is in the Excel "
                        "file.)"),
    "trainings_total": ("Trong tháng tổ chức {count} buổi tập huấn với {present} lượt người có "
                        "mặt trên {registered} người được triệu tập ({rate}).",
                        "{count} trainings were held this month; {present} of {registered} "
                        "people invited attended ({rate})."),
    "events_total": ("Trong tháng tổ chức {count} ngày hội, phục vụ {served} lượt người dân.",
                     "{count} digital transformation days were held, serving {served} people."),
    "chart_hamlets": ("Biểu đồ 1. Tỷ lệ người dân có định danh điện tử mức 2 và hồ sơ sức khỏe "
                      "điện tử theo thôn so với chỉ tiêu",
                      "Chart 1. Residents with e-ID level 2 and with a health record by hamlet, "
                      "against target"),
    "chart_progress": ("Biểu đồ 2. Tiến độ từng tháng năm {year}",
                       "Chart 2. Month-by-month progress in {year}"),
    "legend_target": ("Chỉ tiêu", "Target"),
    "legend_coverage": ("Hộ đã được thăm (lũy kế)", "Households visited (cumulative)"),
    "table_hamlet_visits": ("Bảng 2. Thăm hộ, dịch vụ công và thương mại điện tử theo thôn",
                            "Table 2. Visits, public services and e-commerce by hamlet"),
    "table_hamlet_uptake": ("Bảng 3. Định danh điện tử, sổ sức khỏe, điện thoại thông minh và "
                            "tài khoản thanh toán theo thôn",
                            "Table 3. e-ID, health record, smartphones and payment accounts "
                            "by hamlet"),
    "table_indicators": ("Bảng 1. Các chỉ tiêu của xã", "Table 1. The commune's indicators"),
    # column headings
    "col_stt": ("STT", "No."),
    "col_indicator": ("Chỉ tiêu", "Indicator"),
    "col_month": ("Tháng {month}", "{month}"),
    "col_ytd": ("Từ đầu năm", "Year to date"),
    "col_share": ("Tỷ lệ", "Share"),
    "col_target": ("Chỉ tiêu năm", "Year target"),
    "col_achieved": ("Đạt so với chỉ tiêu", "Of target"),
    "col_change": ("Tăng/ giảm", "Change"),
    "col_hamlet": ("Thôn", "Hamlet"),
    "col_households": ("Số hộ", "Households"),
    "col_residents": ("Số dân", "Residents"),
    "col_visited_month": ("Hộ được thăm trong tháng", "Households visited in month"),
    "col_visited_ytd": ("Hộ được thăm từ đầu năm", "Households visited this year"),
    "col_coverage": ("Tỷ lệ bao phủ", "Coverage"),
    "col_public_month": ("Hồ sơ DVC trực tuyến trong tháng", "Online public service (month)"),
    "col_ecommerce": ("Hộ bán hàng TMĐT", "Households on e-commerce"),
    "col_eid2": ("Định danh mức 2", "e-ID level 2"),
    "col_eid1": ("Định danh mức 1 trở lên", "e-ID level 1 or more"),
    "col_health": ("Hồ sơ sức khỏe điện tử", "Health record"),
    "col_smartphone": ("Người lớn có ĐTTM", "Adults with smartphone"),
    "col_payment": ("Người từ 15 tuổi có TKTT", "Aged 15+ with payment account"),
    "col_count": ("Số người", "People"),
    "col_training": ("Buổi tập huấn", "Training"),
    "col_bridge_point": ("Điểm cầu", "Bridge point"),
    "col_registered": ("Triệu tập", "Invited"),
    "col_present": ("Có mặt", "Present"),
    "col_absent": ("Vắng", "Absent"),
    "col_excused": ("Vắng có phép", "Excused"),
    "col_rate": ("Tỷ lệ có mặt", "Attendance"),
    "col_unit": ("Đơn vị", "Unit"),
    "col_member": ("Thành viên", "Team member"),
    "col_role": ("Vai trò", "Role"),
    "col_visits": ("Lượt thăm", "Visits"),
    "col_helped": ("Người dân được hỗ trợ", "Residents helped"),
    "col_visit_date": ("Ngày thăm", "Visit date"),
    "col_due": ("Ngày hẹn", "Due"),
    "col_household": ("Chủ hộ", "Head of household"),
    "col_overdue": ("Quá hạn", "Overdue"),
    "col_date": ("Ngày", "Date"),
    "col_place": ("Địa điểm", "Place"),
    "col_partners": ("Đơn vị tham gia", "Partners"),
    "col_served": ("Số người được phục vụ", "People served"),
    "col_commune": ("Xã, phường", "Commune"),
    "col_code": ("Mã", "Code"),
    "col_last_bundle": ("Dữ liệu gửi lần cuối", "Last bundle"),
    "col_visits_month": ("Lượt thăm trong tháng", "Visits in month"),
    "col_trainings": ("Buổi tập huấn", "Trainings"),
    "col_participants": ("Lượt người tham gia tập huấn", "Training participants"),
    "col_eid2_share": ("Tỷ lệ định danh mức 2", "e-ID level 2 share"),
    "col_health_share": ("Tỷ lệ có hồ sơ sức khỏe", "Health record share"),
    "col_events": ("Ngày hội", "Events"),
    "col_series_month": ("Tháng", "Month"),
    "total": ("Tổng cộng", "Total"),
    "commune_total": ("Toàn xã", "Whole commune"),
    "other_hamlet": ("Chưa rõ thôn", "Hamlet unknown"),
    "no_point": ("Chưa ghi điểm cầu", "No bridge point"),
    "no_unit": ("Chưa ghi đơn vị", "No unit"),
    "yes": ("Có", "Yes"),
    "never": ("Chưa gửi", "Never"),
    "stale": ("(quá {days} ngày)", "({days} days ago)"),
    # notes under the tables
    "note_flows": ("Hộ được thăm, hồ sơ dịch vụ công, tập huấn và ngày hội tính trong tháng và "
                   "cộng dồn từ ngày 01/01; định danh điện tử và sổ sức khỏe điện tử tính số "
                   "người tại cuối tháng, cột «Từ đầu năm» là số tăng thêm từ ngày 01/01.",
                   "Visits, public service submissions, trainings and events are counted within "
                   "the month and since 1 January; e-ID and health records count people at the "
                   "end of the month, and «Year to date» is the gain since 1 January."),
    "note_snapshot": ("(*) Điện thoại thông minh, tài khoản thanh toán và bán hàng trên sàn "
                      "TMĐT là số liệu hiện trạng tại thời điểm lập báo cáo, không có số liệu "
                      "theo từng tháng.",
                      "(*) Smartphones, payment accounts and e-commerce are the state recorded "
                      "when the report was made; there is no month-by-month history."),
    "note_visits": ("Hộ được thăm: có ít nhất một lượt thăm gặp được người trong hộ (không tính "
                    "lượt «không có nhà»). Tuổi tính theo năm sinh.",
                    "A household counts as visited when a visit found someone at home. Ages "
                    "are counted from the year of birth."),
    "note_hub": ("Xã có dữ liệu gửi lần cuối quá {days} ngày được đánh dấu để nhắc gửi bổ "
                 "sung.",
                 "Communes whose last bundle is older than {days} days are marked as stale."),
    # training attendance sheet
    "sheet_title": ("DANH SÁCH ĐIỂM DANH", "ATTENDANCE LIST"),
    "sheet_subtitle": ("Hội nghị tập huấn: {title}", "Training session: {title}"),
    "sheet_when": ("Thời gian: {time}, ngày {date}", "Time: {time}, {date}"),
    "sheet_venue": ("Địa điểm: {venue}", "Venue: {venue}"),
    "sheet_mode": ("Hình thức: {mode}", "Mode: {mode}"),
    "col_name": ("Họ và tên", "Full name"),
    "col_position": ("Chức vụ", "Position"),
    "col_status": ("Có mặt/ Vắng", "Present/ Absent"),
    "col_signature": ("Ký tên", "Signature"),
    "sheet_summary": ("TỔNG HỢP", "SUMMARY"),
    "sheet_point": ("Điểm cầu: {name}", "Bridge point: {name}"),
    "sheet_empty": ("Chưa có người tham dự nào được ghi nhận.", "No attendees are recorded."),
    "sheet_signer_left": ("NGƯỜI LẬP DANH SÁCH", "PREPARED BY"),
    "sheet_signer_right": ("ĐƠN VỊ TỔ CHỨC", "ORGANISER"),
    "sheet_sign_hint": ("(Ký, ghi rõ họ tên)", "(Signature and full name)"),
    # Excel sheet names (at most 31 characters)
    "xl_indicators": ("Chỉ tiêu", "Indicators"),
    "xl_hamlets": ("Theo thôn", "By hamlet"),
    "xl_series": ("Theo tháng", "By month"),
    "xl_trainings": ("Tập huấn", "Trainings"),
    "xl_units": ("Tập huấn theo đơn vị", "Trainings by unit"),
    "xl_members": ("Tổ công nghệ số", "Team members"),
    "xl_follow_ups": ("Hộ cần quay lại", "Follow-ups"),
    "xl_events": ("Ngày hội", "Events"),
    "xl_communes": ("Theo xã", "By commune"),
}


def label(key: str, lang: str = "vi", **params) -> str:
    """The report label `key` in `lang`, with `params` filled in."""
    vi, en = REPORT_LABELS[key]
    text = en if lang == "en" else vi
    return text.format(**params) if params else text


def indicator_label(code: str, lang: str = "vi") -> str:
    """The name of an indicator (from the domain's INDICATORS)."""
    return INDICATORS[code].label(lang)


def coded(field: str, value: str | None, lang: str = "vi") -> str:
    """A coded value's label (outcome, role, mode, status), from the domain labels."""
    return value_label(field, value, lang)


def field_name(field: str, lang: str = "vi") -> str:
    """A field's label, from the domain labels."""
    return field_label(field, lang)
