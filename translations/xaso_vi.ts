<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AdminFields</name>
    <message>
        <location filename="../desktop/ui/login.py" line="175"/>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login.py" line="176"/>
        <source>Password (%1 characters or more)</source>
        <translation>Mật khẩu (từ %1 ký tự trở lên)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login.py" line="178"/>
        <source>Password again</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login.py" line="188"/>
        <source>The administrator needs a name.</source>
        <translation>Quản trị viên cần có tên.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login.py" line="190"/>
        <source>The password needs at least %1 characters.</source>
        <translation>Mật khẩu cần ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login.py" line="193"/>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không khớp nhau.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../desktop/ui/controller.py" line="109"/>
        <location filename="../desktop/ui/controller.py" line="266"/>
        <source>Cannot open the database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/controller.py" line="126"/>
        <source>This database was made by an older version of Xã Số and is not encrypted. Choose the administrator&apos;s name and password: the database and its old copies are then encrypted.</source>
        <translation>Cơ sở dữ liệu này do phiên bản Xã Số cũ tạo và chưa được mã hoá. Hãy chọn tên và mật khẩu của quản trị viên: sau đó cơ sở dữ liệu và các bản sao cũ của nó sẽ được mã hoá.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/controller.py" line="131"/>
        <source>Recovery key</source>
        <translation>Khoá khôi phục</translation>
    </message>
    <message>
        <location filename="../desktop/ui/controller.py" line="177"/>
        <source>Switch user</source>
        <translation>Đổi người dùng</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../desktop/ui/safety.py" line="43"/>
        <source>Hide</source>
        <translation>Ẩn</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <location filename="../desktop/ui/busy.py" line="22"/>
        <source>Computing…</source>
        <translation>Đang tính…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/busy.py" line="24"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>CommunePage</name>
    <message>
        <location filename="../desktop/ui/wizard.py" line="65"/>
        <source>Your commune</source>
        <translation>Xã của bạn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="66"/>
        <source>Choose the province, then type part of the commune&apos;s name.</source>
        <translation>Chọn tỉnh, rồi gõ một phần tên xã.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="73"/>
        <source>Type to filter, e.g. cuong gian</source>
        <translation>Gõ để lọc, ví dụ: dinh cuong</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="76"/>
        <source>Not found. Check the province, or type fewer letters (no diacritics needed).</source>
        <translation>Không tìm thấy. Kiểm tra lại tỉnh, hoặc gõ ít chữ hơn (không cần dấu).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="84"/>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="85"/>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="88"/>
        <source>Name of this computer</source>
        <translation>Tên máy tính này</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="109"/>
        <source>When two computers changed the same field, the later change is kept everywhere. These are the values that lost. Select one and press «Keep this value» to put it back: that is a normal change, sent in the next bundle.</source>
        <translation>Khi hai máy cùng sửa một ô, giá trị sửa sau được giữ ở mọi nơi. Đây là các giá trị bị thay. Chọn một dòng và bấm «Giữ giá trị này» để đặt lại giá trị đó: đó là một lần sửa bình thường, được gửi đi trong gói dữ liệu sau.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="115"/>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="115"/>
        <source>Record</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="115"/>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="115"/>
        <source>Value kept</source>
        <translation>Giá trị được giữ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="116"/>
        <source>Value that lost</source>
        <translation>Giá trị bị thay</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="116"/>
        <source>Now</source>
        <translation>Hiện tại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="119"/>
        <location filename="../desktop/ui/review_pages.py" line="185"/>
        <source>Keep this value</source>
        <translation>Giữ giá trị này</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="68"/>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="147"/>
        <source>kept (this value)</source>
        <translation>đã giữ (giá trị này)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="163"/>
        <source>%1 values to review.</source>
        <translation>%1 giá trị cần xem lại.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="165"/>
        <source>No conflicts: every merge agreed.</source>
        <translation>Không có xung đột: mọi lần gộp đều khớp.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="187"/>
        <source>Kept «%1» for %2. It goes out with the next bundle.</source>
        <translation>Đã giữ «%1» cho %2. Thay đổi này được gửi đi trong gói dữ liệu sau.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="75"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="110"/>
        <location filename="../desktop/ui/dashboard_page.py" line="423"/>
        <source>By hamlet: share of residents (%)</source>
        <translation>Theo thôn: tỷ lệ người dân (%)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="118"/>
        <source>Follow-up</source>
        <translation>Hẹn quay lại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="118"/>
        <source>Household</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="118"/>
        <source>Hamlet</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="118"/>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="124"/>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="124"/>
        <source>Households</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="124"/>
        <source>Visits this month</source>
        <translation>Lượt thăm trong tháng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="125"/>
        <source>Coverage</source>
        <translation>Độ bao phủ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="126"/>
        <source>Last bundle</source>
        <translation>Gói gần nhất</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="134"/>
        <source>Follow-ups due this week</source>
        <translation>Hẹn quay lại trong tuần này</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="46"/>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="170"/>
        <source>Services at digital transformation days</source>
        <translation>Dịch vụ tại ngày hội chuyển đổi số</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="202"/>
        <source>No bundle exported yet</source>
        <translation>Chưa xuất gói dữ liệu nào</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="203"/>
        <source>Last bundle: %1 days ago</source>
        <translation>Gói gần nhất: %1 ngày trước</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="364"/>
        <source>No target set</source>
        <translation>Chưa đặt chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="367"/>
        <source>Target %1 · reached %2 %</source>
        <translation>Chỉ tiêu %1 · đạt %2 %</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="125"/>
        <location filename="../desktop/ui/dashboard_page.py" line="438"/>
        <source>e-ID level 2</source>
        <translation>Định danh mức 2</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="62"/>
        <location filename="../desktop/ui/dashboard_page.py" line="242"/>
        <source>Computing…</source>
        <translation>Đang tính…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="125"/>
        <location filename="../desktop/ui/dashboard_page.py" line="439"/>
        <source>Health record linked</source>
        <translation>Đã liên kết sổ sức khỏe</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="262"/>
        <source>Cancelled: choose a month to compute again.</source>
        <translation>Đã hủy: chọn tháng để tính lại.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="331"/>
        <source>Year to date, to the end of %1</source>
        <translation>Lũy kế từ đầu năm đến hết tháng %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="333"/>
        <location filename="../desktop/ui/dashboard_page.py" line="341"/>
        <source>in %1: %2</source>
        <translation>trong tháng %1: %2</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="337"/>
        <source>As recorded now</source>
        <translation>Theo số liệu hiện có</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="338"/>
        <source>At the end of %1</source>
        <translation>Đến hết tháng %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="381"/>
        <source>Across %1 communes</source>
        <translation>Tổng của %1 xã</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="402"/>
        <source>%1 days ago</source>
        <translation>%1 ngày trước</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="386"/>
        <source>By commune: share of residents (%)</source>
        <translation>Theo xã: tỷ lệ người dân (%)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="428"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="466"/>
        <source>Follow-ups due this week: %1</source>
        <translation>Hẹn quay lại trong tuần này: %1</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="202"/>
        <source>Two records that may be one person: the same CCCD (two computers entered the same person, or a number was mistyped), or names alike with the same birth year in the same hamlet. Choose the record to keep and which value of each field it takes, then merge; or say they are two different people.</source>
        <translation>Hai hồ sơ có thể là một người: cùng số CCCD (hai máy cùng nhập một người, hoặc gõ nhầm số), hoặc tên giống nhau, cùng năm sinh, cùng thôn. Chọn hồ sơ giữ lại và giá trị của từng trường rồi gộp; hoặc chọn «Hai người khác nhau».</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="208"/>
        <location filename="../desktop/ui/review_pages.py" line="335"/>
        <source>Resident A</source>
        <translation>Người A</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="208"/>
        <location filename="../desktop/ui/review_pages.py" line="336"/>
        <source>Resident B</source>
        <translation>Người B</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="208"/>
        <source>CCCD</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="209"/>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="251"/>
        <source>Merge into one person</source>
        <translation>Gộp thành một người</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="254"/>
        <source>Two different people</source>
        <translation>Hai người khác nhau</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="258"/>
        <source>Keep the record of</source>
        <translation>Giữ hồ sơ của</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="70"/>
        <location filename="../desktop/ui/review_pages.py" line="387"/>
        <location filename="../desktop/ui/review_pages.py" line="401"/>
        <source>Duplicates</source>
        <translation>Hồ sơ trùng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="299"/>
        <source>Same CCCD</source>
        <translation>Cùng số CCCD</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="300"/>
        <source>Names alike</source>
        <translation>Tên giống nhau</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="314"/>
        <source>No duplicates to decide.</source>
        <translation>Không còn hồ sơ trùng cần xem.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="312"/>
        <source>%1 pairs to decide.</source>
        <translation>%1 cặp cần xử lý.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="333"/>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="334"/>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
