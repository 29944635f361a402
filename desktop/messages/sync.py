"""The messages of sync (bundles, keys, trust, merge), in Vietnamese and English."""

SYNC_MESSAGES: dict[str, tuple[str, str]] = {
    "sync_no_keys": (
        "Máy này chưa có khóa đồng bộ. Hãy chạy «xaso init» trước.",
        "This device has no sync keys. Run 'xaso init' first.",
    ),
    # reading a bundle file
    "file_unreadable": ("Không đọc được tệp {path}: {detail}", "Cannot read the file {path}: {detail}"),
    "bundle_too_large": (
        "Tệp quá lớn ({size} byte, tối đa {limit} byte); không đọc.",
        "The file is too large ({size} bytes, at most {limit}); not read.",
    ),
    "bundle_not_xaso": (
        "Đây không phải tệp gói dữ liệu Xã Số (.xaso).",
        "This is not a Xã Số bundle (.xaso) file.",
    ),
    "bundle_format": (
        "Gói dữ liệu dùng định dạng phiên bản {found}; phần mềm này đọc được phiên bản {supported}. Hãy cập nhật Xã Số.",
        "The bundle uses format version {found}; this software reads version {supported}. Update Xã Số.",
    ),
    "bundle_truncated": (
        "Tệp gói dữ liệu bị cắt cụt (chép chưa xong?).",
        "The bundle file is truncated (copy not finished?).",
    ),
    "bundle_damaged": (
        "Tệp gói dữ liệu bị hỏng hoặc bị sửa ({detail}); không nhập gì.",
        "The bundle file is damaged or was altered ({detail}); nothing was imported.",
    ),
    "bundle_over_cap": (
        "Gói dữ liệu vượt giới hạn an toàn ({what}: {size}, tối đa {limit}); không nhập.",
        "The bundle exceeds a safety limit ({what}: {size}, at most {limit}); not imported.",
    ),
    "bundle_not_for_us": (
        "Gói dữ liệu này gửi cho nơi nhận khác, không phải máy này (mã khóa {key_id}).",
        "This bundle is addressed to another recipient, not this device (key id {key_id}).",
    ),
    "bundle_bad_signature": (
        "Chữ ký của gói dữ liệu không hợp lệ; tệp có thể đã bị sửa.",
        "The bundle's signature does not verify; the file may have been altered.",
    ),
    "bundle_schema_newer": (
        "Gói dữ liệu được tạo bởi phiên bản Xã Số mới hơn (lược đồ {found}, máy này {supported}). Hãy cập nhật.",
        "The bundle was made by a newer Xã Số (schema {found}, this one {supported}). Please update.",
    ),
    "bundle_own": (
        "Gói dữ liệu này do chính máy này tạo ra ({device}); không nhập lại.",
        "This bundle was made by this very device ({device}); not imported.",
    ),
    "bundle_other_commune": (
        "Gói dữ liệu dành cho xã {found}, không phải xã của máy này ({ours}).",
        "The bundle is for commune {found}, not this device's commune ({ours}).",
    ),
    "bundle_foreign_rows": (
        "Gói từ máy của xã {ours} lại chứa dữ liệu của xã khác ({found}, bảng {table}); không nhập.",
        "A bundle from a device of commune {ours} carries records of another commune "
        "({found}, table {table}); not imported.",
    ),
    # trust
    "bundle_not_from_commune": (
        "Máy chủ tổng hợp chỉ nhận gói từ máy của xã; gói này từ {device} thì không.",
        "A hub accepts bundles from commune laptops only; {device} is not one.",
    ),
    "bundle_unknown_hub": (
        "Gói dữ liệu ký bởi máy {device} (vân tay {fingerprint}), không phải máy chủ tổng hợp đã nhập khóa. Hãy nhập khóa máy chủ (xaso hub-key import) trước.",
        "The bundle is signed by {device} (fingerprint {fingerprint}), not by the hub whose key was imported. Import the hub key first (xaso hub-key import).",
    ),
    "bundle_revoked": (
        "Máy {device} đã bị thu hồi tin cậy; không nhận gói của máy này.",
        "Device {device} has been revoked; its bundles are refused.",
    ),
    "bundle_key_changed": (
        "CẢNH BÁO: máy {device} đã được tin cậy với khóa {known}, nhưng gói này ký bằng khóa khác ({found}). Không nhập. Nếu máy được cài lại, hãy xác minh qua điện thoại rồi dùng «xaso trust revoke {device} --forget».",
        "WARNING: device {device} is trusted with key {known}, but this bundle is signed with another key ({found}). Not imported. If the laptop was reinstalled, confirm by phone, then run 'xaso trust revoke {device} --forget'.",
    ),
    "bundle_commune_changed": (
        "Máy {device} đã gửi dữ liệu cho xã {known}, nay lại ghi xã {found}; không nhập.",
        "Device {device} sent data for commune {known} before and now says {found}; not imported.",
    ),
    "trust_unknown_device": (
        "Không có máy {device} trong danh sách tin cậy.",
        "Device {device} is not in the trust list.",
    ),
    "sync_not_hub": (
        "Lệnh này chỉ dùng trên máy chủ tổng hợp (hub).",
        "This command is for a hub only.",
    ),
    "sync_hub_key_on_hub": (
        "Máy chủ tổng hợp không nhập khóa của máy chủ khác; lệnh này dùng trên máy của xã.",
        "A hub does not import another hub's key; run this on a commune laptop.",
    ),
    "hub_key_not_compared": (
        "Mã nhận dạng của tệp khóa ({found}) không phải mã đã đối chiếu ({expected}); khóa không được dùng.",
        "The key file's fingerprint ({found}) is not the one compared ({expected}); the key is not used.",
    ),
    "hub_key_invalid": (
        "Tệp {path} không phải tệp khóa máy chủ tổng hợp của Xã Số.",
        "The file {path} is not a Xã Số hub key file.",
    ),
    # export
    "sync_hub_needs_for": (
        "Trên máy chủ tổng hợp, hãy chọn xã nhận gói: «--for MÃ_XÃ».",
        "On a hub, name the commune the bundle is for: '--for COMMUNE'.",
    ),
    "sync_no_hub_key": (
        "Chưa có khóa của máy chủ tổng hợp. Hãy nhập tệp khóa (xaso hub-key import TỆP) rồi xuất lại.",
        "No hub key yet. Import the hub's key file (xaso hub-key import FILE), then export again.",
    ),
    "sync_no_devices": (
        "Chưa nhận gói nào từ máy của xã {commune}, nên chưa có khóa để mã hóa gói gửi về.",
        "No bundle has come from a laptop of commune {commune} yet, so there is no key to encrypt to.",
    ),
    "sync_for_on_commune": (
        "Tùy chọn --for chỉ dùng trên máy chủ tổng hợp.",
        "The --for option is for a hub only.",
    ),
    # duplicates
    "duplicate_resolve_how": (
        "Hãy chọn đúng một cách: «--keep MÃ_NGƯỜI_DÂN» (cùng một người) hoặc «--different» (hai người khác nhau).",
        "Choose exactly one: '--keep RESIDENT_ID' (the same person) or '--different' (two people).",
    ),
    "duplicate_unknown": (
        "Không có mục trùng lặp {id}.",
        "There is no duplicates entry {id}.",
    ),
    "duplicate_keep_not_in_pair": (
        "Người dân {id} không thuộc cặp trùng lặp này ({a}, {b}).",
        "Resident {id} is not part of this pair ({a}, {b}).",
    ),
}
