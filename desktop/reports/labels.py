"""Labels of the reports in Vietnamese and English: the one source of report wording.

Indicator names come from the indicator table (desktop/domain/indicators.py) and
coded values from `desktop.domain.labels`; this table holds what only the reports
say. `{unit}` is the unit's own word (xã, phường, đặc khu) and `{hamlet}` its
hamlets' word, so a ward's report never says "xã".
"""

from desktop.domain.indicators import INDICATORS
from desktop.domain.labels import field_label, value_label

# Decree 30/2020: an abbreviation is spelled out where it is first used.
ABBREVIATIONS = {
    "vi": {"DVC": "dịch vụ công", "TMĐT": "thương mại điện tử",
           "ĐTTM": "điện thoại thông minh", "TKTT": "tài khoản thanh toán",
           "ĐDĐT": "định danh điện tử", "CNSCĐ": "công nghệ số cộng đồng"},
    "en": {},
}

REPORT_LABELS: dict[str, tuple[str, str]] = {
    # official header (Decree 30/2020/NĐ-CP)
    "motto": ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIETNAM"),
    "motto_sub": ("Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness"),
    "doc_number": ("Số:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/{symbol}",
                   "No.:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/{symbol}"),
    "place_date": ("{place}, ngày {day} tháng {month} năm {year}", "{place}, {date}"),
    "title": ("BÁO CÁO", "REPORT"),
    "subtitle": ("Kết quả thực hiện chuyển đổi số tháng {month}",
                 "Results of digital transformation in {month}"),
    "hub_subtitle": ("Tổng hợp kết quả chuyển đổi số của các xã, phường, đặc khu tháng {month}",
                     "Digital transformation results of the communes in {month}"),
    "intro": ("Ủy ban nhân dân {commune} báo cáo kết quả thực hiện chuyển đổi số trên địa "
              "bàn tháng {month}{span} như sau:",
              "The People's Committee of {commune} reports the results of digital "
              "transformation in {month}{span} as follows:"),
    "span": (" (số liệu từ ngày {start} đến ngày {end})", " (data from {start} to {end})"),
    "hub_intro": ("{hub} tổng hợp kết quả chuyển đổi số tháng {month}{span} của các xã, "
                  "phường, đặc khu{where} như sau:",
                  "{hub} summarises the digital transformation results for {month}{span} of "
                  "the communes{where} as follows:"),
    "hub_where": (" trên địa bàn {province}", " of {province}"),
    "hub_reported": ("Đã có {count}/{expected} xã, phường, đặc khu báo cáo (dữ liệu đã được "
                     "tổng hợp); {missing} đơn vị chưa báo cáo.",
                     "{count} of {expected} communes have reported (their data is merged); "
                     "{missing} have not."),
    "hub_reported_all": ("Đã có {count}/{expected} xã, phường, đặc khu báo cáo.",
                         "{count} of {expected} communes have reported."),
    "hub_reported_count": ("Đã có {count} xã, phường, đặc khu gửi dữ liệu.",
                           "{count} communes have sent their data."),
    "hub_missing_list": ("Các đơn vị chưa báo cáo: {names}.", "Not reported yet: {names}."),
    "hub_missing_appendix": ("Danh sách các đơn vị chưa báo cáo tại Phụ lục.",
                             "The units that have not reported are listed in the appendix."),
    "hub_foreign": ("Lưu ý: dữ liệu của {count} đơn vị không thuộc {province} ({names}) đã "
                    "được nhập vào trạm tổng hợp nhưng không được tính vào số liệu tổng hợp.",
                    "Note: data of {count} units outside {province} ({names}) was merged into "
                    "this hub but is left out of the totals."),
    "closing": ("Trên đây là báo cáo kết quả thực hiện chuyển đổi số tháng {month} của Ủy "
                "ban nhân dân {commune}./.",
                "This is the report of the People's Committee of {commune} on digital "
                "transformation in {month}./."),
    "hub_closing": ("Trên đây là báo cáo tổng hợp kết quả chuyển đổi số tháng {month} của "
                    "{hub}./.",
                    "This is the summary of digital transformation results in {month} by "
                    "{hub}./."),
    "recipients": ("Nơi nhận:", "Recipients:"),
    "recipient_line": ("- {text};", "- {text};"),
    "archive": ("- Lưu: VT{unit}.", "- Archive: VT{unit}."),
    "appendix": ("PHỤ LỤC", "APPENDIX"),
    "appendix_sub": ("(Kèm theo Báo cáo số\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/{symbol} ngày "
                     "{date} của {issuer})",
                     "(Attached to report No.\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/{symbol} of "
                     "{date} by {issuer})"),
    # sections
    "sec_results": ("I. KẾT QUẢ THỰC HIỆN", "I. RESULTS"),
    "sec_indicators": ("1. Các chỉ tiêu chủ yếu", "1. The main indicators"),
    "sec_hamlets": ("2. Kết quả theo {hamlet_lower}", "2. Results by {hamlet_lower}"),
    "sec_progress": ("3. Tiến độ từng tháng trong năm", "3. Month-by-month progress"),
    "sec_skills": ("4. Bình dân học vụ số và tập huấn chuyển đổi số",
                   "4. Digital literacy for all and digital transformation training"),
    "sec_team": ("5. Tổ công nghệ số cộng đồng", "5. The community digital teams"),
    "sec_events": ("6. Ngày hội chuyển đổi số", "6. Digital transformation days"),
    "sec_follow_ups": ("7. Các hộ cần quay lại hỗ trợ", "7. Follow-ups due"),
    "sec_notes": ("Ghi chú", "Notes"),
    "sec_officer": ("{number}. {title}", "{number}. {title}"),
    "hub_sec_totals": ("I. KẾT QUẢ CHUNG", "I. OVERALL RESULTS"),
    "hub_sec_communes": ("II. KẾT QUẢ THEO XÃ, PHƯỜNG, ĐẶC KHU", "II. RESULTS BY COMMUNE"),
    "app_trainings": ("{number}. Tập huấn theo điểm cầu", "{number}. Training by bridge point"),
    "app_training": ("Buổi tập huấn: {title} ({date})", "Training: {title} ({date})"),
    "app_units": ("{number}. Người tham gia tập huấn theo đơn vị",
                  "{number}. Training participants by unit"),
    "app_members": ("{number}. Hoạt động của thành viên Tổ công nghệ số cộng đồng",
                    "{number}. Work of the team members"),
    "app_follow_ups": ("{number}. Các hộ cần quay lại hỗ trợ", "{number}. Follow-ups due"),
    "app_missing": ("{number}. Các xã, phường, đặc khu chưa báo cáo",
                    "{number}. Communes that have not reported"),
    "app_foreign": ("{number}. Đơn vị ngoài {province} (không tính vào tổng hợp)",
                    "{number}. Units outside {province} (left out of the totals)"),
    # summary sentences
    "summary": ("Trong tháng {month}, các Tổ công nghệ số cộng đồng đã thực hiện {visits} lượt "
                "thăm hộ, đến {households} hộ gia đình; từ đầu năm đã đến {households_ytd} trên "
                "tổng số {households_total} hộ ({coverage}). Đến cuối tháng, {eid2} công dân từ "
                "đủ {eid_age} tuổi đã kích hoạt định danh điện tử mức 2 ({eid2_share}) và "
                "{health} người dân có hồ sơ sức khỏe điện tử ({health_share}).",
                "In {month}, the community digital teams made {visits} visits to {households} "
                "households; since the year began they have reached {households_ytd} of "
                "{households_total} households ({coverage}). At the end of the month "
                "{eid2} citizens aged {eid_age}+ had e-ID level 2 activated ({eid2_share}) and "
                "{health} residents had a linked health record ({health_share})."),
    "empty": ("Chưa có dữ liệu nào được ghi nhận cho {unit} trong tháng này; các số liệu bằng 0 "
              "hoặc để trống (–).",
              "No data has been recorded for the {unit} this month; figures are zero or "
              "left blank (–)."),
    "outcomes": ("Kết quả các lượt thăm trong tháng: {items}.",
                 "Outcomes of the month's visits: {items}."),
    "skills_text": ("Đến cuối tháng, {done} người từ đủ {age} tuổi đã hoàn thành chương trình kỹ "
                    "năng số cơ bản ({share}), trong đó {vneid} người học trên nền tảng VNeID và "
                    "{in_class} người học tại lớp. Trong tháng mở {classes} lớp Bình dân học vụ số "
                    "với {learners} lượt học viên có mặt; từ đầu năm {classes_ytd} lớp, "
                    "{learners_ytd} lượt học viên.",
                    "At the end of the month {done} people aged {age}+ had completed the basic "
                    "digital "
                    "skills course ({share}): {vneid} on the VNeID platform and {in_class} in a "
                    "class. {classes} digital literacy classes were held this month with "
                    "{learners} learners present; {classes_ytd} classes and {learners_ytd} "
                    "learners since the year began."),
    "no_trainings": ("Trong tháng không có buổi tập huấn nào.", "No training was held this month."),
    "trainings_total": ("Trong tháng tổ chức {count} buổi tập huấn tại {points} điểm cầu với "
                        "{present} lượt người có mặt trên {registered} người được triệu tập "
                        "({rate}).",
                        "{count} trainings were held this month at {points} bridge points; "
                        "{present} of {registered} people invited attended ({rate})."),
    "trainings_appendix": ("Danh sách theo điểm cầu và theo đơn vị tại Phụ lục.",
                           "Attendance by bridge point and by unit is in the appendix."),
    "team_text": ("{with_team}/{hamlets} {hamlet_lower} có Tổ công nghệ số cộng đồng "
                  "({team_share}); các tổ có {members} thành viên, trong đó {active} thành viên "
                  "đang hoạt động ({active_share}). Trong tháng, các thành viên đã thực hiện "
                  "{visits} lượt thăm hộ và giúp {helped} lượt người dân chuyển bước định danh "
                  "điện tử hoặc hồ sơ sức khỏe điện tử.",
                  "{with_team} of {hamlets} {hamlet_lower} have a community digital team "
                  "({team_share}); the teams have {members} members, {active} of them active "
                  "({active_share}). This month the members made {visits} visits and helped "
                  "residents move an e-ID or health-record stage {helped} times."),
    "members_appendix": ("Kết quả của từng thành viên tại Phụ lục.",
                         "Each member's work is in the appendix."),
    "no_events": ("Trong tháng không tổ chức ngày hội chuyển đổi số.",
                  "No digital transformation day was held this month."),
    "events_total": ("Trong tháng tổ chức {count} ngày hội, phục vụ {served} lượt người dân.",
                     "{count} digital transformation days were held, serving {served} people."),
    "events_ytd": ("Từ đầu năm: {count} ngày hội, {served} lượt người dân được phục vụ.",
                   "Since the year began: {count} days, {served} people served."),
    "no_follow_ups": ("Không có hộ nào cần quay lại.", "No follow-ups are due."),
    "follow_ups_privacy": ("Danh sách này nêu tên chủ hộ để tổ công nghệ số đến đúng nhà; đây là "
                           "phần duy nhất của báo cáo có tên người (Luật Bảo vệ dữ liệu cá nhân). "
                           "Không gửi danh sách này ra ngoài {unit}.",
                           "This list names the heads of household so the team finds the right "
                           "house; it is the only part of the report that names anyone (Law on "
                           "personal data protection). Do not send it outside the {unit}."),
    "follow_ups_total": ("Có {total} hộ cần quay lại hỗ trợ đến hết tháng, trong đó {overdue} "
                         "hộ đã quá hạn; danh sách tại Phụ lục.",
                         "{total} follow-ups are due by the end of the month, {overdue} of "
                         "them overdue; the list is in the appendix."),
    "follow_ups_more": ("Danh sách dưới đây gồm {shown} hộ hẹn sớm nhất; danh sách đầy đủ "
                        "trong tệp Excel.",
                        "The list shows the {shown} due first; the full list is in the Excel "
                        "file."),
    "chart_hamlets": ("Biểu đồ 1. Tỷ lệ có định danh điện tử mức 2 và hồ sơ sức khỏe điện tử "
                      "theo {hamlet_lower} so với chỉ tiêu",
                      "Chart 1. e-ID level 2 and health records by {hamlet_lower}, against "
                      "target"),
    "chart_hamlets_more": ("Biểu đồ 1 (tiếp theo)", "Chart 1 (continued)"),
    "chart_progress": ("Biểu đồ 2. Tiến độ từng tháng năm {year}",
                       "Chart 2. Month-by-month progress in {year}"),
    "legend_target": ("Chỉ tiêu", "Target"),
    "legend_coverage": ("Hộ đã được thăm (lũy kế)", "Households visited (cumulative)"),
    "legend_eid2": ("Định danh điện tử mức 2", "e-ID level 2"),
    "legend_health": ("Hồ sơ sức khỏe điện tử", "Health record"),
    "table_indicators": ("Bảng 1. Các chỉ tiêu của {unit}", "Table 1. The {unit}'s indicators"),
    "table_hamlet_visits": ("Bảng 2. Thăm hộ, dịch vụ công, thương mại điện tử và Internet "
                            "cáp quang theo {hamlet_lower}",
                            "Table 2. Visits, public services, e-commerce and fibre by "
                            "{hamlet_lower}"),
    "table_hamlet_uptake": ("Bảng 3. Định danh điện tử, sổ sức khỏe, điện thoại thông minh và "
                            "tài khoản thanh toán theo {hamlet_lower}",
                            "Table 3. e-ID, health records, smartphones and payment accounts "
                            "by {hamlet_lower}"),
    "table_trainings": ("Bảng 4. Các buổi tập huấn trong tháng", "Table 4. Trainings held"),
    "table_event_services": ("Bảng 5. Dịch vụ thực hiện tại ngày hội theo loại",
                             "Table 5. Services performed at the days, by type"),
    "hub_table_totals": ("Bảng 1. Các chỉ tiêu toàn {where}", "Table 1. Indicators of {where}"),
    "hub_table_a": ("Bảng 2. Thăm hộ, định danh điện tử, sổ sức khỏe và hoạt động theo xã, "
                    "phường, đặc khu",
                    "Table 2. Visits, e-ID, health records and activities by commune"),
    "hub_table_b": ("Bảng 3. Xã hội số và Tổ công nghệ số cộng đồng theo xã, phường, đặc khu",
                    "Table 3. Digital society and community teams by commune"),
    "series_table": ("Số liệu của Biểu đồ 2", "The figures of Chart 2"),
    # column headings
    "col_stt": ("STT", "No."),
    "col_indicator": ("Chỉ tiêu", "Indicator"),
    "col_month": ("Tháng {month}", "{month}"),
    "col_ytd": ("Từ đầu năm", "Year to date"),
    "col_share": ("Tỷ lệ", "Share"),
    "col_base": ("Tổng số làm căn cứ", "Base"),
    "col_target": ("Chỉ tiêu năm", "Year target"),
    "col_achieved": ("Đạt so với chỉ tiêu", "Of target"),
    "col_change": ("Tăng/ giảm", "Change"),
    "col_hamlet_generic": ("Thôn, tổ dân phố", "Hamlet"),
    "col_households": ("Số hộ", "Households"),
    "col_residents": ("Số dân", "Residents"),
    "col_visited_month": ("Hộ được thăm trong tháng", "Households visited in month"),
    "col_visited_ytd": ("Hộ được thăm từ đầu năm", "Households visited this year"),
    "col_coverage": ("Tỷ lệ bao phủ", "Coverage"),
    "col_public_month": ("Hồ sơ DVC trực tuyến trong tháng", "Online public-service dossiers"),
    "col_ecommerce": ("Hộ bán hàng TMĐT", "Households on e-commerce"),
    "col_fibre": ("Hộ có Internet cáp quang", "Households with fibre"),
    "col_eid2": ("ĐDĐT mức 2 (từ {age} tuổi)", "e-ID level 2 (aged {age}+)"),
    "col_eid1": ("ĐDĐT mức 1 trở lên", "e-ID level 1 or higher"),
    "col_health": ("Hồ sơ sức khỏe điện tử", "Health record"),
    "col_smartphone": ("Người từ {age} tuổi có ĐTTM", "Aged {age}+ with a smartphone"),
    "col_payment": ("Người từ {age} tuổi có TKTT", "Aged {age}+ with a payment account"),
    "col_signature": ("Người từ {age} tuổi có chữ ký số", "Aged {age}+ with a digital signature"),
    "col_skills": ("Hoàn thành kỹ năng số cơ bản", "Basic digital skills"),
    "col_team": ("Thôn, tổ dân phố có Tổ CNSCĐ", "Hamlets with a team"),
    "col_count": ("Số người", "People"),
    "col_training": ("Buổi tập huấn", "Training"),
    "col_points": ("Số điểm cầu", "Bridge points"),
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
    "col_service": ("Dịch vụ", "Service"),
    "col_commune": ("Xã, phường, đặc khu", "Commune"),
    "col_code": ("Mã", "Code"),
    "col_last_bundle": ("Dữ liệu gửi lần cuối", "Last bundle"),
    "col_visits_month": ("Lượt thăm trong tháng", "Visits in month"),
    "col_trainings": ("Buổi tập huấn", "Trainings"),
    "col_eid2_share": ("Tỷ lệ ĐDĐT mức 2", "e-ID level 2 share"),
    "col_health_share": ("Tỷ lệ có hồ sơ sức khỏe", "Health record share"),
    "col_events": ("Ngày hội", "Events"),
    "col_series_month": ("Tháng", "Month"),
    "col_province": ("Tỉnh, thành phố", "Province"),
    "total": ("Tổng cộng", "Total"),
    "other_hamlet": ("Chưa rõ thôn", "Hamlet unknown"),
    "no_point": ("Chưa ghi điểm cầu", "No bridge point"),
    "no_unit": ("Chưa ghi đơn vị", "No unit"),
    "yes": ("Có", "Yes"),
    "never": ("Chưa gửi", "Never"),
    "literacy_mark": (" (lớp Bình dân học vụ số)", " (digital literacy class)"),
    # notes under the tables
    "note_flows": ("Hộ được thăm, lượt thăm, hồ sơ dịch vụ công, tập huấn và ngày hội tính "
                   "trong tháng và cộng dồn từ đầu năm; định danh điện tử, sổ sức khỏe điện tử "
                   "và kỹ năng số tính số người tại cuối tháng, cột «Từ đầu năm» là số tăng "
                   "thêm từ đầu năm.",
                   "Visits, households visited, public-service dossiers, trainings and events "
                   "are counted within the month and since the year began; e-ID, health "
                   "records and digital skills count people at the end of the month, and "
                   "«Year to date» is the gain since the year began."),
    "note_visits": ("Hộ được thăm: có ít nhất một lượt thăm gặp được người trong hộ (không tính "
                    "lượt «không có nhà»). Tuổi tính theo năm sinh; người chưa rõ năm sinh "
                    "không được tính vào các chỉ tiêu theo độ tuổi.",
                    "A household counts as visited when a visit found someone at home. Ages "
                    "are counted from the year of birth; residents without one are left out "
                    "of the age-based indicators."),
    "note_ages": ("Định danh điện tử mức 2 tính trên công dân từ đủ {eid} tuổi (Nghị định "
                  "69/2024/NĐ-CP); tài khoản thanh toán trên người từ đủ {pay} tuổi, điện thoại "
                  "thông minh và chữ ký số trên người từ đủ {adult} tuổi (Quyết định "
                  "411/QĐ-TTg).",
                  "e-ID level 2 is a share of citizens aged {eid}+ (Decree 69/2024); payment "
                  "accounts of people aged {pay}+, smartphones and digital signatures of "
                  "people aged {adult}+ (Decision 411/QĐ-TTg)."),
    "note_public": ("Hồ sơ dịch vụ công trực tuyến gồm hồ sơ được hỗ trợ khi thăm hộ và tại "
                    "ngày hội chuyển đổi số; hồ sơ tại ngày hội chỉ tính vào tổng của {unit}.",
                    "Online public-service dossiers include those assisted on visits and at "
                    "digital transformation days; a day's dossiers count only in the {unit}'s "
                    "total."),
    "note_snapshot": ("(*) Điện thoại thông minh, tài khoản thanh toán, chữ ký số, Internet cáp "
                      "quang và bán hàng trên sàn thương mại điện tử là số liệu hiện trạng tại "
                      "thời điểm lập báo cáo, không có số liệu theo từng tháng.",
                      "(*) Smartphones, payment accounts, digital signatures, fibre and "
                      "e-commerce are the state recorded when the report was made; there is "
                      "no month-by-month history."),
    "note_hub": ("Xã có dữ liệu gửi lần cuối quá {days} ngày được tô màu để nhắc gửi bổ sung.",
                 "Communes whose last bundle is older than {days} days are shaded as stale."),
    # training attendance sheet
    "sheet_title": ("DANH SÁCH ĐIỂM DANH", "ATTENDANCE LIST"),
    "sheet_subtitle": ("Hội nghị tập huấn: {title}", "Training session: {title}"),
    "sheet_when": ("Thời gian: {time}, ngày {date}", "Time: {time}, {date}"),
    "sheet_venue": ("Địa điểm: {venue}", "Venue: {venue}"),
    "sheet_mode": ("Hình thức: {mode}", "Mode: {mode}"),
    "col_name": ("Họ và tên", "Full name"),
    "col_position": ("Chức vụ", "Position"),
    "col_status": ("Có mặt/ Vắng", "Present/ Absent"),
    "col_sign": ("Ký tên", "Signature"),
    "sheet_summary": ("TỔNG HỢP THEO ĐIỂM CẦU", "SUMMARY BY BRIDGE POINT"),
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
    "xl_event_services": ("Dịch vụ tại ngày hội", "Services at the days"),
    "xl_definitions": ("Định nghĩa chỉ tiêu", "Definitions"),
    "xl_communes": ("Theo xã", "By commune"),
    "xl_missing": ("Chưa báo cáo", "Not reported"),
    "col_code_indicator": ("Mã chỉ tiêu", "Code"),
    "col_measure": ("Cách tính", "Counted as"),
    "col_age": ("Ngưỡng tuổi", "Age threshold"),
    "col_source": ("Căn cứ", "Source"),
    "col_numerator": ("Tử số (SQL)", "Numerator (SQL)"),
    "col_denominator": ("Mẫu số (SQL)", "Denominator (SQL)"),
    "measure_flow": ("Trong kỳ", "Within the period"),
    "measure_state": ("Tại cuối kỳ (theo lịch sử)", "At the period's end (from history)"),
    "measure_snapshot": ("Hiện trạng khi lập báo cáo", "As recorded now"),
}


def label(key: str, lang: str = "vi", **params) -> str:
    """The report label `key` in `lang`, with `params` filled in."""
    vi, en = REPORT_LABELS[key]
    text = en if lang == "en" else vi
    return text.format(**params) if params else text


def indicator_label(code: str, lang: str = "vi", ages: dict | None = None) -> str:
    """The name of an indicator (from the indicator table), with the age threshold in
    force (`ages`: {code: years}, as the settings set them)."""
    return INDICATORS[code].label(lang, (ages or {}).get(code))


def coded(field: str, value: str | None, lang: str = "vi") -> str:
    """A coded value's label (outcome, role, mode, status), from the domain labels."""
    return value_label(field, value, lang)


def field_name(field: str, lang: str = "vi") -> str:
    """A field's label, from the domain labels."""
    return field_label(field, lang)
