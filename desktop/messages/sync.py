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
        "Gói từ máy của xã {ours} lại chứa hoặc sửa dữ liệu của xã khác ({found}, bảng {table}, bản ghi {id}); không nhập.",
        "A bundle from a device of commune {ours} carries or changes a record of another commune "
        "({found}, table {table}, record {id}); not imported.",
    ),
    "bundle_bad_commune": (
        "Gói không ghi mã xã hợp lệ của máy gửi («{found}»); không nhập.",
        "The bundle does not name a valid commune code for its sender ('{found}'); not imported.",
    ),
    "bundle_table_not_allowed": (
        "Gói chứa bảng «{table}», loại dữ liệu máy gửi không được phép gửi; không nhập.",
        "The bundle carries table '{table}', which its sender may not send; not imported.",
    ),
    "bundle_invalid_row": (
        "Bản ghi {id} của bảng {table} không hợp lệ (cột «{column}», quy tắc {rule}); không nhập cả gói:",
        "Record {id} of table {table} is invalid (column '{column}', rule {rule}); the whole bundle is refused:",
    ),
    "bundle_missing_reference": (
        "Bản ghi {id} của bảng {table} trỏ tới bản ghi không có ({column} → {target}); không nhập.",
        "Record {id} of table {table} names a record that does not exist ({column} → {target}); not imported.",
    ),
    "bundle_foreign_reference": (
        "Bản ghi {id} của bảng {table} trỏ tới bản ghi của xã khác ({column}, xã {found}); không nhập.",
        "Record {id} of table {table} names a record of another commune ({column}, commune {found}); not imported.",
    ),
    "bundle_creation_changed": (
        "Bản ghi {id} của bảng {table} mang thời điểm tạo khác với bản ghi đã có; không nhập.",
        "Record {id} of table {table} claims another creation than the record already here; not imported.",
    ),
    "bundle_hub_owned": (
        "Bản ghi {id} của bảng {table} do máy chủ tổng hợp tạo, chỉ sửa được trên máy chủ; không nhập.",
        "Record {id} of table {table} was made by the hub and changes only there; not imported.",
    ),
    "bundle_invalid_pair": (
        "Mục trùng CCCD {id} không khớp cặp bản ghi nó nêu; không nhập.",
        "Duplicate entry {id} does not match the pair it names; not imported.",
    ),
    "bundle_duplicate_id": (
        "Bảng {table} của gói có hai dòng cùng mã {id}; không nhập.",
        "Table {table} of the bundle has two rows with id {id}; not imported.",
    ),
    "bundle_clock_ahead": (
        "Đồng hồ của máy {device} chạy nhanh hơn đồng hồ máy này quá {hours} giờ (bảng {table}, bản ghi {id}); không nhập. "
        "Hãy báo xã chỉnh lại ngày giờ trên máy tính đó, chạy «xaso clock repair» rồi xuất lại gói.",
        "The clock of device {device} runs more than {hours} hours ahead of this computer's (table {table}, record {id}); "
        "not imported. Ask the commune to correct that computer's date and time, run 'xaso clock repair', then export again.",
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
        "Máy {device} hoặc khóa của nó (vân tay {fingerprint}) đã bị thu hồi tin cậy; không nhận gói này.",
        "Device {device} or its key (fingerprint {fingerprint}) has been revoked; the bundle is refused.",
    ),
    "bundle_key_retired": (
        "Gói của máy {device} ký bằng khóa cũ đã được thay (vân tay {fingerprint}); không nhập. Trên máy đó hãy xuất lại với «--full».",
        "The bundle of device {device} is signed with a key it has since replaced (fingerprint {fingerprint}); not imported. Export again on that laptop with '--full'.",
    ),
    "bundle_enrollment_other_commune": (
        "Máy {device} ghi xã {found} nhưng tệp khóa ghi danh của nó dành cho xã {token}; không nhập.",
        "Device {device} claims commune {found} but its enrollment key file is for commune {token}; not imported.",
    ),
    "bundle_held_unenrolled": (
        "GIỮ LẠI {file}: máy {device} (xưng là xã {commune}, vân tay {fingerprint}) chưa được ghi danh với máy chủ này; chưa nhập. "
        "Gọi điện cho xã để đối chiếu vân tay rồi «xaso trust approve {device}», hoặc «xaso trust deny {device}».",
        "HELD {file}: device {device} (claims commune {commune}, fingerprint {fingerprint}) is not enrolled with this hub; not merged. "
        "Call the commune to compare the fingerprint, then 'xaso trust approve {device}', or 'xaso trust deny {device}'.",
    ),
    "bundle_held_enrollment_expired": (
        "GIỮ LẠI {file}: máy {device} (xưng là xã {commune}, vân tay {fingerprint}) dùng tệp khóa ghi danh đã hết hạn ngày {expired}; chưa nhập. "
        "Đối chiếu vân tay rồi «xaso trust approve {device}», hoặc gửi xã tệp khóa mới.",
        "HELD {file}: device {device} (claims commune {commune}, fingerprint {fingerprint}) uses an enrollment key file that expired on {expired}; not merged. "
        "Compare the fingerprint, then 'xaso trust approve {device}', or send the commune a new key file.",
    ),
    "bundle_held_enrollment_withdrawn": (
        "GIỮ LẠI {file}: máy {device} (xưng là xã {commune}, vân tay {fingerprint}) dùng tệp khóa ghi danh đã bị thu hồi; chưa nhập. "
        "Đối chiếu vân tay rồi «xaso trust approve {device}» hoặc «xaso trust deny {device}».",
        "HELD {file}: device {device} (claims commune {commune}, fingerprint {fingerprint}) uses a withdrawn enrollment key file; not merged. "
        "Compare the fingerprint, then 'xaso trust approve {device}' or 'xaso trust deny {device}'.",
    ),
    "bundle_held_pending": (
        "GIỮ LẠI {file}: máy {device} (xưng là xã {commune}, vân tay {fingerprint}) đang chờ duyệt; chưa nhập. "
        "«xaso trust approve {device}» hoặc «xaso trust deny {device}».",
        "HELD {file}: device {device} (claims commune {commune}, fingerprint {fingerprint}) is waiting for approval; not merged. "
        "'xaso trust approve {device}' or 'xaso trust deny {device}'.",
    ),
    "bundle_held_full": (
        "Máy {device} chưa được ghi danh và đã có {count} gói chờ duyệt; gói này bị từ chối.",
        "Device {device} is not enrolled and already has {count} bundles waiting; this one is refused.",
    ),
    "trust_not_pending": (
        "Máy {device} không ở trạng thái chờ duyệt (trạng thái: {status}).",
        "Device {device} is not waiting for approval (status: {status}).",
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
    "hub_key_other_commune": (
        "Tệp khóa này ghi danh cho xã {found}, không phải xã của máy này ({ours}). Hãy xin máy chủ tệp khóa của xã mình.",
        "This key file enrolls commune {found}, not this laptop's commune ({ours}). Ask the hub for your commune's key file.",
    ),
    "sync_rotate_on_hub": (
        "Máy chủ tổng hợp không đổi khóa bằng lệnh này: các xã đã giữ khóa của nó.",
        "A hub does not rotate its keys with this command: the communes hold its key.",
    ),
    "clock_behind": (
        "CẢNH BÁO: đồng hồ máy này ({now}) chậm hơn lần lưu cuối ({saved}) {days} ngày. Nếu ngày giờ của máy sai, hãy chỉnh lại trước khi nhập liệu. "
        "{future} bản ghi mang thời điểm quá xa trong tương lai: khi ngày giờ đã đúng, chạy «xaso clock repair».",
        "WARNING: this computer's clock ({now}) is {days} days behind the last save ({saved}). If its date is wrong, correct it before entering data. "
        "{future} records carry times too far in the future: once the date is right, run 'xaso clock repair'.",
    ),
    "clock_behind_uncounted": (
        "CẢNH BÁO: đồng hồ máy này ({now}) chậm hơn lần lưu cuối ({saved}) {days} ngày. Nếu ngày giờ của máy sai, hãy chỉnh lại trước khi nhập liệu. "
        "Có bản ghi mang thời điểm quá xa trong tương lai («xaso clock check» đếm chúng): khi ngày giờ đã đúng, chạy «xaso clock repair».",
        "WARNING: this computer's clock ({now}) is {days} days behind the last save ({saved}). If its date is wrong, correct it before entering data. "
        "Some records carry times too far in the future ('xaso clock check' counts them): once the date is right, run 'xaso clock repair'.",
    ),
    "clock_ahead": (
        "CẢNH BÁO: đồng hồ máy này ({now}) nhanh hơn lần lưu cuối ({saved}) {days} ngày. Nếu ngày giờ của máy sai, hãy chỉnh lại trước khi nhập liệu.",
        "WARNING: this computer's clock ({now}) is {days} days past the last save ({saved}). If its date is wrong, correct it before entering data.",
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
    "duplicate_merge_field": (
        "Không gộp được trường «{field}»; các trường gộp được: {choices}.",
        "The field '{field}' cannot be merged; fields that can: {choices}.",
    ),
    "duplicate_field_source": (
        "Giá trị của trường «{field}» phải lấy từ một trong hai người của cặp ({a}, {b}), không phải {id}.",
        "The value of '{field}' must come from one of the pair ({a}, {b}), not {id}.",
    ),
    "duplicate_resolved": (
        "Mục trùng lặp {id} đã được xử lý trước đó.",
        "The duplicates entry {id} was already resolved.",
    ),
    # conflicts
    "conflict_unknown": (
        "Không có xung đột số {id}.",
        "There is no conflict number {id}.",
    ),
    "conflict_not_keepable": (
        "Giá trị của «{field}» không đặt lại được từ đây (việc xóa, hay một cột suy ra từ trường khác).",
        "The value of '{field}' cannot be set back from here (a delete, or a column derived from another field).",
    ),
    "conflict_deleted": ("Đã xóa", "Deleted"),
    "conflict_live": ("Còn (chưa xóa)", "Kept (not deleted)"),
}