</context>
<context>
    <name>EnrollmentDialog</name>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="520"/>
        <source>Save this hub&apos;s key</source>
        <translation>Lưu khóa của trạm này</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="523"/>
        <source>Each commune gets its own key file: it enrolls that commune&apos;s computers, so their bundles are accepted without approval.</source>
        <translation>Mỗi xã nhận một tệp khóa riêng: tệp ghi danh các máy của xã đó, nên gói dữ liệu của chúng được nhận mà không phải chờ duyệt.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="529"/>
        <source>Type the commune&apos;s name, e.g. dinh cuong</source>
        <translation>Gõ tên xã, không cần dấu, ví dụ dinh cuong</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="537"/>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="538"/>
        <source>Plain key (bundles wait for approval)</source>
        <translation>Khóa chung (gói dữ liệu chờ duyệt)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="542"/>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="544"/>
        <source>Enrolls for</source>
        <translation>Ghi danh trong</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="546"/>
        <source>Save…</source>
        <translation>Lưu…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="549"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../desktop/ui/wizard.py" line="269"/>
        <source>Almost done</source>
        <translation>Sắp xong</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="270"/>
        <source>Fill this database with demo data for training (made-up households and visits)</source>
        <translation>Thêm dữ liệu mẫu để tập huấn (hộ gia đình và lượt thăm hộ giả định)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="273"/>
        <source>Choose the hub&apos;s key file…</source>
        <translation>Chọn tệp khóa của trạm…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="275"/>
        <source>The hub&apos;s key can also be imported later, on the Sync page.</source>
        <translation>Cũng có thể nhập khóa của trạm sau, ở mục Đồng bộ.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="284"/>
        <source>The administrator of this database: each person who uses it gets a name and password later; this one manages them.</source>
        <translation>Quản trị viên của cơ sở dữ liệu này: mỗi người sử dụng sẽ có tên và mật khẩu riêng sau; quản trị viên quản lý họ.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="304"/>
        <source>The hub&apos;s key</source>
        <translation>Khóa của trạm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="305"/>
        <source>Hub key (*.json *.key);;All files (*)</source>
        <translation>Khóa của trạm (*.json *.key);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="312"/>
        <source>Hub key: %1</source>
        <translation>Khóa của trạm: %1</translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <location filename="../desktop/ui/households_page.py" line="28"/>
        <source>Choose a household to see its residents.</source>
        <translation>Chọn một hộ để xem các nhân khẩu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/households_page.py" line="29"/>
        <source>Add resident</source>
        <translation>Thêm nhân khẩu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/households_page.py" line="55"/>
        <source>Households</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <location filename="../desktop/ui/households_page.py" line="56"/>
        <source>Residents</source>
        <translation>Người dân</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="49"/>
        <source>Households &amp; residents</source>
        <translation>Hộ gia đình &amp; người dân</translation>
    </message>
    <message>
        <location filename="../desktop/ui/households_page.py" line="83"/>
        <source>Residents of the household of %1</source>
        <translation>Nhân khẩu của hộ %1</translation>
    </message>
</context>
<context>
    <name>HubKeyCheck</name>
    <message>
        <location filename="../desktop/ui/hub_key.py" line="39"/>
        <source>Matches</source>
        <translation>Khớp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/hub_key.py" line="41"/>
        <source>Does not match</source>
        <translation>Không khớp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/hub_key.py" line="76"/>
        <source>Hub key of %1. Call the province (or district) IT and have them read out their code: does it match this one?</source>
        <translation>Khóa của trạm %1. Gọi điện cho cán bộ CNTT của tỉnh (hoặc huyện cũ), nhờ đọc mã nhận dạng của trạm: có khớp với mã dưới đây không?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/hub_key.py" line="80"/>
        <source>Nothing is trusted until you answer.</source>
        <translation>Chưa tin khóa này cho đến khi bạn trả lời.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/hub_key.py" line="88"/>
        <source>Matches: this hub&apos;s key is used when the set-up ends.</source>
        <translation>Khớp: khóa của trạm này sẽ được dùng khi hoàn tất thiết lập.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/hub_key.py" line="90"/>
        <source>Does not match: the key is not used. Tell the province IT now; the right key can be imported later on the Sync page.</source>
        <translation>Không khớp: khóa này không được dùng. Báo ngay cho CNTT tỉnh; khóa đúng có thể nhập sau ở mục Đồng bộ.</translation>
    </message>
