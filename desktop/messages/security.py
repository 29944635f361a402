"""The messages of login, roles, encryption and a person's requests (Vietnamese and
English, same placeholders)."""

SECURITY_MESSAGES: dict[str, tuple[str, str]] = {
    # opening an encrypted database
    "password_missing": (
        "Cần mật khẩu: đặt biến môi trường XASO_PASSWORD, dùng --password-file TỆP, hoặc chạy trong cửa sổ dòng lệnh để được hỏi.",
        "A password is needed: set XASO_PASSWORD, use --password-file FILE, or run in a terminal to be asked.",
    ),
    "password_file_missing": (
        "Không đọc được tệp mật khẩu {path}.",
        "The password file {path} cannot be read.",
    ),
    "login_unknown_user": (
        "Không có người dùng «{user}» trong cơ sở dữ liệu này.",
        "There is no user '{user}' in this database.",
    ),
    "login_wrong_password": (
        "Sai mật khẩu của người dùng «{user}».",
        "Wrong password for user '{user}'.",
    ),
    "login_disabled": (
        "Người dùng «{user}» đã bị khoá; hãy nhờ quản trị viên.",
        "User '{user}' is disabled; ask an administrator.",
    ),
    "login_weak_kdf": (
        "Khoá của người dùng «{user}» được tạo bằng tham số quá yếu (tham số thử nghiệm, hoặc tệp "
        "khoá đã bị sửa), không dùng được khi làm việc thật.",
        "The key of user '{user}' was made with parameters too weak for real work (test "
        "parameters, or an edited key file).",
    ),
    "db_wrong_key": (
        "Không mở được {path} bằng khoá này.",
        "{path} does not open with this key.",
    ),
    "db_locked": (
        "Cơ sở dữ liệu {path} đã được mã hoá: cần người dùng và mật khẩu.",
        "The database {path} is encrypted: a user and password are needed.",
    ),
    "db_missing": (
        "Không thấy tệp cơ sở dữ liệu {path} (chỉ còn tệp khoá). Hãy khôi phục từ bản sao lưu.",
        "The database file {path} is missing (only its key file is there). Restore it from a backup.",
    ),
    "db_exists": (
        "Đã có cơ sở dữ liệu tại {path}; không khởi tạo lại.",
        "There is already a database at {path}; it is not set up again.",
    ),
    "db_not_encrypted": (
        "Cơ sở dữ liệu {path} do phiên bản cũ tạo và chưa được mã hoá. Hãy chạy «xaso encrypt» để mã hoá và tạo người dùng quản trị.",
        "The database {path} was made by an older release and is not encrypted. Run 'xaso encrypt' to encrypt it and create the admin user.",
    ),
    "db_already_encrypted": (
        "Cơ sở dữ liệu {path} đã được mã hoá.",
        "The database {path} is already encrypted.",
    ),
    "keys_missing": (
        "Thiếu tệp khoá {path} của cơ sở dữ liệu; không có nó thì không mở được. Hãy chép lại tệp khoá hoặc khôi phục từ bản sao lưu.",
        "The key file {path} of the database is missing; without it the database cannot be opened. Copy the key file back or restore from a backup.",
    ),
    "keys_damaged": (
        "Tệp khoá {path} bị hỏng.",
        "The key file {path} is damaged.",
    ),
    "recovery_key_invalid": (
        "Không thấy khoá khôi phục (8 nhóm 4 ký tự, ví dụ ABCD-EFGH-...).",
        "No recovery key found (8 groups of 4 characters, e.g. ABCD-EFGH-...).",
    ),
    "recovery_key_wrong": (
        "Khoá khôi phục không đúng với cơ sở dữ liệu này.",
        "The recovery key does not match this database.",
    ),
    # users and roles
    "role_unknown": (
        "Vai trò «{role}» không tồn tại; chọn một trong: {choices}.",
        "Unknown role '{role}'; choose one of: {choices}.",
    ),
    "role_needed": (
        "Người dùng «{user}» (vai trò {role}) không được làm việc này: cần vai trò {needed} trở lên.",
        "User '{user}' (role {role}) may not do this: it needs the role {needed} or higher.",
    ),
    "user_name_invalid": (
        "Tên đăng nhập «{name}» không hợp lệ: 1–64 ký tự, không có khoảng trắng.",
        "The user name '{name}' is not valid: 1–64 characters, no spaces.",
    ),
    "user_exists": ("Đã có người dùng «{user}».", "User '{user}' already exists."),
    "user_last_admin": (
        "Không thể khoá «{user}»: đây là quản trị viên cuối cùng còn hoạt động.",
        "Cannot disable '{user}': it is the last active admin.",
    ),
    "password_short": (
        "Mật khẩu cần ít nhất {min} ký tự.",
        "The password needs at least {min} characters.",
    ),
    "password_mismatch": (
        "Hai lần nhập mật khẩu không giống nhau.",
        "The two passwords typed differ.",
    ),
    "not_own_password": (
        "Chỉ quản trị viên mới đổi được mật khẩu của người khác.",
        "Only an admin may change another user's password.",
    ),
    # backup and restore
    "backup_plain": (
        "Tệp {path} là bản sao lưu chưa mã hoá của phiên bản cũ. Hãy mã hoá nó trước: «xaso encrypt --db {path}».",
        "{path} is an unencrypted backup from an older release. Encrypt it first: 'xaso encrypt --db {path}'.",
    ),
    # a person's requests
    "privacy_ambiguous": (
        "Có nhiều người dân khớp với «{value}»; hãy dùng mã bản ghi hoặc số CCCD.",
        "Several residents match '{value}'; use the record id or the CCCD.",
    ),
    "privacy_not_found": (
        "Không tìm thấy người dân «{value}».",
        "No resident '{value}' was found.",
    ),
    "privacy_already_erased": (
        "Thông tin cá nhân của người dân {id} đã được xoá trước đây.",
        "The personal data of resident {id} was already erased.",
    ),
}
