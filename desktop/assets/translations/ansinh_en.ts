<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AgentsPage</name>
    <message>
        <source>Đại lý thu &amp; chỉ tiêu</source>
        <translation>Agents &amp; targets</translation>
    </message>
    <message>
        <source>Đại &amp;lý thu</source>
        <translation>&amp;Agents</translation>
    </message>
    <message>
        <source>&amp;Chỉ tiêu</source>
        <translation>&amp;Targets</translation>
    </message>
    <message>
        <source>&amp;Tiến độ</source>
        <translation>&amp;Progress</translation>
    </message>
    <message>
        <source>&amp;Dân số các xã</source>
        <translation>Commune &amp;population</translation>
    </message>
</context>
<context>
    <name>AgentsTab</name>
    <message>
        <source>Tìm theo tên hoặc mã số nhân viên thu…</source>
        <translation>Search by name or collector code…</translation>
    </message>
    <message>
        <source>Chỉ người đang làm</source>
        <translation>Active only</translation>
    </message>
    <message>
        <source>&amp;Thêm đại lý</source>
        <translation>&amp;Add agent</translation>
    </message>
    <message>
        <source>Đại lý thu mới</source>
        <translation>New agent</translation>
    </message>
    <message>
        <source>Chọn, hoặc gõ tên tổ chức mới</source>
        <translation>Choose, or type a new organisation name</translation>
    </message>
    <message>
        <source>Mã số nhân viên thu (*)</source>
        <translation>Collector code (*)</translation>
    </message>
    <message>
        <source>Họ và tên (*)</source>
        <translation>Full name (*)</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Tổ chức dịch vụ thu</source>
        <translation>Collection organisation</translation>
    </message>
    <message>
        <source>Bắt đầu làm từ ngày</source>
        <translation>Working since</translation>
    </message>
    <message>
        <source>Thôi làm từ ngày</source>
        <translation>Left on</translation>
    </message>
    <message>
        <source>Xã phụ trách (*)</source>
        <translation>Communes served (*)</translation>
    </message>
    <message>
        <source>Thôn, buôn phụ trách</source>
        <translation>Villages served</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Lưu</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Huỷ</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Nội dung tập huấn</source>
        <translation>Training topic</translation>
    </message>
    <message>
        <source>Nội dung, ví dụ: Sử dụng ứng dụng VssID</source>
        <translation>Topic, e.g. Using the VssID app</translation>
    </message>
    <message>
        <source>Thêm buổi tập huấn</source>
        <translation>Add training</translation>
    </message>
    <message>
        <source>Xoá dòng chọn</source>
        <translation>Delete selected row</translation>
    </message>
    <message>
        <source>Tập huấn</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Tổ chức</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Xã phụ trách</source>
        <translation>Communes served</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Đang làm</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Đã nghỉ</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Đại lý thu</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Sửa đại lý thu %1</source>
        <translation>Edit agent %1</translation>
    </message>
    <message>
        <source>Ngày bắt đầu</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Ngày thôi làm</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Lưu đại lý thu</source>
        <translation>Save agent</translation>
    </message>
    <message>
        <source>Ngày tập huấn</source>
        <translation>Training date</translation>
    </message>
    <message>
        <source>Xoá buổi tập huấn đã chọn?</source>
        <translation>Delete the selected training?</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Không mở được cơ sở dữ liệu:
{db}

{error}</source>
        <translation>Could not open the database:
{db}

