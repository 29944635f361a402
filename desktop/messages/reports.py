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
}
