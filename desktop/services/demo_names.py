"""Name and place pools for the demo office: Kinh, Ê Đê, M'nông and Tày/Nùng names."""

from __future__ import annotations

KINH_FAMILY = (
    ("Nguyễn", 30), ("Trần", 10), ("Lê", 9), ("Phạm", 7), ("Hoàng", 5), ("Huỳnh", 4), ("Phan", 4),
    ("Vũ", 3), ("Võ", 3), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 2), ("Hồ", 2), ("Ngô", 2), ("Dương", 1),
    ("Lý", 1), ("Đinh", 1), ("Trương", 1), ("Lương", 1), ("Mai", 1), ("Cao", 1), ("Đoàn", 1),
)
KINH_MIDDLE = {
    "M": ("Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Công", "Xuân", "Đình", "Ngọc", "Văn", "Văn"),
    "F": ("Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Mỹ", "Hồng", "Bích", "Thị"),
}
KINH_GIVEN = {
    "M": ("Hùng", "Dũng", "Tuấn", "Nam", "Hải", "Sơn", "Long", "Phong", "Quang", "Thắng", "Tùng", "Đức",
          "Hiếu", "Khánh", "Lâm", "Bình", "Trung", "Vinh", "Phúc", "Toàn", "Đạt", "Hưng", "Cường", "Thịnh",
          "Tài", "Lộc", "Nghĩa", "Quý", "Sáng", "Tâm"),
    "F": ("Hiền", "Lan", "Mai", "Hương", "Hà", "Phương", "Thảo", "Trang", "Linh", "Nhung", "Hạnh", "Yến",
          "Oanh", "Loan", "Ngân", "Tuyết", "Hằng", "Huyền", "Nga", "Vân", "Thủy", "Dung", "Liên", "Xuân",
          "Diệp", "Ánh", "Quyên", "Nhi"),
}
TAY_NUNG_FAMILY = (("Hoàng", 3), ("Nông", 3), ("Lục", 1), ("Lường", 1), ("Hà", 2), ("Triệu", 1), ("Vi", 1), ("Lò", 1))

EDE_CLANS = ("Niê", "Êban", "Mlô", "Ayun", "Byă", "Ktla", "Adrơng", "Buôn Yă", "Hwing", "Kpă", "Ksơr",
             "Êñuôl", "Knul", "Mjâu", "Hđơk", "Niê Kdăm", "Bkrông", "Mdrang")
EDE_GIVEN = {
    "M": ("Bhim", "Kô", "Wang", "Thuột", "Jut", "Bơ", "Dhông", "Khuê", "Ngông", "Blốc", "Sứ", "Yơn", "Mtô",
          "Dhăm", "Nuê", "Kriêng", "Hlin", "Bih", "Kuê", "Luêch", "Thông", "Ju"),
    "F": ("Nhi", "Hen", "Ly", "Lim", "Yam", "Bia", "Huê", "Mai", "Hoa", "Jô", "Duen", "Nga", "Rin", "Bhiăn",
          "Kim", "Juel", "Xíu", "Blin", "Grư", "Ngơn", "Đoan"),
}
CLAN_BRANCHES = {"Niê Kdăm": "Niê"}
"""A branch (sub-clan) and the clan it belongs to; some households write only the clan."""
MNONG_CLANS = ("Bdap", "Liêng", "Bon", "Krông", "Ja", "Nơng", "Siu", "Bing")
MNONG_GIVEN = {
    "M": ("Jut", "Ngông", "Bril", "Drin", "Krăk", "Tơr", "Sruih", "Rông", "Nô", "Pui"),
    "F": ("Blong", "Lâm", "Rin", "Đol", "Mlai", "Broh", "Ngeh", "Jơn"),
}

BUON_NAMES = (
    "Buôn Ea Kmar", "Buôn Xúc", "Buôn Trưng", "Buôn Kroa A", "Buôn Kroa B", "Buôn Sút M'đưng", "Buôn Ea Tar",
    "Buôn Hra Ea Hning", "Buôn Mấp", "Buôn Ea Bri", "Buôn Đăk Tuôr", "Buôn Cuôr Đăng", "Buôn Kmrơng Prông",
    "Buôn Tơng Jŭ", "Buôn Ea Drơng", "Buôn Ea Kiết", "Buôn Ea M'dhar", "Buôn Ko Êmông", "Buôn Alê",
    "Buôn Drao", "Buôn Pơng", "Buôn Ea Sar", "Buôn Cư Dluê", "Buôn Knul",
)

SESSION_TOPICS = (
    "Chính sách BHXH tự nguyện theo Nghị định 159/2025/NĐ-CP",
    "Quyền lợi khi tham gia BHYT hộ gia đình",
    "Hướng dẫn cài đặt và sử dụng ứng dụng VssID",
    "Gia hạn thẻ BHYT đúng hạn, không gián đoạn quyền lợi",
    "BHYT học sinh, sinh viên năm học mới",
)
CO_ORGANISERS = (
    "UBND xã", "Trưởng thôn, buôn", "Hội Liên hiệp Phụ nữ xã", "Hội Nông dân xã", "Đoàn Thanh niên xã",
    "Hội Cựu chiến binh xã", "Già làng",
)
TRAINING_TOPICS = (
    "Sử dụng ứng dụng VssID",
    "Tra cứu trên Cổng thông tin BHXH",
    "Nghiệp vụ thu BHXH tự nguyện, BHYT hộ gia đình",
    "Kỹ năng tuyên truyền, vận động",
)