{error}</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Điểm danh — {caption}</source>
        <translation>Attendance — {caption}</translation>
    </message>
    <message>
        <source>Lập danh sách mời</source>
        <translation>Build invitation list</translation>
    </message>
    <message>
        <source>Thêm người trong thôn, buôn chưa có thẻ BHYT hoặc thẻ sắp hết hạn</source>
        <translation>Add the village&apos;s people without a health insurance card or whose card is expiring</translation>
    </message>
    <message>
        <source>Nhập danh sách đã ký…</source>
        <translation>Import signed sheet…</translation>
    </message>
    <message>
        <source>Quét CCCD tại cửa</source>
        <translation>Scan ID cards at the door</translation>
    </message>
    <message>
        <source>Bật chế độ điểm danh bằng máy quét mã QR trên CCCD (F9)</source>
        <translation>Turn on check-in with the ID card QR scanner (F9)</translation>
    </message>
    <message>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Năm sinh</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Số CCCD</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Thôn, buôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Thẻ BHYT</source>
        <translation>Health insurance card</translation>
    </message>
    <message>
        <source>Ghi nhận</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Bỏ khỏi danh sách</source>
        <translation>Remove from list</translation>
    </message>
    <message>
        <source>Tìm người đến dự: họ tên hoặc số CCCD…</source>
        <translation>Find an attendee: name or ID number…</translation>
    </message>
    <message>
        <source>Điểm danh người đã chọn</source>
        <translation>Check in the selected person</translation>
    </message>
    <message>
        <source>Người mới…</source>
        <translation>New person…</translation>
    </message>
    <message>
        <source>Người đến dự chưa có trong danh sách</source>
        <translation>Attendees not on the list</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Danh sách mời</source>
        <translation>Invitation list</translation>
    </message>
    <message>
        <source>Đến dự thêm</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Quét CCCD</source>
        <translation>ID card scan</translation>
    </message>
    <message>
        <source>Nhập từ tệp</source>
        <translation>Imported from file</translation>
    </message>
    <message>
        <source>Có mặt {attended}/{listed} người.</source>
        <translation>Present: {attended} of {listed}.</translation>
    </message>
    <message numerus="yes">
        <source>Tiền hỗ trợ: {n} người × {each} = {total} (bằng chữ: {words}).</source>
        <translation>
            <numerusform>Support: {n} person × {each} = {total} (in words: {words}).</numerusform>
            <numerusform>Support: {n} people × {each} = {total} (in words: {words}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Không lưu được</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>Không lập được danh sách</source>
        <translation>Could not build the list</translation>
    </message>
    <message numerus="yes">
        <source>Đã thêm {n} người vào danh sách mời.</source>
        <translation>
            <numerusform>Added {n} person to the invitation list.</numerusform>
            <numerusform>Added {n} people to the invitation list.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bỏ {name} khỏi danh sách của buổi này?</source>
        <translation>Remove {name} from this session&apos;s list?</translation>
    </message>
    <message>
        <source>Không tìm thấy; bấm “Người mới…” để thêm.</source>
        <translation>Not found; click &quot;New person…&quot; to add them.</translation>
    </message>
    <message>
        <source>Đang chờ quét CCCD… Đưa mã QR trên thẻ vào máy quét.</source>
        <translation>Waiting for an ID card scan… Hold the card&apos;s QR code to the scanner.</translation>
    </message>
    <message>
        <source>Số CCCD {cccd} chưa có hồ sơ: kiểm tra thông tin từ thẻ rồi bấm “Thêm và điểm danh”.</source>
        <translation>ID {cccd} is not on file: check the details read from the card, then click “Add and check in”.</translation>
    </message>
    <message>
        <source>Đã điểm danh trước đó: {name}</source>
        <translation>Already checked in: {name}</translation>
    </message>
    <message>
        <source>Đã điểm danh: {name}</source>
        <translation>Checked in: {name}</translation>
    </message>
    <message>
        <source>Chọn danh sách đã ký</source>
        <translation>Choose the signed sheet</translation>
    </message>
    <message>
        <source>Bảng tính (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <source>Không nhập được danh sách</source>
        <translation>Could not import the sheet</translation>
    </message>
    <message>
        <source>Đã đọc {rows} dòng: {present} người có mặt ({added} người thêm mới vào danh sách), {already} người đã điểm danh trước đó, {absent} dòng không đánh dấu.</source>
        <translation>Rows read: {rows}. Present: {present} (newly added to the list: {added}); already checked in: {already}; rows not marked: {absent}.</translation>
    </message>
    <message>
        <source>Các dòng không tìm thấy người (hãy điểm danh bằng tay):</source>
        <translation>Rows that matched nobody (check them in by hand):</translation>
    </message>
    <message>
        <source>Dòng {row}: {text} — {reason}</source>
        <translation>Row {row}: {text} — {reason}</translation>
    </message>
    <message>
        <source>Nhập danh sách đã ký</source>
        <translation>Import signed sheet</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Nhật ký thao tác</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Mọi người dùng</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>Mọi loại dữ liệu</source>
        <translation>All record types</translation>
    </message>
    <message>
        <source>Mọi thao tác</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Tìm trong tóm tắt (tên người, tên tệp…)</source>
        <translation>Search the summary (person&apos;s name, file name…)</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Mã của đối tượng (số hồ sơ, số hộ…)</source>
        <translation>ID of the record (person number, household number…)</translation>
    </message>
    <message>
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Xuất các mục đang lọc ra tệp .xlsx (việc xuất cũng được ghi nhật ký)</source>
        <translation>Export the filtered entries to an .xlsx file (the export is itself logged)</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Xem thêm</source>
        <translation>Show more</translation>
    </message>
    <message numerus="yes">
        <source>Đọc thêm {n} mục cũ hơn</source>
        <translation>
            <numerusform>Load {n} older entry</numerusform>
            <numerusform>Load {n} older entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Thông tin</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Trước</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Sau</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Đang đọc nhật ký…</source>
        <translation>Reading the log…</translation>
    </message>
    <message numerus="yes">
        <source>Đang hiện {n} mục mới nhất; bấm “Xem thêm” để đọc tiếp.</source>
        <translation>
            <numerusform>Showing the newest entry; click “Show more” to read on.</numerusform>
            <numerusform>Showing the {n} newest entries; click “Show more” to read on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Có {n} mục.</source>
        <translation>
            <numerusform>{n} entry.</numerusform>
            <numerusform>{n} entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>Không có mục nào khớp bộ lọc.</source>
        <translation>No entries match the filter.</translation>
    </message>
    <message>
        <source>Không đọc được nhật ký: {error}</source>
        <translation>Could not read the log: {error}</translation>
    </message>
    <message>
        <source>Chọn một dòng để xem các thông tin đã thay đổi.</source>
        <translation>Select a row to see what changed.</translation>
    </message>
    <message>
        <source>Thao tác này không ghi thay đổi của từng thông tin.</source>
        <translation>This action did not record field-by-field changes.</translation>
    </message>
    <message>
        <source>Xuất nhật ký thao tác</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Đang xuất…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Đã xuất</source>
        <translation>Exported</translation>
    </message>
    <message numerus="yes">
        <source>Đã xuất {n} mục nhật ký ra tệp {file}.</source>
        <translation>
            <numerusform>Exported {n} log entry to {file}.</numerusform>
            <numerusform>Exported {n} log entries to {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Không xuất được</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Người dùng</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Tóm tắt</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Sao lưu dữ liệu</source>
        <translation>Data backup</translation>
    </message>
    <message>
        <source>Thư mục chứa các bản sao lưu</source>
        <translation>Folder holding the backups</translation>
    </message>
    <message>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message numerus="yes">
        <source> bản mới nhất</source>
        <translation>
            <numerusform> newest copy</numerusform>
            <numerusform> newest copies</numerusform>
        </translation>
    </message>
    <message>
        <source>Sao lưu ngay</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Khôi phục từ bản sao lưu…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <source>Thư mục sao lưu:</source>
        <translation>Backup folder:</translation>
    </message>
    <message>
        <source>Giữ lại:</source>
        <translation>Keep:</translation>
    </message>
    <message>
        <source>Lần gần nhất:</source>
        <translation>Last backup:</translation>
    </message>
    <message>
        <source>Không áp dụng</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Hãy chọn thư mục sao lưu.</source>
        <translation>Choose a backup folder.</translation>
    </message>
    <message>
        <source>Đường dẫn này là một tệp, không phải thư mục.</source>
        <translation>This path is a file, not a folder.</translation>
    </message>
    <message>
        <source>Chưa lưu được cài đặt sao lưu: %1</source>
        <translation>Could not save the backup settings: %1</translation>
    </message>
    <message>
        <source>Chọn thư mục sao lưu</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <source>Chưa có bản sao lưu nào trong thư mục này</source>
        <translation>No backup in this folder yet</translation>
    </message>
    <message>
        <source>Đang sao lưu…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Đã sao lưu vào %1 (%2 KB).</source>
        <translation>Backed up to %1 (%2 KB).</translation>
    </message>
    <message>
        <source>Lỗi không mong đợi: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <source>Chọn bản sao lưu để khôi phục</source>
        <translation>Choose the backup to restore</translation>
    </message>
    <message>
        <source>Bản sao lưu An Sinh Desk (*.db);;Mọi tệp (*)</source>
        <translation>An Sinh Desk backups (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>Đang kiểm tra bản sao lưu…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message numerus="yes">
        <source>Khôi phục dữ liệu từ %1 (%2 người)?

Toàn bộ dữ liệu hiện tại sẽ được thay bằng bản sao lưu này; dữ liệu hiện tại được giữ lại thành một bản an toàn bên cạnh tệp cơ sở dữ liệu.
Hãy đóng An Sinh Desk ở các máy khác dùng chung tệp này. Sau khi khôi phục, ứng dụng sẽ đóng.</source>
        <translation>
            <numerusform>Restore the data from %1 (%2 person)?

All current data will be replaced by this backup; the current data is kept as a safety copy next to the database file.
Close An Sinh Desk on the other computers sharing this file. After the restore the application will close.</numerusform>
            <numerusform>Restore the data from %1 (%2 persons)?

All current data will be replaced by this backup; the current data is kept as a safety copy next to the database file.
Close An Sinh Desk on the other computers sharing this file. After the restore the application will close.</numerusform>
        </translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu</source>
        <translation>Restore data</translation>
    </message>
    <message>
        <source>Đã huỷ khôi phục, không thay đổi gì.</source>
        <translation>Restore cancelled, nothing changed.</translation>
    </message>
    <message>
        <source>Đang khôi phục…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>
Bản an toàn của dữ liệu trước khi khôi phục: %1</source>
        <translation>
Safety copy of the data before the restore: %1</translation>
    </message>
    <message numerus="yes">
        <source>Đã khôi phục %1 người từ %2.%3

Ứng dụng sẽ đóng; hãy mở lại An Sinh Desk để làm việc tiếp.</source>
        <translation>
            <numerusform>Restored %1 person from %2.%3

The application will close; open An Sinh Desk again to continue.</numerusform>
            <numerusform>Restored %1 persons from %2.%3

The application will close; open An Sinh Desk again to continue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchHistory</name>
    <message>
        <source>Các lần nhập trước</source>
        <translation>Previous imports</translation>
    </message>
    <message>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Người nhập</source>
        <translation>Imported by</translation>
    </message>
    <message>
        <source>Mới</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Cập nhật</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Không đổi</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hoàn tác lần nhập</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <source>Xoá những người, lượt tham gia và thôn, buôn do lần nhập này tạo, đưa những người đã được cập nhật về như trước khi nhập.</source>
        <translation>Deletes the persons, enrollments and villages this import created and restores the persons it updated.</translation>
    </message>
    <message>
        <source>Đã hoàn tác</source>
        <translation>Undone</translation>
    </message>
    <message>
        <source>Đã ghi</source>
        <translation>Written</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Đổi mật khẩu — %1</source>
        <translation>Change password — %1</translation>
    </message>
    <message>
        <source>Mật khẩu của bạn do người quản trị đặt tạm. Hãy đặt mật khẩu riêng trước khi bắt đầu làm việc.</source>
        <translation>Your password was set temporarily by an administrator. Choose your own password before you start work.</translation>
    </message>
    <message>
        <source>Mật khẩu mới cần ít nhất %1 ký tự và không trùng tên đăng nhập.</source>
        <translation>The new password needs at least %1 characters and must differ from the user name.</translation>
    </message>
    <message>
        <source>Mật khẩu hiện tại:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <source>Mật khẩu mới:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu mới:</source>
        <translation>Repeat the new password:</translation>
    </message>
    <message>
        <source>Đổi mật khẩu</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Mật khẩu nhập lại không khớp.</source>
        <translation>The repeated password does not match.</translation>
    </message>
    <message>
        <source>Chưa đổi được mật khẩu</source>
        <translation>Password not changed</translation>
    </message>
    <message>
        <source>Đã đổi mật khẩu.</source>
        <translation>Password changed.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Lưu ảnh…</source>
        <translation>Save image…</translation>
    </message>
    <message>
        <source>Lưu biểu đồ thành tệp ảnh PNG</source>
        <translation>Save the chart as a PNG image</translation>
    </message>
    <message>
        <source>Lưu biểu đồ</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <source>Ảnh PNG (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Không ghi được tệp ảnh. Hãy chọn thư mục khác.</source>
        <translation>Could not write the image file. Choose another folder.</translation>
    </message>
</context>
<context>
    <name>ClanDialog</name>
    <message>
        <source>Lưu thông tin dòng họ</source>
        <translation>Save the clan</translation>
    </message>
    <message>
        <source>Xoá dòng họ</source>
        <translation>Delete clan</translation>
    </message>
    <message>
        <source>Thông tin dòng họ</source>
        <translation>Clan details</translation>
    </message>
    <message>
        <source>Hộ, thành viên và thẻ BHYT</source>
        <translation>Households, members and HI cards</translation>
    </message>
    <message>
        <source>Kết quả từ khi tham gia mô hình</source>
        <translation>Results since joining the model</translation>
    </message>
    <message>
        <source>In danh sách vận động…</source>
        <translation>Print the outreach list…</translation>
    </message>
    <message>
        <source>Danh sách cho trưởng tộc và nhân viên thu: chưa tham gia, thẻ hết hạn, thẻ sắp hết hạn (Ctrl+P)</source>
        <translation>List for the clan head and the agent: never insured, lapsed, expiring cards (Ctrl+P)</translation>
    </message>
    <message>
        <source>Xuất PDF, Excel…</source>
        <translation>Export PDF, Excel…</translation>
    </message>
    <message>
        <source>Tổ chức buổi tuyên truyền…</source>
        <translation>Hold an outreach session…</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Thêm dòng họ</source>
        <translation>Add clan</translation>
    </message>
    <message>
        <source>Không mở được dòng họ</source>
        <translation>Could not open the clan</translation>
    </message>
    <message>
        <source>Dòng họ {name} — {place}</source>
        <translation>Clan {name} — {place}</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Đã lưu.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Xoá dòng họ {name}? Các hộ và buổi tuyên truyền vẫn được giữ, chỉ bỏ liên kết với dòng họ.</source>
        <translation>Delete the clan {name}? Its households and sessions are kept, only their link to the clan is removed.</translation>
    </message>
    <message>
        <source>Không xoá được</source>
        <translation>Could not delete</translation>
    </message>
    <message>
        <source>Đang chuẩn bị trang in…</source>
        <translation>Preparing the pages…</translation>
    </message>
    <message>
        <source>Đã hủy in.</source>
        <translation>Printing cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>Đã gửi {n} trang tới máy in.</source>
        <translation>
            <numerusform>Sent {n} page to the printer.</numerusform>
            <numerusform>Sent {n} pages to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Đang in…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Lưu danh sách dòng họ</source>
        <translation>Save the clan list</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel (*.xlsx)</source>
        <translation>PDF (*.pdf);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Đã lưu {file}</source>
        <translation>Saved {file}</translation>
    </message>
    <message>
        <source>Đang xuất danh sách…</source>
        <translation>Exporting the list…</translation>
    </message>
    <message>
        <source>Danh sách dòng họ</source>
        <translation>Clan list</translation>
    </message>
    <message>
        <source>Nhà trưởng tộc{leader}, dòng họ {name}</source>
        <translation>House of the clan head{leader}, clan {name}</translation>
    </message>
</context>
<context>
    <name>ClanForm</name>
    <message>
        <source>Niê, Êban, Mlô, Bdap…</source>
        <translation>The clan&apos;s name, as its members write it</translation>
    </message>
    <message>
        <source>— Chọn xã, phường —</source>
        <translation>— Choose a commune —</translation>
    </message>
    <message>
        <source>Trưởng tộc hoặc già làng</source>
        <translation>Clan head or village elder</translation>
    </message>
    <message>
        <source>— Chưa phân công —</source>
        <translation>— Not assigned —</translation>
    </message>
    <message>
        <source>Tên dòng họ:</source>
        <translation>Clan name:</translation>
    </message>
    <message>
        <source>Xã, phường:</source>
        <translation>Commune:</translation>
    </message>
    <message>
        <source>Thôn, buôn:</source>
        <translation>Villages:</translation>
    </message>
    <message>
        <source>Trưởng tộc, già làng:</source>
        <translation>Clan head, elder:</translation>
    </message>
    <message>
        <source>Điện thoại:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Mô hình dòng họ:</source>
        <translation>Clan model:</translation>
    </message>
    <message>
        <source>Nhân viên thu theo dõi:</source>
        <translation>Following agent:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>ClanHistoryTab</name>
    <message>
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Tham gia BHYT mới</source>
        <translation>New HI participants</translation>
    </message>
    <message>
        <source>Gia hạn</source>
        <translation>Renewals</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Thôn, buôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Tham gia sau buổi</source>
        <translation>Joined afterwards</translation>
    </message>
    <message>
        <source>Theo tháng, từ khi tham gia mô hình</source>
        <translation>By month, since joining the model</translation>
    </message>
    <message>
        <source>Buổi tuyên truyền với dòng họ</source>
        <translation>Outreach sessions with the clan</translation>
    </message>
    <message>
        <source>Dòng họ chưa tham gia mô hình: hãy ghi ngày tham gia ở trang thông tin để theo dõi kết quả.</source>
        <translation>The clan has not joined the model: record the day it joined on the details tab to follow its results.</translation>
    </message>
    <message>
        <source>Tham gia mô hình từ ngày {day}: {new} lượt người tham gia BHYT mới, {renewals} lượt gia hạn; {sessions} buổi tuyên truyền với dòng họ, {attendees} lượt người dự, {enrolled} người tham gia sau buổi.</source>
        <translation>In the model since {day}. New HI participations: {new}; renewals: {renewals}; outreach sessions with the clan: {sessions}; attendances: {attendees}; joined afterwards: {enrolled}.</translation>
    </message>
</context>
<context>
    <name>ClanMembersTab</name>
    <message>
        <source> ngày</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Mọi thành viên</source>
        <translation>All members</translation>
    </message>
    <message>
        <source>Cần vận động (chưa tham gia, thẻ hết hạn)</source>
        <translation>To bring in (never insured, lapsed)</translation>
    </message>
    <message>
        <source>Thẻ sắp hết hạn</source>
        <translation>Cards expiring soon</translation>
    </message>
    <message>
        <source>Mã hộ</source>
        <translation>Household code</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Quan hệ với chủ hộ</source>
        <translation>Relationship to the head</translation>
    </message>
    <message>
        <source>Thôn, buôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Hạn thẻ BHYT</source>
        <translation>HI card valid to</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bỏ hộ của người đã chọn khỏi dòng họ</source>
        <translation>Take the selected person&apos;s household out of the clan</translation>
    </message>
    <message>
        <source>Tìm hộ trong xã: mã hộ, tên chủ hộ, thôn, buôn…</source>
        <translation>Find a household of the commune: code, head&apos;s name, village…</translation>
    </message>
    <message>
        <source>Thêm hộ vào dòng họ</source>
        <translation>Add household to the clan</translation>
    </message>
    <message>
        <source>Hiện:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Thẻ sắp hết hạn trong</source>
        <translation>Cards expiring within</translation>
    </message>
    <message>
        <source>Lưu thông tin dòng họ trước, rồi thêm các hộ.</source>
        <translation>Save the clan first, then add its households.</translation>
    </message>
    <message>
        <source>{members} thành viên trong {households} hộ; {covered} người có thẻ BHYT: {rate} (mục tiêu {target}). Còn {bring} người cần vận động ({never} chưa tham gia, {lapsed} thẻ hết hạn); {expiring} thẻ hết hạn trong {days} ngày tới.</source>
        <translation>Members: {members}, in households: {households}; with an HI card: {covered}, {rate} (target {target}). Still to bring in: {bring} (never insured: {never}, lapsed: {lapsed}); cards expiring soon ({days}-day window): {expiring}.</translation>
    </message>
    <message>
        <source>{rate} / mục tiêu 100%</source>
        <translation>{rate} / target 100%</translation>
    </message>
    <message>
        <source>Chủ hộ</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>(đang thuộc dòng họ {name})</source>
        <translation>(now in clan {name})</translation>
    </message>
    <message>
        <source>Hãy tìm và chọn hộ cần thêm vào dòng họ.</source>
        <translation>Find and choose the household to add to the clan.</translation>
    </message>
    <message>
        <source>Hãy chọn một thành viên của hộ cần bỏ khỏi dòng họ.</source>
        <translation>Choose a member of the household to take out of the clan.</translation>
    </message>
</context>
<context>
    <name>ClanReviewDialog</name>
    <message>
        <source>Rà soát dòng họ ghi cũ</source>
        <translation>Review old clan entries</translation>
    </message>
    <message>
        <source>Trước đây dòng họ của hộ được gõ tay nên cùng một dòng họ có nhiều cách viết. Phần mềm gom các cách viết giống nhau theo từng xã; hãy xem từng nhóm, bỏ đánh dấu cách viết không thuộc dòng họ này, rồi xác nhận. Chưa xác nhận thì không có gì thay đổi.</source>
        <translation>Households&apos; clans used to be typed by hand, so one clan has many spellings. The application groups similar spellings per commune; look at each group, untick the spellings that are not this clan, then confirm. Nothing changes until you confirm.</translation>
    </message>
    <message>
        <source>Xã, phường</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Tên đề xuất</source>
        <translation>Proposed name</translation>
    </message>
    <message>
        <source>Các cách viết</source>
        <translation>Spellings</translation>
    </message>
    <message>
        <source>Số hộ</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Dòng họ đã có</source>
        <translation>Existing clan</translation>
    </message>
    <message>
        <source>Xác nhận là một dòng họ</source>
        <translation>Confirm as one clan</translation>
    </message>
    <message>
        <source>Không phải dòng họ</source>
        <translation>Not a clan</translation>
    </message>
    <message>
        <source>Xoá các cách viết đã đánh dấu khỏi hộ (ví dụ “Tổ 3” là tổ, nhóm hộ)</source>
        <translation>Clear the ticked spellings from the households (for a household group written where the clan goes)</translation>
    </message>
    <message>
        <source>Để sau</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Thuộc dòng họ:</source>
        <translation>Belongs to clan:</translation>
    </message>
    <message>
        <source>Tên dòng họ mới:</source>
        <translation>New clan name:</translation>
    </message>
    <message>
        <source>Mô hình dòng họ:</source>
        <translation>Clan model:</translation>
    </message>
    <message>
        <source>Nhóm đang xem</source>
        <translation>Group shown</translation>
    </message>
    <message>
        <source>Cách viết (bỏ đánh dấu cách viết không thuộc dòng họ này):</source>
        <translation>Spellings (untick those that are not this clan):</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Còn {groups} nhóm, {households} hộ chưa rà soát.</source>
        <translation>Left to review — groups: {groups}, households: {households}.</translation>
    </message>
    <message numerus="yes">
        <source>{n} hộ có ghi dòng họ nhưng chưa có thôn, buôn: hãy sửa hộ trước.</source>
        <translation>
            <numerusform>{n} household has a clan but no village: correct it first.</numerusform>
            <numerusform>{n} households have a clan but no village: correct those households first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Không còn dòng họ ghi cũ nào cần rà soát.</source>
        <translation>No old clan entries left to review.</translation>
    </message>
    <message numerus="yes">
        <source>{commune}: {households} hộ ở {villages}</source>
        <translation>
            <numerusform>{commune}: {households} household in {villages}</numerusform>
            <numerusform>{commune}: {households} households in {villages}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{text}” — {n} hộ ({villages})</source>
        <translation>
            <numerusform>“{text}” — {n} household ({villages})</numerusform>
            <numerusform>“{text}” — {n} households ({villages})</numerusform>
        </translation>
    </message>
    <message>
        <source>— Dòng họ mới —</source>
        <translation>— New clan —</translation>
    </message>
    <message numerus="yes">
        <source>Đã xác nhận {n} hộ.</source>
        <translation>
            <numerusform>Confirmed {n} household.</numerusform>
            <numerusform>Confirmed {n} households.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hãy đánh dấu ít nhất một cách viết.</source>
        <translation>Tick at least one spelling.</translation>
    </message>
    <message>
        <source>Xoá {texts} khỏi các hộ ở {commune} vì không phải dòng họ? Nhật ký thao tác vẫn lưu giá trị cũ.</source>
        <translation>Clear {texts} from the households of {commune} as not a clan? The audit log keeps the old values.</translation>
    </message>
</context>
<context>
    <name>ClanTableModel</name>
    <message>
        <source>Dòng họ</source>
        <translation>Clan</translation>
    </message>
    <message>
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Thôn, buôn</source>
        <translation>Villages</translation>
    </message>
    <message>
        <source>Trưởng tộc, già làng</source>
        <translation>Clan head, elder</translation>
    </message>
    <message>
        <source>Tham gia mô hình</source>
        <translation>In the model since</translation>
    </message>
    <message>
        <source>Số hộ</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Số người</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Có thẻ BHYT</source>
        <translation>With HI card</translation>
    </message>
    <message>
        <source>Tỷ lệ</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Cần vận động</source>
        <translation>To bring in</translation>
    </message>
</context>
<context>
    <name>ClansPage</name>
    <message>
        <source>Dòng họ</source>
        <translation>Clans</translation>
    </message>
    <message>
        <source>Tìm theo tên dòng họ hoặc xã (có dấu hay không dấu đều được)…</source>
        <translation>Search by clan or commune name (with or without accents)…</translation>
    </message>
    <message>
        <source>Mọi xã, phường</source>
        <translation>All communes</translation>
    </message>
    <message>
        <source>Chỉ dòng họ tham gia mô hình</source>
        <translation>Clans in the model only</translation>
    </message>
    <message>
        <source>Thêm dòng họ</source>
        <translation>Add clan</translation>
    </message>
    <message>
        <source>Thêm dòng họ mới (Ctrl+N)</source>
        <translation>Add a new clan (Ctrl+N)</translation>
    </message>
    <message>
        <source>Mở dòng họ</source>
        <translation>Open clan</translation>
    </message>
    <message>
        <source>Đang tải…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>{n} dòng họ</source>
        <translation>
            <numerusform>{n} clan</numerusform>
            <numerusform>{n} clans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rà soát dòng họ ghi cũ ({n} hộ)…</source>
        <translation>
            <numerusform>Review old clan entries ({n} household)…</numerusform>
            <numerusform>Review old clan entries ({n} households)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Mô hình dòng họ tham gia BHYT: {clans} dòng họ, {households} hộ, {members} người; {covered} người có thẻ BHYT ({rate}); còn {bring} người cần vận động.</source>
        <translation>Clan model for health insurance — clans: {clans}, households: {households}, people: {members}; with an HI card: {covered} ({rate}); still to bring in: {bring}.</translation>
    </message>
    <message>
        <source>Không truy vấn được cơ sở dữ liệu: {error}</source>
        <translation>Could not query the database: {error}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Tổng quan</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Toàn đơn vị</source>
        <translation>Whole office</translation>
    </message>
    <message>
        <source>&amp;Phạm vi:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <source>&amp;Làm mới</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Tỷ lệ bao phủ BHYT</source>
        <translation>HI coverage rate</translation>
    </message>
    <message>
        <source>Tham gia BHXH tự nguyện</source>
        <translation>Voluntary SI participants</translation>
    </message>
    <message>
        <source>Phát triển mới trong tháng</source>
        <translation>New this month</translation>
    </message>
    <message>
        <source>Thẻ BHYT hết hạn trong 30 ngày</source>
        <translation>HI cards expiring within 30 days</translation>
    </message>
    <message>
        <source>Hội nghị, tuyên truyền trong tháng</source>
        <translation>Outreach sessions this month</translation>
    </message>
    <message>
        <source>Mô hình dòng họ tham gia BHYT</source>
        <translation>Clan model for health insurance</translation>
    </message>
    <message>
        <source>Bấm để xem các dòng họ tham gia mô hình</source>
        <translation>Click to see the clans in the model</translation>
    </message>
    <message>
        <source>Đang tính số liệu…</source>
        <translation>Calculating figures…</translation>
    </message>
    <message>
        <source>Số liệu đến ngày %1</source>
        <translation>Figures as of %1</translation>
    </message>
    <message>
        <source>Không tính được số liệu.</source>
        <translation>Could not compute the figures.</translation>
    </message>
    <message>
        <source>Không tính được số liệu tổng quan: %1</source>
        <translation>Could not compute the overview: %1</translation>
    </message>
    <message>
        <source>%1 người có thẻ / %2 dân số; chỉ tiêu %3</source>
        <translation>%1 card holders / population %2; target %3</translation>
    </message>
    <message>
        <source>chưa giao</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Chưa nhập dân số của xã cho năm nay.</source>
        <translation>Commune population for this year not entered.</translation>
    </message>
    <message numerus="yes">
        <source>Kế hoạch %1 người (đạt %2); %3 số người trong độ tuổi lao động</source>
        <translation>
            <numerusform>Plan %1 person (%2 reached); %3 of the working-age population</numerusform>
            <numerusform>Plan %1 people (%2 reached); %3 of the working-age population</numerusform>
        </translation>
    </message>
    <message>
        <source>Chưa có kế hoạch; %1 số người trong độ tuổi lao động</source>
        <translation>No plan yet; %1 of the working-age population</translation>
    </message>
    <message>
        <source>Cần nhắc gia hạn trước ngày %1</source>
        <translation>Remind to renew before %1</translation>
    </message>
    <message>
        <source>Tỷ lệ bao phủ BHYT theo xã so với chỉ tiêu năm %1</source>
        <translation>HI coverage by commune against the %1 target</translation>
    </message>
    <message>
        <source>Tỷ lệ bao phủ</source>
        <translation>Coverage rate</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Chưa có số liệu.</source>
        <translation>No data yet.</translation>
    </message>
    <message>
        <source>Người tham gia BHXH tự nguyện so với kế hoạch</source>
        <translation>Voluntary SI participants against plan</translation>
    </message>
    <message>
        <source>Đang tham gia</source>
        <translation>Participating</translation>
    </message>
    <message>
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Thẻ BHYT hết hạn trong 30 ngày tới</source>
        <translation>HI cards expiring in the next 30 days</translation>
    </message>
    <message>
        <source>Số thẻ</source>
        <translation>Cards</translation>
    </message>
    <message numerus="yes">
        <source>Tháng trước: %1 người (chưa tính tái tục)</source>
        <translation>
            <numerusform>Last month: %1 person (renewals excluded)</numerusform>
            <numerusform>Last month: %1 people (renewals excluded)</numerusform>
        </translation>
    </message>
    <message>
        <source>Người tham gia mới theo tháng, 12 tháng gần nhất — %1</source>
        <translation>New participants per month, last 12 months — %1</translation>
    </message>
    <message>
        <source>Tham gia mới</source>
        <translation>New participants</translation>
    </message>
    <message>
        <source>%1 người dự, %2 người tham gia sau hội nghị</source>
        <translation>Attendees: %1; enrolled afterwards: %2</translation>
    </message>
    <message>
        <source>Hội nghị trong tháng %1 và kết quả</source>
        <translation>Sessions in %1 and their results</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 buổi)</source>
        <translation>
            <numerusform>%1 (%2 session)</numerusform>
            <numerusform>%1 (%2 sessions)</numerusform>
        </translation>
    </message>
    <message>
        <source>Người dự</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Tham gia sau hội nghị</source>
        <translation>Enrolled afterwards</translation>
    </message>
    <message numerus="yes">
        <source>{n} dòng họ</source>
        <translation>
            <numerusform>{n} clan</numerusform>
            <numerusform>{n} clans</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hộ, %2 người; %3 có thẻ BHYT, còn %4 người cần vận động</source>
        <translation>Households: %1, people: %2; with an HI card: %3; still to bring in: %4</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsPanel</name>
    <message>
        <source>Cơ sở dữ liệu của máy này</source>
        <translation>This computer&apos;s database</translation>
    </message>
    <message>
        <source>Đang dùng: %1</source>
        <translation>In use: %1</translation>
    </message>
    <message>
        <source>Máy này (tệp SQLite)</source>
        <translation>This computer (SQLite file)</translation>
    </message>
    <message>
        <source>Máy chủ dùng chung (PostgreSQL)</source>
        <translation>Shared server (PostgreSQL)</translation>
    </message>
    <message>
        <source>Đường dẫn tệp .db</source>
        <translation>Path of the .db file</translation>
    </message>
    <message>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Tên hoặc địa chỉ IP, ví dụ 192.168.1.10</source>
        <translation>Name or IP address, e.g. 192.168.1.10</translation>
    </message>
    <message>
        <source>Máy chủ:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Cổng:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Tên cơ sở dữ liệu:</source>
        <translation>Database name:</translation>
    </message>
    <message>
        <source>Người dùng:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Kiểm tra kết nối</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Thay đổi có hiệu lực từ lần khởi động sau.</source>
        <translation>Changes take effect at the next start.</translation>
    </message>
    <message>
        <source>Hãy chọn hoặc nhập đường dẫn tệp cơ sở dữ liệu.</source>
        <translation>Choose or type the path of the database file.</translation>
    </message>
    <message>
        <source>Hãy nhập tên hoặc địa chỉ máy chủ.</source>
        <translation>Enter the server&apos;s name or address.</translation>
    </message>
    <message>
        <source>Hãy nhập tên cơ sở dữ liệu.</source>
        <translation>Enter the database name.</translation>
    </message>
    <message>
        <source>Hãy nhập tên người dùng.</source>
        <translation>Enter the user name.</translation>
    </message>
    <message>
        <source>Chọn tệp cơ sở dữ liệu</source>
        <translation>Choose the database file</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu SQLite (*.db *.sqlite *.sqlite3);;Mọi tệp (*)</source>
        <translation>SQLite database (*.db *.sqlite *.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <source>Đang kiểm tra kết nối…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <source>Không kiểm tra được: %1</source>
        <translation>Could not test: %1</translation>
    </message>
    <message>
        <source>Kết nối được. Cơ sở dữ liệu phiên bản lược đồ %1, đơn vị: %3.</source>
        <translation>Connected. Database schema version %1, office: %3.</translation>
    </message>
    <message>
        <source>Kết nối được. Cơ sở dữ liệu phiên bản lược đồ %1, chưa khai báo đơn vị: lần khởi động sau sẽ mở bước khai báo đơn vị.</source>
        <translation>Connected. Database schema version %1, no office set up yet: the next start will open the office setup.</translation>
    </message>
    <message>
        <source>Kết nối được. Lược đồ phiên bản %1 cũ hơn phiên bản phần mềm cần (%2): sẽ được nâng cấp tự động khi khởi động.</source>
        <translation>Connected. Schema version %1 is older than this program needs (%2): it will be upgraded automatically at start.</translation>
    </message>
    <message>
        <source>Kết nối được, nhưng lược đồ phiên bản %1 mới hơn phần mềm trên máy này (%2). Hãy cập nhật An Sinh Desk trên máy này trước.</source>
        <translation>Connected, but schema version %1 is newer than the program on this computer (%2). Update An Sinh Desk on this computer first.</translation>
    </message>
    <message>
        <source>Kết nối được. Cơ sở dữ liệu còn trống: lần khởi động sau sẽ tạo lược đồ và mở bước khai báo đơn vị.</source>
        <translation>Connected. The database is empty: the next start will create the schema and open the office setup.</translation>
    </message>
    <message>
        <source>Tệp chưa có: lần khởi động sau sẽ tạo cơ sở dữ liệu mới tại đây và mở bước khai báo đơn vị.</source>
        <translation>The file does not exist yet: the next start will create a new database here and open the office setup.</translation>
    </message>
    <message>
        <source>Kết nối được, nhưng cơ sở dữ liệu này chứa bảng của chương trình khác, không phải của An Sinh Desk. Hãy chọn cơ sở dữ liệu khác.</source>
        <translation>Connected, but this database holds another program&apos;s tables, not An Sinh Desk&apos;s. Choose another database.</translation>
    </message>
    <message>
        <source>Không kết nối được: sai tên người dùng hoặc mật khẩu.</source>
        <translation>Could not connect: wrong user name or password.</translation>
    </message>
    <message>
        <source>Không kết nối được tới máy chủ %4, cổng %5: máy chủ không trả lời hoặc sai địa chỉ. Hãy kiểm tra mạng, địa chỉ và cổng.</source>
        <translation>Could not reach server %4, port %5: the server does not answer or the address is wrong. Check the network, the address and the port.</translation>
    </message>
    <message>
        <source>Không kết nối được: máy chủ không có cơ sở dữ liệu “%6”. Hãy kiểm tra tên hoặc nhờ quản trị viên tạo cơ sở dữ liệu.</source>
        <translation>Could not connect: the server has no database “%6”. Check the name or ask the administrator to create the database.</translation>
    </message>
    <message>
        <source>Tệp này không phải cơ sở dữ liệu SQLite. Hãy chọn tệp khác.</source>
        <translation>This file is not a SQLite database. Choose another file.</translation>
    </message>
    <message>
        <source>Không kết nối được: %7</source>
        <translation>Could not connect: %7</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Không ghi được tệp cài đặt: %1</source>
        <translation>Could not write the settings file: %1</translation>
    </message>
    <message>
        <source>Đã lưu. Máy này sẽ dùng cơ sở dữ liệu %1 từ lần khởi động sau.</source>
        <translation>Saved. This computer will use the database %1 from the next start.</translation>
    </message>
    <message>
        <source>Lưu ý: biến môi trường %1 đang được đặt và được ưu tiên hơn lựa chọn này.</source>
        <translation>Note: the environment variable %1 is set and takes precedence over this choice.</translation>
    </message>
    <message>
        <source>Đã lưu</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>EditAccountDialog</name>
    <message>
        <source>Sửa tài khoản %1</source>
        <translation>Edit account %1</translation>
    </message>
    <message>
        <source>Được đăng nhập (đang hoạt động)</source>
        <translation>May sign in (active)</translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Vai trò:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>EnrollmentDialog</name>
    <message>
        <source>Mức thu nhập chỉ gồm chữ số, ví dụ 1.500.000.</source>
        <translation>The income is digits only, e.g. 1.500.000.</translation>
    </message>
    <message>
        <source>Loại hình</source>
        <translation>Schemes</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Số tháng</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Thứ tự trong hộ</source>
        <translation>Household rank</translation>
    </message>
    <message>
        <source>Phải đóng</source>
        <translation>Amount due</translation>
    </message>
    <message>
        <source>Người tham gia nộp</source>
        <translation>Paid by participant</translation>
    </message>
    <message>
        <source>NSNN hỗ trợ</source>
        <translation>State support</translation>
    </message>
    <message>
        <source>NSĐP hỗ trợ</source>
        <translation>Local budget support</translation>
    </message>
    <message>
        <source>Số biên lai</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>Ngày biên lai</source>
        <translation>Receipt date</translation>
    </message>
    <message>
        <source>Nhân viên thu</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Tham gia mới</source>
        <translation>&amp;New enrollment</translation>
    </message>
    <message>
        <source>&amp;Gia hạn</source>
        <translation>&amp;Renew</translation>
    </message>
    <message>
        <source>&amp;Dừng tham gia</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Thao tác:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <source>Ghi nhận</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Quá trình tham gia</source>
        <translation>Enrollment history</translation>
    </message>
    <message>
        <source>ví dụ 1.500.000</source>
        <translation>e.g. 1.500.000</translation>
    </message>
    <message>
        <source>— Chưa chọn —</source>
        <translation>— Not chosen —</translation>
    </message>
    <message>
        <source>— Không —</source>
        <translation>— None —</translation>
    </message>
    <message>
        <source>Loại hình:</source>
        <translation>Scheme:</translation>
    </message>
    <message>
        <source>Ngày biên lai:</source>
        <translation>Receipt date:</translation>
    </message>
    <message>
        <source>Số tháng đóng:</source>
        <translation>Months paid:</translation>
    </message>
    <message>
        <source>Mức thu nhập lựa chọn:</source>
        <translation>Chosen income:</translation>
    </message>
    <message>
        <source>Số biên lai:</source>
        <translation>Receipt number:</translation>
    </message>
    <message>
        <source>Nhân viên thu:</source>
        <translation>Collection agent:</translation>
    </message>
    <message>
        <source>Buổi tuyên truyền:</source>
        <translation>Outreach session:</translation>
    </message>
    <message>
        <source>Nguồn đóng:</source>
        <translation>Funding source:</translation>
    </message>
    <message>
        <source>Thời hạn:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Thứ tự trong hộ:</source>
        <translation>Household rank:</translation>
    </message>
    <message>
        <source>Mức đóng/tháng:</source>
        <translation>Monthly amount:</translation>
    </message>
    <message>
        <source>Số tiền phải đóng:</source>
        <translation>Amount due:</translation>
    </message>
    <message>
        <source>NSNN hỗ trợ:</source>
        <translation>State support:</translation>
    </message>
    <message>
        <source>NSĐP hỗ trợ:</source>
        <translation>Local budget support:</translation>
    </message>
    <message>
        <source>Người tham gia nộp:</source>
        <translation>Paid by participant:</translation>
    </message>
    <message>
        <source>Số tiền và thời hạn</source>
        <translation>Amounts and period</translation>
    </message>
    <message>
        <source>Ví dụ: chuyển sang tham gia BHYT theo nơi làm việc</source>
        <translation>E.g. moved to HI through an employer</translation>
    </message>
    <message>
        <source>Lượt tham gia:</source>
        <translation>Enrollment:</translation>
    </message>
    <message>
        <source>Tham gia đến hết ngày:</source>
        <translation>Covered until the end of:</translation>
    </message>
    <message>
        <source>Lý do dừng:</source>
        <translation>Reason for stopping:</translation>
    </message>
    <message>
        <source>Không mở được hồ sơ</source>
        <translation>Cannot open the record</translation>
    </message>
    <message>
        <source>Quá trình tham gia — {name}</source>
        <translation>Enrollment history — {name}</translation>
    </message>
    <message>
        <source>sinh năm {year}</source>
        <translation>born {year}</translation>
    </message>
    <message>
        <source>Đối tượng: {category}</source>
        <translation>Category: {category}</translation>
    </message>
    <message>
        <source>Mã hộ: {code}</source>
        <translation>Household: {code}</translation>
    </message>
    <message>
        <source>{scheme}: thẻ hạn đến {date}</source>
        <translation>{scheme}: card valid until {date}</translation>
    </message>
    <message>
        <source>BHXH tự nguyện: đã đóng đến {date}</source>
        <translation>Voluntary SI: paid until {date}</translation>
    </message>
    <message>
        <source>Chưa có lượt tham gia nào.</source>
        <translation>No enrollments yet.</translation>
    </message>
    <message>
        <source> (gia hạn)</source>
        <translation> (renewal)</translation>
    </message>
    <message>
        <source>Dừng tham gia</source>
        <translation>Stop enrollment</translation>
    </message>
    <message numerus="yes">
        <source>{n} tháng</source>
        <translation>
            <numerusform>{n} month</numerusform>
            <numerusform>{n} months</numerusform>
        </translation>
    </message>
    <message>
        <source>Từ {low} đến {high} mỗi tháng.</source>
        <translation>From {low} to {high} per month.</translation>
    </message>
    <message>
        <source>từ {start} đến {end}</source>
        <translation>from {start} to {end}</translation>
    </message>
    <message>
        <source>Bằng chữ: {words}.</source>
        <translation>In words: {words}.</translation>
    </message>
    <message numerus="yes">
        <source>Tham gia lần đầu hoặc gián đoạn từ 3 tháng trở lên: thẻ có giá trị sau {days} ngày kể từ ngày đóng.</source>
        <translation>
            <numerusform>First enrollment or a gap of 3 months or more: the card is valid {days} day after payment.</numerusform>
            <numerusform>First enrollment or a gap of 3 months or more: the card is valid {days} days after payment.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nối tiếp thời hạn cũ (hết ngày {date}).</source>
        <translation>Continues the previous period (ended {date}).</translation>
    </message>
    <message numerus="yes">
        <source>Chỉ {n} tháng được NSNN hỗ trợ (tối đa 120 tháng).</source>
        <translation>
            <numerusform>Only {n} month gets state support (120 months at most).</numerusform>
            <numerusform>Only {n} months get state support (120 months at most).</numerusform>
        </translation>
    </message>
    <message>
        <source>Hãy chọn một lượt tham gia còn hiệu lực trong bảng trên.</source>
        <translation>Select an active enrollment in the table above.</translation>
    </message>
    <message>
        <source>{scheme}, từ {start} đến {end} ({status})</source>
        <translation>{scheme}, from {start} to {end} ({status})</translation>
    </message>
    <message>
        <source>Chưa ghi nhận được</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Đã ghi nhận: {scheme} từ {start} đến {end}, nộp {amount}.</source>
        <translation>Recorded: {scheme} from {start} to {end}, paid {amount}.</translation>
    </message>
    <message>
        <source>Hãy chọn một lượt tham gia còn hiệu lực.</source>
        <translation>Select an active enrollment.</translation>
    </message>
    <message>
        <source>Dừng {scheme} của {name}? Thẻ còn giá trị đến hết ngày {date}.</source>
        <translation>Stop {scheme} for {name}? Covered until the end of {date}.</translation>
    </message>
    <message>
        <source>Chưa dừng được</source>
        <translation>Not stopped</translation>
    </message>
    <message>
        <source>Đã dừng tham gia.</source>
        <translation>Enrollment stopped.</translation>
    </message>
</context>
<context>
    <name>ExpiringModel</name>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Mã hộ</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Loại hình</source>
        <translation>Schemes</translation>
    </message>
    <message>
        <source>Hạn thẻ / đóng đến</source>
        <translation>Card expiry / paid until</translation>
    </message>
    <message>
        <source>Còn lại</source>
        <translation>Remaining</translation>
    </message>
    <message numerus="yes">
        <source>Còn {n} ngày</source>
        <translation>
            <numerusform>{n} day left</numerusform>
            <numerusform>{n} days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Hết hạn hôm nay</source>
        <translation>Expires today</translation>
    </message>
    <message numerus="yes">
        <source>Quá hạn {n} ngày</source>
        <translation>
            <numerusform>{n} day overdue</numerusform>
            <numerusform>{n} days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>{due} sắp hết hạn, {lapsed} đã hết hạn</source>
        <translation>{due} due soon, {lapsed} lapsed</translation>
    </message>
    <message>
        <source>Chưa có nhân viên thu phụ trách</source>
        <translation>No agent assigned</translation>
    </message>
    <message>
        <source>Chưa rõ thôn, buôn</source>
        <translation>Village unknown</translation>
    </message>
</context>
<context>
    <name>ExpiringPage</name>
    <message>
        <source>Danh sách cần gia hạn</source>
        <translation>Renewals due</translation>
    </message>
    <message numerus="yes">
        <source> ngày tới</source>
        <translation>
            <numerusform> day ahead</numerusform>
            <numerusform> days ahead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> ngày qua</source>
        <translation>
            <numerusform> day back</numerusform>
            <numerusform> days back</numerusform>
        </translation>
    </message>
    <message>
        <source>Mọi nhân viên thu</source>
        <translation>All agents</translation>
    </message>
    <message>
        <source>Mọi xã</source>
        <translation>All communes</translation>
    </message>
    <message>
        <source>BHYT hộ gia đình và BHXH tự nguyện</source>
        <translation>Household HI and voluntary SI</translation>
    </message>
    <message>
        <source>Mọi loại hình</source>
        <translation>All schemes</translation>
    </message>
    <message>
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Gia hạn…</source>
        <translation>Renew…</translation>
    </message>
    <message>
        <source>Sắp hết hạn trong</source>
        <translation>Expiring within</translation>
    </message>
    <message>
        <source>hoặc đã hết hạn trong</source>
        <translation>or lapsed within</translation>
    </message>
    <message>
        <source>Gia hạn</source>
        <translation>Renew</translation>
    </message>
    <message>
        <source>Đang tải…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Sắp hết hạn: {due} — Đã hết hạn: {lapsed} — Nhấn đúp vào một người để gia hạn.</source>
        <translation>Due soon: {due} — Lapsed: {lapsed} — Double-click a person to renew.</translation>
    </message>
    <message>
        <source>Không truy vấn được cơ sở dữ liệu: {error}</source>
        <translation>The database query failed: {error}</translation>
    </message>
</context>
<context>
    <name>FiguresTab</name>
    <message>
        <source>“{text}” không phải là số người.</source>
        <translation>“{text}” is not a number of people.</translation>
    </message>
    <message>
        <source>&amp;Năm:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Lưu số liệu dân số</source>
        <translation>&amp;Save population figures</translation>
    </message>
    <message>
        <source>Dân số dùng để tính tỷ lệ bao phủ BHYT; dân số trong độ tuổi lao động dùng để tính tỷ lệ tham gia BHXH tự nguyện.</source>
        <translation>Population is the basis of the HI coverage rate; working-age population is the basis of the voluntary SI participation rate.</translation>
    </message>
    <message>
        <source>Xã, phường</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Dân số</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Dân số trong độ tuổi lao động</source>
        <translation>Working-age population</translation>
    </message>
    <message>
        <source>Lưu số liệu dân số</source>
        <translation>Save population figures</translation>
    </message>
    <message numerus="yes">
        <source>Đã lưu số liệu của %1 xã.</source>
        <translation>
            <numerusform>Saved the figures of %1 commune.</numerusform>
            <numerusform>Saved the figures of %1 communes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Tạo tài khoản quản trị — An Sinh Desk</source>
        <translation>Create the administrator account — An Sinh Desk</translation>
    </message>
    <message>
        <source>Từ phiên bản này, mỗi người dùng đăng nhập bằng tài khoản riêng. Cơ sở dữ liệu này chưa có tài khoản nào: hãy tạo tài khoản quản trị. Người quản trị sẽ tạo tài khoản cho các cán bộ khác trong mục Người dùng.</source>
        <translation>From this version on, every user signs in with their own account. This database has no account yet: create the administrator account. The administrator will create accounts for the other staff under Users.</translation>
    </message>
    <message>
        <source>Tạo tài khoản và bắt đầu</source>
        <translation>Create the account and start</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Chưa tạo được tài khoản</source>
        <translation>Account not created</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>— Chọn thôn, buôn —</source>
        <translation>— Choose village —</translation>
    </message>
    <message>
        <source>Lưu thông tin hộ</source>
        <translation>Save household details</translation>
    </message>
    <message>
        <source>Mã hộ:</source>
        <translation>Household code:</translation>
    </message>
    <message>
        <source>Thôn, buôn:</source>
        <translation>Village:</translation>
    </message>
    <message>
        <source>Chủ hộ:</source>
        <translation>Head of household:</translation>
    </message>
    <message>
        <source>Dòng họ của hộ (mô hình dòng họ tham gia BHYT), trong các dòng họ của xã</source>
        <translation>The household&apos;s clan (clan model for health insurance), among the commune&apos;s clans</translation>
    </message>
    <message>
        <source>Dòng họ:</source>
        <translation>Clan:</translation>
    </message>
    <message>
        <source>Địa chỉ:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Quan hệ với chủ hộ</source>
        <translation>Relationship to head</translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>Loại hình BHYT</source>
        <translation>HI scheme</translation>
    </message>
    <message>
        <source>Hạn thẻ BHYT</source>
        <translation>HI card until</translation>
    </message>
    <message>
        <source>NSNN đóng</source>
        <translation>Paid by the state</translation>
    </message>
    <message>
        <source>Bỏ khỏi hộ</source>
        <translation>Remove from household</translation>
    </message>
    <message>
        <source>— Chưa rõ —</source>
        <translation>— Unknown —</translation>
    </message>
    <message>
        <source>Đổi quan hệ</source>
        <translation>Change relationship</translation>
    </message>
    <message>
        <source>— Chọn quan hệ —</source>
        <translation>— Choose relationship —</translation>
    </message>
    <message>
        <source>Thêm vào hộ</source>
        <translation>Add to household</translation>
    </message>
    <message>
        <source>Thêm thành viên đã có trong danh sách</source>
        <translation>Add a person already on file</translation>
    </message>
    <message>
        <source>Quan hệ với chủ hộ:</source>
        <translation>Relationship to head:</translation>
    </message>
    <message>
        <source>Thông tin hộ</source>
        <translation>Household details</translation>
    </message>
    <message>
        <source>Quan hệ với chủ hộ của người đã chọn:</source>
        <translation>Selected member&apos;s relationship to head:</translation>
    </message>
    <message>
        <source>Thông tin hộ và thành viên</source>
        <translation>Household and members</translation>
    </message>
    <message>
        <source>Đóng BHYT hộ gia đình</source>
        <translation>Household HI payment</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Thêm hộ gia đình</source>
        <translation>New household</translation>
    </message>
    <message>
        <source>— Chưa có —</source>
        <translation>— None —</translation>
    </message>
    <message>
        <source>Lưu thông tin hộ trước, rồi thêm thành viên.</source>
        <translation>Save the household first, then add members.</translation>
    </message>
    <message>
        <source>Không mở được hộ</source>
        <translation>Cannot open the household</translation>
    </message>
    <message>
        <source>Hộ gia đình {code}</source>
        <translation>Household {code}</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message numerus="yes">
        <source>Thành viên của hộ: %n người</source>
        <translation>
            <numerusform>Household members: %n person</numerusform>
            <numerusform>Household members: %n people</numerusform>
        </translation>
    </message>
    <message>
        <source>— Không thuộc dòng họ nào —</source>
        <translation>— No clan —</translation>
    </message>
    <message>
        <source>Ghi cũ: “{text}” (chưa rà soát; xem trang Dòng họ)</source>
        <translation>Old entry: “{text}” (not reviewed yet; see the Clans page)</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Hãy tìm và chọn người cần thêm vào hộ.</source>
        <translation>Search for and select the person to add.</translation>
    </message>
    <message>
        <source>Hãy chọn quan hệ với chủ hộ.</source>
        <translation>Choose the relationship to the head.</translation>
    </message>
    <message>
        <source>Chuyển người này sang hộ đang mở?</source>
        <translation>Move this person to the open household?</translation>
    </message>
    <message>
        <source>Chuyển hộ</source>
        <translation>Move to household</translation>
    </message>
    <message>
        <source>Hãy chọn thành viên cần bỏ khỏi hộ.</source>
        <translation>Select the member to remove.</translation>
    </message>
    <message>
        <source>Bỏ {name} khỏi hộ {code}? Hồ sơ của người này vẫn được giữ.</source>
        <translation>Remove {name} from household {code}? The person&apos;s record is kept.</translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <source>Hộ gia đình</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Tìm theo mã hộ, tên chủ hộ (có dấu hay không dấu đều được), thôn, buôn…</source>
        <translation>Search by household code, head&apos;s name (with or without accents), village…</translation>
    </message>
    <message>
        <source>Mọi thôn, buôn</source>
        <translation>All villages</translation>
    </message>
    <message>
        <source>Thêm hộ</source>
        <translation>New household</translation>
    </message>
    <message>
        <source>Thêm hộ gia đình mới (Ctrl+N)</source>
        <translation>Add a new household (Ctrl+N)</translation>
    </message>
    <message>
        <source>Mở hộ</source>
        <translation>Open household</translation>
    </message>
    <message>
        <source>Đang tìm…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <source>Hiển thị {n} hộ đầu tiên; hãy gõ thêm để thu hẹp.</source>
        <translation>
            <numerusform>Showing the first household; type more to narrow down.</numerusform>
            <numerusform>Showing the first {n} households; type more to narrow down.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tìm thấy {n} hộ</source>
        <translation>
            <numerusform>{n} household found</numerusform>
            <numerusform>{n} households found</numerusform>
        </translation>
    </message>
    <message>
        <source>Không truy vấn được cơ sở dữ liệu: {error}</source>
        <translation>The database query failed: {error}</translation>
    </message>
</context>
<context>
    <name>HouseholdPaymentPanel</name>
    <message>
        <source>Đóng lần này</source>
        <translation>Paying now</translation>
    </message>
    <message>
        <source>Hạn thẻ hiện tại</source>
        <translation>Current card expiry</translation>
    </message>
    <message>
        <source>Thứ tự</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Mức đóng/tháng</source>
        <translation>Monthly premium</translation>
    </message>
    <message>
        <source>Số tiền</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>NSĐP hỗ trợ</source>
        <translation>Local budget support</translation>
    </message>
    <message>
        <source>Phải nộp</source>
        <translation>To pay</translation>
    </message>
    <message>
        <source>Thẻ mới có giá trị</source>
        <translation>New card valid</translation>
    </message>
    <message>
        <source>Chọn cả hộ</source>
        <translation>Select whole household</translation>
    </message>
    <message>
        <source>Bỏ chọn</source>
        <translation>Clear selection</translation>
    </message>
    <message numerus="yes">
        <source>{n} tháng</source>
        <translation>
            <numerusform>{n} month</numerusform>
            <numerusform>{n} months</numerusform>
        </translation>
    </message>
    <message>
        <source>— Chưa chọn —</source>
        <translation>— Not chosen —</translation>
    </message>
    <message>
        <source>Số biên lai thu tiền</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <source>Ghi nhận đóng tiền</source>
        <translation>Record payment</translation>
    </message>
    <message>
        <source>Đánh dấu những thành viên đóng BHYT lần này:</source>
        <translation>Tick the members paying HI this time:</translation>
    </message>
    <message>
        <source>Phương thức đóng:</source>
        <translation>Payment mode:</translation>
    </message>
    <message>
        <source>Ngày đóng (ngày biên lai):</source>
        <translation>Payment date (receipt date):</translation>
    </message>
    <message>
        <source>Nhân viên thu:</source>
        <translation>Collection agent:</translation>
    </message>
    <message>
        <source>Số biên lai:</source>
        <translation>Receipt number:</translation>
    </message>
    <message>
        <source>Tổng số tiền:</source>
        <translation>Total amount:</translation>
    </message>
    <message>
        <source>NSĐP hỗ trợ:</source>
        <translation>Local budget support:</translation>
    </message>
    <message>
        <source>Hộ phải nộp:</source>
        <translation>Household pays:</translation>
    </message>
    <message>
        <source>NSNN đóng</source>
        <translation>Paid by the state</translation>
    </message>
    <message>
        <source>Bằng chữ: {words}.</source>
        <translation>In words: {words}.</translation>
    </message>
    <message numerus="yes">
        <source>Ghi nhận hộ {code} đóng BHYT {months} tháng cho {n} người, số tiền {amount}?</source>
        <translation>
            <numerusform>Record household {code} paying {months} months of HI for {n} person, amount {amount}?</numerusform>
            <numerusform>Record household {code} paying {months} months of HI for {n} people, amount {amount}?</numerusform>
        </translation>
    </message>
    <message>
        <source>Chưa ghi nhận được</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Đã ghi nhận</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Đã ghi nhận {n} thẻ BHYT hộ gia đình, số tiền {amount}.</source>
        <translation>Recorded {n} household HI cards, amount {amount}.</translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <source>Mã hộ</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Chủ hộ</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Thôn, buôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Số thành viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Dòng họ, tổ</source>
        <translation>Clan, group</translation>
    </message>
    <message>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
</context>
<context>
    <name>ImportLabels</name>
    <message>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Ngày sinh (cột Nam)</source>
        <translation>Date of birth (male column)</translation>
    </message>
    <message>
        <source>Ngày sinh (cột Nữ)</source>
        <translation>Date of birth (female column)</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Nữ (đánh dấu X)</source>
        <translation>Female (marked X)</translation>
    </message>
    <message>
        <source>Số CCCD/định danh</source>
        <translation>ID (CCCD) number</translation>
    </message>
    <message>
        <source>Mã số BHXH</source>
        <translation>SI code</translation>
    </message>
    <message>
        <source>Số điện thoại</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Dân tộc</source>
        <translation>Ethnic group</translation>
    </message>
    <message>
        <source>Dòng họ</source>
        <translation>Clan</translation>
    </message>
    <message>
        <source>Thôn, buôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Xã, phường</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Mã hộ</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Quan hệ với chủ hộ</source>
        <translation>Relationship to head</translation>
    </message>
    <message>
        <source>Mã nhân viên thu</source>
        <translation>Agent code</translation>
    </message>
    <message>
        <source>Từ ngày/tháng</source>
        <translation>From (date/month)</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Số tháng</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Số tiền</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Số biên lai</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>Ngày biên lai</source>
        <translation>Receipt date</translation>
    </message>
    <message>
        <source>Loại hình tham gia</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>(bỏ qua cột này)</source>
        <translation>(ignore this column)</translation>
    </message>
    <message>
        <source>Mới</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Cập nhật</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Không đổi</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Trùng trong tệp</source>
        <translation>Duplicate in file</translation>
    </message>
    <message>
        <source>Có thể đã có</source>
        <translation>Possibly known</translation>
    </message>
    <message>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Đang đọc tệp…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Đang kiểm tra từng dòng…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <source>Đang đối chiếu với dữ liệu đã có…</source>
        <translation>Matching against existing data…</translation>
    </message>
    <message>
        <source>Đang ghi vào cơ sở dữ liệu…</source>
        <translation>Writing to the database…</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Nhập danh sách</source>
        <translation>Import lists</translation>
    </message>
    <message>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Dừng lại; cơ sở dữ liệu giữ nguyên như trước (Esc)</source>
        <translation>Stop; the database stays as it was (Esc)</translation>
    </message>
    <message>
        <source>Chọn tệp danh sách do xã hoặc nhân viên thu gửi (Excel .xlsx, .xls, .xlsm, LibreOffice .ods hoặc .csv). Phần mềm tự tìm dòng tiêu đề, nhận dạng các cột, kiểm tra từng dòng và cho xem trước; chỉ khi bấm “Ghi vào cơ sở dữ liệu” dữ liệu mới được ghi, và có thể hoàn tác cả lần nhập.</source>
        <translation>Choose the list a commune or a collection agent sent (Excel .xlsx, .xls, .xlsm, LibreOffice .ods or .csv). The software finds the header row, recognises the columns, checks every row and shows a preview; nothing is written until you press “Write to the database”, and the whole import can be undone.</translation>
    </message>
    <message>
        <source>Chọn tệp…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Chọn tệp danh sách (Ctrl+O)</source>
        <translation>Choose a list file (Ctrl+O)</translation>
    </message>
    <message>
        <source>(không chọn: dùng cột xã hoặc địa chỉ)</source>
        <translation>(none: use the commune or address column)</translation>
    </message>
    <message>
        <source>Tệp:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Trang tính:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <source>Xã mặc định:</source>
        <translation>Default commune:</translation>
    </message>
    <message>
        <source>Loại hình mặc định:</source>
        <translation>Default scheme:</translation>
    </message>
    <message>
        <source>Chọn tệp khác</source>
        <translation>Choose another file</translation>
    </message>
    <message>
        <source>Kiểm tra (chạy thử)</source>
        <translation>Check (dry run)</translation>
    </message>
    <message>
        <source>Kiểm tra từng dòng, chưa ghi gì vào cơ sở dữ liệu (Ctrl+Enter)</source>
        <translation>Check every row without writing anything (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Tạo các dòng họ mà danh sách ghi nhưng xã chưa có, rồi gắn hộ vào</source>
        <translation>Create the clans the list names that the commune does not have yet, and link the households</translation>
    </message>
    <message>
        <source>Xem:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Quay lại ghép cột</source>
        <translation>Back to column mapping</translation>
    </message>
    <message>
        <source>Xuất các dòng lỗi ra Excel</source>
        <translation>Export error rows to Excel</translation>
    </message>
    <message>
        <source>Ghi vào cơ sở dữ liệu</source>
        <translation>Write to the database</translation>
    </message>
    <message>
        <source>Ghi tất cả các dòng hợp lệ trong một lần; lỗi giữa chừng thì không ghi gì</source>
        <translation>Writes all valid rows at once; a failure midway writes nothing</translation>
    </message>
    <message>
        <source>Nhập tệp khác</source>
        <translation>Import another file</translation>
    </message>
    <message>
        <source>Chọn tệp</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <source>Ghép cột</source>
        <translation>Map columns</translation>
    </message>
    <message>
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Bước {n}/4: {name}</source>
        <translation>Step {n}/4: {name}</translation>
    </message>
    <message>
        <source>Đã huỷ. Cơ sở dữ liệu không thay đổi.</source>
        <translation>Cancelled. The database is unchanged.</translation>
    </message>
    <message>
        <source>Có lỗi không lường trước, chưa ghi gì vào cơ sở dữ liệu: {error}</source>
        <translation>Unexpected error, nothing was written to the database: {error}</translation>
    </message>
    <message>
        <source>Chọn danh sách cần nhập</source>
        <translation>Choose the list to import</translation>
    </message>
    <message>
        <source>Bảng tính (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Mọi tệp (*)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Dòng tiêu đề: {row}</source>
        <translation>Header row: {row}</translation>
    </message>
    <message>
        <source>{rows} dòng dữ liệu, bỏ qua {skipped} dòng khác</source>
        <translation>Data rows: {rows}; other rows skipped: {skipped}</translation>
    </message>
    <message>
        <source>Đã dùng cách ghép cột lưu lần trước cho mẫu tệp này; có thể sửa lại.</source>
        <translation>Using the column mapping saved last time for this layout; you can change it.</translation>
    </message>
    <message>
        <source>Phần mềm đã đoán các cột theo tiêu đề; hãy xem lại và sửa cột nào ghép sai.</source>
        <translation>The columns were guessed from their headings; check them and fix any that are wrong.</translation>
    </message>
    <message>
        <source>{rows} dòng: {new} mới, {updated} cập nhật, {unchanged} không đổi, {duplicates} trùng trong tệp, {candidates} có thể là người đã có, {errors} lỗi.</source>
        <translation>Rows: {rows}. New: {new}; updated: {updated}; unchanged: {unchanged}; duplicates in the file: {duplicates}; possibly known persons: {candidates}; errors: {errors}.</translation>
    </message>
    <message>
        <source>Tất cả ({n})</source>
        <translation>All ({n})</translation>
    </message>
    <message>
        <source>Đánh dấu ô “Là người đã có” nếu đúng là cùng một người; không đánh dấu thì nhập thành người mới. Đã xác nhận {n}/{total}.</source>
        <translation>Tick “Known person” if it is the same person; unticked rows are imported as new persons. Confirmed {n}/{total}.</translation>
    </message>
    <message>
        <source>Ghi {valid} dòng hợp lệ vào cơ sở dữ liệu? {errors} dòng lỗi và {duplicates} dòng trùng sẽ không được nhập.</source>
        <translation>Write the valid rows ({valid}) to the database? Rows with errors ({errors}) and duplicate rows ({duplicates}) will not be imported.</translation>
    </message>
    <message>
        <source>Tệp này đã được nhập trước đây.</source>
        <translation>This file has been imported before.</translation>
    </message>
    <message>
        <source>Đã ghi xong lần nhập số {id} từ tệp “{file}”.</source>
        <translation>Import no. {id} from “{file}” is written.</translation>
    </message>
    <message>
        <source>{new} người mới, {updated} người được cập nhật, {unchanged} không đổi, {duplicates} dòng trùng trong tệp, {errors} dòng lỗi không nhập.</source>
        <translation>New persons: {new}; updated: {updated}; unchanged: {unchanged}; duplicate rows in the file: {duplicates}; error rows not imported: {errors}.</translation>
    </message>
    <message>
        <source>Đã tạo mới các thôn, buôn: {names}.</source>
        <translation>New villages created: {names}.</translation>
    </message>
    <message>
        <source>Đã tạo mới các dòng họ: {names}.</source>
        <translation>Created the clans: {names}.</translation>
    </message>
    <message numerus="yes">
        <source>Đã gắn {n} hộ vào dòng họ.</source>
        <translation>
            <numerusform>Linked {n} household to a clan.</numerusform>
            <numerusform>Linked {n} households to clans.</numerusform>
        </translation>
    </message>
    <message>
        <source>Có thể xuất các dòng lỗi ra Excel, sửa rồi nhập lại.</source>
        <translation>You can export the error rows to Excel, fix them and import again.</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>Đã ghi {n} dòng lỗi kèm lý do ra tệp {path}.</source>
        <translation>
            <numerusform>Wrote {n} error row with its reason to {path}.</numerusform>
            <numerusform>Wrote {n} error rows with their reasons to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hoàn tác lần nhập số {id} (tệp “{file}”)? Những người và lượt tham gia do lần nhập này tạo sẽ bị xoá; những người được cập nhật trở lại như trước khi nhập.</source>
        <translation>Undo import no. {id} (file “{file}”)? Persons and enrollments it created will be deleted; updated persons go back to how they were before.</translation>
    </message>
    <message>
        <source>Hoàn tác lần nhập</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <source>Đã hoàn tác lần nhập số {id}: xoá {deleted} người, {enrollments} lượt tham gia; khôi phục {restored} người.</source>
        <translation>Import no. {id} undone. Persons deleted: {deleted}; enrollments deleted: {enrollments}; persons restored: {restored}.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Cột</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Là người đã có</source>
        <translation>Known person</translation>
    </message>
</context>
<context>
    <name>JoinedOnField</name>
    <message>
        <source>Đã tham gia mô hình từ ngày</source>
        <translation>In the model since</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>BHXH tự nguyện</source>
        <translation>Voluntary SI</translation>
    </message>
    <message>
        <source>BHYT hộ gia đình</source>
        <translation>Household HI</translation>
    </message>
    <message>
        <source>BHYT học sinh, sinh viên</source>
        <translation>Student HI</translation>
    </message>
    <message>
        <source>BHYT do NSNN đóng, hỗ trợ</source>
        <translation>HI paid or supported by the state</translation>
    </message>
    <message>
        <source>Hộ nghèo</source>
        <translation>Poor household</translation>
    </message>
    <message>
        <source>Hộ cận nghèo</source>
        <translation>Near-poor household</translation>
    </message>
    <message>
        <source>Người dân tộc thiểu số</source>
        <translation>Ethnic minority</translation>
    </message>
    <message>
        <source>Học sinh, sinh viên</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Đối tượng khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Còn hạn</source>
        <translation>Covered</translation>
    </message>
    <message>
        <source>Sắp hết hạn</source>
        <translation>Expiring soon</translation>
    </message>
    <message>
        <source>Hết hạn</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Chưa tham gia</source>
        <translation>Never enrolled</translation>
    </message>
    <message>
        <source>Đang hiệu lực</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Đã dừng</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Đã huỷ</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Người tham gia đóng</source>
        <translation>Paid by the participant</translation>
    </message>
    <message>
        <source>Người tham gia đóng, NSNN hỗ trợ</source>
        <translation>Paid by the participant with state support</translation>
    </message>
    <message>
        <source>Ngân sách nhà nước</source>
        <translation>State budget</translation>
    </message>
    <message>
        <source>Ngân sách địa phương</source>
        <translation>Local budget</translation>
    </message>
    <message>
        <source>Nhà hảo tâm tài trợ</source>
        <translation>Paid by a sponsor</translation>
    </message>
    <message>
        <source>Quản trị</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Cán bộ nghiệp vụ</source>
        <translation>Staff officer</translation>
    </message>
    <message>
        <source>Chỉ xem</source>
        <translation>View only</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Xoá</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Dừng tham gia</source>
        <translation>Stop participation</translation>
    </message>
    <message>
        <source>Đóng tiền</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Thêm thành viên</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>Bỏ thành viên</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <source>Đổi quan hệ</source>
        <translation>Change relationship</translation>
    </message>
    <message>
        <source>Nhập tệp</source>
        <translation>Import file</translation>
    </message>
    <message>
        <source>Hoàn tác lần nhập</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <source>Xuất tệp</source>
        <translation>Export file</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Đăng nhập</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Đăng nhập sai</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <source>Đăng xuất</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Đổi mật khẩu</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Tạm khoá</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Mở khoá</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Đặt lại mật khẩu</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Sao lưu</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Xoá bản sao lưu</source>
        <translation>Delete backup</translation>
    </message>
    <message>
        <source>Đổi cài đặt sao lưu</source>
        <translation>Change backup settings</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Tìm kiếm</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Tạo dữ liệu mẫu</source>
        <translation>Create demo data</translation>
    </message>
    <message>
        <source>Người tham gia</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Lượt tham gia</source>
        <translation>Enrollment</translation>
    </message>
    <message>
        <source>Hộ gia đình</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Nhân viên thu</source>
        <translation>Collection agent</translation>
    </message>
    <message>
        <source>Tập huấn nhân viên thu</source>
        <translation>Agent training</translation>
    </message>
    <message>
        <source>Tổ chức dịch vụ thu</source>
        <translation>Collection organisation</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Dân số xã</source>
        <translation>Commune population</translation>
    </message>
    <message>
        <source>Buổi tuyên truyền</source>
        <translation>Outreach session</translation>
    </message>
    <message>
        <source>Danh sách dự buổi</source>
        <translation>Attendance list</translation>
    </message>
    <message>
        <source>Lần nhập danh sách</source>
        <translation>Import batch</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Thông tin đơn vị</source>
        <translation>Office details</translation>
    </message>
    <message>
        <source>Tài khoản</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Nhật ký thao tác</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Mức đóng</source>
        <translation>Rates</translation>
    </message>
    <message>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Dân tộc</source>
        <translation>Ethnic group</translation>
    </message>
    <message>
        <source>Số CCCD</source>
        <translation>ID card number</translation>
    </message>
    <message>
        <source>Mã số BHXH</source>
        <translation>SI code</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Thôn, buôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Quan hệ với chủ hộ</source>
        <translation>Relationship to household head</translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Loại hình</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>Hiệu lực từ</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Hiệu lực đến</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <source>Số tháng đóng</source>
        <translation>Months paid</translation>
    </message>
    <message>
        <source>Thứ tự trong hộ</source>
        <translation>Rank in household</translation>
    </message>
    <message>
        <source>Số tiền phải đóng</source>
        <translation>Amount due</translation>
    </message>
    <message>
        <source>Số tiền người tham gia đóng</source>
        <translation>Amount paid by the participant</translation>
    </message>
    <message>
        <source>Số biên lai</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <source>Ngày biên lai</source>
        <translation>Receipt date</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Chủ hộ</source>
        <translation>Household head</translation>
    </message>
    <message>
        <source>Dòng họ</source>
        <translation>Clan</translation>
    </message>
    <message>
        <source>Dòng họ (ghi trước khi rà soát)</source>
        <translation>Clan (as typed before the review)</translation>
    </message>
    <message>
        <source>Trưởng tộc, già làng</source>
        <translation>Clan head, elder</translation>
    </message>
    <message>
        <source>Điện thoại trưởng tộc</source>
        <translation>Clan head&apos;s phone</translation>
    </message>
    <message>
        <source>Ngày tham gia mô hình</source>
        <translation>Joined the clan model on</translation>
    </message>
    <message>
        <source>Làm từ ngày</source>
        <translation>Working from</translation>
    </message>
    <message>
        <source>Làm đến ngày</source>
        <translation>Working until</translation>
    </message>
    <message>
        <source>Địa bàn phụ trách</source>
        <translation>Areas covered</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Ngày tổ chức</source>
        <translation>Date held</translation>
    </message>
    <message>
        <source>Giờ bắt đầu</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>Giờ kết thúc</source>
        <translation>End time</translation>
    </message>
    <message>
        <source>Xã, phường</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Đơn vị tổ chức</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Nhân viên thu tổ chức</source>
        <translation>Organising agent</translation>
    </message>
    <message>
        <source>Đơn vị phối hợp</source>
        <translation>Co-organisers</translation>
    </message>
    <message>
        <source>Ngôn ngữ</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Chủ đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Tiền hỗ trợ mỗi người</source>
        <translation>Support per attendee</translation>
    </message>
    <message>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Dân số</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Dân số trong độ tuổi lao động</source>
        <translation>Working-age population</translation>
    </message>
    <message>
        <source>Thôn, buôn thêm mới</source>
        <translation>Villages added</translation>
    </message>
    <message>
        <source>Dòng họ thêm mới</source>
        <translation>Clans added</translation>
    </message>
    <message>
        <source>Số hộ gắn vào dòng họ</source>
        <translation>Households linked to clans</translation>
    </message>
    <message>
        <source>Trang tính</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Cơ quan cấp trên</source>
        <translation>Parent body</translation>
    </message>
    <message>
        <source>Tỉnh</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Địa danh</source>
        <translation>Place name</translation>
    </message>
    <message>
        <source>Người lập biểu</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>Thủ trưởng đơn vị</source>
        <translation>Head of office</translation>
    </message>
    <message>
        <source>Xã, phường phụ trách</source>
        <translation>Communes served</translation>
    </message>
    <message>
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Đang sử dụng</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Phải đổi mật khẩu</source>
        <translation>Must change password</translation>
    </message>
    <message>
        <source>Đang tham gia</source>
        <translation>Participating</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>An Sinh Desk — BHXH cơ sở</source>
        <translation>An Sinh Desk — local social-insurance office</translation>
    </message>
    <message>
        <source>Tổng quan</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Người tham gia</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Hộ gia đình</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Dòng họ</source>
        <translation>Clans</translation>
    </message>
    <message>
        <source>Tuyên truyền</source>
        <translation>Outreach</translation>
    </message>
    <message>
        <source>Đại lý thu &amp; chỉ tiêu</source>
        <translation>Agents &amp; targets</translation>
    </message>
    <message>
        <source>Nhập danh sách</source>
        <translation>Import lists</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Tài khoản người dùng</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <source>Nhật ký thao tác</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Người dùng: {user} ({role})</source>
        <translation>User: {user} ({role})</translation>
    </message>
    <message>
        <source>Mã QR</source>
        <translation>QR code</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Đổi mật khẩu…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <source>Đăng xuất</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>&amp;Đi tới</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Giới thiệu An Sinh Desk</source>
        <translation>About An Sinh Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;An Sinh Desk&lt;/b&gt; {version}&lt;br&gt;Phần mềm bộ phận một cửa của Bảo hiểm xã hội cơ sở.&lt;br&gt;&lt;br&gt;Danh mục xã, phường: vietnamese-provinces-database (MIT).&lt;br&gt;Phông chữ Liberation Serif (SIL Open Font License).</source>
        <translation>&lt;b&gt;An Sinh Desk&lt;/b&gt; {version}&lt;br&gt;Reception-desk software of a local social-insurance office.&lt;br&gt;&lt;br&gt;Commune list: vietnamese-provinces-database (MIT).&lt;br&gt;Liberation Serif font (SIL Open Font License).</translation>
    </message>
    <message>
        <source>CSDL: {db}</source>
        <translation>DB: {db}</translation>
    </message>
    <message>
        <source>Chưa thiết lập đơn vị</source>
        <translation>Office not set up</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <source>Cột</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Tiêu đề trong tệp</source>
        <translation>Heading in the file</translation>
    </message>
    <message>
        <source>Ví dụ</source>
        <translation>Examples</translation>
    </message>
    <message>
        <source>Ghép vào trường</source>
        <translation>Maps to field</translation>
    </message>
    <message>
        <source>(không có tiêu đề)</source>
        <translation>(no heading)</translation>
    </message>
    <message>
        <source>Trường cho cột {letter}</source>
        <translation>Field for column {letter}</translation>
    </message>
</context>
<context>
    <name>MemberSearch</name>
    <message>
        <source>Họ tên, số CCCD, mã số BHXH, điện thoại…</source>
        <translation>Name, ID number, SI code, phone…</translation>
    </message>
    <message>
        <source>hộ {code}</source>
        <translation>household {code}</translation>
    </message>
    <message>
        <source>Không tìm thấy ai; hãy thêm người mới ở trang Người tham gia trước.</source>
        <translation>No one found; add the person on the Participants page first.</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>Thêm tài khoản</source>
        <translation>Add account</translation>
    </message>
    <message>
        <source>Người dùng phải đổi mật khẩu này khi đăng nhập lần đầu.</source>
        <translation>The user must change this password at the first sign-in.</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Chưa thêm được tài khoản</source>
        <translation>Account not added</translation>
    </message>
</context>
<context>
    <name>NewAccountForm</name>
    <message>
        <source>Ví dụ: thuha</source>
        <translation>For example: thuha</translation>
    </message>
    <message>
        <source>Chữ không dấu viết liền, có thể có chữ số, dấu chấm, gạch dưới</source>
        <translation>Unaccented letters without spaces; digits, dots and underscores allowed</translation>
    </message>
    <message>
        <source>Ít nhất 8 ký tự</source>
        <translation>At least 8 characters</translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Vai trò:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu:</source>
        <translation>Repeat the password:</translation>
    </message>
</context>
<context>
    <name>OfficeForm</name>
    <message>
        <source>Ví dụ: Bảo hiểm xã hội cơ sở Cư M&apos;gar</source>
        <translation>e.g. Bảo hiểm xã hội cơ sở Cư M&apos;gar</translation>
    </message>
    <message>
        <source>Địa danh ghi ở dòng ngày tháng, ví dụ: Cư M&apos;gar</source>
        <translation>Place name on the date line, e.g. Cư M&apos;gar</translation>
    </message>
    <message>
        <source>Lọc theo tên xã, phường…</source>
        <translation>Filter by commune name…</translation>
    </message>
    <message>
        <source>Tên đơn vị:</source>
        <translation>Office name:</translation>
    </message>
    <message>
        <source>Cơ quan cấp trên:</source>
        <translation>Parent body:</translation>
    </message>
    <message>
        <source>Tỉnh:</source>
        <translation>Province:</translation>
    </message>
    <message>
        <source>Địa danh:</source>
        <translation>Place name:</translation>
    </message>
    <message>
        <source>Người lập biểu:</source>
        <translation>Prepared by:</translation>
    </message>
    <message>
        <source>Thủ trưởng đơn vị:</source>
        <translation>Head of office:</translation>
    </message>
    <message>
        <source>Các xã, phường đơn vị phụ trách:</source>
        <translation>Communes the office serves:</translation>
    </message>
    <message numerus="yes">
        <source>Đã chọn: %n xã, phường</source>
        <translation>
            <numerusform>Chosen: %n commune</numerusform>
            <numerusform>Chosen: %n communes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantListPage</name>
    <message>
        <source>Người tham gia</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Tìm theo họ tên (gõ có dấu hay không dấu đều được), số CCCD, mã số BHXH, điện thoại, mã hộ…</source>
        <translation>Search by name (with or without accents), ID number, SI code, phone, household code…</translation>
    </message>
    <message>
        <source>Thêm người</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Quá trình tham gia…</source>
        <translation>Enrollment history…</translation>
    </message>
    <message>
        <source>Tham gia mới, gia hạn hoặc dừng cho người đang chọn (Ctrl+E)</source>
        <translation>Join, renew or stop a scheme for the selected person (Ctrl+E)</translation>
    </message>
    <message>
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Xuất những người đang hiện (theo bộ lọc) ra tệp .xlsx hoặc .csv</source>
        <translation>Export the persons shown (by the filters) to an .xlsx or .csv file</translation>
    </message>
    <message>
        <source>Che số CCCD, mã số BHXH (chỉ hiện 4 số cuối)</source>
        <translation>Mask ID card and social insurance numbers (show only the last 4 digits)</translation>
    </message>
    <message>
        <source>Bỏ chọn khi cần đủ số, ví dụ để chuyển sang phần mềm khác</source>
        <translation>Clear this when the full numbers are needed, e.g. to move the data to other software</translation>
    </message>
    <message>
        <source>Mọi xã</source>
        <translation>All communes</translation>
    </message>
    <message>
        <source>Mọi thôn, buôn</source>
        <translation>All villages</translation>
    </message>
    <message>
        <source>Mọi loại hình</source>
        <translation>All schemes</translation>
    </message>
    <message>
        <source>Mọi tình trạng</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Mọi nhân viên thu</source>
        <translation>All agents</translation>
    </message>
    <message>
        <source>Mọi dân tộc</source>
        <translation>All ethnic groups</translation>
    </message>
    <message>
        <source>Mọi đối tượng</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Hạn thẻ từ</source>
        <translation>Card expires from</translation>
    </message>
    <message>
        <source>Bỏ lọc</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Mở hồ sơ</source>
        <translation>Open record</translation>
    </message>
    <message>
        <source>Đang tìm…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Đang đếm…</source>
        <translation>Counting…</translation>
    </message>
    <message numerus="yes">
        <source>Tìm thấy {n} người</source>
        <translation>
            <numerusform>{n} person found</numerusform>
            <numerusform>{n} persons found</numerusform>
        </translation>
    </message>
    <message>
        <source>Không truy vấn được cơ sở dữ liệu: {error}</source>
        <translation>The database query failed: {error}</translation>
    </message>
    <message>
        <source>Xuất danh sách người tham gia</source>
        <translation>Export the participant list</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV UTF-8 (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Đang xuất…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Đã xuất</source>
        <translation>Exported</translation>
    </message>
    <message numerus="yes">
        <source>Đã xuất {n} người ra tệp {file}.</source>
        <translation>
            <numerusform>Exported {n} person to {file}.</numerusform>
            <numerusform>Exported {n} persons to {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Không xuất được</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Dân tộc</source>
        <translation>Ethnic group</translation>
    </message>
    <message>
        <source>Số CCCD</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Mã số BHXH</source>
        <translation>SI code</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Thôn, buôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Mã hộ</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Loại hình</source>
        <translation>Schemes</translation>
    </message>
    <message>
        <source>Hạn thẻ BHYT</source>
        <translation>HI card until</translation>
    </message>
    <message>
        <source>BHXH TN đóng đến</source>
        <translation>VSI paid until</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nhân viên thu</source>
        <translation>Agent</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Danh sách</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Cần gia hạn</source>
        <translation>Renewals due</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Thu nhỏ</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Thu nhỏ trang (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <source>Phóng to</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Phóng to trang (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <source>Vừa chiều rộng</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Trang vừa chiều rộng khung xem</source>
        <translation>Fit the page to the width of the view</translation>
    </message>
    <message>
        <source>Trang {page} / {count}</source>
        <translation>Page {page} / {count}</translation>
    </message>
</context>
<context>
    <name>PdfView</name>
    <message>
        <source>Đang mở tệp PDF…</source>
        <translation>Opening the PDF…</translation>
    </message>
    <message>
        <source>Trang {n}</source>
        <translation>Page {n}</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Quý</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Tuần</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Kỳ trước</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <source>Kỳ sau</source>
        <translation>Next period</translation>
    </message>
    <message>
        <source>&amp;Kỳ:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Năm %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <source>Quý %1/%2</source>
        <translation>Q%1/%2</translation>
    </message>
    <message>
        <source>Tháng %1</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <source>Tuần %1 (%2 – %3)</source>
        <translation>Week %1 (%2 – %3)</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Tài khoản chỉ xem không được làm việc này</source>
        <translation>A view-only account cannot do this</translation>
    </message>
    <message>
        <source>Chỉ tài khoản quản trị được làm việc này</source>
        <translation>Only an administrator account can do this</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Thêm người tham gia</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <source>Hồ sơ người tham gia</source>
        <translation>Participant record</translation>
    </message>
    <message>
        <source>dd/mm/yyyy, mm/yyyy hoặc yyyy</source>
        <translation>dd/mm/yyyy, mm/yyyy or yyyy</translation>
    </message>
    <message>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>12 chữ số</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <source>10 chữ số</source>
        <translation>10 digits</translation>
    </message>
    <message>
        <source>— Chọn xã —</source>
        <translation>— Choose commune —</translation>
    </message>
    <message>
        <source>— Chọn thôn, buôn —</source>
        <translation>— Choose village —</translation>
    </message>
    <message>
        <source>Mã hộ gia đình</source>
        <translation>Household code</translation>
    </message>
    <message>
        <source>Họ và tên (*):</source>
        <translation>Full name (*):</translation>
    </message>
    <message>
        <source>Ngày sinh (*):</source>
        <translation>Date of birth (*):</translation>
    </message>
    <message>
        <source>Giới tính:</source>
        <translation>Sex:</translation>
    </message>
    <message>
        <source>Dân tộc:</source>
        <translation>Ethnic group:</translation>
    </message>
    <message>
        <source>Số CCCD:</source>
        <translation>ID number (CCCD):</translation>
    </message>
    <message>
        <source>Mã số BHXH:</source>
        <translation>Social insurance code:</translation>
    </message>
    <message>
        <source>Điện thoại:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Xã:</source>
        <translation>Commune:</translation>
    </message>
    <message>
        <source>Thôn, buôn:</source>
        <translation>Village:</translation>
    </message>
    <message>
        <source>Địa chỉ:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Hộ gia đình:</source>
        <translation>Household:</translation>
    </message>
    <message>
        <source>Quan hệ với chủ hộ:</source>
        <translation>Relationship to head:</translation>
    </message>
    <message>
        <source>Đối tượng:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>(*) bắt buộc nhập</source>
        <translation>(*) required</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Xoá hồ sơ</source>
        <translation>Delete record</translation>
    </message>
    <message>
        <source>Gõ tên hoặc mã, ví dụ: Ê Đê hoặc 12</source>
        <translation>Type a name or code, e.g. Ê-đê or 12</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Thôn, buôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Số CCCD</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Mã số BHXH</source>
        <translation>SI code</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Mở hồ sơ đã có</source>
        <translation>Open existing record</translation>
    </message>
    <message>
        <source>Hồ sơ: {name}</source>
        <translation>Record: {name}</translation>
    </message>
    <message>
        <source>chưa có chủ hộ</source>
        <translation>no head yet</translation>
    </message>
    <message numerus="yes">
        <source>Chủ hộ: {head} · {village} · {n} người</source>
        <translation>
            <numerusform>Head: {head} · {village} · {n} member</numerusform>
            <numerusform>Head: {head} · {village} · {n} members</numerusform>
        </translation>
    </message>
    <message>
        <source>Không có hộ gia đình mã “{code}”.</source>
        <translation>No household with code “{code}”.</translation>
    </message>
    <message>
        <source>Cần nhập hoặc sửa: {fields}</source>
        <translation>To fill in or correct: {fields}</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Dân tộc</source>
        <translation>Ethnic group</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Hộ gia đình</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Quan hệ với chủ hộ</source>
        <translation>Relationship to head</translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Hồ sơ đã thay đổi</source>
        <translation>Record has changed</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Số CCCD hoặc mã số BHXH này đã có trong hồ sơ dưới đây. Không thể lưu thêm một hồ sơ cùng số; hãy mở hồ sơ đã có.</source>
        <translation>This ID number or social insurance code is already in the record below. A second record with the same number cannot be saved; open the existing record.</translation>
    </message>
    <message>
        <source>Có thể người này đã có hồ sơ (trùng họ tên, năm sinh và thôn, buôn). Hãy mở hồ sơ đã có, hoặc lưu nếu đây là người khác.</source>
        <translation>This person may already have a record (same name, birth year and village). Open the existing record, or save if this is someone else.</translation>
    </message>
    <message>
        <source>Vẫn lưu người mới</source>
        <translation>Save as a new person anyway</translation>
    </message>
    <message>
        <source>Vẫn lưu hồ sơ này</source>
        <translation>Save this record anyway</translation>
    </message>
    <message>
        <source>Xoá hồ sơ {name}?</source>
        <translation>Delete the record of {name}?</translation>
    </message>
    <message>
        <source>Các lượt tham gia BHXH, BHYT ({n}) của người này cũng bị xoá.</source>
        <translation>This person&apos;s {n} SI/HI enrollments will also be deleted.</translation>
    </message>
    <message>
        <source>Chưa xoá được</source>
        <translation>Not deleted</translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <source>BHXH TN mới</source>
        <translation>New VSI</translation>
    </message>
    <message>
        <source>BHYT HGĐ mới</source>
        <translation>New household HI</translation>
    </message>
    <message>
        <source>Tái tục</source>
        <translation>Renewals</translation>
    </message>
    <message>
        <source>Bao phủ BHYT</source>
        <translation>HI coverage</translation>
    </message>
    <message>
        <source>Tỷ lệ BHXH TN</source>
        <translation>VSI share</translation>
    </message>
    <message>
        <source>&amp;Phạm vi:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <source>&amp;Làm mới</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Dự báo = số đã đạt ÷ số ngày đã qua × số ngày của kỳ. Ô tô đỏ: dự báo không đạt chỉ tiêu.</source>
        <translation>Forecast = achieved ÷ days elapsed × days in the period. Red cells: the forecast misses the target.</translation>
    </message>
    <message>
        <source>Đang tính…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Không tính được tiến độ: %1</source>
        <translation>Could not compute progress: %1</translation>
    </message>
    <message>
        <source>Hạng</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>chỉ tiêu</source>
        <translation>target</translation>
    </message>
    <message>
        <source>đã đạt</source>
        <translation>achieved</translation>
    </message>
    <message>
        <source>% chỉ tiêu</source>
        <translation>% of target</translation>
    </message>
    <message>
        <source>dự báo</source>
        <translation>forecast</translation>
    </message>
    <message>
        <source>Đến hạn
tái tục</source>
        <translation>Renewals
due</translation>
    </message>
    <message>
        <source>Đã
tái tục</source>
        <translation>Renewals
done</translation>
    </message>
    <message>
        <source>Đánh giá</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Chậm tiến độ</source>
        <translation>Behind</translation>
    </message>
    <message>
        <source>Đạt tiến độ</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>Chưa giao chỉ tiêu</source>
        <translation>No target set</translation>
    </message>
    <message>
        <source>%1: đã qua %2/%3 ngày. %4 dòng chậm tiến độ trên %5.</source>
        <translation>%1: day %2 of %3. Rows behind: %4 of %5.</translation>
    </message>
</context>
<context>
    <name>QuickPersonDialog</name>
    <message>
        <source>Thêm người mới tham dự</source>
        <translation>Add a new attendee</translation>
    </message>
    <message>
        <source>dd/mm/yyyy hoặc chỉ năm sinh</source>
        <translation>dd/mm/yyyy or just the birth year</translation>
    </message>
    <message>
        <source>— Chưa rõ —</source>
        <translation>— Unknown —</translation>
    </message>
    <message>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>12 chữ số, có thể để trống</source>
        <translation>12 digits, may be left empty</translation>
    </message>
    <message>
        <source>— Chọn thôn, buôn —</source>
        <translation>— Choose village —</translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Ngày sinh:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <source>Giới tính:</source>
        <translation>Sex:</translation>
    </message>
    <message>
        <source>Số CCCD:</source>
        <translation>ID number (CCCD):</translation>
    </message>
    <message>
        <source>Thôn, buôn:</source>
        <translation>Village:</translation>
    </message>
    <message>
        <source>Thêm và điểm danh</source>
        <translation>Add and check in</translation>
    </message>
    <message>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Chưa nhập họ và tên.</source>
        <translation>Full name is missing.</translation>
    </message>
    <message>
        <source>Chưa chọn thôn, buôn.</source>
        <translation>No village chosen.</translation>
    </message>
</context>
<context>
    <name>ReportParamsForm</name>
    <message>
        <source>Tháng này</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Quý này</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>Năm nay</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message numerus="yes">
        <source> ngày</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message>
        <source>Kỳ báo cáo: từ ngày</source>
        <translation>Period: from</translation>
    </message>
    <message>
        <source>Tính đến ngày</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Xã, phường</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Nhân viên thu</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Buổi tuyên truyền</source>
        <translation>Outreach session</translation>
    </message>
    <message>
        <source>Dòng họ</source>
        <translation>Clan</translation>
    </message>
    <message>
        <source>Hết hạn trong</source>
        <translation>Ending within</translation>
    </message>
    <message>
        <source>Mọi xã, phường</source>
        <translation>All communes</translation>
    </message>
    <message>
        <source>Mọi nhân viên thu</source>
        <translation>All agents</translation>
    </message>
    <message>
        <source>Ngày kết thúc phải từ ngày bắt đầu trở đi.</source>
        <translation>The end date must not be before the start date.</translation>
    </message>
    <message>
        <source>Chưa có buổi tuyên truyền nào để in danh sách.</source>
        <translation>There is no outreach session to print a sheet for.</translation>
    </message>
    <message>
        <source>Chưa có dòng họ nào để in danh sách.</source>
        <translation>There is no clan to print a list for yet.</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Xem trước khi in</source>
        <translation>Print preview</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Che số định danh (số CCCD chỉ hiện 4 số cuối)</source>
        <translation>Mask ID numbers (show only the last 4 digits of the ID card number)</translation>
    </message>
    <message>
        <source>Danh sách đưa ra ngoài cơ quan không cần đủ số CCCD</source>
        <translation>Lists that leave the office do not need full ID card numbers</translation>
    </message>
    <message>
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Xem trước báo cáo (F5)</source>
        <translation>Preview the report (F5)</translation>
    </message>
    <message>
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Xuất PDF…</source>
        <translation>Export to PDF…</translation>
    </message>
    <message>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Số liệu</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Trang in</source>
        <translation>Printed pages</translation>
    </message>
    <message>
        <source>Mẫu D03-TS: Danh sách người chỉ tham gia BHYT</source>
        <translation>Form D03-TS: Health-insurance-only participants</translation>
    </message>
    <message>
        <source>Người tham gia BHYT hộ gia đình, học sinh sinh viên, được NSNN hỗ trợ có biên lai trong kỳ (tăng) và người dừng tham gia trong kỳ (giảm).</source>
        <translation>Household, student and state-supported HI participants with receipts in the period (increase) and those who stopped in the period (decrease).</translation>
    </message>
    <message>
        <source>Mẫu D05-TS: Danh sách người tham gia BHXH tự nguyện</source>
        <translation>Form D05-TS: Voluntary social-insurance participants</translation>
    </message>
    <message>
        <source>Người tham gia BHXH tự nguyện có biên lai trong kỳ (tăng) và người dừng đóng trong kỳ (giảm), với mức thu nhập, số tiền phải đóng, phần Nhà nước và ngân sách địa phương hỗ trợ.</source>
        <translation>Voluntary SI participants with receipts in the period (increase) and those who stopped paying (decrease), with income, amount due, state and local-budget support.</translation>
    </message>
    <message>
        <source>Tỷ lệ bao phủ BHYT, BHXH tự nguyện theo xã</source>
        <translation>HI coverage and voluntary SI by commune</translation>
    </message>
    <message>
        <source>Dân số, số người có thẻ BHYT, tỷ lệ bao phủ so với chỉ tiêu; số người tham gia BHXH tự nguyện so với dân số trong độ tuổi lao động và kế hoạch, theo từng xã và toàn đơn vị.</source>
        <translation>Population, HI card holders, coverage against target; voluntary SI participants against working-age population and plan, per commune and for the office.</translation>
    </message>
    <message>
        <source>Kết quả thực hiện chỉ tiêu của nhân viên thu</source>
        <translation>Collection agents&apos; results against targets</translation>
    </message>
    <message>
        <source>Chỉ tiêu, kết quả tham gia mới BHXH tự nguyện, BHYT hộ gia đình, tái tục, số thẻ đến hạn và đã đóng tiếp, xếp hạng nhân viên thu trong kỳ.</source>
        <translation>Targets and results for new voluntary SI, new household HI and renewals, cards due and renewed, agent ranking for the period.</translation>
    </message>
    <message>
        <source>Kết quả tuyên truyền, vận động</source>
        <translation>Outreach results</translation>
    </message>
    <message>
        <source>Số buổi tuyên truyền, đối thoại, tư vấn đã tổ chức, số người tham dự và số người tham gia BHXH, BHYT sau đó, theo hình thức và theo xã.</source>
        <translation>Awareness sessions, dialogues and counselling held, attendees and people who enrolled afterwards, by kind and commune.</translation>
    </message>
    <message>
        <source>Danh sách cần gia hạn</source>
        <translation>Renewals due</translation>
    </message>
    <message>
        <source>Thẻ BHYT, BHXH tự nguyện sắp hết hạn hoặc đã hết hạn trong 90 ngày qua, theo nhân viên thu và thôn, buôn, có số điện thoại và cột đánh dấu đã liên hệ.</source>
        <translation>HI cards and voluntary SI ending soon or lapsed in the last 90 days, by agent and village, with phone numbers and a column to tick when contacted.</translation>
    </message>
    <message>
        <source>Danh sách ký nhận của buổi tuyên truyền</source>
        <translation>Attendance sheet of an outreach session</translation>
    </message>
    <message>
        <source>Danh sách người được mời dự một buổi tuyên truyền, có năm sinh, dân tộc, thôn, buôn, số điện thoại, đã có thẻ BHYT hay chưa và cột ký nhận; in trước buổi tuyên truyền.</source>
        <translation>People invited to a session, with birth year, ethnic group, village, phone, whether they hold an HI card and a signature column; printed before the session.</translation>
    </message>
    <message>
        <source>Mô hình dòng họ tham gia BHYT</source>
        <translation>Clan model for health insurance (R11)</translation>
    </message>
    <message>
        <source>Các dòng họ tham gia mô hình theo xã và thôn, buôn: số hộ, số người, số người có thẻ BHYT, tỷ lệ so với mục tiêu 100%, số người còn phải vận động, số người tham gia mới từ khi tham gia mô hình và trong kỳ, số buổi tuyên truyền với dòng họ; tổng số của đơn vị.</source>
        <translation>The clans in the model by commune and village: households, members, members with an HI card, rate against the 100% target, people still to bring in, new participants since joining and in the period, outreach sessions with the clan; the office&apos;s totals.</translation>
    </message>
    <message>
        <source>Danh sách thành viên dòng họ cần vận động</source>
        <translation>Clan members to bring in</translation>
    </message>
    <message>
        <source>Danh sách cho trưởng tộc và nhân viên thu: thành viên dòng họ chưa tham gia BHYT, thẻ đã hết hạn, thẻ sắp hết hạn, có mã hộ, số điện thoại và cột đánh dấu đã vận động.</source>
        <translation>The list for the clan head and the agent: clan members never insured, with lapsed or expiring cards, with household code, phone and a column to tick once visited.</translation>
    </message>
    <message>
        <source>Báo cáo tổng quan</source>
        <translation>Overview report</translation>
    </message>
    <message>
        <source>Các biểu đồ của trang Tổng quan và bảng số liệu theo xã: tỷ lệ bao phủ BHYT so với chỉ tiêu, BHXH tự nguyện so với kế hoạch, người tham gia mới 12 tháng gần nhất, thẻ BHYT sắp hết hạn, hội nghị trong tháng và kết quả.</source>
        <translation>The Overview page&apos;s charts and a table of the figures by commune: health-insurance coverage against target, voluntary social insurance against plan, new participants over the last 12 months, health-insurance cards about to expire, this month&apos;s sessions and their results.</translation>
    </message>
    <message>
        <source>Đang dựng báo cáo…</source>
        <translation>Building the report…</translation>
    </message>
    <message>
        <source>Lưu báo cáo</source>
        <translation>Save report</translation>
    </message>
    <message numerus="yes">
        <source>, {n} trang</source>
        <translation>
            <numerusform>, {n} page</numerusform>
            <numerusform>, {n} pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Đã xuất {rows} dòng{pages} ra tệp {file}.</source>
        <translation>
            <numerusform>Exported {rows} row{pages} to {file}.</numerusform>
            <numerusform>Exported {rows} rows{pages} to {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Xuất báo cáo</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>Đang xuất báo cáo…</source>
        <translation>Exporting the report…</translation>
    </message>
    <message>
        <source>Đang chuẩn bị trang in…</source>
        <translation>Preparing the pages to print…</translation>
    </message>
    <message>
        <source>Đã hủy in.</source>
        <translation>Printing cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>Đã gửi {n} trang tới máy in.</source>
        <translation>
            <numerusform>Sent {n} page to the printer.</numerusform>
            <numerusform>Sent {n} pages to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Đang in…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Đang hủy…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Đã hủy; không có tệp nào được ghi.</source>
        <translation>Cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Không lập được báo cáo: {error}</source>
        <translation>Could not produce the report: {error}</translation>
    </message>
    <message>
        <source>Không hiện được trang in: {error}</source>
        <translation>Cannot show the printed pages: {error}</translation>
    </message>
    <message>
        <source>{rows} dòng, {pages} trang khi in.</source>
        <translation>Rows: {rows}; printed pages: {pages}.</translation>
    </message>
    <message numerus="yes">
        <source>Bảng dưới đây hiện {n} dòng đầu.</source>
        <translation>
            <numerusform>The table below shows the first row.</numerusform>
            <numerusform>The table below shows the first {n} rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScannerCheckDialog</name>
    <message>
        <source>Kiểm tra máy quét</source>
        <translation>Scanner check</translation>
    </message>
    <message>
        <source>Đưa mã QR trên thẻ CCCD hoặc thẻ căn cước vào máy quét, không cần bấm vào ô nào. Thông tin quét ở đây chỉ để kiểm tra, không lưu vào hồ sơ.</source>
        <translation>Hold the QR code of a chip ID card or a Căn cước card to the scanner; no need to click any field. A scan here is only a check and is not saved to any record.</translation>
    </message>
    <message>
        <source>Đang chờ quét…</source>
        <translation>Waiting for a scan…</translation>
    </message>
    <message>
        <source>Máy quét đã gửi</source>
        <translation>What the scanner sent</translation>
    </message>
    <message>
        <source>Đã sửa</source>
        <translation>Repaired</translation>
    </message>
    <message>
        <source>Ứng dụng hiểu là</source>
        <translation>What the application understood</translation>
    </message>
    <message>
        <source>Số CCCD:</source>
        <translation>ID number (CCCD):</translation>
    </message>
    <message>
        <source>Số CMND cũ:</source>
        <translation>Old ID number:</translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Ngày sinh:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <source>Giới tính:</source>
        <translation>Sex:</translation>
    </message>
    <message>
        <source>Địa chỉ:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Ngày cấp:</source>
        <translation>Issued on:</translation>
    </message>
    <message>
        <source>Loại thẻ:</source>
        <translation>Card:</translation>
    </message>
    <message>
        <source>Trường thêm:</source>
        <translation>Extra fields:</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Đã đọc thẻ. Quét thẻ khác để kiểm tra lại.</source>
        <translation>Card read. Scan another card to check again.</translation>
    </message>
    <message>
        <source>Không cần sửa gì.</source>
        <translation>Nothing needed repairing.</translation>
    </message>
    <message>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>CCCD gắn chip</source>
        <translation>Chip ID card (CCCD)</translation>
    </message>
    <message>
        <source>Thẻ căn cước (cấp từ 01/07/2024)</source>
        <translation>Căn cước card (issued from 01/07/2024)</translation>
    </message>
    <message>
        <source>Chưa rõ (thẻ không ghi ngày cấp)</source>
        <translation>Unknown (the card gives no issue date)</translation>
    </message>
    <message>
        <source>(không đọc được: để trống)</source>
        <translation>(unreadable: left empty)</translation>
    </message>
    <message>
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Sửa buổi tuyên truyền</source>
        <translation>Edit outreach session</translation>
    </message>
    <message>
        <source>Thêm buổi tuyên truyền</source>
        <translation>Add outreach session</translation>
    </message>
    <message>
        <source>— Chọn xã, phường —</source>
        <translation>— Choose a commune —</translation>
    </message>
    <message>
        <source>Buổi tổ chức với một dòng họ: danh sách mời lập từ thành viên dòng họ chưa có thẻ hoặc thẻ sắp hết hạn, kết quả tính cho dòng họ</source>
        <translation>A session held with a clan: the invitation list is made of the clan&apos;s members without a card or with a card expiring soon, and the results count toward the clan</translation>
    </message>
    <message>
        <source>Nhà văn hóa thôn, buôn; chợ; trụ sở UBND xã…</source>
        <translation>Village cultural house; market; commune office…</translation>
    </message>
    <message>
        <source>Cán bộ BHXH hoặc đơn vị tổ chức</source>
        <translation>Social insurance officer or organising body</translation>
    </message>
    <message>
        <source>— Không có —</source>
        <translation>— None —</translation>
    </message>
    <message>
        <source>UBND xã, trưởng thôn, buôn, Hội Phụ nữ, Hội Nông dân…</source>
        <translation>Commune people&apos;s committee, village head, Women&apos;s Union, Farmers&apos; Union…</translation>
    </message>
    <message>
        <source>Tiếng khác</source>
        <translation>Other languages</translation>
    </message>
    <message>
        <source>Từ</source>
        <translation>From</translation>
    </message>
    <message>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Hình thức:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Ngày, giờ:</source>
        <translation>Date, time:</translation>
    </message>
    <message>
        <source>Xã, phường:</source>
        <translation>Commune:</translation>
    </message>
    <message>
        <source>Thôn, buôn:</source>
        <translation>Village:</translation>
    </message>
    <message>
        <source>Dòng họ:</source>
        <translation>Clan:</translation>
    </message>
    <message>
        <source>Địa điểm:</source>
        <translation>Venue:</translation>
    </message>
    <message>
        <source>Người tổ chức:</source>
        <translation>Organiser:</translation>
    </message>
    <message>
        <source>Nhân viên thu phụ trách:</source>
        <translation>Collection agent in charge:</translation>
    </message>
    <message>
        <source>Đơn vị phối hợp:</source>
        <translation>Co-organisers:</translation>
    </message>
    <message>
        <source>Ngôn ngữ sử dụng:</source>
        <translation>Languages used:</translation>
    </message>
    <message>
        <source>Nội dung, chủ đề:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <source>Tiền hỗ trợ mỗi người:</source>
        <translation>Support per attendee:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>— Cả xã —</source>
        <translation>— Whole commune —</translation>
    </message>
    <message>
        <source>— Không —</source>
        <translation>— None —</translation>
    </message>
    <message>
        <source>Nhà trưởng tộc dòng họ {clan}</source>
        <translation>House of the head of clan {clan}</translation>
    </message>
    <message>
        <source>Nhà văn hóa {village}</source>
        <translation>{village} cultural house</translation>
    </message>
    <message>
        <source>Không lưu được</source>
        <translation>Could not save</translation>
    </message>
</context>
<context>
    <name>SessionKinds</name>
    <message>
        <source>Hội nghị tuyên truyền</source>
        <translation>Awareness session</translation>
    </message>
    <message>
        <source>Hội nghị đối thoại</source>
        <translation>Dialogue conference</translation>
    </message>
    <message>
        <source>Tư vấn trực tiếp</source>
        <translation>Direct counselling</translation>
    </message>
    <message>
        <source>Truyền thông lưu động</source>
        <translation>Mobile campaign</translation>
    </message>
    <message>
        <source>Thăm hộ gia đình</source>
        <translation>Household visit</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Giờ</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Xã, phường</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Thôn, buôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Tiền hỗ trợ</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Topic</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Tuyên truyền</source>
        <translation>Outreach</translation>
    </message>
    <message>
        <source>Mọi xã, phường</source>
        <translation>All communes</translation>
    </message>
    <message>
        <source>Mọi hình thức</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Thêm buổi</source>
        <translation>Add session</translation>
    </message>
    <message>
        <source>Thêm buổi tuyên truyền (Ctrl+N)</source>
        <translation>Add an outreach session (Ctrl+N)</translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Xoá</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Điểm danh…</source>
        <translation>Attendance…</translation>
    </message>
    <message>
        <source>In danh sách ký nhận…</source>
        <translation>Print attendance sheet…</translation>
    </message>
    <message>
        <source>Xem trước và in danh sách ký nhận (Ctrl+P)</source>
        <translation>Preview and print the attendance sheet (Ctrl+P)</translation>
    </message>
    <message>
        <source>Xuất PDF, Excel…</source>
        <translation>Export PDF, Excel…</translation>
    </message>
    <message>
        <source>Điểm danh</source>
        <translation>Attendance</translation>
    </message>
    <message numerus="yes">
        <source> ngày</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message>
        <source>Kết quả buổi đã chọn</source>
        <translation>Results of the selected session</translation>
    </message>
    <message>
        <source>Tính người tham gia trong vòng</source>
        <translation>Count enrollments within</translation>
    </message>
    <message>
        <source>sau buổi</source>
        <translation>after the session</translation>
    </message>
    <message>
        <source>Xã, phường / hình thức</source>
        <translation>Commune / kind</translation>
    </message>
    <message>
        <source>Số buổi</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Tham gia sau</source>
        <translation>Enrolled after</translation>
    </message>
    <message>
        <source>Tỷ lệ</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Tiền hỗ trợ</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Tổng hợp trong kỳ</source>
        <translation>Period totals</translation>
    </message>
    <message>
        <source>Đang tải…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>{n} buổi trong kỳ</source>
        <translation>
            <numerusform>{n} session in the period</numerusform>
            <numerusform>{n} sessions in the period</numerusform>
        </translation>
    </message>
    <message>
        <source>Không truy vấn được cơ sở dữ liệu: {error}</source>
        <translation>The database query failed: {error}</translation>
    </message>
    <message>
        <source>Hãy chọn một buổi trong danh sách trước.</source>
        <translation>Select a session in the list first.</translation>
    </message>
    <message>
        <source>Chưa có buổi nào trong kỳ đã chọn.</source>
        <translation>No sessions in the selected period.</translation>
    </message>
    <message numerus="yes">
        <source>Có mặt: {n} người.</source>
        <translation>
            <numerusform>Present: {n} person.</numerusform>
            <numerusform>Present: {n} people.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tham gia, gia hạn sau buổi: {n} người</source>
        <translation>
            <numerusform>Enrolled or renewed after the session: {n} person</numerusform>
            <numerusform>Enrolled or renewed after the session: {n} people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (trong đó {n} người gia hạn)</source>
        <translation>
            <numerusform> (of whom {n} renewed)</numerusform>
            <numerusform> (of whom {n} renewed)</numerusform>
        </translation>
    </message>
    <message>
        <source>Tỷ lệ vận động thành công: {rate}.</source>
        <translation>Conversion rate: {rate}.</translation>
    </message>
    <message numerus="yes">
        <source>Tiền hỗ trợ: {n} người × {each} = {total}.</source>
        <translation>
            <numerusform>Support: {n} person × {each} = {total}.</numerusform>
            <numerusform>Support: {n} people × {each} = {total}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bằng chữ: {words}.</source>
        <translation>In words: {words}.</translation>
    </message>
    <message>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>Xoá buổi {kind} ngày {date} tại {venue} cùng danh sách {n} người tham dự?</source>
        <translation>
            <numerusform>Delete the {kind} of {date} at {venue} with its list of {n} attendee?</numerusform>
            <numerusform>Delete the {kind} of {date} at {venue} with its list of {n} attendees?</numerusform>
        </translation>
    </message>
    <message>
        <source>Xoá buổi tuyên truyền</source>
        <translation>Delete outreach session</translation>
    </message>
    <message>
        <source>Không xoá được</source>
        <translation>Could not delete</translation>
    </message>
    <message>
        <source>Buổi này chưa có danh sách mời. Lập danh sách từ những người trong thôn, buôn chưa có thẻ BHYT hoặc thẻ sắp hết hạn? (Chọn “Không” để in danh sách trống.)</source>
        <translation>This session has no invitation list yet. Build it from the village&apos;s people without a health insurance card or whose card is expiring? (Choose &quot;No&quot; to print a blank list.)</translation>
    </message>
    <message>
        <source>In danh sách ký nhận</source>
        <translation>Print attendance sheet</translation>
    </message>
    <message>
        <source>Không in được</source>
        <translation>Could not print</translation>
    </message>
    <message>
        <source>Lưu danh sách ký nhận</source>
        <translation>Save attendance sheet</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel (*.xlsx)</source>
        <translation>PDF (*.pdf);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Đã lưu {file}</source>
        <translation>Saved {file}</translation>
    </message>
    <message>
        <source>Không xuất được</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Thông tin đơn vị (dùng chung cho mọi máy)</source>
        <translation>Office details (shared by every desk)</translation>
    </message>
    <message>
        <source>Lưu thông tin đơn vị</source>
        <translation>Save office details</translation>
    </message>
    <message>
        <source>Máy này</source>
        <translation>This desk</translation>
    </message>
    <message>
        <source>Ngôn ngữ:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Kiểm tra máy quét…</source>
        <translation>Check the scanner…</translation>
    </message>
    <message>
        <source>Quét thử một thẻ: xem máy quét gửi gì, ứng dụng sửa và hiểu ra sao</source>
        <translation>Scan a card as a test: see what the scanner sends and how the application repairs and reads it</translation>
    </message>
    <message>
        <source>Máy quét mã QR:</source>
        <translation>QR scanner:</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Đã lưu</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Đã lưu thông tin đơn vị.</source>
        <translation>Office details saved.</translation>
    </message>
    <message>
        <source>Chuyển giao diện sang {language} ngay bây giờ? Cửa sổ sẽ mở lại ở trang Cài đặt; thông tin đang nhập dở mà chưa lưu trên các trang sẽ mất.</source>
        <translation>Switch the interface to {language} now? The window reopens on the Settings page; anything typed but not saved on the pages is lost.</translation>
    </message>
    <message>
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Thiết lập lần đầu — An Sinh Desk</source>
        <translation>First-run setup — An Sinh Desk</translation>
    </message>
    <message>
        <source>Chào mừng đến với An Sinh Desk. Hãy nhập thông tin đơn vị và chọn các xã, phường đơn vị phụ trách. Có thể sửa lại sau trong mục Cài đặt.</source>
        <translation>Welcome to An Sinh Desk. Enter your office&apos;s details and choose the communes it serves. You can change them later under Settings.</translation>
    </message>
    <message>
        <source>Tài khoản quản trị</source>
        <translation>Administrator account</translation>
    </message>
    <message>
        <source>Người quản trị đăng nhập bằng tài khoản này, tạo tài khoản cho các cán bộ khác và sửa cài đặt. Hãy ghi nhớ mật khẩu: không ai xem lại được.</source>
        <translation>The administrator signs in with this account, creates accounts for the other staff and changes the settings. Remember the password: nobody can look it up.</translation>
    </message>
    <message>
        <source>Lưu và bắt đầu</source>
        <translation>Save and start</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Đăng nhập — An Sinh Desk</source>
        <translation>Sign in — An Sinh Desk</translation>
    </message>
    <message>
        <source>Đăng nhập</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khoá vì nhập sai {n} lần liên tiếp (khoá {minutes} phút). Hãy thử lại sau, hoặc nhờ người quản trị mở khoá.</source>
        <translation>Wrong user name or password, or the account is locked for {minutes} minutes after {n} wrong passwords in a row. Try again later, or ask the administrator to unlock it.</translation>
    </message>
    <message>
        <source>Tài khoản này đã ngừng hoạt động. Hãy liên hệ người quản trị.</source>
        <translation>This account has been deactivated. Please contact the administrator.</translation>
    </message>
    <message>
        <source>Chưa nhập tên đăng nhập.</source>
        <translation>Enter the user name.</translation>
    </message>
    <message>
        <source>Chưa nhập mật khẩu.</source>
        <translation>Enter the password.</translation>
    </message>
</context>
<context>
    <name>TargetsTab</name>
    <message>
        <source>BHXH tự nguyện
phát triển mới</source>
        <translation>New voluntary
SI</translation>
    </message>
    <message>
        <source>BHYT hộ gia đình
phát triển mới</source>
        <translation>New household
HI</translation>
    </message>
    <message>
        <source>Tái tục</source>
        <translation>Renewals</translation>
    </message>
    <message>
        <source>Tỷ lệ bao phủ
BHYT (%)</source>
        <translation>HI coverage
rate (%)</translation>
    </message>
    <message>
        <source>Tỷ lệ tham gia
BHXH TN (%)</source>
        <translation>VSI participation
rate (%)</translation>
    </message>
    <message>
        <source>Theo đại lý thu</source>
        <translation>By agent</translation>
    </message>
    <message>
        <source>Theo xã</source>
        <translation>By commune</translation>
    </message>
    <message>
        <source>Toàn đơn vị</source>
        <translation>Whole office</translation>
    </message>
    <message>
        <source>&amp;Phạm vi:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <source>&amp;Lưu chỉ tiêu</source>
        <translation>&amp;Save targets</translation>
    </message>
    <message>
        <source>Lưu các ô đã sửa (Ctrl+S)</source>
        <translation>Save the edited cells (Ctrl+S)</translation>
    </message>
    <message>
        <source>Sao chép &amp;kỳ trước</source>
        <translation>Copy previous &amp;period</translation>
    </message>
    <message>
        <source>Điền các ô còn trống bằng chỉ tiêu của kỳ trước</source>
        <translation>Fill empty cells with the previous period&apos;s targets</translation>
    </message>
    <message>
        <source>&amp;Nhập từ Excel…</source>
        <translation>&amp;Import from Excel…</translation>
    </message>
    <message>
        <source>&amp;Tải lại</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Số người ghi số nguyên; tỷ lệ ghi phần trăm, ví dụ 95,5. Để trống là không giao chỉ tiêu.</source>
        <translation>Enter people as whole numbers and rates as percentages, e.g. 95.5. Leave empty for no target.</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Chưa có đại lý thu nào đang làm việc trong kỳ này.</source>
        <translation>No agent is active in this period.</translation>
    </message>
    <message>
        <source>%1, cột %2: %3</source>
        <translation>%1, column %2: %3</translation>
    </message>
    <message>
        <source>Không có ô nào thay đổi.</source>
        <translation>No cell changed.</translation>
    </message>
    <message>
        <source>Lưu chỉ tiêu</source>
        <translation>Save targets</translation>
    </message>
    <message numerus="yes">
        <source>Đã lưu %1 chỉ tiêu.</source>
        <translation>
            <numerusform>Saved %1 target.</numerusform>
            <numerusform>Saved %1 targets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sao chép kỳ trước</source>
        <translation>Copy previous period</translation>
    </message>
    <message>
        <source>Các ô vừa sửa chưa lưu sẽ bị bỏ. Vẫn sao chép?</source>
        <translation>Unsaved edits will be lost. Copy anyway?</translation>
    </message>
    <message numerus="yes">
        <source>Đã chép %1 chỉ tiêu từ kỳ trước vào các ô còn trống.</source>
        <translation>
            <numerusform>Copied %1 target from the previous period into an empty cell.</numerusform>
            <numerusform>Copied %1 targets from the previous period into empty cells.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kỳ trước không có chỉ tiêu nào để chép (hoặc các ô đã có số).</source>
        <translation>The previous period has no targets to copy (or the cells are already filled).</translation>
    </message>
    <message>
        <source>Nhập chỉ tiêu từ tệp Excel</source>
        <translation>Import targets from an Excel file</translation>
    </message>
    <message>
        <source>Bảng tính (*.xlsx *.xls *.ods *.csv);;Tất cả các tệp (*)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.ods *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Nhập chỉ tiêu</source>
        <translation>Import targets</translation>
    </message>
    <message>
        <source>Không đọc được chỉ tiêu nào từ tệp.</source>
        <translation>No target could be read from the file.</translation>
    </message>
    <message>
        <source>Đọc được %1 chỉ tiêu của %2 dòng cho %3.</source>
        <translation>Read from the file for %3. Targets: %1; rows: %2.</translation>
    </message>
    <message>
        <source>Các dòng sau có lỗi và sẽ bị bỏ qua:</source>
        <translation>These rows have errors and will be skipped:</translation>
    </message>
    <message>
        <source>Ghi các chỉ tiêu này (thay số đang có)?</source>
        <translation>Save these targets (replacing current values)?</translation>
    </message>
    <message numerus="yes">
        <source>Đã nhập %1 chỉ tiêu từ tệp.</source>
        <translation>
            <numerusform>Imported %1 target from the file.</numerusform>
            <numerusform>Imported %1 targets from the file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Người dùng</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Thêm tài khoản</source>
        <translation>Add account</translation>
    </message>
    <message>
        <source>Thêm tài khoản mới (Ctrl+N)</source>
        <translation>Add a new account (Ctrl+N)</translation>
    </message>
    <message>
        <source>Sửa vai trò, họ tên…</source>
        <translation>Edit role, name…</translation>
    </message>
    <message>
        <source>Ngừng hoạt động</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Đặt lại mật khẩu</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Mở khoá</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Chỉ tài khoản quản trị được xem và quản lý người dùng.</source>
        <translation>Only administrator accounts can view and manage users.</translation>
    </message>
    <message>
        <source>Cho hoạt động lại</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>Cho tài khoản %1 hoạt động lại?</source>
        <translation>Reactivate account %1?</translation>
    </message>
    <message>
        <source>Ngừng tài khoản %1? Người này sẽ không đăng nhập được nữa; những gì họ đã làm vẫn giữ nguyên.</source>
        <translation>Deactivate account %1? This person will no longer be able to sign in; what they did is kept.</translation>
    </message>
    <message>
        <source>Đặt mật khẩu tạm mới cho %1? Mật khẩu cũ sẽ không dùng được nữa.</source>
        <translation>Set a new temporary password for %1? The old password will stop working.</translation>
    </message>
    <message>
        <source>Mật khẩu tạm của %1: %2
Hãy báo cho người dùng; họ phải đổi mật khẩu khi đăng nhập.</source>
        <translation>Temporary password for %1: %2
Tell the user; they must change it when they sign in.</translation>
    </message>
    <message>
        <source>Chưa làm được</source>
        <translation>Not done</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>Ngừng hoạt động</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Tạm khoá đến %1</source>
        <translation>Locked until %1</translation>
    </message>
    <message>
        <source>Chờ đổi mật khẩu</source>
        <translation>Password change pending</translation>
    </message>
    <message>
        <source>Đang hoạt động</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Đăng nhập lần cuối</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>Chưa đăng nhập</source>
        <translation>Never signed in</translation>
    </message>
</context>
</TS>
