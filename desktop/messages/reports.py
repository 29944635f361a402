"""The messages of the reports, in Vietnamese and English."""

REPORT_MESSAGES: dict[str, tuple[str, str]] = {
    "commune_not_in_hub": (
        "Không có dữ liệu của xã có mã «{code}» trong cơ sở dữ liệu này.",
        "There is no data for commune code '{code}' in this database.",
    ),
    "commune_option_hub_only": (
        "Tùy chọn --commune chỉ dùng trên cơ sở dữ liệu của trạm tổng hợp (hub).",
        "The --commune option is only for a hub database.",
    ),
    "lang_invalid": (
        "Ngôn ngữ «{value}» không hợp lệ; chọn vi hoặc en.",
        "Language '{value}' is not valid; choose vi or en.",
    ),
    "out_not_writable": (
        "Không ghi được tệp {path}: {detail}",
        "Cannot write the file {path}: {detail}",
    ),
    "training_not_found": (
        "Không tìm thấy buổi tập huấn có mã «{id}».",
        "No training session with id '{id}'.",
    ),
    "report_no_output": (
        "Chưa chọn tệp để ghi: cần --out (PDF), --docx hoặc --xlsx.",
        "No output file: give --out (PDF), --docx or --xlsx.",
    ),
    "closing_day_invalid": (
        "Ngày chốt số liệu (report.closing_day) «{value}» không hợp lệ: 0 (cả tháng) hoặc "
        "từ 1 đến 28 (14 theo Nghị định 09/2019/NĐ-CP).",
        "Closing day (report.closing_day) '{value}' is not valid: 0 (calendar month) or 1 "
        "to 28 (14 as Decree 09/2019 sets it).",
    ),
    "setting_unknown": (
        "Không có thiết lập «{key}». Các thiết lập: {keys}.",
        "There is no setting '{key}'. Settings: {keys}.",
    ),
    "setting_invalid": (
        "Giá trị «{value}» không hợp lệ cho {key}; cần: {expected}.",
        "Value '{value}' is not valid for {key}; expected: {expected}.",
    ),
    "settings_line_invalid": (
        "Dòng {line} của tệp thiết lập không có dạng KEY = VALUE: «{text}».",
        "Line {line} of the settings file is not KEY = VALUE: '{text}'.",
    ),
    "notes_section_unknown": (
        "Dòng {line}: không rõ mục «{text}». Các mục: {sections}.",
        "Line {line}: unknown section '{text}'. Sections: {sections}.",
    ),
    "notes_no_section": (
        "Dòng {line}: nội dung «{text}» chưa thuộc mục nào; mở mục bằng một dòng như "
        "[Tồn tại, hạn chế và nguyên nhân].",
        "Line {line}: '{text}' is outside any section; open one with a line such as "
        "[Shortcomings and their causes].",
    ),
    "notes_too_long": (
        "Mục «{section}» dài quá {limit} ký tự.",
        "Section '{section}' is longer than {limit} characters.",
    ),
}
