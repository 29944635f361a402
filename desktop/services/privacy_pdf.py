"""The PDF, in Vietnamese, of everything held about one person (privacy.collect)."""

from desktop.domain.labels import VALUE_LABELS, field_label, value_label
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import HRFlowable, Spacer

from desktop.reports.pdf_base import WIDTH, build_pdf, data_table, para

ACTIONS = {"insert": "Tạo bản ghi", "update": "Sửa", "delete": "Xoá", "view": "Xem hồ sơ",
           "erase": "Xoá thông tin cá nhân", "privacy_export": "Xuất thông tin cho người dân",
           "undo": "Hoàn tác"}
TRACKS = {"eid": "Định danh điện tử", "health": "Sổ sức khỏe điện tử"}
SHOWN = ("full_name", "birth_year", "birth_date", "gender", "cccd", "phone", "has_smartphone",
         "has_payment_account", "eid_stage", "eid_date", "health_stage", "health_date",
         "created_at", "updated_at", "deleted")


def _value(key: str, value) -> str:
    if value is None or value == "":
        return "—"
    if key in VALUE_LABELS:
        return value_label(key, value, "vi")
    if key.startswith("has_") or key == "deleted":
        return "Có" if value else "Không"
    return str(value)


def _stage(track: str, stage) -> str:
    if not stage:
        return "—"
    key = "eid_stage" if track == "eid" else "health_stage"
    return value_label(key, stage, "vi") if key in VALUE_LABELS else str(stage)


def render_person_pdf(data: dict, path) -> None:
    """Write the person's PDF to `path` (0600)."""
    from desktop.security.files import open_private, remove_quietly, write_private

    c = data["controller"]
    unit = c.get("commune_name") or c.get("hub_name") or ""
    story = [para(f"{unit.upper()} — {c.get('province_name') or ''}", "plain"),
             Spacer(1, 6 * mm), para("THÔNG TIN CÁ NHÂN ĐANG ĐƯỢC LƯU GIỮ", "kind"),
             para("theo yêu cầu của người có dữ liệu (Luật Bảo vệ dữ liệu cá nhân "
                  "số 91/2025/QH15)", "summary"),
             HRFlowable(width="25%", thickness=0.6, color=colors.black, spaceBefore=5,
                        spaceAfter=8, hAlign="CENTER")]
    story.append(para(f"Lập lúc {data['made_at']}. Tài liệu gồm toàn bộ thông tin phần mềm "
                          "Xã Số của đơn vị đang lưu về người này: hồ sơ, lịch sử thay đổi giai "
                          "đoạn, nhật ký xử lý và các xung đột khi đồng bộ.", "plain"))
    if data.get("erased"):
        story.append(para("Thông tin cá nhân của người này đã được xoá theo yêu cầu; chỉ còn "
                          "các số liệu cần cho báo cáo đã lập.", "note"))
    person = data["resident"]
    rows = [["Thông tin", "Giá trị"]]
    rows += [[field_label(k, "vi") if k not in ("created_at", "updated_at", "deleted") else
              {"created_at": "Ngày tạo", "updated_at": "Ngày sửa gần nhất",
               "deleted": "Đã xoá"}[k], _value(k, person.get(k))] for k in SHOWN]
    rows.append(["Thôn", _value("hamlet", data.get("hamlet"))])
    hh = data.get("household")
    if hh:
        rows.append(["Chủ hộ", _value("", hh.get("head_name"))])
        rows.append(["Địa chỉ", _value("", hh.get("address"))])
        rows.append(["Điện thoại hộ", _value("", hh.get("phone"))])
    story += [para("1. Hồ sơ", "h2"),
              data_table(rows, [WIDTH * 0.4, WIDTH * 0.6], align_right_from=9)]
    story.append(para("2. Lịch sử giai đoạn", "h2"))
    history = [["Ngày", "Nội dung", "Từ", "Đến", "Người hỗ trợ", "Ghi chú"]]
    history += [[h["date"], TRACKS.get(h["track"], h["track"]), _stage(h["track"], h["from_stage"]),
                 _stage(h["track"], h["to_stage"]), _value("", h.get("helper")),
                 _value("", h.get("note"))] for h in data["stage_history"]]
    if len(history) == 1:
        history.append(["—", "Không có", "", "", "", ""])
    w = WIDTH / 100
    story.append(data_table(history, [16 * w, 20 * w, 16 * w, 16 * w, 16 * w, 16 * w],
                            align_right_from=9))
    story.append(para("3. Nhật ký xử lý (ai đã làm gì, khi nào)", "h2"))
    audit = [["Thời điểm", "Việc", "Người thực hiện", "Trường"]]
    for entry in data["audit"]:
        fields = ", ".join(field_label(k, "vi") for k in (entry.get("changes") or {})
                           if isinstance(entry.get("changes"), dict))
        audit.append([entry["at"][:19].replace("T", " "), ACTIONS.get(entry["action"],
                                                                      entry["action"]),
                      _value("", entry.get("by_user")), fields or "—"])
    story.append(data_table(audit, [22 * w, 22 * w, 22 * w, 34 * w], align_right_from=9))
    story.append(para("4. Xung đột khi đồng bộ", "h2"))
    if data["conflicts"]:
        conf = [["Thời điểm", "Trường", "Giá trị giữ", "Giá trị bỏ"]]
        conf += [[c["at"][:19], field_label(c["field"], "vi"), _value("", c["kept_value"]),
                  _value("", c["lost_value"])] for c in data["conflicts"]]
        story.append(data_table(conf, [22 * w, 22 * w, 28 * w, 28 * w], align_right_from=9))
    else:
        story.append(para("Không có.", "plain"))
    story.append(para("Người dân có quyền yêu cầu sửa hoặc xoá thông tin của mình; đơn vị "
                      "trả lời trong 02 ngày làm việc (Nghị định 356/2025/NĐ-CP).", "note"))
    tmp = path.with_name(f".{path.name}.partial")
    try:
        open_private(tmp).close()  # 0600 before ReportLab writes a byte of it
        build_pdf(tmp, story, "Thông tin cá nhân", unit, "vi")
        write_private(path, tmp.read_bytes())
    finally:
        remove_quietly(tmp)
