"""Message codes of the reports, merged into the domain's message table on import."""

from desktop.domain.messages import MESSAGES

REPORT_MESSAGES: dict[str, tuple[str, str]] = {
    "month_invalid": (
        "Tháng «{value}» không hợp lệ: nhập theo dạng YYYY-MM (ví dụ 2026-11).",
        "Month '{value}' is not valid: use YYYY-MM (for example 2026-11).",
    ),
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

for _code, _pair in REPORT_MESSAGES.items():
    MESSAGES.setdefault(_code, _pair)
