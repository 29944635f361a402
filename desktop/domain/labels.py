"""Labels of fields and coded values, in Vietnamese and English: the one translation
source for domain terms, used by messages, exports, reports and the command line.
"""

FIELD_LABELS: dict[str, tuple[str, str]] = {
    "name": ("Tên", "Name"),
    "kind": ("Loại", "Kind"),
    "full_name": ("Họ và tên", "Full name"),
    "role": ("Vai trò", "Role"),
    "hamlet": ("Thôn", "Hamlet"),
    "hamlet_id": ("Thôn", "Hamlet"),
    "phone": ("Số điện thoại", "Phone"),
    "active": ("Đang hoạt động", "Active"),
    "head_name": ("Họ và tên chủ hộ", "Head of household"),
    "address": ("Địa chỉ", "Address"),
    "members_count": ("Số nhân khẩu", "Members"),
    "has_smartphone": ("Có điện thoại thông minh", "Has a smartphone"),
    "sells_online": ("Bán hàng trên sàn TMĐT", "Sells on e-commerce"),
    "household": ("Hộ gia đình", "Household"),
    "household_id": ("Hộ gia đình", "Household"),
    "birth": ("Ngày sinh", "Date of birth"),
    "birth_year": ("Năm sinh", "Birth year"),
    "birth_date": ("Ngày sinh", "Date of birth"),
    "gender": ("Giới tính", "Gender"),
    "cccd": ("Số định danh cá nhân (CCCD)", "Personal ID number (CCCD)"),
    "has_payment_account": ("Có tài khoản thanh toán", "Has a payment account"),
    "has_fibre": ("Có Internet cáp quang", "Has fibre broadband"),
    "has_digital_signature": ("Có chữ ký số", "Has a digital signature"),
    "digital_skills_date": ("Ngày hoàn thành kỹ năng số cơ bản",
                            "Basic digital skills completed on"),
    "digital_skills_via": ("Hình thức học kỹ năng số", "Digital skills learned"),
    "dossiers": ("Số hồ sơ dịch vụ công trực tuyến", "Online public-service dossiers"),
    "literacy_class": ("Lớp Bình dân học vụ số", "Digital literacy class"),
    "eid_stage": ("Định danh điện tử", "e-ID stage"),
    "health_stage": ("Sổ sức khỏe điện tử", "Health record stage"),
    "date": ("Ngày", "Date"),
    "members": ("Thành viên tổ đi thăm", "Team members"),
    "services": ("Dịch vụ đã hỗ trợ", "Services helped with"),
    "outcome": ("Kết quả", "Outcome"),
    "follow_up_date": ("Ngày hẹn quay lại", "Follow-up date"),
    "notes": ("Ghi chú", "Notes"),
    "resident_updates": ("Cập nhật người dân", "Resident updates"),
    "resident": ("Người dân", "Resident"),
    "title": ("Tên buổi tập huấn", "Title"),
    "topics": ("Nội dung", "Topics"),
    "starts_at": ("Bắt đầu", "Start"),
    "ends_at": ("Kết thúc", "End"),
    "organiser": ("Đơn vị tổ chức", "Organiser"),
    "trainers": ("Giảng viên", "Trainers"),
    "mode": ("Hình thức", "Mode"),
    "venue": ("Địa điểm", "Venue"),
    "location": ("Vị trí", "Location"),
    "bridge_points": ("Điểm cầu", "Bridge points"),
    "bridge_point": ("Điểm cầu", "Bridge point"),
    "bridge_point_id": ("Điểm cầu", "Bridge point"),
    "training": ("Buổi tập huấn", "Training session"),
    "training_id": ("Buổi tập huấn", "Training session"),
    "unit": ("Đơn vị công tác", "Unit"),
    "position": ("Chức vụ", "Position"),
    "commune": ("Xã", "Commune"),
    "status": ("Trạng thái", "Status"),
    "place": ("Địa điểm", "Place"),
    "partners": ("Đơn vị tham gia", "Partners"),
    "people_served": ("Số người được phục vụ", "People served"),
    "year": ("Năm", "Year"),
    "indicator": ("Chỉ tiêu", "Indicator"),
    "value": ("Giá trị", "Value"),
    "correction": ("Đính chính", "Correction"),
    "stt": ("STT", "No."),
    "participants": ("Số người tham dự", "Participants"),
    "id": ("Mã", "Id"),
}