</context>
<context>
    <name>HubPage</name>
    <message>
        <location filename="../desktop/ui/wizard.py" line="137"/>
        <source>Your hub</source>
        <translation>Trạm của bạn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="142"/>
        <source>(several provinces)</source>
        <translation>(nhiều tỉnh)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="147"/>
        <source>Hub name</source>
        <translation>Tên trạm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="148"/>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="149"/>
        <source>Name of this computer</source>
        <translation>Tên máy tính này</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="70"/>
        <source>Import %1</source>
        <translation>Nhập %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="71"/>
        <location filename="../desktop/ui/import_dialog.py" line="162"/>
        <location filename="../desktop/ui/import_dialog.py" line="164"/>
        <source>Checking the file…</source>
        <translation>Đang kiểm tra tệp…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="89"/>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="89"/>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="90"/>
        <source>What happens</source>
        <translation>Xử lý</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="90"/>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="96"/>
        <source>Rows refused or left out</source>
        <translation>Dòng bị từ chối hoặc bỏ qua</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="97"/>
        <location filename="../desktop/ui/import_dialog.py" line="295"/>
        <location filename="../desktop/ui/import_dialog.py" line="312"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="102"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="108"/>
        <source>Training session</source>
        <translation>Buổi tập huấn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="116"/>
        <source>First rows, under the file&apos;s columns and the field each fills</source>
        <translation>Các dòng đầu, dưới cột của tệp và trường mỗi cột điền vào</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="138"/>
        <source>A new session, from the sheet&apos;s title rows</source>
        <translation>Buổi mới, theo dòng tiêu đề của danh sách</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="187"/>
        <source>The sheet&apos;s title rows name no training session. Choose the session it belongs to above.</source>
        <translation>Dòng tiêu đề của danh sách không ghi tên buổi tập huấn. Chọn buổi tập huấn của danh sách ở trên.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="189"/>
        <source>Choose the session…</source>
        <translation>Chọn buổi tập huấn…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="199"/>
        <source>A new session: %1, %2</source>
        <translation>Buổi mới: %1, %2</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="201"/>
        <source>A new session is made from the sheet&apos;s title rows: %1, %2.</source>
        <translation>Tạo buổi mới theo dòng tiêu đề của danh sách: %1, %2.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="206"/>
        <source>(the sheet names no session)</source>
        <translation>(danh sách không ghi tên buổi)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="207"/>
        <source>The sheet&apos;s title rows name no session: it goes into the session selected, %1, %2. Choose another above if it belongs elsewhere.</source>
        <translation>Dòng tiêu đề của danh sách không ghi tên buổi: nhập vào buổi đang chọn, %1, %2. Nếu danh sách thuộc buổi khác, chọn lại ở trên.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="210"/>
        <source>Into the session %1, %2.</source>
        <translation>Nhập vào buổi %1, %2.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="215"/>
        <source>%1 rows read; %2 would be added; %3 already recorded.</source>
        <translation>Đọc %1 dòng; sẽ thêm %2; %3 đã có sẵn.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="219"/>
        <source>New hamlets: %1</source>
        <translation>Thôn mới: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="221"/>
        <source>New bridge points: %1</source>
        <translation>Điểm cầu mới: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="226"/>
        <source>Bridge points matched to recorded ones: %1</source>
        <translation>Điểm cầu khớp với điểm cầu đã có: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="228"/>
        <source>%1 rows may be people already recorded: they are added as new people, check them below.</source>
        <translation>%1 dòng có thể trùng với người đã có: vẫn được nhập như người mới, hãy kiểm tra ở bảng dưới.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="232"/>
        <source>%1 rows are refused. Nothing will be imported until they are corrected in the file.</source>
        <translation>%1 dòng bị từ chối. Chưa nhập gì cho đến khi sửa các dòng này trong tệp.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="241"/>
        <source>The sheet is dated %1 but the session is on %2. Check that this is the right session before importing.</source>
        <translation>Danh sách ghi ngày %1 nhưng buổi tập huấn vào ngày %2. Kiểm tra lại đúng buổi trước khi nhập.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="252"/>
        <source>not imported</source>
        <translation>không nhập</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="270"/>
        <source>Refused</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="270"/>
        <source>Left out</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="271"/>
        <source>Added, may be a duplicate</source>
        <translation>Nhập, có thể trùng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="274"/>
        <source>%1 may be %2, already recorded.</source>
        <translation>%1 có thể là %2, đã có trong dữ liệu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="282"/>
        <source>Rows refused or left out: %1</source>
        <translation>Dòng bị từ chối hoặc bỏ qua: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="296"/>
        <source>Import into this session anyway?</source>
        <translation>Vẫn nhập vào buổi này?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="301"/>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="312"/>
        <source>%1 records imported.</source>
        <translation>Đã nhập %1 bản ghi.</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <location filename="../desktop/ui/login.py" line="249"/>
        <source>Write down this recovery key and keep it in the commune&apos;s safe. It is shown only now. It resets a forgotten password and opens this database&apos;s backups:</source>
        <translation>Hãy ghi lại khoá khôi phục này và cất trong két của xã. Khoá chỉ hiện một lần này. Khoá dùng để đặt lại mật khẩu đã quên và mở các bản sao lưu của cơ sở dữ liệu này:</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../desktop/ui/login.py" line="48"/>
        <source>Locked: log in to go on</source>
        <translation>Đã khoá: đăng nhập để tiếp tục</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login.py" line="49"/>
        <source>Log in to Xã Số</source>
        <translation>Đăng nhập Xã Số</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login.py" line="60"/>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login.py" line="61"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login.py" line="63"/>
        <source>Log in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login.py" line="65"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login.py" line="65"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login.py" line="70"/>
        <source>Each person logs in with their own name: every save is recorded under it.</source>
        <translation>Mỗi người đăng nhập bằng tên của mình: mọi lần lưu đều được ghi dưới tên đó.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login.py" line="96"/>
        <source>Checking the password…</source>
        <translation>Đang kiểm tra mật khẩu…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="31"/>
        <location filename="../desktop/ui/main_window.py" line="288"/>
        <source>Xã Số</source>
        <translation>Xã Số</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="147"/>
        <source>New database…</source>
        <translation>Cơ sở dữ liệu mới…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="149"/>
        <source>Open database…</source>
        <translation>Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="151"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="152"/>
        <source>Back up…</source>
        <translation>Sao lưu…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="154"/>
        <source>Restore a backup…</source>
        <translation>Khôi phục bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="156"/>
        <source>Switch user (lock)</source>
        <translation>Đổi người dùng (khoá)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="158"/>
        <source>New record</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="159"/>
        <source>Find</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="160"/>
        <location filename="../desktop/ui/main_window.py" line="269"/>
        <source>Undo last save or delete</source>
        <translation>Hoàn tác lần lưu hoặc xóa gần nhất</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="162"/>
        <source>Smaller text (A-)</source>
        <translation>Chữ nhỏ (A-)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="164"/>
        <source>Normal text (A)</source>
        <translation>Chữ thường (A)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="166"/>
        <source>Larger text (A+)</source>
        <translation>Chữ lớn (A+)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="168"/>
        <source>High contrast</source>
        <translation>Tương phản cao</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="87"/>
        <location filename="../desktop/ui/main_window.py" line="172"/>
        <source>About Xã Số</source>
        <translation>Giới thiệu Xã Số</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="176"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="181"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="188"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="190"/>
        <source>&amp;View</source>
        <translation>&amp;Hiển thị</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="194"/>
        <source>&amp;Go</source>
        <translation>Đ&amp;i tới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="198"/>
        <source>&amp;Help</source>
        <translation>&amp;Trợ giúp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="200"/>
        <source>Main</source>
        <translation>Chính</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="272"/>
        <source>Undo: new %1</source>
        <translation>Hoàn tác: thêm %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="272"/>
        <source>Undo: change to %1</source>
        <translation>Hoàn tác: sửa %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="273"/>
        <source>Undo: deletion of %1</source>
        <translation>Hoàn tác: xóa %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="273"/>
        <source>Undo: %1</source>
        <translation>Hoàn tác: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="280"/>
        <source>Not set up</source>
        <translation>Chưa thiết lập</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="281"/>
        <source>Device: %1</source>
        <translation>Máy: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="283"/>
        <source>Last bundle: %1</source>
        <translation>Gói gần nhất: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="309"/>
        <source>Nothing to undo.</source>
        <translation>Không có gì để hoàn tác.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="312"/>
        <source>Undone: new %1</source>
        <translation>Đã hoàn tác: thêm %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="312"/>
        <source>Undone: change to %1</source>
        <translation>Đã hoàn tác: sửa %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="313"/>
        <source>Undone: deletion of %1</source>
        <translation>Đã hoàn tác: xóa %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="313"/>
        <source>Undone: %1</source>
        <translation>Đã hoàn tác: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="340"/>
        <source>Open database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="342"/>
        <source>Xã Số database (*.db *.sqlite)</source>
        <translation>Cơ sở dữ liệu Xã Số (*.db *.sqlite)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="348"/>
        <source>New database</source>
        <translation>Cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="350"/>
        <source>Xã Số database (*.db)</source>
        <translation>Cơ sở dữ liệu Xã Số (*.db)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../desktop/ui/messages.py" line="12"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="13"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="14"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="15"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="16"/>
        <source>Don&apos;t save</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="17"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <location filename="../desktop/ui/login.py" line="212"/>
        <source>Protect this database</source>
        <translation>Bảo vệ cơ sở dữ liệu này</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../desktop/ui/record_table.py" line="38"/>
        <source>Not allowed</source>
        <translation>Không được phép</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../desktop/ui/pages.py" line="60"/>
        <source>Digital transformation days</source>
        <translation>Ngày hội chuyển đổi số</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../desktop/ui/record_form.py" line="47"/>
        <source>Edit %1</source>
        <translation>Sửa %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="47"/>
        <source>New %1</source>
        <translation>Thêm %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="59"/>
        <source>Name of the day</source>
        <translation>Tên ngày hội</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="71"/>
        <source>Save and next (Enter)</source>
        <translation>Lưu và nhập tiếp (Enter)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="72"/>
        <source>Save (Enter)</source>
        <translation>Lưu (Enter)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="76"/>
        <source>Close (Esc)</source>
        <translation>Đóng (Esc)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="117"/>
        <source>Correction: allow moving a stage back (recorded as a correction)</source>
        <translation>Đính chính: cho phép lùi trạng thái (được ghi là đính chính)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="123"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="123"/>
        <source>Track</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="124"/>
        <source>Stage</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="124"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="129"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="139"/>
        <source>Team leader of this hamlet now: %1</source>
        <translation>Tổ trưởng hiện nay của thôn này: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="142"/>
        <source>This hamlet has no team leader yet.</source>
        <translation>Thôn này chưa có tổ trưởng.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="148"/>
        <source>Export this person&apos;s data…</source>
        <translation>Xuất thông tin của người này…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="150"/>
        <source>Erase personal data…</source>
        <translation>Xoá thông tin cá nhân…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="160"/>
        <source>Person&apos;s requests</source>
        <translation>Yêu cầu của người dân</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="164"/>
        <location filename="../desktop/ui/record_form.py" line="178"/>
        <location filename="../desktop/ui/record_form.py" line="180"/>
        <source>Export this person&apos;s data</source>
        <translation>Xuất thông tin của người này</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="166"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="181"/>
        <source>Written: %1</source>
        <translation>Đã ghi: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="188"/>
        <location filename="../desktop/ui/record_form.py" line="198"/>
        <source>Erase personal data</source>
        <translation>Xoá thông tin cá nhân</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="189"/>
        <source>Erase this person&apos;s name, CCCD, phone, date of birth and notes, here and, through the next bundle, on the hub and the other laptops? Only the counts of past reports are kept. This cannot be undone.</source>
        <translation>Xoá họ tên, số CCCD, điện thoại, ngày sinh và ghi chú của người này, tại máy này và (qua gói đồng bộ tiếp theo) trên trạm tổng hợp và các máy khác? Chỉ giữ lại số liệu của các báo cáo đã lập. Không thể hoàn tác.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="236"/>
        <source>correction</source>
        <translation>đính chính</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="237"/>
        <source>during a visit</source>
        <translation>khi thăm hộ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="304"/>
        <source>May be the same person as: %1. Press Save again to save a different person.</source>
        <translation>Có thể trùng với: %1. Nhấn Lưu lần nữa để lưu là một người khác.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="329"/>
        <source>Please correct the marked fields.</source>
        <translation>Vui lòng sửa các ô được đánh dấu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="340"/>
        <source>Saved. Enter the next one.</source>
        <translation>Đã lưu. Mời nhập tiếp.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="351"/>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="352"/>
        <source>Save the changes before closing?</source>
        <translation>Lưu các thay đổi trước khi đóng?</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../desktop/ui/record_table.py" line="78"/>
        <source>Search: name, CCCD or phone (Ctrl+F)</source>
        <translation>Tìm: họ tên, số CCCD hoặc điện thoại (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="80"/>
        <source>Search by name (Ctrl+F)</source>
        <translation>Tìm theo tên (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="91"/>
        <source>New (Ctrl+N)</source>
        <translation>Thêm mới (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="93"/>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="94"/>
        <location filename="../desktop/ui/record_table.py" line="448"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="95"/>
        <source>Import from Excel/CSV…</source>
        <translation>Nhập từ Excel/CSV…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="99"/>
        <source>Export Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="101"/>
        <source>Save the records the filters show as an Excel file</source>
        <translation>Lưu các bản ghi đang hiện theo bộ lọc thành tệp Excel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="218"/>
        <source>All hamlets</source>
        <translation>Tất cả thôn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="198"/>
        <source>All months</source>
        <translation>Tất cả các tháng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="192"/>
        <source>All communes</source>
        <translation>Tất cả các xã</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="207"/>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="219"/>
        <source>All team members</source>
        <translation>Mọi thành viên tổ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="225"/>
        <source>Choose a commune first</source>
        <translation>Chọn xã trước</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="278"/>
        <location filename="../desktop/ui/record_table.py" line="303"/>
        <source>Counting…</source>
        <translation>Đang đếm…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="284"/>
        <source>more than %1 records</source>
        <translation>hơn %1 bản ghi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="286"/>
        <source>%1 records</source>
        <translation>%1 bản ghi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="291"/>
        <location filename="../desktop/ui/record_table.py" line="300"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="449"/>
        <source>Delete %1 «%2»? You can undo with Ctrl+Z.</source>
        <translation>Xóa %1 «%2»? Có thể hoàn tác bằng Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="466"/>
        <location filename="../desktop/ui/record_table.py" line="495"/>
        <source>Export Excel</source>
        <translation>Xuất Excel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="468"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="482"/>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="489"/>
        <source>%1 records exported to %2</source>
        <translation>Đã xuất %1 bản ghi vào %2</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="499"/>
        <source>Import from Excel/CSV</source>
        <translation>Nhập từ Excel/CSV</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="500"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Bảng tính (*.xlsx *.csv)</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../desktop/ui/table_model.py" line="201"/>
        <source>Participants</source>
        <translation>Người tham gia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_model.py" line="203"/>
        <source>Head of household</source>
        <translation>Chủ hộ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_model.py" line="205"/>
        <source>Name of the day</source>
        <translation>Tên ngày hội</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_model.py" line="229"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="63"/>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="64"/>
        <source>Show report</source>
        <translation>Xem báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="66"/>
        <source>Save PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="67"/>
        <source>Save Word copy…</source>
        <translation>Lưu bản Word…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="69"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="70"/>
        <source>Export Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="79"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="81"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="103"/>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="105"/>
        <source>Officer&apos;s sections</source>
        <translation>Phần cán bộ viết</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="106"/>
        <source>Report settings</source>
        <translation>Thiết lập báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="137"/>
        <source>Written for the chosen month and printed as sections II–IV of the report; an empty section is left out.</source>
        <translation>Viết cho tháng đã chọn và in thành các mục II–IV của báo cáo; mục để trống sẽ không in.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="140"/>
        <source>Save sections</source>
        <translation>Lưu các mục</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="143"/>
        <source>Load from file…</source>
        <translation>Lấy từ tệp…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="176"/>
        <source>Calendar month</source>
        <translation>Cả tháng (từ ngày 01 đến cuối tháng)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="177"/>
        <source>15th of the month before to the 14th (Decree 09/2019)</source>
        <translation>Từ ngày 15 tháng trước đến ngày 14 (Nghị định 09/2019)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="188"/>
        <source>Save settings</source>
        <translation>Lưu thiết lập</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="64"/>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="205"/>
        <source>All communes (roll-up)</source>
        <translation>Tất cả các xã (tổng hợp)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="213"/>
        <source>A hub&apos;s report rolls up every commune it has merged. Choose the month and the language, then Show report.</source>
        <translation>Báo cáo của trạm tổng hợp số liệu mọi xã đã gộp. Chọn tháng và ngôn ngữ, rồi bấm Xem báo cáo.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="216"/>
        <source>Choose the month and the language, then Show report.</source>
        <translation>Chọn tháng và ngôn ngữ, rồi bấm Xem báo cáo.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="276"/>
        <source>Sections saved for %1.</source>
        <translation>Đã lưu các mục của tháng %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="284"/>
        <source>Load sections</source>
        <translation>Lấy các mục từ tệp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="285"/>
        <source>Text (*.txt)</source>
        <translation>Văn bản (*.txt)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="328"/>
        <source>Settings saved.</source>
        <translation>Đã lưu thiết lập.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="344"/>
        <location filename="../desktop/ui/reports_page.py" line="347"/>
        <source>Preparing the report…</source>
        <translation>Đang lập báo cáo…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="364"/>
        <source>%1 pages. Save or print it when it looks right.</source>
        <translation>%1 trang. Kiểm tra rồi lưu hoặc in.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="378"/>
        <source>Save PDF</source>
        <translation>Lưu PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="380"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="383"/>
        <location filename="../desktop/ui/reports_page.py" line="400"/>
        <location filename="../desktop/ui/reports_page.py" line="437"/>
        <source>Saved to %1</source>
        <translation>Đã lưu vào %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="390"/>
        <source>Save Word copy</source>
        <translation>Lưu bản Word</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="391"/>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="397"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="428"/>
        <location filename="../desktop/ui/reports_page.py" line="436"/>
        <source>Export Excel</source>
        <translation>Xuất Excel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="430"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="434"/>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../desktop/ui/safety.py" line="64"/>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="65"/>
        <source>Restore %1?

Every record now in this database is replaced by the backup&apos;s. The current database is kept beside it as an encrypted backup, so this can be undone.</source>
        <translation>Khôi phục %1?

Mọi bản ghi hiện có trong cơ sở dữ liệu này sẽ được thay bằng bản ghi của bản sao lưu. Cơ sở dữ liệu hiện tại được giữ lại bên cạnh dưới dạng bản sao lưu đã mã hóa, nên có thể làm ngược lại.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="79"/>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="80"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="81"/>
        <source>or the recovery key</source>
        <translation>hoặc khóa khôi phục</translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="83"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="85"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <location filename="../desktop/ui/wizard.py" line="34"/>
        <source>Welcome to Xã Số</source>
        <translation>Chào mừng đến với Xã Số</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="35"/>
        <source>Who will use this computer?</source>
        <translation>Máy tính này dùng cho ai?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="36"/>
        <source>A commune, ward or special zone: record households, visits and trainings</source>
        <translation>Một xã, phường hoặc đặc khu: ghi hộ gia đình, lượt thăm hộ và tập huấn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="39"/>
        <source>A hub (province or district IT): merge communes&apos; bundles</source>
        <translation>Một trạm tổng hợp (CNTT tỉnh hoặc huyện cũ): gộp dữ liệu các xã gửi lên</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <location filename="../desktop/ui/safety.py" line="110"/>
        <source>Back up now…</source>
        <translation>Sao lưu ngay…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="131"/>
        <source>The last backup was %1 days ago. A backup on a USB stick keeps the commune&apos;s work if this computer fails.</source>
        <translation>Lần sao lưu gần nhất cách đây %1 ngày. Một bản sao lưu trên USB giữ được dữ liệu của xã nếu máy tính này hỏng.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="144"/>
        <source>Back up the database</source>
        <translation>Sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="145"/>
        <source>Xã Số backup (*.bak)</source>
        <translation>Bản sao lưu Xã Số (*.bak)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="154"/>
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="161"/>
        <source>Backup saved: %1 (%2 MB), encrypted.</source>
        <translation>Đã lưu bản sao lưu: %1 (%2 MB), đã mã hóa.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="167"/>
        <source>Backup and restore</source>
        <translation>Sao lưu và khôi phục</translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="175"/>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="177"/>
        <source>Xã Số backup (*.bak);;All files (*)</source>
        <translation>Bản sao lưu Xã Số (*.bak);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="193"/>
        <source>Checking the backup…</source>
        <translation>Đang kiểm tra bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="208"/>
        <source>Restoring…</source>
        <translation>Đang khôi phục…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="218"/>
        <source>Restored from %1. The database as it was is kept as %2.</source>
        <translation>Đã khôi phục từ %1. Cơ sở dữ liệu trước khi khôi phục được giữ lại là %2.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../desktop/ui/settings_page.py" line="38"/>
        <source>High contrast (yellow on black)</source>
        <translation>Tương phản cao (chữ vàng trên nền đen)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_page.py" line="42"/>
        <source>Display</source>
        <translation>Hiển thị</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_page.py" line="44"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_page.py" line="45"/>
        <source>Text size</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_page.py" line="50"/>
        <source> min (0: never)</source>
        <translation> phút (0: không khoá)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_page.py" line="53"/>
        <source>Lock after idle</source>
        <translation>Tự khoá khi không dùng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_page.py" line="56"/>
        <source>Open another database…</source>
        <translation>Mở cơ sở dữ liệu khác…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_page.py" line="57"/>
        <source>New database…</source>
        <translation>Cơ sở dữ liệu mới…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_page.py" line="58"/>
        <source>Add demo data for training…</source>
        <translation>Thêm dữ liệu mẫu để tập huấn…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_page.py" line="61"/>
        <source>Data</source>
        <translation>Dữ liệu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="72"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_page.py" line="88"/>
        <source>Database file: %1</source>
        <translation>Tệp cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_page.py" line="132"/>
        <location filename="../desktop/ui/settings_page.py" line="157"/>
        <source>Demo data</source>
        <translation>Dữ liệu mẫu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_page.py" line="133"/>
        <source>Add made-up households, residents and visits for training? Use a separate database for real work.</source>
        <translation>Thêm hộ gia đình, người dân và lượt thăm hộ giả định để tập huấn? Hãy dùng một cơ sở dữ liệu riêng cho công việc thật.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_page.py" line="146"/>
        <source>Creating demo data…</source>
        <translation>Đang tạo dữ liệu mẫu…</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../desktop/ui/wizard.py" line="358"/>
        <source>Set up Xã Số</source>
        <translation>Thiết lập Xã Số</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="370"/>
        <source>Next &gt;</source>
        <translation>Tiếp &gt;</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="371"/>
        <source>&lt; Back</source>
        <translation>&lt; Quay lại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="372"/>
        <source>Finish</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="373"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="399"/>
        <source>Recovery key</source>
        <translation>Khoá khôi phục</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="425"/>
        <source>Hub key</source>
        <translation>Khóa của trạm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="447"/>
        <source>Hamlets and team</source>
        <translation>Thôn và tổ công nghệ số</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="448"/>
        <source>These lines were not saved; add them on the Hamlets, team &amp; targets page:</source>
        <translation>Các dòng sau chưa được lưu; hãy thêm lại ở mục Thôn, tổ CNS &amp; chỉ tiêu:</translation>
    </message>
</context>
<context>
    <name>StagePage</name>
    <message>
        <location filename="../desktop/ui/stages_page.py" line="23"/>
        <source>Stages change during visits: open Outreach visits to record one. Double-click a resident to correct a stage.</source>
        <translation>Trạng thái được cập nhật khi đi thăm hộ: mở mục Đi từng ngõ, gõ từng nhà để ghi. Nhấp đúp vào một người để đính chính.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="53"/>
        <source>e-ID (VNeID)</source>
        <translation>Định danh điện tử (VNeID)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="55"/>
        <source>Health records</source>
        <translation>Sổ sức khỏe điện tử</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="81"/>
        <source>Export bundle for the hub…</source>
        <translation>Xuất gói dữ liệu gửi cấp trên…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="83"/>
        <source>Import bundles…</source>
        <translation>Nhập gói dữ liệu…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="85"/>
        <source>Import the hub key…</source>
        <translation>Nhập khóa của trạm…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="86"/>
        <source>Save this hub&apos;s key…</source>
        <translation>Lưu khóa của trạm này…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="94"/>
        <source>Export reference bundle for the commune…</source>
        <translation>Xuất gói dữ liệu tham chiếu cho xã…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="106"/>
        <source>Or drop bundle files or a whole folder (USB stick) here.</source>
        <translation>Hoặc kéo thả tệp gói hay cả thư mục (USB) vào đây.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="117"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="117"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="118"/>
        <location filename="../desktop/ui/sync_page.py" line="121"/>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="118"/>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="119"/>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="119"/>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="150"/>
        <source>Imported bundles</source>
        <translation>Gói đã nhập</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="121"/>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="122"/>
        <source>Key fingerprint</source>
        <translation>Vân tay khóa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="123"/>
        <source>Bundles held</source>
        <translation>Gói đang giữ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="124"/>
        <source>Approve this computer…</source>
        <translation>Duyệt máy này…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="126"/>
        <location filename="../desktop/ui/sync_page.py" line="470"/>
        <location filename="../desktop/ui/sync_page.py" line="477"/>
        <source>Deny</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="130"/>
        <source>Bundles from computers this hub has not enrolled wait here. Call the commune and compare the key fingerprint before approving: approved, the computer is enrolled for the commune it names and its bundles are merged; denied, its key is refused from now on.</source>
        <translation>Gói dữ liệu từ các máy trạm chưa ghi danh được giữ ở đây. Gọi điện cho xã và đối chiếu vân tay khóa trước khi duyệt: duyệt thì máy được ghi danh cho xã mà máy khai và các gói của máy được gộp; từ chối thì khóa của máy bị từ chối từ nay.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="151"/>
        <source>Held bundles</source>
        <translation>Gói chờ duyệt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="152"/>
        <source>Bundles</source>
        <translation>Gói dữ liệu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="66"/>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="186"/>
        <source>Sync is not ready yet (chưa sẵn sàng).</source>
        <translation>Chức năng đồng bộ chưa sẵn sàng.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="202"/>
        <source>This computer is a hub: import the communes&apos; bundles.</source>
        <translation>Máy này là trạm tổng hợp: hãy nhập gói dữ liệu của các xã.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="204"/>
        <source>No hub key yet: import the key file your district or province sent.</source>
        <translation>Chưa có khóa của trạm: hãy nhập tệp khóa do huyện hoặc tỉnh gửi.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="207"/>
        <source>Bundles go to: %1.</source>
        <translation>Gói dữ liệu gửi tới: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="210"/>
        <source>Last bundle exported: %1.</source>
        <translation>Lần xuất gói gần nhất: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="220"/>
        <location filename="../desktop/ui/sync_page.py" line="263"/>
        <source>Export the bundle to</source>
        <translation>Lưu gói dữ liệu vào</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="229"/>
        <location filename="../desktop/ui/sync_page.py" line="272"/>
        <source>Exporting the bundle…</source>
        <translation>Đang xuất gói dữ liệu…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="239"/>
        <source>%1 bundles saved in sequence in %2 (%3 rows): send them all to the hub.</source>
        <translation>Đã lưu %1 gói nối tiếp vào %2 (%3 bản ghi): hãy gửi tất cả cho trạm tổng hợp.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="244"/>
        <source>Bundle saved: %1 (%2 rows).</source>
        <translation>Đã lưu gói dữ liệu: %1 (%2 dòng).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="280"/>
        <source>Import bundles</source>
        <translation>Nhập gói dữ liệu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="281"/>
        <source>Xã Số bundles (*.xaso);;All files (*)</source>
        <translation>Gói dữ liệu Xã Số (*.xaso);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="291"/>
        <source>No bundle files found.</source>
        <translation>Không tìm thấy tệp gói dữ liệu nào.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="294"/>
        <location filename="../desktop/ui/sync_page.py" line="450"/>
        <source>Importing bundles…</source>
        <translation>Đang nhập gói dữ liệu…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="308"/>
        <source>Imported</source>
        <translation>Đã nhập</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="309"/>
        <source>Already imported</source>
        <translation>Đã nhập trước đó</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="310"/>
        <source>Held: waiting for the hub to approve the computer</source>
        <translation>Đang giữ: chờ trạm duyệt máy gửi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="311"/>
        <source>Refused</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="341"/>
        <source>Import the hub key</source>
        <translation>Nhập khóa của trạm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="342"/>
        <source>Hub key (*.json *.key);;All files (*)</source>
        <translation>Khóa của trạm (*.json *.key);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="358"/>
        <source>Does not match: the key is not trusted. Tell the province IT now.</source>
        <translation>Không khớp: khóa này không được tin cậy. Báo ngay cho CNTT tỉnh.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="367"/>
        <source>Hub %1 trusted: bundles can be exported for it.</source>
        <translation>Đã tin cậy trạm %1: có thể xuất gói dữ liệu gửi trạm.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="381"/>
        <source>Save this hub&apos;s key</source>
        <translation>Lưu khóa của trạm này</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="382"/>
        <source>Hub key (*.json)</source>
        <translation>Khóa của trạm (*.json)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="392"/>
        <source>Hub key</source>
        <translation>Khóa của trạm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="396"/>
        <source>Hub key saved: %1. It enrolls the computers of %2 until %3: send it to that commune only. Fingerprint: %4.</source>
        <translation>Đã lưu khóa của trạm: %1. Tệp này ghi danh các máy của %2 đến ngày %3: chỉ gửi cho xã đó. Vân tay: %4.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="402"/>
        <source>Hub key saved: %1. Bundles of computers that import it wait here for approval. Fingerprint: %2.</source>
        <translation>Đã lưu khóa của trạm: %1. Gói dữ liệu của các máy nhập khóa này sẽ chờ duyệt ở đây. Vân tay: %2.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="431"/>
        <source>Held bundles (%1)</source>
        <translation>Gói chờ duyệt (%1)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="442"/>
        <source>Approve this computer</source>
        <translation>Duyệt máy này</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="443"/>
        <source>Approve %1 for %2? Compare the fingerprint with the commune first:
%3</source>
        <translation>Duyệt máy %1 cho xã %2? Hãy đối chiếu vân tay với xã trước:
%3</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="459"/>
        <source>Computer %1 approved; %2 bundles merged.</source>
        <translation>Đã duyệt máy %1; đã gộp %2 gói dữ liệu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="471"/>
        <source>Deny %1? Its held bundles are dropped and its key is refused from now on.</source>
        <translation>Từ chối máy %1? Các gói đang giữ bị bỏ và khóa của máy bị từ chối từ nay.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="479"/>
        <source>Computer %1 denied; %2 held bundles dropped.</source>
        <translation>Đã từ chối máy %1; đã bỏ %2 gói đang giữ.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="489"/>
        <source>To review: %1 conflicts (page Conflicts), %2 duplicate CCCD pairs (page Duplicates).</source>
        <translation>Cần xem lại: %1 xung đột (mục Xung đột), %2 cặp trùng CCCD (mục Hồ sơ trùng).</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../desktop/ui/tasks.py" line="88"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../desktop/ui/team_page.py" line="20"/>
        <location filename="../desktop/ui/wizard.py" line="192"/>
        <source>Hamlets</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/team_page.py" line="21"/>
        <location filename="../desktop/ui/wizard.py" line="200"/>
        <source>Team members</source>
        <translation>Thành viên tổ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/team_page.py" line="22"/>
        <source>Targets</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="62"/>
        <source>Hamlets, team &amp; targets</source>
        <translation>Thôn, tổ CNS &amp; chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="167"/>
        <source>Hamlets and the community digital team</source>
        <translation>Thôn và Tổ công nghệ số cộng đồng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="168"/>
        <source>One per line. You can add more later.</source>
        <translation>Mỗi dòng một mục. Có thể bổ sung sau.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="171"/>
        <source>Tan Ninh
Dong Xuan</source>
        <translation>Thôn Tân Ninh
Thôn Đông Xuân</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="175"/>
        <source>Nguyen Van An; Tan Ninh; 0912345678</source>
        <translation>Nguyễn Văn An; Thôn Tân Ninh; 0912345678</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="186"/>
        <source>Import team members from Excel/CSV…</source>
        <translation>Nhập thành viên tổ từ Excel/CSV…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="194"/>
        <source>Team members
(name; hamlet; phone)</source>
        <translation>Thành viên tổ
(họ tên; thôn; điện thoại)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="201"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Bảng tính (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="208"/>
        <source>Will import: %1</source>
        <translation>Sẽ nhập: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="223"/>
        <source>Line %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
</context>
<context>
    <name>TrainingsPage</name>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="33"/>
        <source>Choose a training to take attendance.</source>
        <translation>Chọn một buổi tập huấn để điểm danh.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="42"/>
        <source>Find a name (no diacritics needed)</source>
        <translation>Tìm tên (không cần dấu)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="46"/>
        <source>Add participant</source>
        <translation>Thêm người tham dự</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="47"/>
        <source>Import sign-up sheet…</source>
        <translation>Nhập danh sách đăng ký…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="49"/>
        <source>Attendance sheet (PDF)…</source>
        <translation>Danh sách điểm danh (PDF)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="54"/>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="54"/>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="54"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="54"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="55"/>
        <location filename="../desktop/ui/trainings_page.py" line="88"/>
        <source>Bridge point</source>
        <translation>Điểm cầu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="55"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="60"/>
        <source>Space: present or not, then the next person. 1: present, 2: absent, 3: excused.</source>
        <translation>Phím cách: có mặt hoặc bỏ, rồi xuống người tiếp theo. 1: có mặt, 2: vắng, 3: vắng có phép.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="63"/>
        <source>Present (1)</source>
        <translation>Có mặt (1)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="64"/>
        <source>Absent (2)</source>
        <translation>Vắng (2)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="65"/>
        <source>Excused (3)</source>
        <translation>Vắng có phép (3)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="70"/>
        <source>All present at this bridge point</source>
        <translation>Tất cả có mặt tại điểm cầu này</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="73"/>
        <source>Space: present or not, then the next person · 1 present · 2 absent · 3 excused</source>
        <translation>Phím cách: có mặt hoặc bỏ, rồi xuống người tiếp theo · 1 có mặt · 2 vắng · 3 vắng có phép</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="58"/>
        <source>Trainings &amp; attendance</source>
        <translation>Tập huấn &amp; điểm danh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="169"/>
        <source>All bridge points</source>
        <translation>Tất cả điểm cầu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="211"/>
        <source>%1 of %2 present</source>
        <translation>%1/%2 người có mặt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="213"/>
        <source>%1 excused</source>
        <translation>%1 vắng có phép</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="227"/>
        <location filename="../desktop/ui/trainings_page.py" line="270"/>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="261"/>
        <source>Mark %1 people at %2 present?</source>
        <translation>Đánh dấu có mặt cho %1 người tại %2?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="264"/>
        <source>The %1 excused stay excused.</source>
        <translation>%1 người vắng có phép vẫn giữ vắng có phép.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="265"/>
        <source>All present</source>
        <translation>Tất cả có mặt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="292"/>
        <source>Import sign-up sheet</source>
        <translation>Nhập danh sách đăng ký</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="293"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Bảng tính (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="320"/>
        <location filename="../desktop/ui/trainings_page.py" line="336"/>
        <source>Attendance sheet</source>
        <translation>Danh sách điểm danh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="322"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="332"/>
        <source>Preparing the attendance sheet…</source>
        <translation>Đang lập danh sách điểm danh…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="335"/>
        <source>Saved to %1</source>
        <translation>Đã lưu vào %1</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="67"/>
        <source>Resident</source>
        <translation>Người dân</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="67"/>
        <source>e-ID (VNeID)</source>
        <translation>Định danh điện tử (VNeID)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="67"/>
        <source>Health record</source>
        <translation>Sổ sức khỏe điện tử</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="71"/>
        <source>Residents of the household: stages after this visit</source>
        <translation>Nhân khẩu của hộ: trạng thái sau lần thăm này</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="85"/>
        <source>Team members who went</source>
        <translation>Thành viên tổ đi thăm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="129"/>
        <source>Now: %1</source>
        <translation>Hiện tại: %1</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../desktop/ui/pages.py" line="51"/>
        <source>Outreach visits</source>
        <translation>Đi từng ngõ, gõ từng nhà</translation>
    </message>
</context>
<context>
    <name>_ReviewPage</name>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="51"/>
        <location filename="../desktop/ui/review_pages.py" line="70"/>
        <source>Reading…</source>
        <translation>Đang đọc…</translation>
    </message>
</context>
</TS>
