<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/main_window.py" line="50" />
        <source>An Sinh Desk — BHXH cơ sở</source>
        <translation>An Sinh Desk — local social-insurance office</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="92" />
        <location filename="../../desktop/views/main_window.py" line="93" />
        <source>Tổng quan</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="94" />
        <source>Tỷ lệ bao phủ BHYT và số người tham gia BHXH tự nguyện của đơn vị và từng xã so với kế hoạch, số người tham gia mới mỗi tháng, thẻ sắp hết hạn trong 30 ngày tới và kết quả tuyên truyền trong tháng.</source>
        <translation>Health-insurance coverage and voluntary social-insurance participants of the office and each commune against plan, new participants per month, cards expiring in the next 30 days and this month's outreach results.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="96" />
        <source>Người tham gia</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="98" />
        <location filename="../../desktop/views/main_window.py" line="99" />
        <source>Hộ gia đình</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="100" />
        <source>Thành viên hộ, chủ hộ, quan hệ với chủ hộ và mức đóng BHYT hộ gia đình theo phương thức giảm dần.</source>
        <translation>Household members, head, relationship to the head, and the household health-insurance premium on the decreasing scale.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="101" />
        <location filename="../../desktop/views/main_window.py" line="102" />
        <source>Tuyên truyền</source>
        <translation>Outreach</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="103" />
        <source>Hội nghị tuyên truyền, đối thoại, tư vấn tại nhà văn hoá thôn, buôn: in danh sách ký nhận, ghi nhận người tham dự và kết quả vận động sau hội nghị.</source>
        <translation>Awareness sessions, dialogues and counselling at village cultural houses: print signature sheets, record attendance and the enrollments that followed.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="105" />
        <location filename="../../desktop/views/main_window.py" line="106" />
        <source>Đại lý thu &amp; chỉ tiêu</source>
        <translation>Agents &amp; targets</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="107" />
        <source>Tổ chức dịch vụ thu, nhân viên thu, chỉ tiêu giao theo kỳ và tiến độ thực hiện.</source>
        <translation>Collection organisations, agents, targets per period and progress.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="108" />
        <location filename="../../desktop/views/main_window.py" line="109" />
        <source>Nhập danh sách</source>
        <translation>Import lists</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="110" />
        <source>Nhập danh sách Excel (xlsx, xls, ods, csv) do xã và đại lý thu gửi: nhận dạng cột, kiểm tra từng dòng, xem trước rồi mới ghi, có thể hoàn tác cả lần nhập.</source>
        <translation>Import the spreadsheets (xlsx, xls, ods, csv) communes and agents send: column recognition, row-by-row checks, a preview before anything is written, and undo of a whole import.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="112" />
        <location filename="../../desktop/views/main_window.py" line="113" />
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="114" />
        <source>Mẫu D03-TS, D05-TS, báo cáo bao phủ theo xã, kết quả đại lý thu, tuyên truyền, danh sách cần gia hạn: xem trước, xuất Excel, PDF và in.</source>
        <translation>Forms D03-TS and D05-TS, coverage by commune, agent performance, outreach, renewal call lists: preview, export to Excel and PDF, print.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="116" />
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="133" />
        <source>Mã QR</source>
        <translation>QR code</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="136" />
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="137" />
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="141" />
        <source>&amp;Đi tới</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="148" />
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="149" />
        <location filename="../../desktop/views/main_window.py" line="162" />
        <source>Giới thiệu An Sinh Desk</source>
        <translation>About An Sinh Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="166" />
        <source>&lt;b&gt;An Sinh Desk&lt;/b&gt; {version}&lt;br&gt;Phần mềm bộ phận một cửa của Bảo hiểm xã hội cơ sở.&lt;br&gt;&lt;br&gt;Danh mục xã, phường: vietnamese-provinces-database (MIT).&lt;br&gt;Phông chữ Liberation Serif (SIL Open Font License).</source>
        <translation>&lt;b&gt;An Sinh Desk&lt;/b&gt; {version}&lt;br&gt;Reception-desk software of a local social-insurance office.&lt;br&gt;&lt;br&gt;Commune list: vietnamese-provinces-database (MIT).&lt;br&gt;Liberation Serif font (SIL Open Font License).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="172" />
        <source>CSDL: {db}</source>
        <translation>DB: {db}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="177" />
        <source>Chưa thiết lập đơn vị</source>
        <translation>Office not set up</translation>
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
        <location filename="../../desktop/views/participants/list_page.py" line="62" />
        <source>Người tham gia</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="67" />
        <source>Tìm theo họ tên (gõ có dấu hay không dấu đều được), số CCCD, mã số BHXH, điện thoại, mã hộ…</source>
        <translation>Search by name (with or without accents), ID number, SI code, phone, household code…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="70" />
        <source>Thêm người</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="78" />
        <source>Mọi xã</source>
        <translation>All communes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="79" />
        <location filename="../../desktop/views/participants/list_page.py" line="199" />
        <source>Mọi thôn, buôn</source>
        <translation>All villages</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="80" />
        <source>Mọi loại hình</source>
        <translation>All schemes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="81" />
        <source>Mọi tình trạng</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="82" />
        <source>Mọi nhân viên thu</source>
        <translation>All agents</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="83" />
        <source>Mọi dân tộc</source>
        <translation>All ethnic groups</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="84" />
        <source>Mọi đối tượng</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="85" />
        <source>Hạn thẻ từ</source>
        <translation>Card expires from</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="88" />
        <source>Bỏ lọc</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="98" />
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="120" />
        <source>Mở hồ sơ</source>
        <translation>Open record</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="227" />
        <source>Đang tìm…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="249" />
        <source>Đang đếm…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="275" />
        <source>Tìm thấy {n} người</source>
        <translation>{n} persons found</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/list_page.py" line="279" />
        <source>Không truy vấn được cơ sở dữ liệu: {error}</source>
        <translation>The database query failed: {error}</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <location filename="../../desktop/views/participants/table_model.py" line="56" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/table_model.py" line="57" />
        <source>Ngày sinh</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/table_model.py" line="58" />
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/table_model.py" line="59" />
        <source>Dân tộc</source>
        <translation>Ethnic group</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/table_model.py" line="60" />
        <source>Số CCCD</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/table_model.py" line="61" />
        <source>Mã số BHXH</source>
        <translation>SI code</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/table_model.py" line="62" />
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/table_model.py" line="63" />
        <source>Thôn, buôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/table_model.py" line="64" />
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/table_model.py" line="65" />
        <source>Mã hộ</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/table_model.py" line="66" />
        <source>Loại hình</source>
        <translation>Schemes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/table_model.py" line="67" />
        <source>Hạn thẻ BHYT</source>
        <translation>HI card until</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/table_model.py" line="68" />
        <source>BHXH TN đóng đến</source>
        <translation>VSI paid until</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/table_model.py" line="69" />
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/table_model.py" line="70" />
        <source>Nhân viên thu</source>
        <translation>Agent</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="117" />
        <source>Thêm người tham gia</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="117" />
        <source>Hồ sơ người tham gia</source>
        <translation>Participant record</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="121" />
        <source>dd/mm/yyyy, mm/yyyy hoặc yyyy</source>
        <translation>dd/mm/yyyy, mm/yyyy or yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="124" />
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="125" />
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="128" />
        <source>12 chữ số</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="130" />
        <source>10 chữ số</source>
        <translation>10 digits</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="133" />
        <source>— Chọn xã —</source>
        <translation>— Choose commune —</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="137" />
        <location filename="../../desktop/views/participants/person_dialog.py" line="410" />
        <source>— Chọn thôn, buôn —</source>
        <translation>— Choose village —</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="140" />
        <source>Mã hộ gia đình</source>
        <translation>Household code</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="173" />
        <source>Họ và tên (*):</source>
        <translation>Full name (*):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="174" />
        <source>Ngày sinh (*):</source>
        <translation>Date of birth (*):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="175" />
        <source>Giới tính:</source>
        <translation>Sex:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="176" />
        <source>Dân tộc:</source>
        <translation>Ethnic group:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="177" />
        <source>Số CCCD:</source>
        <translation>ID number (CCCD):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="178" />
        <source>Mã số BHXH:</source>
        <translation>Social insurance code:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="179" />
        <source>Điện thoại:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="180" />
        <source>Xã:</source>
        <translation>Commune:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="181" />
        <source>Thôn, buôn:</source>
        <translation>Village:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="182" />
        <source>Địa chỉ:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="183" />
        <source>Hộ gia đình:</source>
        <translation>Household:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="184" />
        <source>Quan hệ với chủ hộ:</source>
        <translation>Relationship to head:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="185" />
        <source>Đối tượng:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="186" />
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="198" />
        <source>(*) bắt buộc nhập</source>
        <translation>(*) required</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="202" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="205" />
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="207" />
        <location filename="../../desktop/views/participants/person_dialog.py" line="594" />
        <source>Xoá hồ sơ</source>
        <translation>Delete record</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="250" />
        <source>Gõ tên hoặc mã, ví dụ: Ê Đê hoặc 12</source>
        <translation>Type a name or code, e.g. Ê Đê or 12</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="268" />
        <location filename="../../desktop/views/participants/person_dialog.py" line="475" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="268" />
        <location filename="../../desktop/views/participants/person_dialog.py" line="475" />
        <source>Ngày sinh</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="268" />
        <location filename="../../desktop/views/participants/person_dialog.py" line="477" />
        <source>Thôn, buôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="268" />
        <location filename="../../desktop/views/participants/person_dialog.py" line="476" />
        <source>Số CCCD</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="269" />
        <location filename="../../desktop/views/participants/person_dialog.py" line="476" />
        <source>Mã số BHXH</source>
        <translation>SI code</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="269" />
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="281" />
        <source>Mở hồ sơ đã có</source>
        <translation>Open existing record</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="328" />
        <source>Hồ sơ: {name}</source>
        <translation>Record: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="425" />
        <source>chưa có chủ hộ</source>
        <translation>no head yet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="426" />
        <source>Chủ hộ: {head} · {village} · {n} người</source>
        <translation>Head: {head} · {village} · {n} members</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="448" />
        <source>Không có hộ gia đình mã “{code}”.</source>
        <translation>No household with code “{code}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="463" />
        <source>Cần nhập hoặc sửa: {fields}</source>
        <translation>To fill in or correct: {fields}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="475" />
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="476" />
        <source>Dân tộc</source>
        <translation>Ethnic group</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="477" />
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="477" />
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="478" />
        <source>Hộ gia đình</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="478" />
        <source>Quan hệ với chủ hộ</source>
        <translation>Relationship to head</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="479" />
        <source>Đối tượng</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="479" />
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="528" />
        <source>Hồ sơ đã thay đổi</source>
        <translation>Record has changed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="528" />
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="554" />
        <source>Số CCCD hoặc mã số BHXH này đã có trong hồ sơ dưới đây. Không thể lưu thêm một hồ sơ cùng số; hãy mở hồ sơ đã có.</source>
        <translation>This ID number or social insurance code is already in the record below. A second record with the same number cannot be saved; open the existing record.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="558" />
        <source>Có thể người này đã có hồ sơ (trùng họ tên, năm sinh và thôn, buôn). Hãy mở hồ sơ đã có, hoặc lưu nếu đây là người khác.</source>
        <translation>This person may already have a record (same name, birth year and village). Open the existing record, or save if this is someone else.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="561" />
        <source>Vẫn lưu người mới</source>
        <translation>Save as a new person anyway</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="561" />
        <source>Vẫn lưu hồ sơ này</source>
        <translation>Save this record anyway</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="590" />
        <source>Xoá hồ sơ {name}?</source>
        <translation>Delete the record of {name}?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="592" />
        <source>Các lượt tham gia BHXH, BHYT ({n}) của người này cũng bị xoá.</source>
        <translation>This person's {n} SI/HI enrollments will also be deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/participants/person_dialog.py" line="599" />
        <source>Chưa xoá được</source>
        <translation>Not deleted</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="18" />
        <source>Chức năng này chưa có trong phiên bản hiện tại.</source>
        <translation>This feature is not available in this version yet.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="29" />
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="32" />
        <source>Thông tin đơn vị (dùng chung cho mọi máy)</source>
        <translation>Office details (shared by every desk)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="34" />
        <source>Lưu thông tin đơn vị</source>
        <translation>Save office details</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="40" />
        <source>Máy này</source>
        <translation>This desk</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="49" />
        <source>Ngôn ngữ:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="50" />
        <source>Cơ sở dữ liệu:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="72" />
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="75" />
        <source>Đã lưu</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="75" />
        <source>Đã lưu thông tin đơn vị.</source>
        <translation>Office details saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="81" />
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="82" />
        <source>Ngôn ngữ mới có hiệu lực khi mở lại ứng dụng. / The new language applies after a restart.</source>
        <translation>The new language applies after a restart. / Ngôn ngữ mới có hiệu lực khi mở lại ứng dụng.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../desktop/views/setup_dialog.py" line="20" />
        <source>Thiết lập lần đầu — An Sinh Desk</source>
        <translation>First-run setup — An Sinh Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_dialog.py" line="24" />
        <source>Chào mừng đến với An Sinh Desk. Hãy nhập thông tin đơn vị và chọn các xã, phường đơn vị phụ trách. Có thể sửa lại sau trong mục Cài đặt.</source>
        <translation>Welcome to An Sinh Desk. Enter your office's details and choose the communes it serves. You can change them later under Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_dialog.py" line="31" />
        <source>Lưu và bắt đầu</source>
        <translation>Save and start</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_dialog.py" line="32" />
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_dialog.py" line="44" />
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
</context>
</TS>