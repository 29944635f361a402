"""The messages of the domain and services, in Vietnamese and English.

Messages are keyed by a stable code; parameters are filled with str.format. The
Vietnamese text is the default because the users are Vietnamese commune staff.
"""

DOMAIN_MESSAGES: dict[str, tuple[str, str]] = {
    # field validation
    "required": ("Trường «{field}» không được để trống.", "Field '{field}' is required."),
    "cccd_length": (
        "Số CCCD phải gồm đúng 12 chữ số (đã nhập {count} chữ số).",
        "The CCCD number must have exactly 12 digits ({count} given).",
    ),
    "cccd_chars": ("Số CCCD chỉ được chứa chữ số.", "The CCCD number may contain digits only."),
    "cccd_province": (
        "Mã tỉnh nơi đăng ký khai sinh «{code}» trong số CCCD không hợp lệ.",
        "The birth-registration province code '{code}' in the CCCD is not valid.",
    ),
    "cccd_century": (
        "Chữ số thứ 4 của CCCD ({digit}) không phải mã giới tính và thế kỷ hợp lệ.",
        "The 4th CCCD digit ({digit}) is not a valid gender-and-century code.",
    ),
    "cccd_gender": (
        "Chữ số thứ 4 của số CCCD ({digit}) là của giới tính {cccd_gender}, nhưng giới tính đã nhập là {gender}.",
        "The 4th CCCD digit ({digit}) means {cccd_gender}, but {gender} was entered.",
    ),
    "cccd_year": (
        "Chữ số thứ 5 và 6 của số CCCD ({digits}) không khớp với năm sinh đã nhập {year}.",
        "The 5th and 6th CCCD digits ({digits}) do not match the birth year entered, {year}.",
    ),
    "cccd_century_year": (
        "Chữ số thứ 4 của số CCCD ({digit}) là của người sinh ở thế kỷ {century}, không khớp với năm sinh đã nhập {year}.",
        "The 4th CCCD digit ({digit}) is for a birth in century {century}, which does not match the birth year entered, {year}.",
    ),
    "cccd_future": (
        "Chữ số thứ 4 của số CCCD ({digit}) cho năm sinh {year}, ở tương lai: số này không thể là của một người đang sống.",
        "The 4th CCCD digit ({digit}) gives the birth year {year}, in the future: no living person has this number.",
    ),
    "cccd_duplicate": (
        "Số CCCD {cccd} đã có trong xã: {name}.",
        "CCCD {cccd} is already recorded in this commune: {name}.",
    ),
    "phone_invalid": (
        "Số điện thoại «{value}» không hợp lệ: cần 10 chữ số bắt đầu bằng 03, 05, 07, 08, 09 hoặc dạng +84.",
        "Phone number '{value}' is not valid: it needs 10 digits starting 03, 05, 07, 08 or 09, or the +84 form.",
    ),
    "date_invalid": (
        "Ngày «{value}» không đúng dạng ngày/tháng/năm.",
        "Date '{value}' is not a valid date (dd/mm/yyyy).",
    ),
    "date_future": (
        "Ngày {value} nằm ở tương lai.",
        "Date {value} is in the future.",
    ),
    "birth_invalid": (
        "Ngày sinh «{value}» không hợp lệ: nhập năm (1975) hoặc ngày/tháng/năm.",
        "Date of birth '{value}' is not valid: give a year (1975) or a date.",
    ),
    "birth_range": (
        "Năm sinh {value} nằm ngoài khoảng hợp lý (1900 đến nay).",
        "Birth year {value} is outside the plausible range (1900 to today).",
    ),
    "choice_invalid": (
        "Giá trị «{value}» không hợp lệ cho «{field}»; chọn một trong: {choices}.",
        "'{value}' is not valid for '{field}'; choose one of: {choices}.",
    ),
    "number_invalid": (
        "«{value}» không phải là số hợp lệ cho «{field}».",
        "'{value}' is not a valid number for '{field}'.",
    ),
    "number_range": (
        "«{field}» phải nằm trong khoảng {low} đến {high}.",
        "'{field}' must be between {low} and {high}.",
    ),
    "bool_invalid": (
        "«{value}» không phải là có/không cho «{field}».",
        "'{value}' is not a yes/no value for '{field}'.",
    ),
    "text_control": (
        "«{field}» có ký tự điều khiển không in được ({codes}); hãy gõ lại trường này.",
        "'{field}' contains unprintable control characters ({codes}); type it again.",
    ),
    "name_chars": (
        "Họ tên chỉ gồm chữ cái, dấu cách, dấu nháy (') và gạch nối (-); không được có: {chars}",
        "A name may only have letters, spaces, apostrophes (') and hyphens (-), not: {chars}",
    ),
    "hamlet_duplicate": (
        "Đã có «{name}» trong xã (không phân biệt dấu và chữ hoa).",
        "'{name}' is already recorded in this commune (ignoring diacritics and case).",
    ),
    "leader_taken": (
        "{hamlet} đã có tổ trưởng: {name}. Hãy chuyển người này sang thành viên hoặc tổ phó trước.",
        "{hamlet} already has a team leader: {name}. Make them a member or deputy first.",
    ),
    "json_contradicts": (
        "«{key}» = «{value}» không khớp với bản ghi (có thể bản ghi đã được sửa từ sau khi xem); hãy bỏ trường này hoặc lấy lại bản ghi.",
        "'{key}' = '{value}' contradicts the record (it may have changed since it was shown); drop the key or fetch the record again.",
    ),
    "unknown_field": ("Trường «{field}» không tồn tại.", "Unknown field '{field}'."),
    "reference_missing": (
        "Không tìm thấy {kind} «{value}».",
        "No {kind} '{value}' was found.",
    ),
    "reference_other_commune": (
        "Không gắn được với {kind} «{value}» vì thuộc xã khác: bản ghi chỉ được gắn với "
        "bản ghi của chính xã mình (hoặc của trạm).",
        "Cannot name the {kind} '{value}': it belongs to another commune, and a record may "
        "only name records of its own commune (or the hub's).",
    ),
    "reference_ambiguous": (
        "Có nhiều {kind} tên «{value}»; hãy dùng mã (id).",
        "More than one {kind} is named '{value}'; use its id.",
    ),
    "stage_backwards": (
        "Không thể lùi từ «{current}» về «{target}» nếu không đánh dấu là đính chính.",
        "Cannot move back from '{current}' to '{target}' unless it is marked as a correction.",
    ),
    "stage_same": (
        "Người dân đã ở giai đoạn «{current}».",
        "The resident is already at stage '{current}'.",
    ),
    "followup_before_visit": (
        "Ngày hẹn quay lại phải sau ngày thăm hộ.",
        "The follow-up date must be after the visit date.",
    ),
    "end_before_start": (
        "Thời gian kết thúc phải sau thời gian bắt đầu.",
        "The end time must be after the start time.",
    ),
    # records and database
    "not_found": ("Không tìm thấy {kind} có mã {id}.", "No {kind} with id {id}."),
    "deleted": ("{kind} {id} đã bị xoá.", "{kind} {id} has been deleted."),
    "no_commune": (
        "Cơ sở dữ liệu chưa được khởi tạo. Hãy chạy «xaso init --commune MÃ_XÃ».",
        "The database is not set up yet. Run 'xaso init --commune CODE'.",
    ),
    "already_initialised": (
        "Cơ sở dữ liệu {path} đã được khởi tạo cho {name}.",
        "The database {path} is already set up for {name}.",
    ),
    "unknown_commune": (
        "Mã xã «{code}» không có trong danh mục đơn vị hành chính chính thức.",
        "Commune code '{code}' is not in the official list of administrative units.",
    ),
    "unknown_province": (
        "Mã tỉnh «{code}» không có trong danh mục chính thức.",
        "Province code '{code}' is not in the official list.",
    ),
    "db_newer": (
        "Cơ sở dữ liệu {path} được tạo bởi phiên bản Xã Số mới hơn (lược đồ {found}, bản này hỗ trợ tới {supported}). Hãy cập nhật phần mềm.",
        "The database {path} was made by a newer Xã Số (schema {found}; this version supports up to {supported}). Please update the application.",
    ),
    "db_migration_failed": (
        "Không nâng cấp được cơ sở dữ liệu {path} (bước {step}: {detail}). Tệp vẫn nguyên vẹn ở lược đồ {reached}; bản sao trước khi nâng cấp: {backup}. Hãy giải phóng chỗ trống trên ổ đĩa rồi mở lại; nếu vẫn lỗi, báo cán bộ tin học.",
        "The database {path} could not be upgraded (step {step}: {detail}). The file is intact at schema {reached}; the copy made before the upgrade: {backup}. Free some disk space and open it again; if it fails again, tell your IT officer.",
    ),
    "db_not_xaso": (
        "Tệp {path} không phải cơ sở dữ liệu Xã Số.",
        "The file {path} is not a Xã Số database.",
    ),
    "db_corrupt": (
        "Tệp {path} bị hỏng: {detail}",
        "The file {path} is damaged: {detail}",
    ),
    "kind_unknown": (
        "Loại bản ghi «{kind}» không tồn tại; chọn một trong: {choices}.",
        "Unknown record kind '{kind}'; choose one of: {choices}.",
    ),
    "kind_not_importable": (
        "Không thể nhập loại «{kind}» từ tệp; chọn một trong: {choices}.",
        "Kind '{kind}' cannot be imported from a file; choose one of: {choices}.",
    ),
    # import
    "file_missing": ("Không tìm thấy tệp {path}.", "File {path} was not found."),
    "file_format": (
        "Tệp {path} không phải CSV hoặc Excel (.xlsx) đọc được: {detail}",
        "File {path} is not a readable CSV or Excel (.xlsx) file: {detail}",
    ),
    "header_missing": (
        "Không tìm thấy dòng tiêu đề có các cột bắt buộc ({columns}) trong tệp.",
        "No header row with the required columns ({columns}) was found in the file.",
    ),
    "row_error": ("Dòng {row}, cột «{column}»: {message}", "Row {row}, column '{column}': {message}"),
    "import_refused": (
        "Không nhập gì cả: {count} dòng có lỗi.",
        "Nothing was imported: {count} rows have errors.",
    ),
    "team_line_parts": (
        "Dòng có {count} phần; cần: họ tên; thôn; điện thoại.",
        "The line has {count} parts; expected: name; hamlet; phone.",
    ),
    "import_skip_same": ("Đã có: {name}.", "Already recorded: {name}."),
    "import_skip_total": ("Dòng tổng cộng.", "A total row."),
    "json_invalid": ("Dữ liệu JSON không hợp lệ: {detail}", "The JSON data is not valid: {detail}"),
    "training_required": (
        "Cần chọn buổi tập huấn (--training) hoặc tệp phải có dòng tiêu đề tên buổi tập huấn.",
        "Give the training session (--training) or a file whose title rows name the session.",
    ),
    "demo_hub": (
        "Dữ liệu mẫu chỉ tạo được trên CSDL của một xã, không phải hub.",
        "Demo data can only be made in a commune database, not a hub.",
    ),
    "export_suffix": (
        "Tệp xuất {path} phải có đuôi .csv hoặc .xlsx.",
        "The export file {path} must end in .csv or .xlsx.",
    ),
    "plain": ("{text}", "{text}"),
    # check
    "check_integrity": ("Kiểm tra toàn vẹn SQLite: {detail}", "SQLite integrity check: {detail}"),
    "check_orphan": (
        "{kind} {id} trỏ tới {target} không còn tồn tại.",
        "{kind} {id} points to a {target} that no longer exists.",
    ),
    "check_stage_history": (
        "Người dân {id}: giai đoạn {track} hiện tại «{current}» khác với lịch sử («{last}»).",
        "Resident {id}: current {track} stage '{current}' differs from its history ('{last}').",
    ),
    "check_future": ("{kind} {id} có ngày {date} ở tương lai.", "{kind} {id} is dated {date}, in the future."),
    "check_invalid": ("{kind} {id}: {detail}", "{kind} {id}: {detail}"),
    "backup_same_file": (
        "Không thể sao lưu đè lên chính cơ sở dữ liệu đang dùng ({path}).",
        "Cannot back up onto the database in use ({path}).",
    ),
    "demo_not_empty": (
        "CSDL này đã có hộ gia đình. Dữ liệu mẫu chỉ tạo trong một CSDL trống (dùng --db TỆP_MỚI).",
        "This database already has households. Demo data only goes into an empty database (use --db NEW_FILE).",
    ),
    "month_invalid": (
        "Tháng «{value}» không hợp lệ: nhập theo dạng YYYY-MM (ví dụ 2026-11) hoặc MM/YYYY.",
        "Month '{value}' is not valid: use YYYY-MM (for example 2026-11) or MM/YYYY.",
    ),
    "undo_too_large": (
        "Không thể hoàn tác: thao tác cuối thay đổi {count} bản ghi, nhiều hơn mức {limit} có thể hoàn tác một lần. Không có gì bị thay đổi.",
        "Cannot undo: the last operation changed {count} records, more than the {limit} one undo can reverse. Nothing was changed.",
    ),
    # backup
    "backup_invalid": (
        "Tệp sao lưu {path} không dùng được: {detail}",
        "The backup file {path} cannot be used: {detail}",
    ),
}