VALUE_LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "eid_stage": {
        "not_started": ("Chưa bắt đầu", "Not started"),
        "app_installed": ("Đã cài VNeID", "App installed"),
        "level1": ("Mức 1", "Level 1"),
        "level2_submitted": ("Đã nộp hồ sơ mức 2", "Level 2 submitted"),
        "level2_activated": ("Đã kích hoạt mức 2", "Level 2 activated"),
    },
    "health_stage": {
        "not_started": ("Chưa bắt đầu", "Not started"),
        "app_installed": ("Đã cài ứng dụng", "App installed"),
        "registered": ("Đã đăng ký tài khoản", "Account registered"),
        "linked": ("Đã liên kết hồ sơ", "Record linked"),
    },
    "outcome": {
        "done": ("Đã hoàn thành", "Done"),
        "not_home": ("Không có nhà", "Not at home"),
        "refused": ("Từ chối", "Refused"),
        "follow_up": ("Cần quay lại", "Needs follow-up"),
    },
    "services": {
        "vneid_install": ("Cài đặt VNeID", "VNeID install"),
        "eid_level2": ("Hỗ trợ định danh mức 2", "e-ID level 2 support"),
        "health_book": ("Sổ sức khỏe điện tử", "Health book"),
        "public_service": ("Dịch vụ công trực tuyến", "Online public service"),
        "payment": ("Tài khoản / thanh toán không dùng tiền mặt", "Payment account or cashless payment"),
        "ecommerce": ("Thương mại điện tử", "E-commerce"),
        "online_safety": ("An toàn trên mạng", "Online safety"),
        "other": ("Khác", "Other"),
    },
    "gender": {"male": ("Nam", "Male"), "female": ("Nữ", "Female")},
    "digital_skills_via": {
        "vneid": ("Trên nền tảng VNeID", "On the VNeID platform"),
        "class": ("Tại lớp học", "In a class"),
    },
    "role": {"leader": ("Tổ trưởng", "Team leader"), "deputy": ("Tổ phó", "Deputy leader"),
             "member": ("Thành viên", "Member")},
    "mode": {
        "in_person": ("Trực tiếp", "In person"),
        "online": ("Trực tuyến", "Online"),
        "hybrid": ("Trực tiếp kết hợp trực tuyến", "In person and online"),
    },
    "status": {
        "present": ("Có mặt", "Present"),
        "absent": ("Vắng", "Absent"),
        "excused": ("Vắng có phép", "Excused"),
    },
    # the words Circular 04/2012/TT-BNV (as amended) gives units below a commune
    "kind": {
        "thon": ("Thôn", "Hamlet (thôn)"), "xom": ("Xóm", "Hamlet (xóm)"),
        "ban": ("Bản", "Village (bản)"), "ap": ("Ấp", "Hamlet (ấp)"),
        "lang": ("Làng", "Village (làng)"), "buon": ("Buôn", "Village (buôn)"),
        "bon": ("Bon", "Village (bon)"), "plei": ("Plei", "Village (plei)"),
        "soc": ("Sóc", "Village (sóc)"), "to_dan_pho": ("Tổ dân phố", "Residential group"),
        "khu_pho": ("Khu phố", "Quarter (khu phố)"), "khom": ("Khóm", "Quarter (khóm)"),
        "tieu_khu": ("Tiểu khu", "Sub-area (tiểu khu)"),
    },
}

KIND_LABELS: dict[str, tuple[str, str]] = {
    "hamlet": ("thôn", "hamlet"),
    "member": ("thành viên tổ công nghệ số", "team member"),
    "household": ("hộ gia đình", "household"),
    "resident": ("người dân", "resident"),
    "visit": ("lượt thăm hộ", "outreach visit"),
    "training": ("buổi tập huấn", "training session"),
    "bridge_point": ("điểm cầu", "bridge point"),
    "attendance": ("người tham dự", "attendee"),
    "event": ("ngày hội chuyển đổi số", "digital transformation day"),
    "target": ("chỉ tiêu", "target"),
    "user": ("cán bộ", "staff user"),
    "stage_change": ("bước định danh, sổ sức khỏe", "onboarding step"),
    "visit_member": ("người đi thăm", "visit team link"),
}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def field_label(field: str, lang: str = "vi") -> str:
    """The label of a field, or the field name itself if it has none."""
    pair = FIELD_LABELS.get(field)
    return _pick(pair, lang) if pair else field


def value_label(field: str, value: str | None, lang: str = "vi") -> str:
    """The label of a coded value ("level2_activated" -> "Đã kích hoạt mức 2")."""
    if value is None:
        return ""
    if field == "indicator":  # targets name indicators, labelled by their own table
        from desktop.domain.indicators import INDICATORS  # (it reads these labels)

        return INDICATORS[value].label(lang) if value in INDICATORS else str(value)
    pair = VALUE_LABELS.get(field, {}).get(value)
    return _pick(pair, lang) if pair else str(value)


def kind_label(kind: str, lang: str = "vi") -> str:
    """The label of a record kind ("household" -> "hộ gia đình")."""
    pair = KIND_LABELS.get(kind)
    return _pick(pair, lang) if pair else kind
