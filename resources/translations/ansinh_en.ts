<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AgentsPage</name>
    <message>
        <location filename="../../desktop/views/agents/page.py" line="24" />
        <source>Đại lý thu &amp; chỉ tiêu</source>
        <translation>Agents &amp; targets</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/page.py" line="32" />
        <source>Đại &amp;lý thu</source>
        <translation>&amp;Agents</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/page.py" line="33" />
        <source>&amp;Chỉ tiêu</source>
        <translation>&amp;Targets</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/page.py" line="34" />
        <source>&amp;Tiến độ</source>
        <translation>&amp;Progress</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/page.py" line="35" />
        <source>&amp;Dân số các xã</source>
        <translation>Commune &amp;population</translation>
    </message>
</context>
<context>
    <name>AgentsTab</name>
    <message>
        <location filename="../../desktop/views/agents/agents_tab.py" line="65" />
        <source>Tìm theo tên hoặc mã số nhân viên thu…</source>
        <translation>Search by name or collector code…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/agents_tab.py" line="67" />
        <source>Chỉ người đang làm</source>
        <translation>Active only</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/agents_tab.py" line="76" />
        <source>&amp;Thêm đại lý</source>
        <translation>&amp;Add agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/agents_tab.py" line="88" />
        <location filename="../../desktop/views/agents/agents_tab.py" line="296" />
        <source>Đại lý thu mới</source>
        <translation>New agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/agents_tab.py" line="106" />
        <source>Chọn, hoặc gõ tên tổ chức mới</source>
        <translation>Choose, or type a new organisation name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/agents_tab.py" line="126" />
        <source>Mã số nhân viên thu (*)</source>
        <translation>Collector code (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/agents_tab.py" line="127" />
        <source>Họ và tên (*)</source>
        <translation>Full name (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/agents_tab.py" line="128" />
        <location filename="../../desktop/views/agents/agents_tab.py" line="266" />
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/agents_tab.py" line="129" />
        <source>Tổ chức dịch vụ thu</source>
        <translation>Collection organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/agents_tab.py" line="130" />
        <source>Bắt đầu làm từ ngày</source>
        <translation>Working since</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/agents_tab.py" line="131" />
        <source>Thôi làm từ ngày</source>
        <translation>Left on</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/agents_tab.py" line="132" />
        <source>Xã phụ trách (*)</source>
        <translation>Communes served (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/agents_tab.py" line="133" />
        <source>Thôn, buôn phụ trách</source>
        <translation>Villages served</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/agents_tab.py" line="134" />
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/agents_tab.py" line="148" />
        <source>&amp;Lưu</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/agents_tab.py" line="151" />
        <source>&amp;Huỷ</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/agents_tab.py" line="161" />
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/agents_tab.py" line="161" />
        <source>Nội dung tập huấn</source>
        <translation>Training topic</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/agents_tab.py" line="173" />
        <source>Nội dung, ví dụ: Sử dụng ứng dụng VssID</source>
        <translation>Topic, e.g. Using the VssID app</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/agents_tab.py" line="174" />
        <source>Thêm buổi tập huấn</source>
        <translation>Add training</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/agents_tab.py" line="176" />
        <source>Xoá dòng chọn</source>
        <translation>Delete selected row</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/agents_tab.py" line="186" />
        <location filename="../../desktop/views/agents/agents_tab.py" line="267" />
        <location filename="../../desktop/views/agents/agents_tab.py" line="425" />
        <location filename="../../desktop/views/agents/agents_tab.py" line="439" />
        <location filename="../../desktop/views/agents/agents_tab.py" line="444" />
        <source>Tập huấn</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/agents_tab.py" line="266" />
        <source>Mã</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/agents_tab.py" line="266" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/agents_tab.py" line="266" />
        <source>Tổ chức</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/agents_tab.py" line="267" />
        <source>Xã phụ trách</source>
        <translation>Communes served</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/agents_tab.py" line="267" />
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/agents_tab.py" line="275" />
        <source>Đang làm</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/agents_tab.py" line="275" />
        <source>Đã nghỉ</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/agents_tab.py" line="305" />
        <source>Đại lý thu</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/agents_tab.py" line="308" />
        <source>Sửa đại lý thu %1</source>
        <translation>Edit agent %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/agents_tab.py" line="343" />
        <source>Ngày bắt đầu</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/agents_tab.py" line="344" />
        <source>Ngày thôi làm</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/agents_tab.py" line="384" />
        <source>Lưu đại lý thu</source>
        <translation>Save agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/agents_tab.py" line="419" />
        <source>Ngày tập huấn</source>
        <translation>Training date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/agents_tab.py" line="439" />
        <source>Xoá buổi tập huấn đã chọn?</source>
        <translation>Delete the selected training?</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../desktop/views/sessions/attendance_dialog.py" line="70" />
        <source>Điểm danh — {caption}</source>
        <translation>Attendance — {caption}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/attendance_dialog.py" line="75" />
        <source>Lập danh sách mời</source>
        <translation>Build invitation list</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/attendance_dialog.py" line="77" />
        <source>Thêm người trong thôn, buôn chưa có thẻ BHYT hoặc thẻ sắp hết hạn</source>
        <translation>Add the village's people without a health insurance card or whose card is expiring</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/attendance_dialog.py" line="79" />
        <source>Nhập danh sách đã ký…</source>
        <translation>Import signed sheet…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/attendance_dialog.py" line="82" />
        <source>Quét CCCD tại cửa</source>
        <translation>Scan ID cards at the door</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/attendance_dialog.py" line="86" />
        <source>Bật chế độ điểm danh bằng máy quét mã QR trên CCCD (F9)</source>
        <translation>Turn on check-in with the ID card QR scanner (F9)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/attendance_dialog.py" line="103" />
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/attendance_dialog.py" line="103" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/attendance_dialog.py" line="103" />
        <source>Năm sinh</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/attendance_dialog.py" line="103" />
        <source>Số CCCD</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/attendance_dialog.py" line="104" />
        <source>Thôn, buôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/attendance_dialog.py" line="104" />
        <source>Thẻ BHYT</source>
        <translation>Health insurance card</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/attendance_dialog.py" line="104" />
        <source>Ghi nhận</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/attendance_dialog.py" line="114" />
        <location filename="../../desktop/views/sessions/attendance_dialog.py" line="235" />
        <source>Bỏ khỏi danh sách</source>
        <translation>Remove from list</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/attendance_dialog.py" line="121" />
        <source>Tìm người đến dự: họ tên hoặc số CCCD…</source>
        <translation>Find an attendee: name or ID number…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/attendance_dialog.py" line="127" />
        <source>Điểm danh người đã chọn</source>
        <translation>Check in the selected person</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/attendance_dialog.py" line="130" />
        <source>Người mới…</source>
        <translation>New person…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/attendance_dialog.py" line="133" />
        <source>Người đến dự chưa có trong danh sách</source>
        <translation>Attendees not on the list</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/attendance_dialog.py" line="157" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/attendance_dialog.py" line="180" />
        <source>Danh sách mời</source>
        <translation>Invitation list</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/attendance_dialog.py" line="180" />
        <source>Đến dự thêm</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/attendance_dialog.py" line="181" />
        <source>Quét CCCD</source>
        <translation>ID card scan</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/attendance_dialog.py" line="181" />
        <source>Nhập từ tệp</source>
        <translation>Imported from file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/attendance_dialog.py" line="197" />
        <source>Có mặt {attended}/{listed} người.</source>
        <translation>Present {attended}/{listed} people.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/attendance_dialog.py" line="200" />
        <source>Tiền hỗ trợ: {n} người × {each} = {total} (bằng chữ: {words}).</source>
        <translation>Support: {n} people × {each} = {total} (in words: {words}).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/attendance_dialog.py" line="217" />
        <source>Không lưu được</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/attendance_dialog.py" line="224" />
        <source>Không lập được danh sách</source>
        <translation>Could not build the list</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/attendance_dialog.py" line="227" />
        <source>Đã thêm {n} người vào danh sách mời.</source>
        <translation>Added {n} people to the invitation list.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/attendance_dialog.py" line="234" />
        <source>Bỏ {name} khỏi danh sách của buổi này?</source>
        <translation>Remove {name} from this session's list?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/attendance_dialog.py" line="251" />
        <source>Không tìm thấy; bấm “Người mới…” để thêm.</source>
        <translation>Not found; click "New person…" to add them.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/attendance_dialog.py" line="281" />
        <source>Đang chờ quét CCCD… Đưa mã QR trên thẻ vào máy quét.</source>
        <translation>Waiting for an ID card scan… Hold the card's QR code to the scanner.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/attendance_dialog.py" line="305" />
        <source>Đã điểm danh trước đó: {name}</source>
        <translation>Already checked in: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/attendance_dialog.py" line="307" />
        <source>Đã điểm danh: {name}</source>
        <translation>Checked in: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/attendance_dialog.py" line="325" />
        <source>Chọn danh sách đã ký</source>
        <translation>Choose the signed sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/attendance_dialog.py" line="326" />
        <source>Bảng tính (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/attendance_dialog.py" line="332" />
        <source>Không nhập được danh sách</source>
        <translation>Could not import the sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/attendance_dialog.py" line="335" />
        <source>Đã đọc {rows} dòng: {present} người có mặt ({added} người thêm mới vào danh sách), {already} người đã điểm danh trước đó, {absent} dòng không đánh dấu.</source>
        <translation>Read {rows} rows: {present} present ({added} newly added to the list), {already} already checked in, {absent} rows not marked.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/attendance_dialog.py" line="342" />
        <source>Các dòng không tìm thấy người (hãy điểm danh bằng tay):</source>
        <translation>Rows that matched nobody (check them in by hand):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/attendance_dialog.py" line="343" />
        <source>Dòng {row}: {text} — {reason}</source>
        <translation>Row {row}: {text} — {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/attendance_dialog.py" line="347" />
        <source>Nhập danh sách đã ký</source>
        <translation>Import signed sheet</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../desktop/views/audit/page.py" line="103" />
        <source>Nhật ký thao tác</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/page.py" line="111" />
        <source>Mọi người dùng</source>
        <translation>All users</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/page.py" line="112" />
        <source>Mọi loại dữ liệu</source>
        <translation>All record types</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/page.py" line="113" />
        <source>Mọi thao tác</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/page.py" line="116" />
        <source>Tìm trong tóm tắt (tên người, tên tệp…)</source>
        <translation>Search the summary (person's name, file name…)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/page.py" line="120" />
        <source>Mã</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/page.py" line="121" />
        <source>Mã của đối tượng (số hồ sơ, số hộ…)</source>
        <translation>ID of the record (person number, household number…)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/page.py" line="125" />
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/page.py" line="127" />
        <source>Xuất các mục đang lọc ra tệp .xlsx (việc xuất cũng được ghi nhật ký)</source>
        <translation>Export the filtered entries to an .xlsx file (the export is itself logged)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/page.py" line="133" />
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/page.py" line="135" />
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/page.py" line="156" />
        <source>Xem thêm</source>
        <translation>Show more</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/page.py" line="158" />
        <source>Đọc thêm {n} mục cũ hơn</source>
        <translation>Load {n} older entries</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/page.py" line="170" />
        <source>Thông tin</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/page.py" line="170" />
        <source>Trước</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/page.py" line="170" />
        <source>Sau</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/page.py" line="280" />
        <source>Đang đọc nhật ký…</source>
        <translation>Reading the log…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/page.py" line="306" />
        <source>Đang hiện {n} mục mới nhất; bấm “Xem thêm” để đọc tiếp.</source>
        <translation>Showing the {n} newest entries; click “Show more” to read on.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/page.py" line="308" />
        <source>Có {n} mục.</source>
        <translation>{n} entries.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/page.py" line="310" />
        <source>Không có mục nào khớp bộ lọc.</source>
        <translation>No entries match the filter.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/page.py" line="316" />
        <source>Không đọc được nhật ký: {error}</source>
        <translation>Could not read the log: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/page.py" line="328" />
        <source>Chọn một dòng để xem các thông tin đã thay đổi.</source>
        <translation>Select a row to see what changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/page.py" line="334" />
        <source>Thao tác này không ghi thay đổi của từng thông tin.</source>
        <translation>This action did not record field-by-field changes.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/page.py" line="347" />
        <source>Xuất nhật ký thao tác</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/page.py" line="348" />
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/page.py" line="355" />
        <source>Đang xuất…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/page.py" line="359" />
        <source>Đã xuất</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/page.py" line="360" />
        <source>Đã xuất {n} mục nhật ký ra tệp {file}.</source>
        <translation>Exported {n} log entries to {file}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/page.py" line="368" />
        <source>Không xuất được</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../desktop/views/audit/page.py" line="52" />
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/page.py" line="53" />
        <source>Người dùng</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/page.py" line="54" />
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/page.py" line="55" />
        <source>Đối tượng</source>
        <translation>Record type</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/page.py" line="56" />
        <source>Mã</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/page.py" line="57" />
        <source>Tóm tắt</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <location filename="../../desktop/views/backup_panel.py" line="76" />
        <location filename="../../desktop/views/backup_panel.py" line="209" />
        <source>Sao lưu dữ liệu</source>
        <translation>Data backup</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_panel.py" line="83" />
        <source>Thư mục chứa các bản sao lưu</source>
        <translation>Folder holding the backups</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_panel.py" line="85" />
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_panel.py" line="93" />
        <source> bản mới nhất</source>
        <translation> newest copies</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_panel.py" line="104" />
        <source>Sao lưu ngay</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_panel.py" line="107" />
        <source>Khôi phục từ bản sao lưu…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_panel.py" line="118" />
        <source>Thư mục sao lưu:</source>
        <translation>Backup folder:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_panel.py" line="119" />
        <source>Giữ lại:</source>
        <translation>Keep:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_panel.py" line="120" />
        <source>Lần gần nhất:</source>
        <translation>Last backup:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_panel.py" line="131" />
        <source>Không áp dụng</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_panel.py" line="151" />
        <source>Hãy chọn thư mục sao lưu.</source>
        <translation>Choose a backup folder.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_panel.py" line="153" />
        <source>Đường dẫn này là một tệp, không phải thư mục.</source>
        <translation>This path is a file, not a folder.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_panel.py" line="167" />
        <source>Chưa lưu được cài đặt sao lưu: %1</source>
        <translation>Could not save the backup settings: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_panel.py" line="172" />
        <source>Chọn thư mục sao lưu</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_panel.py" line="183" />
        <source>Chưa có bản sao lưu nào trong thư mục này</source>
        <translation>No backup in this folder yet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_panel.py" line="195" />
        <source>Đang sao lưu…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_panel.py" line="203" />
        <source>Đã sao lưu vào %1 (%2 KB).</source>
        <translation>Backed up to %1 (%2 KB).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_panel.py" line="213" />
        <source>Lỗi không mong đợi: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_panel.py" line="228" />
        <source>Chọn bản sao lưu để khôi phục</source>
        <translation>Choose the backup to restore</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_panel.py" line="229" />
        <source>Bản sao lưu An Sinh Desk (*.db);;Mọi tệp (*)</source>
        <translation>An Sinh Desk backups (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_panel.py" line="233" />
        <source>Đang kiểm tra bản sao lưu…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_panel.py" line="239" />
        <source>Khôi phục dữ liệu từ %1 (%2 người)?

Toàn bộ dữ liệu hiện tại sẽ được thay bằng bản sao lưu này; dữ liệu hiện tại được giữ lại thành một bản an toàn bên cạnh tệp cơ sở dữ liệu.
Hãy đóng An Sinh Desk ở các máy khác dùng chung tệp này. Sau khi khôi phục, ứng dụng sẽ đóng.</source>
        <translation>Restore the data from %1 (%2 persons)?

All current data will be replaced by this backup; the current data is kept as a safety copy next to the database file.
Close An Sinh Desk on the other computers sharing this file. After the restore the application will close.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_panel.py" line="244" />
        <location filename="../../desktop/views/backup_panel.py" line="259" />
        <location filename="../../desktop/views/backup_panel.py" line="267" />
        <source>Khôi phục dữ liệu</source>
        <translation>Restore data</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_panel.py" line="246" />
        <source>Đã huỷ khôi phục, không thay đổi gì.</source>
        <translation>Restore cancelled, nothing changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_panel.py" line="250" />
        <source>Đang khôi phục…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_panel.py" line="257" />
        <source>
Bản an toàn của dữ liệu trước khi khôi phục: %1</source>
        <translation>
Safety copy of the data before the restore: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_panel.py" line="260" />
        <source>Đã khôi phục %1 người từ %2.%3

Ứng dụng sẽ đóng; hãy mở lại An Sinh Desk để làm việc tiếp.</source>
        <translation>Restored %1 persons from %2.%3

The application will close; open An Sinh Desk again to continue.</translation>
    </message>
</context>
<context>
    <name>BatchHistory</name>
    <message>
        <location filename="../../desktop/views/imports/history.py" line="30" />
        <source>Các lần nhập trước</source>
        <translation>Previous imports</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/history.py" line="35" />
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/history.py" line="35" />
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/history.py" line="35" />
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/history.py" line="35" />
        <source>Người nhập</source>
        <translation>Imported by</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/history.py" line="35" />
        <source>Mới</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/history.py" line="36" />
        <source>Cập nhật</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/history.py" line="36" />
        <source>Không đổi</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/history.py" line="36" />
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/history.py" line="36" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/history.py" line="46" />
        <source>Hoàn tác lần nhập</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/history.py" line="49" />
        <source>Xoá những người, lượt tham gia và thôn, buôn do lần nhập này tạo, đưa những người đã được cập nhật về như trước khi nhập.</source>
        <translation>Deletes the persons, enrollments and villages this import created and restores the persons it updated.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/history.py" line="65" />
        <source>Đã hoàn tác</source>
        <translation>Undone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/history.py" line="65" />
        <source>Đã ghi</source>
        <translation>Written</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../desktop/views/accounts/change_password_dialog.py" line="23" />
        <source>Đổi mật khẩu — %1</source>
        <translation>Change password — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/change_password_dialog.py" line="26" />
        <source>Mật khẩu của bạn do người quản trị đặt tạm. Hãy đặt mật khẩu riêng trước khi bắt đầu làm việc.</source>
        <translation>Your password was set temporarily by an administrator. Choose your own password before you start work.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/change_password_dialog.py" line="28" />
        <source>Mật khẩu mới cần ít nhất %1 ký tự và không trùng tên đăng nhập.</source>
        <translation>The new password needs at least %1 characters and must differ from the user name.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/change_password_dialog.py" line="39" />
        <source>Mật khẩu hiện tại:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/change_password_dialog.py" line="40" />
        <source>Mật khẩu mới:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/change_password_dialog.py" line="41" />
        <source>Nhập lại mật khẩu mới:</source>
        <translation>Repeat the new password:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/change_password_dialog.py" line="44" />
        <location filename="../../desktop/views/accounts/change_password_dialog.py" line="72" />
        <source>Đổi mật khẩu</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/change_password_dialog.py" line="46" />
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/change_password_dialog.py" line="46" />
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/change_password_dialog.py" line="60" />
        <source>Mật khẩu nhập lại không khớp.</source>
        <translation>The repeated password does not match.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/change_password_dialog.py" line="70" />
        <source>Chưa đổi được mật khẩu</source>
        <translation>Password not changed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/change_password_dialog.py" line="72" />
        <source>Đã đổi mật khẩu.</source>
        <translation>Password changed.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../desktop/views/charts.py" line="400" />
        <source>Lưu ảnh…</source>
        <translation>Save image…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/charts.py" line="402" />
        <source>Lưu biểu đồ thành tệp ảnh PNG</source>
        <translation>Save the chart as a PNG image</translation>
    </message>
    <message>
        <location filename="../../desktop/views/charts.py" line="415" />
        <location filename="../../desktop/views/charts.py" line="421" />
        <source>Lưu biểu đồ</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <location filename="../../desktop/views/charts.py" line="415" />
        <source>Ảnh PNG (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/charts.py" line="421" />
        <source>Không ghi được tệp ảnh. Hãy chọn thư mục khác.</source>
        <translation>Could not write the image file. Choose another folder.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/views/dashboard/page.py" line="108" />
        <location filename="../../desktop/views/dashboard/page.py" line="218" />
        <source>Tổng quan</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/page.py" line="112" />
        <location filename="../../desktop/views/dashboard/page.py" line="223" />
        <source>Toàn đơn vị</source>
        <translation>Whole office</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/page.py" line="114" />
        <source>&amp;Phạm vi:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/page.py" line="116" />
        <source>&amp;Làm mới</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/page.py" line="131" />
        <source>Tỷ lệ bao phủ BHYT</source>
        <translation>HI coverage rate</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/page.py" line="132" />
        <source>Tham gia BHXH tự nguyện</source>
        <translation>Voluntary SI participants</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/page.py" line="133" />
        <source>Phát triển mới trong tháng</source>
        <translation>New this month</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/page.py" line="134" />
        <source>Thẻ BHYT hết hạn trong 30 ngày</source>
        <translation>HI cards expiring within 30 days</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/page.py" line="135" />
        <source>Hội nghị, tuyên truyền trong tháng</source>
        <translation>Outreach sessions this month</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/page.py" line="191" />
        <source>Đang tính số liệu…</source>
        <translation>Calculating figures…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/page.py" line="212" />
        <source>Số liệu đến ngày %1</source>
        <translation>Figures as of %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/page.py" line="217" />
        <source>Không tính được số liệu.</source>
        <translation>Could not compute the figures.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/page.py" line="218" />
        <source>Không tính được số liệu tổng quan: %1</source>
        <translation>Could not compute the overview: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/page.py" line="267" />
        <source>%1 người có thẻ / %2 dân số; chỉ tiêu %3</source>
        <translation>%1 card holders / population %2; target %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/page.py" line="269" />
        <source>chưa giao</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/page.py" line="272" />
        <source>Chưa nhập dân số của xã cho năm nay.</source>
        <translation>Commune population for this year not entered.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/page.py" line="276" />
        <source>Kế hoạch %1 người (đạt %2); %3 số người trong độ tuổi lao động</source>
        <translation>Plan %1 people (%2 reached); %3 of the working-age population</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/page.py" line="279" />
        <source>Chưa có kế hoạch; %1 số người trong độ tuổi lao động</source>
        <translation>No plan yet; %1 of the working-age population</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/page.py" line="283" />
        <source>Cần nhắc gia hạn trước ngày %1</source>
        <translation>Remind to renew before %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/page.py" line="290" />
        <source>Tỷ lệ bao phủ BHYT theo xã so với chỉ tiêu năm %1</source>
        <translation>HI coverage by commune against the %1 target</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/page.py" line="291" />
        <source>Tỷ lệ bao phủ</source>
        <translation>Coverage rate</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/page.py" line="293" />
        <source>Chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/page.py" line="294" />
        <location filename="../../desktop/views/dashboard/page.py" line="300" />
        <location filename="../../desktop/views/dashboard/page.py" line="304" />
        <location filename="../../desktop/views/dashboard/page.py" line="316" />
        <location filename="../../desktop/views/dashboard/page.py" line="331" />
        <source>Chưa có số liệu.</source>
        <translation>No data yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/page.py" line="296" />
        <source>Người tham gia BHXH tự nguyện so với kế hoạch</source>
        <translation>Voluntary SI participants against plan</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/page.py" line="297" />
        <source>Đang tham gia</source>
        <translation>Participating</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/page.py" line="298" />
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/page.py" line="302" />
        <source>Thẻ BHYT hết hạn trong 30 ngày tới</source>
        <translation>HI cards expiring in the next 30 days</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/page.py" line="303" />
        <source>Số thẻ</source>
        <translation>Cards</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/page.py" line="310" />
        <source>Tháng trước: %1 người (chưa tính tái tục)</source>
        <translation>Last month: %1 people (renewals excluded)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/page.py" line="313" />
        <source>Người tham gia mới theo tháng, 12 tháng gần nhất — %1</source>
        <translation>New participants per month, last 12 months — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/page.py" line="315" />
        <source>Tham gia mới</source>
        <translation>New participants</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/page.py" line="323" />
        <source>%1 người dự, %2 người tham gia sau hội nghị</source>
        <translation>%1 attendees, %2 enrolled afterwards</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/page.py" line="327" />
        <source>Hội nghị trong tháng %1 và kết quả</source>
        <translation>Sessions in %1 and their results</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/page.py" line="328" />
        <source>%1 (%2 buổi)</source>
        <translation>%1 (%2 sessions)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/page.py" line="329" />
        <source>Người dự</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/page.py" line="330" />
        <source>Tham gia sau hội nghị</source>
        <translation>Enrolled afterwards</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsPanel</name>
    <message>
        <location filename="../../desktop/views/database_settings.py" line="61" />
        <source>Cơ sở dữ liệu của máy này</source>
        <translation>This computer's database</translation>
    </message>
    <message>
        <location filename="../../desktop/views/database_settings.py" line="66" />
        <source>Đang dùng: %1</source>
        <translation>In use: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/database_settings.py" line="70" />
        <source>Máy này (tệp SQLite)</source>
        <translation>This computer (SQLite file)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/database_settings.py" line="71" />
        <source>Máy chủ dùng chung (PostgreSQL)</source>
        <translation>Shared server (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/database_settings.py" line="77" />
        <source>Đường dẫn tệp .db</source>
        <translation>Path of the .db file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/database_settings.py" line="78" />
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/database_settings.py" line="86" />
        <source>Tên hoặc địa chỉ IP, ví dụ 192.168.1.10</source>
        <translation>Name or IP address, e.g. 192.168.1.10</translation>
    </message>
    <message>
        <location filename="../../desktop/views/database_settings.py" line="99" />
        <source>Máy chủ:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/database_settings.py" line="100" />
        <source>Cổng:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/database_settings.py" line="101" />
        <source>Tên cơ sở dữ liệu:</source>
        <translation>Database name:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/database_settings.py" line="102" />
        <source>Người dùng:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/database_settings.py" line="103" />
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/database_settings.py" line="105" />
        <source>Kiểm tra kết nối</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../desktop/views/database_settings.py" line="107" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/views/database_settings.py" line="116" />
        <source>Thay đổi có hiệu lực từ lần khởi động sau.</source>
        <translation>Changes take effect at the next start.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/database_settings.py" line="162" />
        <source>Hãy chọn hoặc nhập đường dẫn tệp cơ sở dữ liệu.</source>
        <translation>Choose or type the path of the database file.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/database_settings.py" line="164" />
        <source>Hãy nhập tên hoặc địa chỉ máy chủ.</source>
        <translation>Enter the server's name or address.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/database_settings.py" line="166" />
        <source>Hãy nhập tên cơ sở dữ liệu.</source>
        <translation>Enter the database name.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/database_settings.py" line="168" />
        <source>Hãy nhập tên người dùng.</source>
        <translation>Enter the user name.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/database_settings.py" line="189" />
        <source>Chọn tệp cơ sở dữ liệu</source>
        <translation>Choose the database file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/database_settings.py" line="190" />
        <source>Cơ sở dữ liệu SQLite (*.db *.sqlite *.sqlite3);;Mọi tệp (*)</source>
        <translation>SQLite database (*.db *.sqlite *.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/database_settings.py" line="205" />
        <source>Đang kiểm tra kết nối…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/database_settings.py" line="212" />
        <source>Không kiểm tra được: %1</source>
        <translation>Could not test: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/database_settings.py" line="224" />
        <source>Kết nối được. Cơ sở dữ liệu phiên bản lược đồ %1, đơn vị: %3.</source>
        <translation>Connected. Database schema version %1, office: %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/database_settings.py" line="225" />
        <source>Kết nối được. Cơ sở dữ liệu phiên bản lược đồ %1, chưa khai báo đơn vị: lần khởi động sau sẽ mở bước khai báo đơn vị.</source>
        <translation>Connected. Database schema version %1, no office set up yet: the next start will open the office setup.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/database_settings.py" line="226" />
        <source>Kết nối được. Lược đồ phiên bản %1 cũ hơn phiên bản phần mềm cần (%2): sẽ được nâng cấp tự động khi khởi động.</source>
        <translation>Connected. Schema version %1 is older than this program needs (%2): it will be upgraded automatically at start.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/database_settings.py" line="227" />
        <source>Kết nối được, nhưng lược đồ phiên bản %1 mới hơn phần mềm trên máy này (%2). Hãy cập nhật An Sinh Desk trên máy này trước.</source>
        <translation>Connected, but schema version %1 is newer than the program on this computer (%2). Update An Sinh Desk on this computer first.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/database_settings.py" line="228" />
        <source>Kết nối được. Cơ sở dữ liệu còn trống: lần khởi động sau sẽ tạo lược đồ và mở bước khai báo đơn vị.</source>
        <translation>Connected. The database is empty: the next start will create the schema and open the office setup.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/database_settings.py" line="229" />
        <source>Tệp chưa có: lần khởi động sau sẽ tạo cơ sở dữ liệu mới tại đây và mở bước khai báo đơn vị.</source>
        <translation>The file does not exist yet: the next start will create a new database here and open the office setup.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/database_settings.py" line="230" />
        <source>Kết nối được, nhưng cơ sở dữ liệu này chứa bảng của chương trình khác, không phải của An Sinh Desk. Hãy chọn cơ sở dữ liệu khác.</source>
        <translation>Connected, but this database holds another program's tables, not An Sinh Desk's. Choose another database.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/database_settings.py" line="231" />
        <source>Không kết nối được: sai tên người dùng hoặc mật khẩu.</source>
        <translation>Could not connect: wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/database_settings.py" line="232" />
        <source>Không kết nối được tới máy chủ %4, cổng %5: máy chủ không trả lời hoặc sai địa chỉ. Hãy kiểm tra mạng, địa chỉ và cổng.</source>
        <translation>Could not reach server %4, port %5: the server does not answer or the address is wrong. Check the network, the address and the port.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/database_settings.py" line="233" />
        <source>Không kết nối được: máy chủ không có cơ sở dữ liệu “%6”. Hãy kiểm tra tên hoặc nhờ quản trị viên tạo cơ sở dữ liệu.</source>
        <translation>Could not connect: the server has no database “%6”. Check the name or ask the administrator to create the database.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/database_settings.py" line="234" />
        <source>Tệp này không phải cơ sở dữ liệu SQLite. Hãy chọn tệp khác.</source>
        <translation>This file is not a SQLite database. Choose another file.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/database_settings.py" line="235" />
        <source>Không kết nối được: %7</source>
        <translation>Could not connect: %7</translation>
    </message>
    <message>
        <location filename="../../desktop/views/database_settings.py" line="251" />
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../desktop/views/database_settings.py" line="252" />
        <source>Không ghi được tệp cài đặt: %1</source>
        <translation>Could not write the settings file: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/database_settings.py" line="254" />
        <source>Đã lưu. Máy này sẽ dùng cơ sở dữ liệu %1 từ lần khởi động sau.</source>
        <translation>Saved. This computer will use the database %1 from the next start.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/database_settings.py" line="257" />
        <source>Lưu ý: biến môi trường %1 đang được đặt và được ưu tiên hơn lựa chọn này.</source>
        <translation>Note: the environment variable %1 is set and takes precedence over this choice.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/database_settings.py" line="259" />
        <source>Đã lưu</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>EditAccountDialog</name>
    <message>
        <location filename="../../desktop/views/accounts/account_dialog.py" line="74" />
        <source>Sửa tài khoản %1</source>
        <translation>Edit account %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/account_dialog.py" line="83" />
        <source>Được đăng nhập (đang hoạt động)</source>
        <translation>May sign in (active)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/account_dialog.py" line="88" />
        <source>Tên đăng nhập:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/account_dialog.py" line="89" />
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/account_dialog.py" line="90" />
        <source>Vai trò:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/account_dialog.py" line="92" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/account_dialog.py" line="92" />
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/account_dialog.py" line="109" />
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>EnrollmentDialog</name>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="123" />
        <source>Loại hình</source>
        <translation>Schemes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="123" />
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="123" />
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="123" />
        <source>Số tháng</source>
        <translation>Months</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="124" />
        <source>Thứ tự trong hộ</source>
        <translation>Household rank</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="124" />
        <source>Phải đóng</source>
        <translation>Amount due</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="124" />
        <source>Người tham gia nộp</source>
        <translation>Paid by participant</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="124" />
        <source>NSNN hỗ trợ</source>
        <translation>State support</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="125" />
        <source>NSĐP hỗ trợ</source>
        <translation>Local budget support</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="125" />
        <source>Số biên lai</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="125" />
        <source>Ngày biên lai</source>
        <translation>Receipt date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="125" />
        <source>Nhân viên thu</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="126" />
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="139" />
        <source>&amp;Tham gia mới</source>
        <translation>&amp;New enrollment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="140" />
        <source>&amp;Gia hạn</source>
        <translation>&amp;Renew</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="141" />
        <source>&amp;Dừng tham gia</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="147" />
        <source>Thao tác:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="160" />
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="386" />
        <source>Ghi nhận</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="165" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="173" />
        <source>Quá trình tham gia</source>
        <translation>Enrollment history</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="212" />
        <source>ví dụ 1.500.000</source>
        <translation>e.g. 1.500.000</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="218" />
        <source>— Chưa chọn —</source>
        <translation>— Not chosen —</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="223" />
        <source>— Không —</source>
        <translation>— None —</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="242" />
        <source>Loại hình:</source>
        <translation>Scheme:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="243" />
        <source>Ngày biên lai:</source>
        <translation>Receipt date:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="244" />
        <source>Số tháng đóng:</source>
        <translation>Months paid:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="245" />
        <source>Mức thu nhập lựa chọn:</source>
        <translation>Chosen income:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="247" />
        <source>Số biên lai:</source>
        <translation>Receipt number:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="248" />
        <source>Nhân viên thu:</source>
        <translation>Collection agent:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="249" />
        <source>Buổi tuyên truyền:</source>
        <translation>Outreach session:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="250" />
        <source>Nguồn đóng:</source>
        <translation>Funding source:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="255" />
        <source>Thời hạn:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="255" />
        <source>Thứ tự trong hộ:</source>
        <translation>Household rank:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="256" />
        <source>Mức đóng/tháng:</source>
        <translation>Monthly amount:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="256" />
        <source>Số tiền phải đóng:</source>
        <translation>Amount due:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="257" />
        <source>NSNN hỗ trợ:</source>
        <translation>State support:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="257" />
        <source>NSĐP hỗ trợ:</source>
        <translation>Local budget support:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="258" />
        <source>Người tham gia nộp:</source>
        <translation>Paid by participant:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="277" />
        <source>Số tiền và thời hạn</source>
        <translation>Amounts and period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="304" />
        <source>Ví dụ: chuyển sang tham gia BHYT theo nơi làm việc</source>
        <translation>E.g. moved to HI through an employer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="306" />
        <source>Lượt tham gia:</source>
        <translation>Enrollment:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="307" />
        <source>Tham gia đến hết ngày:</source>
        <translation>Covered until the end of:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="308" />
        <source>Lý do dừng:</source>
        <translation>Reason for stopping:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="319" />
        <source>Không mở được hồ sơ</source>
        <translation>Cannot open the record</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="323" />
        <source>Quá trình tham gia — {name}</source>
        <translation>Enrollment history — {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="326" />
        <source>sinh năm {year}</source>
        <translation>born {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="327" />
        <source>Đối tượng: {category}</source>
        <translation>Category: {category}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="330" />
        <source>Mã hộ: {code}</source>
        <translation>Household: {code}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="333" />
        <source>{scheme}: thẻ hạn đến {date}</source>
        <translation>{scheme}: card valid until {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="337" />
        <source>BHXH tự nguyện: đã đóng đến {date}</source>
        <translation>Voluntary SI: paid until {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="340" />
        <source>Chưa có lượt tham gia nào.</source>
        <translation>No enrollments yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="360" />
        <source> (gia hạn)</source>
        <translation> (renewal)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="386" />
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="572" />
        <source>Dừng tham gia</source>
        <translation>Stop enrollment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="397" />
        <source>{n} tháng</source>
        <translation>{n} months</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="476" />
        <source>Từ {low} đến {high} mỗi tháng.</source>
        <translation>From {low} to {high} per month.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="488" />
        <source>từ {start} đến {end}</source>
        <translation>from {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="496" />
        <source>Bằng chữ: {words}.</source>
        <translation>In words: {words}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="499" />
        <source>Tham gia lần đầu hoặc gián đoạn từ 3 tháng trở lên: thẻ có giá trị sau {days} ngày kể từ ngày đóng.</source>
        <translation>First enrollment or a gap of 3 months or more: the card is valid {days} days after payment.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="502" />
        <source>Nối tiếp thời hạn cũ (hết ngày {date}).</source>
        <translation>Continues the previous period (ended {date}).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="507" />
        <source>Chỉ {n} tháng được NSNN hỗ trợ (tối đa 120 tháng).</source>
        <translation>Only {n} months get state support (120 months at most).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="514" />
        <source>Hãy chọn một lượt tham gia còn hiệu lực trong bảng trên.</source>
        <translation>Select an active enrollment in the table above.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="516" />
        <source>{scheme}, từ {start} đến {end} ({status})</source>
        <translation>{scheme}, from {start} to {end} ({status})</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="546" />
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="549" />
        <source>Chưa ghi nhận được</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="556" />
        <source>Đã ghi nhận: {scheme} từ {start} đến {end}, nộp {amount}.</source>
        <translation>Recorded: {scheme} from {start} to {end}, paid {amount}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="566" />
        <source>Hãy chọn một lượt tham gia còn hiệu lực.</source>
        <translation>Select an active enrollment.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="569" />
        <source>Dừng {scheme} của {name}? Thẻ còn giá trị đến hết ngày {date}.</source>
        <translation>Stop {scheme} for {name}? Covered until the end of {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="580" />
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="584" />
        <source>Chưa dừng được</source>
        <translation>Not stopped</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/enrollment_dialog.py" line="590" />
        <source>Đã dừng tham gia.</source>
        <translation>Enrollment stopped.</translation>
    </message>
</context>
<context>
    <name>ExpiringModel</name>
    <message>
        <location filename="../../desktop/views/participants/expiring_page.py" line="59" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/expiring_page.py" line="60" />
        <source>Ngày sinh</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/expiring_page.py" line="61" />
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/expiring_page.py" line="62" />
        <source>Mã hộ</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/expiring_page.py" line="63" />
        <source>Loại hình</source>
        <translation>Schemes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/expiring_page.py" line="64" />
        <source>Hạn thẻ / đóng đến</source>
        <translation>Card expiry / paid until</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/expiring_page.py" line="65" />
        <source>Còn lại</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/expiring_page.py" line="73" />
        <source>Còn {n} ngày</source>
        <translation>{n} days left</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/expiring_page.py" line="75" />
        <source>Hết hạn hôm nay</source>
        <translation>Expires today</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/expiring_page.py" line="76" />
        <source>Quá hạn {n} ngày</source>
        <translation>{n} days overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/expiring_page.py" line="80" />
        <source>{due} sắp hết hạn, {lapsed} đã hết hạn</source>
        <translation>{due} due soon, {lapsed} lapsed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/expiring_page.py" line="173" />
        <source>Chưa có nhân viên thu phụ trách</source>
        <translation>No agent assigned</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/expiring_page.py" line="182" />
        <source>Chưa rõ thôn, buôn</source>
        <translation>Village unknown</translation>
    </message>
</context>
<context>
    <name>ExpiringPage</name>
    <message>
        <location filename="../../desktop/views/participants/expiring_page.py" line="208" />
        <source>Danh sách cần gia hạn</source>
        <translation>Renewals due</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/expiring_page.py" line="214" />
        <source> ngày tới</source>
        <translation> days ahead</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/expiring_page.py" line="219" />
        <source> ngày qua</source>
        <translation> days back</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/expiring_page.py" line="221" />
        <source>Mọi nhân viên thu</source>
        <translation>All agents</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/expiring_page.py" line="225" />
        <source>Mọi xã</source>
        <translation>All communes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/expiring_page.py" line="230" />
        <source>BHYT hộ gia đình và BHXH tự nguyện</source>
        <translation>Household HI and voluntary SI</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/expiring_page.py" line="233" />
        <source>Mọi loại hình</source>
        <translation>All schemes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/expiring_page.py" line="234" />
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/expiring_page.py" line="237" />
        <source>Gia hạn…</source>
        <translation>Renew…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/expiring_page.py" line="242" />
        <source>Sắp hết hạn trong</source>
        <translation>Expiring within</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/expiring_page.py" line="244" />
        <source>hoặc đã hết hạn trong</source>
        <translation>or lapsed within</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/expiring_page.py" line="262" />
        <source>Gia hạn</source>
        <translation>Renew</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/expiring_page.py" line="294" />
        <source>Đang tải…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/expiring_page.py" line="315" />
        <source>Sắp hết hạn: {due} — Đã hết hạn: {lapsed} — Nhấn đúp vào một người để gia hạn.</source>
        <translation>Due soon: {due} — Lapsed: {lapsed} — Double-click a person to renew.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/expiring_page.py" line="322" />
        <source>Không truy vấn được cơ sở dữ liệu: {error}</source>
        <translation>The database query failed: {error}</translation>
    </message>
</context>
<context>
    <name>FiguresTab</name>
    <message>
        <location filename="../../desktop/views/agents/figures_tab.py" line="58" />
        <source>&amp;Năm:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/figures_tab.py" line="65" />
        <source>&amp;Lưu số liệu dân số</source>
        <translation>&amp;Save population figures</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/figures_tab.py" line="74" />
        <source>Dân số dùng để tính tỷ lệ bao phủ BHYT; dân số trong độ tuổi lao động dùng để tính tỷ lệ tham gia BHXH tự nguyện.</source>
        <translation>Population is the basis of the HI coverage rate; working-age population is the basis of the voluntary SI participation rate.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/figures_tab.py" line="93" />
        <source>Xã, phường</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/figures_tab.py" line="93" />
        <source>Dân số</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/figures_tab.py" line="94" />
        <source>Dân số trong độ tuổi lao động</source>
        <translation>Working-age population</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/figures_tab.py" line="133" />
        <source>Lưu số liệu dân số</source>
        <translation>Save population figures</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/figures_tab.py" line="137" />
        <source>Đã lưu số liệu của %1 xã.</source>
        <translation>Saved the figures of %1 communes.</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../desktop/views/accounts/first_admin_dialog.py" line="24" />
        <source>Tạo tài khoản quản trị — An Sinh Desk</source>
        <translation>Create the administrator account — An Sinh Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/first_admin_dialog.py" line="27" />
        <source>Từ phiên bản này, mỗi người dùng đăng nhập bằng tài khoản riêng. Cơ sở dữ liệu này chưa có tài khoản nào: hãy tạo tài khoản quản trị. Người quản trị sẽ tạo tài khoản cho các cán bộ khác trong mục Người dùng.</source>
        <translation>From this version on, every user signs in with their own account. This database has no account yet: create the administrator account. The administrator will create accounts for the other staff under Users.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/first_admin_dialog.py" line="33" />
        <source>Tạo tài khoản và bắt đầu</source>
        <translation>Create the account and start</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/first_admin_dialog.py" line="33" />
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/first_admin_dialog.py" line="50" />
        <source>Chưa tạo được tài khoản</source>
        <translation>Account not created</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../../desktop/views/households/dialog.py" line="79" />
        <source>— Chọn thôn, buôn —</source>
        <translation>— Choose village —</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/dialog.py" line="85" />
        <source>Dòng họ (buôn Ê Đê, M'nông) hoặc tổ, nhóm hộ</source>
        <translation>Clan (Ê Đê, M'nông villages) or household group</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/dialog.py" line="88" />
        <source>Lưu thông tin hộ</source>
        <translation>Save household details</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/dialog.py" line="92" />
        <source>Mã hộ:</source>
        <translation>Household code:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/dialog.py" line="93" />
        <source>Thôn, buôn:</source>
        <translation>Village:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/dialog.py" line="94" />
        <source>Chủ hộ:</source>
        <translation>Head of household:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/dialog.py" line="95" />
        <source>Dòng họ / tổ:</source>
        <translation>Clan / group:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/dialog.py" line="96" />
        <source>Địa chỉ:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/dialog.py" line="107" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/dialog.py" line="107" />
        <source>Ngày sinh</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/dialog.py" line="107" />
        <source>Quan hệ với chủ hộ</source>
        <translation>Relationship to head</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/dialog.py" line="107" />
        <source>Đối tượng</source>
        <translation>Record type</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/dialog.py" line="108" />
        <source>Loại hình BHYT</source>
        <translation>HI scheme</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/dialog.py" line="108" />
        <source>Hạn thẻ BHYT</source>
        <translation>HI card until</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/dialog.py" line="108" />
        <source>NSNN đóng</source>
        <translation>Paid by the state</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/dialog.py" line="119" />
        <location filename="../../desktop/views/households/dialog.py" line="368" />
        <source>Bỏ khỏi hộ</source>
        <translation>Remove from household</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/dialog.py" line="124" />
        <source>— Chưa rõ —</source>
        <translation>— Unknown —</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/dialog.py" line="125" />
        <source>Đổi quan hệ</source>
        <translation>Change relationship</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/dialog.py" line="131" />
        <source>— Chọn quan hệ —</source>
        <translation>— Choose relationship —</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/dialog.py" line="132" />
        <source>Thêm vào hộ</source>
        <translation>Add to household</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/dialog.py" line="136" />
        <source>Thêm thành viên đã có trong danh sách</source>
        <translation>Add a person already on file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/dialog.py" line="140" />
        <source>Quan hệ với chủ hộ:</source>
        <translation>Relationship to head:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/dialog.py" line="149" />
        <source>Thông tin hộ</source>
        <translation>Household details</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/dialog.py" line="159" />
        <source>Quan hệ với chủ hộ của người đã chọn:</source>
        <translation>Selected member's relationship to head:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/dialog.py" line="172" />
        <source>Thông tin hộ và thành viên</source>
        <translation>Household and members</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/dialog.py" line="173" />
        <source>Đóng BHYT hộ gia đình</source>
        <translation>Household HI payment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/dialog.py" line="175" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/dialog.py" line="204" />
        <source>Thêm hộ gia đình</source>
        <translation>New household</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/dialog.py" line="205" />
        <location filename="../../desktop/views/households/dialog.py" line="242" />
        <source>— Chưa có —</source>
        <translation>— None —</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/dialog.py" line="206" />
        <source>Lưu thông tin hộ trước, rồi thêm thành viên.</source>
        <translation>Save the household first, then add members.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/dialog.py" line="230" />
        <source>Không mở được hộ</source>
        <translation>Cannot open the household</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/dialog.py" line="233" />
        <source>Hộ gia đình {code}</source>
        <translation>Household {code}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/dialog.py" line="253" />
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/households/dialog.py" line="264" />
        <source>Thành viên của hộ: %n người</source>
        <translation>
            <numerusform>Household members: %n person(s)</numerusform>
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/dialog.py" line="305" />
        <location filename="../../desktop/views/households/dialog.py" line="308" />
        <location filename="../../desktop/views/households/dialog.py" line="312" />
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/dialog.py" line="322" />
        <source>Hãy tìm và chọn người cần thêm vào hộ.</source>
        <translation>Search for and select the person to add.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/dialog.py" line="326" />
        <source>Hãy chọn quan hệ với chủ hộ.</source>
        <translation>Choose the relationship to the head.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/dialog.py" line="335" />
        <source>Chuyển người này sang hộ đang mở?</source>
        <translation>Move this person to the open household?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/dialog.py" line="336" />
        <source>Chuyển hộ</source>
        <translation>Move to household</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/dialog.py" line="363" />
        <source>Hãy chọn thành viên cần bỏ khỏi hộ.</source>
        <translation>Select the member to remove.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/dialog.py" line="366" />
        <source>Bỏ {name} khỏi hộ {code}? Hồ sơ của người này vẫn được giữ.</source>
        <translation>Remove {name} from household {code}? The person's record is kept.</translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <location filename="../../desktop/views/households/page.py" line="77" />
        <source>Hộ gia đình</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/page.py" line="81" />
        <source>Tìm theo mã hộ, tên chủ hộ (có dấu hay không dấu đều được), thôn, buôn…</source>
        <translation>Search by household code, head's name (with or without accents), village…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/page.py" line="84" />
        <source>Mọi thôn, buôn</source>
        <translation>All villages</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/page.py" line="87" />
        <source>Thêm hộ</source>
        <translation>New household</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/page.py" line="89" />
        <source>Thêm hộ gia đình mới (Ctrl+N)</source>
        <translation>Add a new household (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/page.py" line="110" />
        <source>Mở hộ</source>
        <translation>Open household</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/page.py" line="142" />
        <source>Đang tìm…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/page.py" line="150" />
        <source>Hiển thị {n} hộ đầu tiên; hãy gõ thêm để thu hẹp.</source>
        <translation>Showing the first {n} households; type more to narrow down.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/page.py" line="152" />
        <source>Tìm thấy {n} hộ</source>
        <translation>{n} households found</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/page.py" line="158" />
        <source>Không truy vấn được cơ sở dữ liệu: {error}</source>
        <translation>The database query failed: {error}</translation>
    </message>
</context>
<context>
    <name>HouseholdPaymentPanel</name>
    <message>
        <location filename="../../desktop/views/households/payment_panel.py" line="68" />
        <source>Đóng lần này</source>
        <translation>Paying now</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/payment_panel.py" line="68" />
        <source>Hạn thẻ hiện tại</source>
        <translation>Current card expiry</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/payment_panel.py" line="68" />
        <source>Thứ tự</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/payment_panel.py" line="69" />
        <source>Mức đóng/tháng</source>
        <translation>Monthly premium</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/payment_panel.py" line="69" />
        <source>Số tiền</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/payment_panel.py" line="69" />
        <source>NSĐP hỗ trợ</source>
        <translation>Local budget support</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/payment_panel.py" line="69" />
        <source>Phải nộp</source>
        <translation>To pay</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/payment_panel.py" line="70" />
        <source>Thẻ mới có giá trị</source>
        <translation>New card valid</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/payment_panel.py" line="81" />
        <source>Chọn cả hộ</source>
        <translation>Select whole household</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/payment_panel.py" line="83" />
        <source>Bỏ chọn</source>
        <translation>Clear selection</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/payment_panel.py" line="88" />
        <source>{n} tháng</source>
        <translation>{n} months</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/payment_panel.py" line="95" />
        <source>— Chưa chọn —</source>
        <translation>— Not chosen —</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/payment_panel.py" line="101" />
        <source>Số biên lai thu tiền</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/payment_panel.py" line="115" />
        <location filename="../../desktop/views/households/payment_panel.py" line="257" />
        <source>Ghi nhận đóng tiền</source>
        <translation>Record payment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/payment_panel.py" line="119" />
        <source>Đánh dấu những thành viên đóng BHYT lần này:</source>
        <translation>Tick the members paying HI this time:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/payment_panel.py" line="124" />
        <source>Phương thức đóng:</source>
        <translation>Payment mode:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/payment_panel.py" line="125" />
        <source>Ngày đóng (ngày biên lai):</source>
        <translation>Payment date (receipt date):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/payment_panel.py" line="126" />
        <source>Nhân viên thu:</source>
        <translation>Collection agent:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/payment_panel.py" line="127" />
        <source>Số biên lai:</source>
        <translation>Receipt number:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/payment_panel.py" line="129" />
        <source>Tổng số tiền:</source>
        <translation>Total amount:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/payment_panel.py" line="131" />
        <source>NSĐP hỗ trợ:</source>
        <translation>Local budget support:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/payment_panel.py" line="133" />
        <source>Hộ phải nộp:</source>
        <translation>Household pays:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/payment_panel.py" line="167" />
        <location filename="../../desktop/views/households/payment_panel.py" line="221" />
        <source>NSNN đóng</source>
        <translation>Paid by the state</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/payment_panel.py" line="244" />
        <source>Bằng chữ: {words}.</source>
        <translation>In words: {words}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/payment_panel.py" line="253" />
        <source>Ghi nhận hộ {code} đóng BHYT {months} tháng cho {n} người, số tiền {amount}?</source>
        <translation>Record household {code} paying {months} months of HI for {n} people, amount {amount}?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/payment_panel.py" line="268" />
        <source>Chưa ghi nhận được</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/payment_panel.py" line="273" />
        <source>Đã ghi nhận</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/payment_panel.py" line="274" />
        <source>Đã ghi nhận {n} thẻ BHYT hộ gia đình, số tiền {amount}.</source>
        <translation>Recorded {n} household HI cards, amount {amount}.</translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <location filename="../../desktop/views/households/page.py" line="46" />
        <source>Mã hộ</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/page.py" line="47" />
        <source>Chủ hộ</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/page.py" line="48" />
        <source>Thôn, buôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/page.py" line="49" />
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/page.py" line="50" />
        <source>Số thành viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/page.py" line="51" />
        <source>Dòng họ, tổ</source>
        <translation>Clan, group</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/page.py" line="52" />
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
</context>
<context>
    <name>ImportLabels</name>
    <message>
        <location filename="../../desktop/views/imports/labels.py" line="18" />
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/labels.py" line="19" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/labels.py" line="20" />
        <source>Ngày sinh</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/labels.py" line="21" />
        <source>Ngày sinh (cột Nam)</source>
        <translation>Date of birth (male column)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/labels.py" line="22" />
        <source>Ngày sinh (cột Nữ)</source>
        <translation>Date of birth (female column)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/labels.py" line="23" />
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/labels.py" line="24" />
        <source>Nữ (đánh dấu X)</source>
        <translation>Female (marked X)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/labels.py" line="25" />
        <source>Số CCCD/định danh</source>
        <translation>ID (CCCD) number</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/labels.py" line="26" />
        <source>Mã số BHXH</source>
        <translation>SI code</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/labels.py" line="27" />
        <source>Số điện thoại</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/labels.py" line="28" />
        <source>Dân tộc</source>
        <translation>Ethnic group</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/labels.py" line="29" />
        <source>Thôn, buôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/labels.py" line="30" />
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/labels.py" line="31" />
        <source>Xã, phường</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/labels.py" line="32" />
        <source>Mã hộ</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/labels.py" line="33" />
        <source>Quan hệ với chủ hộ</source>
        <translation>Relationship to head</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/labels.py" line="34" />
        <source>Mã nhân viên thu</source>
        <translation>Agent code</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/labels.py" line="35" />
        <source>Từ ngày/tháng</source>
        <translation>From (date/month)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/labels.py" line="36" />
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/labels.py" line="37" />
        <source>Số tháng</source>
        <translation>Months</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/labels.py" line="38" />
        <source>Số tiền</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/labels.py" line="39" />
        <source>Số biên lai</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/labels.py" line="40" />
        <source>Ngày biên lai</source>
        <translation>Receipt date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/labels.py" line="41" />
        <source>Loại hình tham gia</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/labels.py" line="42" />
        <source>Đối tượng</source>
        <translation>Record type</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/labels.py" line="43" />
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/labels.py" line="45" />
        <source>(bỏ qua cột này)</source>
        <translation>(ignore this column)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/labels.py" line="48" />
        <source>Mới</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/labels.py" line="49" />
        <source>Cập nhật</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/labels.py" line="50" />
        <source>Không đổi</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/labels.py" line="51" />
        <source>Trùng trong tệp</source>
        <translation>Duplicate in file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/labels.py" line="52" />
        <source>Có thể đã có</source>
        <translation>Possibly known</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/labels.py" line="53" />
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/labels.py" line="57" />
        <source>Đang đọc tệp…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/labels.py" line="58" />
        <source>Đang kiểm tra từng dòng…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/labels.py" line="59" />
        <source>Đang đối chiếu với dữ liệu đã có…</source>
        <translation>Matching against existing data…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/labels.py" line="60" />
        <source>Đang ghi vào cơ sở dữ liệu…</source>
        <translation>Writing to the database…</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="97" />
        <location filename="../../desktop/views/imports/page.py" line="358" />
        <source>Nhập danh sách</source>
        <translation>Import lists</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="119" />
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="121" />
        <source>Dừng lại; cơ sở dữ liệu giữ nguyên như trước (Esc)</source>
        <translation>Stop; the database stays as it was (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="153" />
        <source>Chọn tệp danh sách do xã hoặc nhân viên thu gửi (Excel .xlsx, .xls, .xlsm, LibreOffice .ods hoặc .csv). Phần mềm tự tìm dòng tiêu đề, nhận dạng các cột, kiểm tra từng dòng và cho xem trước; chỉ khi bấm “Ghi vào cơ sở dữ liệu” dữ liệu mới được ghi, và có thể hoàn tác cả lần nhập.</source>
        <translation>Choose the list a commune or a collection agent sent (Excel .xlsx, .xls, .xlsm, LibreOffice .ods or .csv). The software finds the header row, recognises the columns, checks every row and shows a preview; nothing is written until you press “Write to the database”, and the whole import can be undone.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="157" />
        <source>Chọn tệp…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="160" />
        <source>Chọn tệp danh sách (Ctrl+O)</source>
        <translation>Choose a list file (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="185" />
        <source>(không chọn: dùng cột xã hoặc địa chỉ)</source>
        <translation>(none: use the commune or address column)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="204" />
        <source>Tệp:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="205" />
        <source>Trang tính:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="206" />
        <source>Xã mặc định:</source>
        <translation>Default commune:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="207" />
        <source>Loại hình mặc định:</source>
        <translation>Default scheme:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="216" />
        <source>Chọn tệp khác</source>
        <translation>Choose another file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="218" />
        <source>Kiểm tra (chạy thử)</source>
        <translation>Check (dry run)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="220" />
        <source>Kiểm tra từng dòng, chưa ghi gì vào cơ sở dữ liệu (Ctrl+Enter)</source>
        <translation>Check every row without writing anything (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="250" />
        <source>Xem:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="267" />
        <source>Quay lại ghép cột</source>
        <translation>Back to column mapping</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="269" />
        <location filename="../../desktop/views/imports/page.py" line="294" />
        <location filename="../../desktop/views/imports/page.py" line="532" />
        <location filename="../../desktop/views/imports/page.py" line="546" />
        <source>Xuất các dòng lỗi ra Excel</source>
        <translation>Export error rows to Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="272" />
        <location filename="../../desktop/views/imports/page.py" line="494" />
        <source>Ghi vào cơ sở dữ liệu</source>
        <translation>Write to the database</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="274" />
        <source>Ghi tất cả các dòng hợp lệ trong một lần; lỗi giữa chừng thì không ghi gì</source>
        <translation>Writes all valid rows at once; a failure midway writes nothing</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="296" />
        <source>Nhập tệp khác</source>
        <translation>Import another file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="312" />
        <source>Chọn tệp</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="312" />
        <source>Ghép cột</source>
        <translation>Map columns</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="313" />
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="313" />
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="315" />
        <source>Bước {n}/4: {name}</source>
        <translation>Step {n}/4: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="351" />
        <source>Đã huỷ. Cơ sở dữ liệu không thay đổi.</source>
        <translation>Cancelled. The database is unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="356" />
        <source>Có lỗi không lường trước, chưa ghi gì vào cơ sở dữ liệu: {error}</source>
        <translation>Unexpected error, nothing was written to the database: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="365" />
        <source>Chọn danh sách cần nhập</source>
        <translation>Choose the list to import</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="366" />
        <source>Bảng tính (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Mọi tệp (*)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="400" />
        <source>Dòng tiêu đề: {row}</source>
        <translation>Header row: {row}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="401" />
        <source>{rows} dòng dữ liệu, bỏ qua {skipped} dòng khác</source>
        <translation>{rows} data rows, {skipped} other rows skipped</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="404" />
        <source>Đã dùng cách ghép cột lưu lần trước cho mẫu tệp này; có thể sửa lại.</source>
        <translation>Using the column mapping saved last time for this layout; you can change it.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="405" />
        <source>Phần mềm đã đoán các cột theo tiêu đề; hãy xem lại và sửa cột nào ghép sai.</source>
        <translation>The columns were guessed from their headings; check them and fix any that are wrong.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="442" />
        <source>{rows} dòng: {new} mới, {updated} cập nhật, {unchanged} không đổi, {duplicates} trùng trong tệp, {candidates} có thể là người đã có, {errors} lỗi.</source>
        <translation>{rows} rows: {new} new, {updated} updated, {unchanged} unchanged, {duplicates} duplicates in the file, {candidates} possibly known persons, {errors} errors.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="456" />
        <source>Tất cả ({n})</source>
        <translation>All ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="474" />
        <source>Đánh dấu ô “Là người đã có” nếu đúng là cùng một người; không đánh dấu thì nhập thành người mới. Đã xác nhận {n}/{total}.</source>
        <translation>Tick “Known person” if it is the same person; unticked rows are imported as new persons. Confirmed {n}/{total}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="488" />
        <source>Ghi {valid} dòng hợp lệ vào cơ sở dữ liệu? {errors} dòng lỗi và {duplicates} dòng trùng sẽ không được nhập.</source>
        <translation>Write {valid} valid rows to the database? {errors} error rows and {duplicates} duplicate rows will not be imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="493" />
        <source>Tệp này đã được nhập trước đây.</source>
        <translation>This file has been imported before.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="508" />
        <source>Đã ghi xong lần nhập số {id} từ tệp “{file}”.</source>
        <translation>Import no. {id} from “{file}” is written.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="510" />
        <source>{new} người mới, {updated} người được cập nhật, {unchanged} không đổi, {duplicates} dòng trùng trong tệp, {errors} dòng lỗi không nhập.</source>
        <translation>{new} new persons, {updated} updated, {unchanged} unchanged, {duplicates} duplicate rows in the file, {errors} error rows not imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="516" />
        <source>Đã tạo mới các thôn, buôn: {names}.</source>
        <translation>New villages created: {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="518" />
        <source>Có thể xuất các dòng lỗi ra Excel, sửa rồi nhập lại.</source>
        <translation>You can export the error rows to Excel, fix them and import again.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="533" />
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="544" />
        <source>Đã ghi {n} dòng lỗi kèm lý do ra tệp {path}.</source>
        <translation>Wrote {n} error rows with their reasons to {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="567" />
        <source>Hoàn tác lần nhập số {id} (tệp “{file}”)? Những người và lượt tham gia do lần nhập này tạo sẽ bị xoá; những người được cập nhật trở lại như trước khi nhập.</source>
        <translation>Undo import no. {id} (file “{file}”)? Persons and enrollments it created will be deleted; updated persons go back to how they were before.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="570" />
        <location filename="../../desktop/views/imports/page.py" line="583" />
        <source>Hoàn tác lần nhập</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="578" />
        <source>Đã hoàn tác lần nhập số {id}: xoá {deleted} người, {enrollments} lượt tham gia; khôi phục {restored} người.</source>
        <translation>Import no. {id} undone: {deleted} persons and {enrollments} enrollments deleted; {restored} persons restored.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../desktop/views/imports/preview_model.py" line="30" />
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/preview_model.py" line="31" />
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/preview_model.py" line="32" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/preview_model.py" line="33" />
        <source>Cột</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/preview_model.py" line="34" />
        <source>Nội dung</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/preview_model.py" line="35" />
        <source>Là người đã có</source>
        <translation>Known person</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/main_window.py" line="65" />
        <source>An Sinh Desk — BHXH cơ sở</source>
        <translation>An Sinh Desk — local social-insurance office</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="107" />
        <source>Tổng quan</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="108" />
        <source>Người tham gia</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="110" />
        <source>Hộ gia đình</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="111" />
        <source>Tuyên truyền</source>
        <translation>Outreach</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="112" />
        <source>Đại lý thu &amp; chỉ tiêu</source>
        <translation>Agents &amp; targets</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="113" />
        <source>Nhập danh sách</source>
        <translation>Import lists</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="114" />
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="115" />
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="117" />
        <source>Tài khoản người dùng</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="119" />
        <source>Nhật ký thao tác</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="142" />
        <source>Quản trị</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="142" />
        <source>Cán bộ nghiệp vụ</source>
        <translation>Staff officer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="142" />
        <source>Chỉ xem</source>
        <translation>View only</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="143" />
        <source>Người dùng: {user} ({role})</source>
        <translation>User: {user} ({role})</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="264" />
        <source>Mã QR</source>
        <translation>QR code</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="267" />
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="268" />
        <source>Đổi mật khẩu…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="271" />
        <location filename="../../desktop/views/main_window.py" line="298" />
        <source>Đăng xuất</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="276" />
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="280" />
        <source>&amp;Đi tới</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="281" />
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="282" />
        <location filename="../../desktop/views/main_window.py" line="322" />
        <source>Giới thiệu An Sinh Desk</source>
        <translation>About An Sinh Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="326" />
        <source>&lt;b&gt;An Sinh Desk&lt;/b&gt; {version}&lt;br&gt;Phần mềm bộ phận một cửa của Bảo hiểm xã hội cơ sở.&lt;br&gt;&lt;br&gt;Danh mục xã, phường: vietnamese-provinces-database (MIT).&lt;br&gt;Phông chữ Liberation Serif (SIL Open Font License).</source>
        <translation>&lt;b&gt;An Sinh Desk&lt;/b&gt; {version}&lt;br&gt;Reception-desk software of a local social-insurance office.&lt;br&gt;&lt;br&gt;Commune list: vietnamese-provinces-database (MIT).&lt;br&gt;Liberation Serif font (SIL Open Font License).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="332" />
        <source>CSDL: {db}</source>
        <translation>DB: {db}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="337" />
        <source>Chưa thiết lập đơn vị</source>
        <translation>Office not set up</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <location filename="../../desktop/views/imports/mapping_table.py" line="25" />
        <source>Cột</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/mapping_table.py" line="25" />
        <source>Tiêu đề trong tệp</source>
        <translation>Heading in the file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/mapping_table.py" line="25" />
        <source>Ví dụ</source>
        <translation>Examples</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/mapping_table.py" line="26" />
        <source>Ghép vào trường</source>
        <translation>Maps to field</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/mapping_table.py" line="44" />
        <source>(không có tiêu đề)</source>
        <translation>(no heading)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/mapping_table.py" line="53" />
        <source>Trường cho cột {letter}</source>
        <translation>Field for column {letter}</translation>
    </message>
</context>
<context>
    <name>MemberSearch</name>
    <message>
        <location filename="../../desktop/views/households/member_search.py" line="28" />
        <source>Họ tên, số CCCD, mã số BHXH, điện thoại…</source>
        <translation>Name, ID number, SI code, phone…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/member_search.py" line="69" />
        <source>hộ {code}</source>
        <translation>household {code}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/households/member_search.py" line="77" />
        <source>Không tìm thấy ai; hãy thêm người mới ở trang Người tham gia trước.</source>
        <translation>No one found; add the person on the Participants page first.</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <location filename="../../desktop/views/accounts/account_dialog.py" line="39" />
        <source>Thêm tài khoản</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/account_dialog.py" line="41" />
        <source>Người dùng phải đổi mật khẩu này khi đăng nhập lần đầu.</source>
        <translation>The user must change this password at the first sign-in.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/account_dialog.py" line="44" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/account_dialog.py" line="44" />
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/account_dialog.py" line="63" />
        <source>Chưa thêm được tài khoản</source>
        <translation>Account not added</translation>
    </message>
</context>
<context>
    <name>NewAccountForm</name>
    <message>
        <location filename="../../desktop/views/accounts/account_form.py" line="93" />
        <source>Ví dụ: thuha</source>
        <translation>For example: thuha</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/account_form.py" line="94" />
        <source>Chữ không dấu viết liền, có thể có chữ số, dấu chấm, gạch dưới</source>
        <translation>Unaccented letters without spaces; digits, dots and underscores allowed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/account_form.py" line="100" />
        <source>Ít nhất 8 ký tự</source>
        <translation>At least 8 characters</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/account_form.py" line="106" />
        <source>Tên đăng nhập:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/account_form.py" line="107" />
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/account_form.py" line="109" />
        <source>Vai trò:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/account_form.py" line="110" />
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/account_form.py" line="111" />
        <source>Nhập lại mật khẩu:</source>
        <translation>Repeat the password:</translation>
    </message>
</context>
<context>
    <name>OfficeForm</name>
    <message>
        <location filename="../../desktop/views/office_form.py" line="29" />
        <source>Ví dụ: Bảo hiểm xã hội cơ sở Cư M'gar</source>
        <translation>e.g. Bảo hiểm xã hội cơ sở Cư M'gar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/office_form.py" line="33" />
        <source>Địa danh ghi ở dòng ngày tháng, ví dụ: Cư M'gar</source>
        <translation>Place name on the date line, e.g. Cư M'gar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/office_form.py" line="37" />
        <source>Lọc theo tên xã, phường…</source>
        <translation>Filter by commune name…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/office_form.py" line="51" />
        <source>Tên đơn vị:</source>
        <translation>Office name:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/office_form.py" line="52" />
        <source>Cơ quan cấp trên:</source>
        <translation>Parent body:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/office_form.py" line="53" />
        <source>Tỉnh:</source>
        <translation>Province:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/office_form.py" line="54" />
        <source>Địa danh:</source>
        <translation>Place name:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/office_form.py" line="55" />
        <source>Người lập biểu:</source>
        <translation>Prepared by:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/office_form.py" line="56" />
        <source>Thủ trưởng đơn vị:</source>
        <translation>Head of office:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/office_form.py" line="60" />
        <source>Các xã, phường đơn vị phụ trách:</source>
        <translation>Communes the office serves:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/office_form.py" line="106" />
        <source>Đã chọn: %n xã, phường</source>
        <translation><numerusform>Chosen: %n commune(s)</numerusform></translation>
    </message>
</context>
<context>
    <name>ParticipantListPage</name>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="70" />
        <source>Người tham gia</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="75" />
        <source>Tìm theo họ tên (gõ có dấu hay không dấu đều được), số CCCD, mã số BHXH, điện thoại, mã hộ…</source>
        <translation>Search by name (with or without accents), ID number, SI code, phone, household code…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="78" />
        <source>Thêm người</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="81" />
        <source>Quá trình tham gia…</source>
        <translation>Enrollment history…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="82" />
        <source>Tham gia mới, gia hạn hoặc dừng cho người đang chọn (Ctrl+E)</source>
        <translation>Join, renew or stop a scheme for the selected person (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="88" />
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="89" />
        <source>Xuất những người đang hiện (theo bộ lọc) ra tệp .xlsx hoặc .csv</source>
        <translation>Export the persons shown (by the filters) to an .xlsx or .csv file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="91" />
        <source>Che số CCCD, mã số BHXH (chỉ hiện 4 số cuối)</source>
        <translation>Mask ID card and social insurance numbers (show only the last 4 digits)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="94" />
        <source>Bỏ chọn khi cần đủ số, ví dụ để chuyển sang phần mềm khác</source>
        <translation>Clear this when the full numbers are needed, e.g. to move the data to other software</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="102" />
        <source>Mọi xã</source>
        <translation>All communes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="103" />
        <location filename="../../desktop/views/participants/list_page.py" line="246" />
        <source>Mọi thôn, buôn</source>
        <translation>All villages</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="104" />
        <source>Mọi loại hình</source>
        <translation>All schemes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="105" />
        <source>Mọi tình trạng</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="106" />
        <source>Mọi nhân viên thu</source>
        <translation>All agents</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="107" />
        <source>Mọi dân tộc</source>
        <translation>All ethnic groups</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="108" />
        <source>Mọi đối tượng</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="109" />
        <source>Hạn thẻ từ</source>
        <translation>Card expires from</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="112" />
        <source>Bỏ lọc</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="122" />
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="144" />
        <source>Mở hồ sơ</source>
        <translation>Open record</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="273" />
        <source>Đang tìm…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="295" />
        <source>Đang đếm…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="321" />
        <source>Tìm thấy {n} người</source>
        <translation>{n} persons found</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="325" />
        <source>Không truy vấn được cơ sở dữ liệu: {error}</source>
        <translation>The database query failed: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="334" />
        <source>Xuất danh sách người tham gia</source>
        <translation>Export the participant list</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="335" />
        <source>Excel (*.xlsx);;CSV UTF-8 (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="341" />
        <source>Đang xuất…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="346" />
        <source>Đã xuất</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="347" />
        <source>Đã xuất {n} người ra tệp {file}.</source>
        <translation>Exported {n} persons to {file}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="354" />
        <source>Không xuất được</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <location filename="../../desktop/views/participants/table_model.py" line="52" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/table_model.py" line="53" />
        <source>Ngày sinh</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/table_model.py" line="54" />
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/table_model.py" line="55" />
        <source>Dân tộc</source>
        <translation>Ethnic group</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/table_model.py" line="56" />
        <source>Số CCCD</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/table_model.py" line="57" />
        <source>Mã số BHXH</source>
        <translation>SI code</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/table_model.py" line="58" />
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/table_model.py" line="59" />
        <source>Thôn, buôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/table_model.py" line="60" />
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/table_model.py" line="61" />
        <source>Mã hộ</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/table_model.py" line="62" />
        <source>Loại hình</source>
        <translation>Schemes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/table_model.py" line="63" />
        <source>Hạn thẻ BHYT</source>
        <translation>HI card until</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/table_model.py" line="64" />
        <source>BHXH TN đóng đến</source>
        <translation>VSI paid until</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/table_model.py" line="65" />
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/table_model.py" line="66" />
        <source>Nhân viên thu</source>
        <translation>Agent</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../desktop/views/participants/page.py" line="22" />
        <source>Danh sách</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/page.py" line="23" />
        <source>Cần gia hạn</source>
        <translation>Renewals due</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../desktop/views/agents/period_picker.py" line="22" />
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/period_picker.py" line="22" />
        <source>Quý</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/period_picker.py" line="22" />
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/period_picker.py" line="22" />
        <source>Tuần</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/period_picker.py" line="29" />
        <source>Kỳ trước</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/period_picker.py" line="33" />
        <source>Kỳ sau</source>
        <translation>Next period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/period_picker.py" line="37" />
        <source>&amp;Kỳ:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/period_picker.py" line="75" />
        <source>Năm %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/period_picker.py" line="77" />
        <source>Quý %1/%2</source>
        <translation>Q%1/%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/period_picker.py" line="80" />
        <source>Tháng %1</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/period_picker.py" line="81" />
        <source>Tuần %1 (%2 – %3)</source>
        <translation>Week %1 (%2 – %3)</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../desktop/views/permissions.py" line="20" />
        <source>Tài khoản chỉ xem không được làm việc này</source>
        <translation>A view-only account cannot do this</translation>
    </message>
    <message>
        <location filename="../../desktop/views/permissions.py" line="21" />
        <source>Chỉ tài khoản quản trị được làm việc này</source>
        <translation>Only an administrator account can do this</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="120" />
        <source>Thêm người tham gia</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="120" />
        <source>Hồ sơ người tham gia</source>
        <translation>Participant record</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="124" />
        <source>dd/mm/yyyy, mm/yyyy hoặc yyyy</source>
        <translation>dd/mm/yyyy, mm/yyyy or yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="127" />
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="128" />
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="131" />
        <source>12 chữ số</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="133" />
        <source>10 chữ số</source>
        <translation>10 digits</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="136" />
        <source>— Chọn xã —</source>
        <translation>— Choose commune —</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="140" />
        <location filename="../../desktop/views/participants/person_dialog.py" line="412" />
        <source>— Chọn thôn, buôn —</source>
        <translation>— Choose village —</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="143" />
        <source>Mã hộ gia đình</source>
        <translation>Household code</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="176" />
        <source>Họ và tên (*):</source>
        <translation>Full name (*):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="177" />
        <source>Ngày sinh (*):</source>
        <translation>Date of birth (*):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="178" />
        <source>Giới tính:</source>
        <translation>Sex:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="179" />
        <source>Dân tộc:</source>
        <translation>Ethnic group:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="180" />
        <source>Số CCCD:</source>
        <translation>ID number (CCCD):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="181" />
        <source>Mã số BHXH:</source>
        <translation>Social insurance code:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="182" />
        <source>Điện thoại:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="183" />
        <source>Xã:</source>
        <translation>Commune:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="184" />
        <source>Thôn, buôn:</source>
        <translation>Village:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="185" />
        <source>Địa chỉ:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="186" />
        <source>Hộ gia đình:</source>
        <translation>Household:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="187" />
        <source>Quan hệ với chủ hộ:</source>
        <translation>Relationship to head:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="188" />
        <source>Đối tượng:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="189" />
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="201" />
        <source>(*) bắt buộc nhập</source>
        <translation>(*) required</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="205" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="208" />
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="210" />
        <location filename="../../desktop/views/participants/person_dialog.py" line="596" />
        <source>Xoá hồ sơ</source>
        <translation>Delete record</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="254" />
        <source>Gõ tên hoặc mã, ví dụ: Ê Đê hoặc 12</source>
        <translation>Type a name or code, e.g. Ê Đê or 12</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="272" />
        <location filename="../../desktop/views/participants/person_dialog.py" line="477" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="272" />
        <location filename="../../desktop/views/participants/person_dialog.py" line="477" />
        <source>Ngày sinh</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="272" />
        <location filename="../../desktop/views/participants/person_dialog.py" line="479" />
        <source>Thôn, buôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="272" />
        <location filename="../../desktop/views/participants/person_dialog.py" line="478" />
        <source>Số CCCD</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="273" />
        <location filename="../../desktop/views/participants/person_dialog.py" line="478" />
        <source>Mã số BHXH</source>
        <translation>SI code</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="273" />
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="285" />
        <source>Mở hồ sơ đã có</source>
        <translation>Open existing record</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="330" />
        <source>Hồ sơ: {name}</source>
        <translation>Record: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="427" />
        <source>chưa có chủ hộ</source>
        <translation>no head yet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="428" />
        <source>Chủ hộ: {head} · {village} · {n} người</source>
        <translation>Head: {head} · {village} · {n} members</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="450" />
        <source>Không có hộ gia đình mã “{code}”.</source>
        <translation>No household with code “{code}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="465" />
        <source>Cần nhập hoặc sửa: {fields}</source>
        <translation>To fill in or correct: {fields}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="477" />
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="478" />
        <source>Dân tộc</source>
        <translation>Ethnic group</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="479" />
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="479" />
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="480" />
        <source>Hộ gia đình</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="480" />
        <source>Quan hệ với chủ hộ</source>
        <translation>Relationship to head</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="481" />
        <source>Đối tượng</source>
        <translation>Record type</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="481" />
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="530" />
        <source>Hồ sơ đã thay đổi</source>
        <translation>Record has changed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="530" />
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="556" />
        <source>Số CCCD hoặc mã số BHXH này đã có trong hồ sơ dưới đây. Không thể lưu thêm một hồ sơ cùng số; hãy mở hồ sơ đã có.</source>
        <translation>This ID number or social insurance code is already in the record below. A second record with the same number cannot be saved; open the existing record.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="560" />
        <source>Có thể người này đã có hồ sơ (trùng họ tên, năm sinh và thôn, buôn). Hãy mở hồ sơ đã có, hoặc lưu nếu đây là người khác.</source>
        <translation>This person may already have a record (same name, birth year and village). Open the existing record, or save if this is someone else.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="563" />
        <source>Vẫn lưu người mới</source>
        <translation>Save as a new person anyway</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="563" />
        <source>Vẫn lưu hồ sơ này</source>
        <translation>Save this record anyway</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="592" />
        <source>Xoá hồ sơ {name}?</source>
        <translation>Delete the record of {name}?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="594" />
        <source>Các lượt tham gia BHXH, BHYT ({n}) của người này cũng bị xoá.</source>
        <translation>This person's {n} SI/HI enrollments will also be deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="601" />
        <source>Chưa xoá được</source>
        <translation>Not deleted</translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <location filename="../../desktop/views/agents/progress_tab.py" line="71" />
        <source>&amp;Phạm vi:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/progress_tab.py" line="73" />
        <source>&amp;Làm mới</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/progress_tab.py" line="90" />
        <source>Dự báo = số đã đạt ÷ số ngày đã qua × số ngày của kỳ. Ô tô đỏ: dự báo không đạt chỉ tiêu.</source>
        <translation>Forecast = achieved ÷ days elapsed × days in the period. Red cells: the forecast misses the target.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/progress_tab.py" line="111" />
        <source>Đang tính…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/progress_tab.py" line="120" />
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/progress_tab.py" line="120" />
        <source>Không tính được tiến độ: %1</source>
        <translation>Could not compute progress: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/progress_tab.py" line="128" />
        <source>Hạng</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/progress_tab.py" line="128" />
        <source>Mã</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/progress_tab.py" line="128" />
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/progress_tab.py" line="131" />
        <source>chỉ tiêu</source>
        <translation>target</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/progress_tab.py" line="131" />
        <source>đã đạt</source>
        <translation>achieved</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/progress_tab.py" line="132" />
        <source>% chỉ tiêu</source>
        <translation>% of target</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/progress_tab.py" line="132" />
        <source>dự báo</source>
        <translation>forecast</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/progress_tab.py" line="134" />
        <source>Đến hạn
tái tục</source>
        <translation>Renewals
due</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/progress_tab.py" line="134" />
        <source>Đã
tái tục</source>
        <translation>Renewals
done</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/progress_tab.py" line="135" />
        <source>Đánh giá</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/progress_tab.py" line="151" />
        <source>Chậm tiến độ</source>
        <translation>Behind</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/progress_tab.py" line="151" />
        <source>Đạt tiến độ</source>
        <translation>On track</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/progress_tab.py" line="152" />
        <source>Chưa giao chỉ tiêu</source>
        <translation>No target set</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/progress_tab.py" line="172" />
        <source>%1: đã qua %2/%3 ngày. %4 dòng chậm tiến độ trên %5.</source>
        <translation>%1: %2/%3 days elapsed. %4 of %5 rows behind.</translation>
    </message>
</context>
<context>
    <name>QuickPersonDialog</name>
    <message>
        <location filename="../../desktop/views/sessions/quick_person.py" line="32" />
        <source>Thêm người mới tham dự</source>
        <translation>Add a new attendee</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/quick_person.py" line="38" />
        <source>dd/mm/yyyy hoặc chỉ năm sinh</source>
        <translation>dd/mm/yyyy or just the birth year</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/quick_person.py" line="41" />
        <source>— Chưa rõ —</source>
        <translation>— Unknown —</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/quick_person.py" line="42" />
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/quick_person.py" line="43" />
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/quick_person.py" line="46" />
        <source>12 chữ số, có thể để trống</source>
        <translation>12 digits, may be left empty</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/quick_person.py" line="49" />
        <source>— Chọn thôn, buôn —</source>
        <translation>— Choose village —</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/quick_person.py" line="56" />
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/quick_person.py" line="57" />
        <source>Ngày sinh:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/quick_person.py" line="58" />
        <source>Giới tính:</source>
        <translation>Sex:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/quick_person.py" line="59" />
        <source>Số CCCD:</source>
        <translation>ID number (CCCD):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/quick_person.py" line="60" />
        <source>Thôn, buôn:</source>
        <translation>Village:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/quick_person.py" line="76" />
        <source>Thêm và điểm danh</source>
        <translation>Add and check in</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/quick_person.py" line="79" />
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/quick_person.py" line="102" />
        <source>Chưa nhập họ và tên.</source>
        <translation>Full name is missing.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/quick_person.py" line="104" />
        <source>Chưa chọn thôn, buôn.</source>
        <translation>No village chosen.</translation>
    </message>
</context>
<context>
    <name>ReportParamsForm</name>
    <message>
        <location filename="../../desktop/views/reports/params_form.py" line="44" />
        <source>Tháng này</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/params_form.py" line="45" />
        <source>Quý này</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/params_form.py" line="46" />
        <source>Năm nay</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/params_form.py" line="52" />
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/params_form.py" line="74" />
        <source> ngày</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/params_form.py" line="79" />
        <source>Kỳ báo cáo: từ ngày</source>
        <translation>Period: from</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/params_form.py" line="80" />
        <source>Tính đến ngày</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/params_form.py" line="81" />
        <source>Xã, phường</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/params_form.py" line="82" />
        <source>Nhân viên thu</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/params_form.py" line="83" />
        <source>Buổi tuyên truyền</source>
        <translation>Outreach session</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/params_form.py" line="84" />
        <source>Hết hạn trong</source>
        <translation>Ending within</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/params_form.py" line="101" />
        <source>Mọi xã, phường</source>
        <translation>All communes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/params_form.py" line="103" />
        <source>Mọi nhân viên thu</source>
        <translation>All agents</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/params_form.py" line="144" />
        <source>Ngày kết thúc phải từ ngày bắt đầu trở đi.</source>
        <translation>The end date must not be before the start date.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/params_form.py" line="146" />
        <source>Chưa có buổi tuyên truyền nào để in danh sách.</source>
        <translation>There is no outreach session to print a sheet for.</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../desktop/views/sessions/report_preview.py" line="129" />
        <source>Xem trước khi in</source>
        <translation>Print preview</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop/views/reports/page.py" line="101" />
        <location filename="../../desktop/views/reports/page.py" line="287" />
        <location filename="../../desktop/views/reports/page.py" line="389" />
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/page.py" line="125" />
        <source>Che số định danh (số CCCD chỉ hiện 4 số cuối)</source>
        <translation>Mask ID numbers (show only the last 4 digits of the ID card number)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/page.py" line="128" />
        <source>Danh sách đưa ra ngoài cơ quan không cần đủ số CCCD</source>
        <translation>Lists that leave the office do not need full ID card numbers</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/page.py" line="130" />
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/page.py" line="132" />
        <source>Xem trước báo cáo (F5)</source>
        <translation>Preview the report (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/page.py" line="133" />
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/page.py" line="135" />
        <source>Xuất PDF…</source>
        <translation>Export to PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/page.py" line="137" />
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/page.py" line="146" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/page.py" line="170" />
        <source>Số liệu</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/page.py" line="171" />
        <source>Trang in</source>
        <translation>Printed pages</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/page.py" line="204" />
        <source>Mẫu D03-TS: Danh sách người chỉ tham gia BHYT</source>
        <translation>Form D03-TS: Health-insurance-only participants</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/page.py" line="205" />
        <source>Người tham gia BHYT hộ gia đình, học sinh sinh viên, được NSNN hỗ trợ có biên lai trong kỳ (tăng) và người dừng tham gia trong kỳ (giảm).</source>
        <translation>Household, student and state-supported HI participants with receipts in the period (increase) and those who stopped in the period (decrease).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/page.py" line="207" />
        <source>Mẫu D05-TS: Danh sách người tham gia BHXH tự nguyện</source>
        <translation>Form D05-TS: Voluntary social-insurance participants</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/page.py" line="208" />
        <source>Người tham gia BHXH tự nguyện có biên lai trong kỳ (tăng) và người dừng đóng trong kỳ (giảm), với mức thu nhập, số tiền phải đóng, phần Nhà nước và ngân sách địa phương hỗ trợ.</source>
        <translation>Voluntary SI participants with receipts in the period (increase) and those who stopped paying (decrease), with income, amount due, state and local-budget support.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/page.py" line="211" />
        <source>Tỷ lệ bao phủ BHYT, BHXH tự nguyện theo xã</source>
        <translation>HI coverage and voluntary SI by commune</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/page.py" line="212" />
        <source>Dân số, số người có thẻ BHYT, tỷ lệ bao phủ so với chỉ tiêu; số người tham gia BHXH tự nguyện so với dân số trong độ tuổi lao động và kế hoạch, theo từng xã và toàn đơn vị.</source>
        <translation>Population, HI card holders, coverage against target; voluntary SI participants against working-age population and plan, per commune and for the office.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/page.py" line="215" />
        <source>Kết quả thực hiện chỉ tiêu của nhân viên thu</source>
        <translation>Collection agents' results against targets</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/page.py" line="216" />
        <source>Chỉ tiêu, kết quả tham gia mới BHXH tự nguyện, BHYT hộ gia đình, tái tục, số thẻ đến hạn và đã đóng tiếp, xếp hạng nhân viên thu trong kỳ.</source>
        <translation>Targets and results for new voluntary SI, new household HI and renewals, cards due and renewed, agent ranking for the period.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/page.py" line="218" />
        <source>Kết quả tuyên truyền, vận động</source>
        <translation>Outreach results</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/page.py" line="219" />
        <source>Số buổi tuyên truyền, đối thoại, tư vấn đã tổ chức, số người tham dự và số người tham gia BHXH, BHYT sau đó, theo hình thức và theo xã.</source>
        <translation>Awareness sessions, dialogues and counselling held, attendees and people who enrolled afterwards, by kind and commune.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/page.py" line="221" />
        <source>Danh sách cần gia hạn</source>
        <translation>Renewals due</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/page.py" line="222" />
        <source>Thẻ BHYT, BHXH tự nguyện sắp hết hạn hoặc đã hết hạn trong 90 ngày qua, theo nhân viên thu và thôn, buôn, có số điện thoại và cột đánh dấu đã liên hệ.</source>
        <translation>HI cards and voluntary SI ending soon or lapsed in the last 90 days, by agent and village, with phone numbers and a column to tick when contacted.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/page.py" line="224" />
        <source>Danh sách ký nhận của buổi tuyên truyền</source>
        <translation>Attendance sheet of an outreach session</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/page.py" line="225" />
        <source>Danh sách người được mời dự một buổi tuyên truyền, có năm sinh, dân tộc, thôn, buôn, số điện thoại, đã có thẻ BHYT hay chưa và cột ký nhận; in trước buổi tuyên truyền.</source>
        <translation>People invited to a session, with birth year, ethnic group, village, phone, whether they hold an HI card and a signature column; printed before the session.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/page.py" line="228" />
        <source>Báo cáo tổng quan</source>
        <translation>Overview report</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/page.py" line="229" />
        <source>Các biểu đồ của trang Tổng quan và bảng số liệu theo xã: tỷ lệ bao phủ BHYT so với chỉ tiêu, BHXH tự nguyện so với kế hoạch, người tham gia mới 12 tháng gần nhất, thẻ BHYT sắp hết hạn, hội nghị trong tháng và kết quả.</source>
        <translation>The Overview page's charts and a table of the figures by commune: health-insurance coverage against target, voluntary social insurance against plan, new participants over the last 12 months, health-insurance cards about to expire, this month's sessions and their results.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/page.py" line="278" />
        <source>Đang dựng báo cáo…</source>
        <translation>Building the report…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/page.py" line="289" />
        <source>Lưu báo cáo</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/page.py" line="300" />
        <source>, {n} trang</source>
        <translation>, {n} pages</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/page.py" line="301" />
        <source>Đã xuất {rows} dòng{pages} ra tệp {file}.</source>
        <translation>Exported {rows} rows{pages} to {file}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/page.py" line="305" />
        <source>Xuất báo cáo</source>
        <translation>Export report</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/page.py" line="308" />
        <source>Đang xuất báo cáo…</source>
        <translation>Exporting the report…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/page.py" line="317" />
        <source>Đang chuẩn bị trang in…</source>
        <translation>Preparing the pages to print…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/page.py" line="325" />
        <source>Đã gửi {n} trang tới máy in.</source>
        <translation>Sent {n} pages to the printer.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/page.py" line="333" />
        <source>Đang hủy…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/page.py" line="380" />
        <source>Đã hủy; không có tệp nào được ghi.</source>
        <translation>Cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/page.py" line="388" />
        <source>Không lập được báo cáo: {error}</source>
        <translation>Could not produce the report: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/page.py" line="437" />
        <source>Máy này chưa có công cụ pdftoppm (Poppler) để hiện trang in; xem bảng số liệu hoặc xuất PDF để xem đúng trang in.</source>
        <translation>This computer lacks pdftoppm (Poppler) to show printed pages; see the data table, or export a PDF to see the exact pages.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/page.py" line="442" />
        <source>{rows} dòng, {pages} trang khi in.</source>
        <translation>{rows} rows, {pages} printed pages.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/page.py" line="445" />
        <source>Bảng dưới đây hiện {n} dòng đầu.</source>
        <translation>The table below shows the first {n} rows.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../desktop/views/sessions/session_dialog.py" line="70" />
        <source>Sửa buổi tuyên truyền</source>
        <translation>Edit outreach session</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/session_dialog.py" line="70" />
        <source>Thêm buổi tuyên truyền</source>
        <translation>Add outreach session</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/session_dialog.py" line="92" />
        <source>— Chọn xã, phường —</source>
        <translation>— Choose a commune —</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/session_dialog.py" line="99" />
        <source>Nhà văn hóa thôn, buôn; chợ; trụ sở UBND xã…</source>
        <translation>Village cultural house; market; commune office…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/session_dialog.py" line="102" />
        <source>Cán bộ BHXH hoặc đơn vị tổ chức</source>
        <translation>Social insurance officer or organising body</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/session_dialog.py" line="105" />
        <source>— Không có —</source>
        <translation>— None —</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/session_dialog.py" line="110" />
        <source>UBND xã, trưởng thôn, buôn, Hội Phụ nữ, Hội Nông dân…</source>
        <translation>Commune people's committee, village head, Women's Union, Farmers' Union…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/session_dialog.py" line="116" />
        <source>Tiếng khác</source>
        <translation>Other languages</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/session_dialog.py" line="135" />
        <source>Từ</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/session_dialog.py" line="137" />
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/session_dialog.py" line="146" />
        <source>Hình thức:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/session_dialog.py" line="147" />
        <source>Ngày, giờ:</source>
        <translation>Date, time:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/session_dialog.py" line="148" />
        <source>Xã, phường:</source>
        <translation>Commune:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/session_dialog.py" line="149" />
        <source>Thôn, buôn:</source>
        <translation>Village:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/session_dialog.py" line="150" />
        <source>Địa điểm:</source>
        <translation>Venue:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/session_dialog.py" line="151" />
        <source>Người tổ chức:</source>
        <translation>Organiser:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/session_dialog.py" line="152" />
        <source>Nhân viên thu phụ trách:</source>
        <translation>Collection agent in charge:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/session_dialog.py" line="153" />
        <source>Đơn vị phối hợp:</source>
        <translation>Co-organisers:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/session_dialog.py" line="154" />
        <source>Ngôn ngữ sử dụng:</source>
        <translation>Languages used:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/session_dialog.py" line="155" />
        <source>Nội dung, chủ đề:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/session_dialog.py" line="156" />
        <source>Tiền hỗ trợ mỗi người:</source>
        <translation>Support per attendee:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/session_dialog.py" line="157" />
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/session_dialog.py" line="161" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/session_dialog.py" line="165" />
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/session_dialog.py" line="202" />
        <source>— Cả xã —</source>
        <translation>— Whole commune —</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/session_dialog.py" line="211" />
        <source>Nhà văn hóa {village}</source>
        <translation>{village} cultural house</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/session_dialog.py" line="278" />
        <source>Không lưu được</source>
        <translation>Could not save</translation>
    </message>
</context>
<context>
    <name>SessionKinds</name>
    <message>
        <location filename="../../desktop/views/sessions/labels.py" line="12" />
        <source>Hội nghị tuyên truyền</source>
        <translation>Awareness session</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/labels.py" line="13" />
        <source>Hội nghị đối thoại</source>
        <translation>Dialogue conference</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/labels.py" line="14" />
        <source>Tư vấn trực tiếp</source>
        <translation>Direct counselling</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/labels.py" line="15" />
        <source>Truyền thông lưu động</source>
        <translation>Mobile campaign</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/labels.py" line="16" />
        <source>Thăm hộ gia đình</source>
        <translation>Household visit</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="65" />
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="66" />
        <source>Giờ</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="67" />
        <source>Hình thức</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="68" />
        <source>Xã, phường</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="69" />
        <source>Thôn, buôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="70" />
        <source>Địa điểm</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="71" />
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="72" />
        <source>Tiền hỗ trợ</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="73" />
        <source>Nội dung</source>
        <translation>Topic</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="106" />
        <location filename="../../desktop/views/sessions/page.py" line="309" />
        <location filename="../../desktop/views/sessions/page.py" line="368" />
        <source>Tuyên truyền</source>
        <translation>Outreach</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="117" />
        <source>Mọi xã, phường</source>
        <translation>All communes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="122" />
        <source>Mọi hình thức</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="128" />
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="130" />
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="136" />
        <source>Thêm buổi</source>
        <translation>Add session</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="139" />
        <source>Thêm buổi tuyên truyền (Ctrl+N)</source>
        <translation>Add an outreach session (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="140" />
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="142" />
        <source>Xoá</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="144" />
        <source>Điểm danh…</source>
        <translation>Attendance…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="146" />
        <source>In danh sách ký nhận…</source>
        <translation>Print attendance sheet…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="149" />
        <source>Xem trước và in danh sách ký nhận (Ctrl+P)</source>
        <translation>Preview and print the attendance sheet (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="150" />
        <source>Xuất PDF, Excel…</source>
        <translation>Export PDF, Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="179" />
        <source>Điểm danh</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="192" />
        <source> ngày</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="199" />
        <source>Kết quả buổi đã chọn</source>
        <translation>Results of the selected session</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="202" />
        <source>Tính người tham gia trong vòng</source>
        <translation>Count enrollments within</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="204" />
        <source>sau buổi</source>
        <translation>after the session</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="212" />
        <source>Xã, phường / hình thức</source>
        <translation>Commune / kind</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="212" />
        <source>Số buổi</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="212" />
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="212" />
        <source>Tham gia sau</source>
        <translation>Enrolled after</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="213" />
        <source>Tỷ lệ</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="213" />
        <source>Tiền hỗ trợ</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="219" />
        <source>Tổng hợp trong kỳ</source>
        <translation>Period totals</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="264" />
        <source>Đang tải…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="271" />
        <source>{n} buổi trong kỳ</source>
        <translation>{n} sessions in the period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="289" />
        <source>Không truy vấn được cơ sở dữ liệu: {error}</source>
        <translation>The database query failed: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="309" />
        <source>Hãy chọn một buổi trong danh sách trước.</source>
        <translation>Select a session in the list first.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="316" />
        <source>Chưa có buổi nào trong kỳ đã chọn.</source>
        <translation>No sessions in the selected period.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="327" />
        <source>Có mặt: {n} người.</source>
        <translation>Present: {n} people.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="328" />
        <source>Tham gia, gia hạn sau buổi: {n} người</source>
        <translation>Enrolled or renewed after the session: {n} people</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="330" />
        <source> (trong đó {n} người gia hạn)</source>
        <translation> (of whom {n} renewed)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="335" />
        <source>Tỷ lệ vận động thành công: {rate}.</source>
        <translation>Conversion rate: {rate}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="338" />
        <source>Tiền hỗ trợ: {n} người × {each} = {total}.</source>
        <translation>Support: {n} people × {each} = {total}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="341" />
        <source>Bằng chữ: {words}.</source>
        <translation>In words: {words}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="347" />
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="390" />
        <source>Xoá buổi {kind} ngày {date} tại {venue} cùng danh sách {n} người tham dự?</source>
        <translation>Delete the {kind} of {date} at {venue} with its list of {n} attendees?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="393" />
        <source>Xoá buổi tuyên truyền</source>
        <translation>Delete outreach session</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="398" />
        <source>Không xoá được</source>
        <translation>Could not delete</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="414" />
        <source>Buổi này chưa có danh sách mời. Lập danh sách từ những người trong thôn, buôn chưa có thẻ BHYT hoặc thẻ sắp hết hạn? (Chọn “Không” để in danh sách trống.)</source>
        <translation>This session has no invitation list yet. Build it from the village's people without a health insurance card or whose card is expiring? (Choose "No" to print a blank list.)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="416" />
        <source>In danh sách ký nhận</source>
        <translation>Print attendance sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="423" />
        <source>Không in được</source>
        <translation>Could not print</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="442" />
        <source>Lưu danh sách ký nhận</source>
        <translation>Save attendance sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="443" />
        <source>PDF (*.pdf);;Excel (*.xlsx)</source>
        <translation>PDF (*.pdf);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="450" />
        <source>Đã lưu {file}</source>
        <translation>Saved {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sessions/page.py" line="454" />
        <source>Không xuất được</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="36" />
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="39" />
        <source>Thông tin đơn vị (dùng chung cho mọi máy)</source>
        <translation>Office details (shared by every desk)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="41" />
        <source>Lưu thông tin đơn vị</source>
        <translation>Save office details</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="48" />
        <source>Máy này</source>
        <translation>This desk</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="57" />
        <source>Ngôn ngữ:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="58" />
        <source>Cơ sở dữ liệu:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="84" />
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="87" />
        <source>Đã lưu</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="87" />
        <source>Đã lưu thông tin đơn vị.</source>
        <translation>Office details saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="93" />
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="94" />
        <source>Ngôn ngữ mới có hiệu lực khi mở lại ứng dụng. / The new language applies after a restart.</source>
        <translation>The new language applies after a restart. / Ngôn ngữ mới có hiệu lực khi mở lại ứng dụng.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../desktop/views/setup_dialog.py" line="38" />
        <source>Thiết lập lần đầu — An Sinh Desk</source>
        <translation>First-run setup — An Sinh Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_dialog.py" line="42" />
        <source>Chào mừng đến với An Sinh Desk. Hãy nhập thông tin đơn vị và chọn các xã, phường đơn vị phụ trách. Có thể sửa lại sau trong mục Cài đặt.</source>
        <translation>Welcome to An Sinh Desk. Enter your office's details and choose the communes it serves. You can change them later under Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_dialog.py" line="53" />
        <source>Tài khoản quản trị</source>
        <translation>Administrator account</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_dialog.py" line="56" />
        <source>Người quản trị đăng nhập bằng tài khoản này, tạo tài khoản cho các cán bộ khác và sửa cài đặt. Hãy ghi nhớ mật khẩu: không ai xem lại được.</source>
        <translation>The administrator signs in with this account, creates accounts for the other staff and changes the settings. Remember the password: nobody can look it up.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_dialog.py" line="66" />
        <source>Lưu và bắt đầu</source>
        <translation>Save and start</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_dialog.py" line="67" />
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_dialog.py" line="90" />
        <location filename="../../desktop/views/setup_dialog.py" line="93" />
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../desktop/views/accounts/sign_in_dialog.py" line="35" />
        <source>Đăng nhập — An Sinh Desk</source>
        <translation>Sign in — An Sinh Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/sign_in_dialog.py" line="38" />
        <location filename="../../desktop/views/accounts/sign_in_dialog.py" line="49" />
        <source>Đăng nhập</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/sign_in_dialog.py" line="51" />
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/sign_in_dialog.py" line="55" />
        <source>Tên đăng nhập:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/sign_in_dialog.py" line="56" />
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/sign_in_dialog.py" line="77" />
        <source>Chưa nhập tên đăng nhập.</source>
        <translation>Enter the user name.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/sign_in_dialog.py" line="80" />
        <source>Chưa nhập mật khẩu.</source>
        <translation>Enter the password.</translation>
    </message>
</context>
<context>
    <name>TargetsTab</name>
    <message>
        <location filename="../../desktop/views/agents/targets_tab.py" line="72" />
        <source>&amp;Phạm vi:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/targets_tab.py" line="82" />
        <source>&amp;Lưu chỉ tiêu</source>
        <translation>&amp;Save targets</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/targets_tab.py" line="84" />
        <source>Lưu các ô đã sửa (Ctrl+S)</source>
        <translation>Save the edited cells (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/targets_tab.py" line="85" />
        <source>Sao chép &amp;kỳ trước</source>
        <translation>Copy previous &amp;period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/targets_tab.py" line="87" />
        <source>Điền các ô còn trống bằng chỉ tiêu của kỳ trước</source>
        <translation>Fill empty cells with the previous period's targets</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/targets_tab.py" line="88" />
        <source>&amp;Nhập từ Excel…</source>
        <translation>&amp;Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/targets_tab.py" line="90" />
        <source>&amp;Tải lại</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/targets_tab.py" line="104" />
        <source>Số người ghi số nguyên; tỷ lệ ghi phần trăm, ví dụ 95,5. Để trống là không giao chỉ tiêu.</source>
        <translation>Enter people as whole numbers and rates as percentages, e.g. 95.5. Leave empty for no target.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/targets_tab.py" line="139" />
        <source>Mã</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/targets_tab.py" line="139" />
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/targets_tab.py" line="155" />
        <source>Chưa có đại lý thu nào đang làm việc trong kỳ này.</source>
        <translation>No agent is active in this period.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/targets_tab.py" line="189" />
        <source>%1, cột %2: %3</source>
        <translation>%1, column %2: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/targets_tab.py" line="223" />
        <source>Không có ô nào thay đổi.</source>
        <translation>No cell changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/targets_tab.py" line="228" />
        <source>Lưu chỉ tiêu</source>
        <translation>Save targets</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/targets_tab.py" line="231" />
        <source>Đã lưu %1 chỉ tiêu.</source>
        <translation>Saved %1 targets.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/targets_tab.py" line="239" />
        <source>Sao chép kỳ trước</source>
        <translation>Copy previous period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/targets_tab.py" line="239" />
        <source>Các ô vừa sửa chưa lưu sẽ bị bỏ. Vẫn sao chép?</source>
        <translation>Unsaved edits will be lost. Copy anyway?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/targets_tab.py" line="244" />
        <source>Đã chép %1 chỉ tiêu từ kỳ trước vào các ô còn trống.</source>
        <translation>Copied %1 targets from the previous period into empty cells.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/targets_tab.py" line="247" />
        <source>Kỳ trước không có chỉ tiêu nào để chép (hoặc các ô đã có số).</source>
        <translation>The previous period has no targets to copy (or the cells are already filled).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/targets_tab.py" line="256" />
        <source>Nhập chỉ tiêu từ tệp Excel</source>
        <translation>Import targets from an Excel file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/targets_tab.py" line="257" />
        <source>Bảng tính (*.xlsx *.xls *.ods *.csv);;Tất cả các tệp (*)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.ods *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/targets_tab.py" line="267" />
        <location filename="../../desktop/views/agents/targets_tab.py" line="271" />
        <location filename="../../desktop/views/agents/targets_tab.py" line="279" />
        <source>Nhập chỉ tiêu</source>
        <translation>Import targets</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/targets_tab.py" line="272" />
        <source>Không đọc được chỉ tiêu nào từ tệp.</source>
        <translation>No target could be read from the file.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/targets_tab.py" line="274" />
        <source>Đọc được %1 chỉ tiêu của %2 dòng cho %3.</source>
        <translation>Read %1 targets from %2 rows for %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/targets_tab.py" line="277" />
        <source>Các dòng sau có lỗi và sẽ bị bỏ qua:</source>
        <translation>These rows have errors and will be skipped:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/targets_tab.py" line="278" />
        <source>Ghi các chỉ tiêu này (thay số đang có)?</source>
        <translation>Save these targets (replacing current values)?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/targets_tab.py" line="283" />
        <source>Đã nhập %1 chỉ tiêu từ tệp.</source>
        <translation>Imported %1 targets from the file.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../desktop/views/accounts/users_page.py" line="65" />
        <location filename="../../desktop/views/accounts/users_page.py" line="193" />
        <source>Người dùng</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/users_page.py" line="67" />
        <source>Thêm tài khoản</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/users_page.py" line="70" />
        <source>Thêm tài khoản mới (Ctrl+N)</source>
        <translation>Add a new account (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/users_page.py" line="71" />
        <source>Sửa vai trò, họ tên…</source>
        <translation>Edit role, name…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/users_page.py" line="73" />
        <location filename="../../desktop/views/accounts/users_page.py" line="170" />
        <source>Ngừng hoạt động</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/users_page.py" line="75" />
        <location filename="../../desktop/views/accounts/users_page.py" line="204" />
        <location filename="../../desktop/views/accounts/users_page.py" line="208" />
        <source>Đặt lại mật khẩu</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/users_page.py" line="77" />
        <source>Mở khoá</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/users_page.py" line="129" />
        <source>Chỉ tài khoản quản trị được xem và quản lý người dùng.</source>
        <translation>Only administrator accounts can view and manage users.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/users_page.py" line="169" />
        <source>Cho hoạt động lại</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/users_page.py" line="190" />
        <source>Cho tài khoản %1 hoạt động lại?</source>
        <translation>Reactivate account %1?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/users_page.py" line="191" />
        <source>Ngừng tài khoản %1? Người này sẽ không đăng nhập được nữa; những gì họ đã làm vẫn giữ nguyên.</source>
        <translation>Deactivate account %1? This person will no longer be able to sign in; what they did is kept.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/users_page.py" line="202" />
        <source>Đặt mật khẩu tạm mới cho %1? Mật khẩu cũ sẽ không dùng được nữa.</source>
        <translation>Set a new temporary password for %1? The old password will stop working.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/users_page.py" line="209" />
        <source>Mật khẩu tạm của %1: %2
Hãy báo cho người dùng; họ phải đổi mật khẩu khi đăng nhập.</source>
        <translation>Temporary password for %1: %2
Tell the user; they must change it when they sign in.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/users_page.py" line="223" />
        <source>Chưa làm được</source>
        <translation>Not done</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <location filename="../../desktop/views/accounts/users_page.py" line="35" />
        <source>Ngừng hoạt động</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/users_page.py" line="37" />
        <source>Tạm khoá đến %1</source>
        <translation>Locked until %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/users_page.py" line="39" />
        <source>Chờ đổi mật khẩu</source>
        <translation>Password change pending</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/users_page.py" line="40" />
        <source>Đang hoạt động</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/users_page.py" line="44" />
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/users_page.py" line="45" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/users_page.py" line="46" />
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/users_page.py" line="47" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/users_page.py" line="48" />
        <source>Đăng nhập lần cuối</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts/users_page.py" line="49" />
        <source>Chưa đăng nhập</source>
        <translation>Never signed in</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../desktop/views/agents/progress_tab.py" line="39" />
        <source>BHXH TN mới</source>
        <translation>New VSI</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/progress_tab.py" line="40" />
        <source>BHYT HGĐ mới</source>
        <translation>New household HI</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/progress_tab.py" line="41" />
        <location filename="../../desktop/views/agents/targets_tab.py" line="43" />
        <source>Tái tục</source>
        <translation>Renewals</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/progress_tab.py" line="42" />
        <source>Bao phủ BHYT</source>
        <translation>HI coverage</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/progress_tab.py" line="43" />
        <source>Tỷ lệ BHXH TN</source>
        <translation>VSI share</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/targets_tab.py" line="41" />
        <source>BHXH tự nguyện
phát triển mới</source>
        <translation>New voluntary
SI</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/targets_tab.py" line="42" />
        <source>BHYT hộ gia đình
phát triển mới</source>
        <translation>New household
HI</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/targets_tab.py" line="44" />
        <source>Tỷ lệ bao phủ
BHYT (%)</source>
        <translation>HI coverage
rate (%)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/targets_tab.py" line="45" />
        <source>Tỷ lệ tham gia
BHXH TN (%)</source>
        <translation>VSI participation
rate (%)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/targets_tab.py" line="52" />
        <source>Theo đại lý thu</source>
        <translation>By agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/targets_tab.py" line="53" />
        <source>Theo xã</source>
        <translation>By commune</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents/targets_tab.py" line="54" />
        <source>Toàn đơn vị</source>
        <translation>Whole office</translation>
    </message>
</context>
</TS>