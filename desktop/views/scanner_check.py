"""Cài đặt › Kiểm tra máy quét: scan a card once and see what arrived, what was repaired, what was understood.

The office sets up a new scanner or a new desk here. The window takes the
application's scans while it is open (nothing opens a person's record), shows
the line exactly as it arrived (control characters as ⟨81⟩), each repair, the
fields as read, and advice in Vietnamese when the scanner's mode or a
Vietnamese input method is the cause.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.qr import CccdScan, ScanReading
from desktop.views.fields import grow_to_fit
from desktop.views.qr_scanner import QrScanDetector
from desktop.views.scan_notes import advice, repairs

_OK_STYLE = "color: #1b5e20;"
_ADVICE_STYLE = "background: #fff8e1; color: #5d4037; padding: 6px; border: 1px solid #ffcc80;"


def visible_text(line: str) -> str:
    """The line with its invisible characters shown: a control character as ⟨81⟩, a non-breaking space as ⟨A0⟩."""
    return "".join(f"⟨{ord(char):02X}⟩" if not char.isprintable() or char == "\u00a0" else char for char in line)


def _plain_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ScannerCheckDialog(QDialog):
    """Shows the next scans the detector reads, one at a time."""

    def __init__(self, detector: QrScanDetector, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._detector = detector
        self.setWindowTitle(self.tr("Kiểm tra máy quét"))
        self.setMinimumWidth(1000)
        intro = QLabel(self.tr("Đưa mã QR trên thẻ CCCD hoặc thẻ căn cước vào máy quét, không cần bấm vào ô nào. "
                               "Thông tin quét ở đây chỉ để kiểm tra, không lưu vào hồ sơ."))
        intro.setWordWrap(True)
        self.status_label = _plain_label("scanStatus")
        self.status_label.setText(self.tr("Đang chờ quét…"))

        self.arrived_label = _plain_label("scanArrived")
        arrived_box = QGroupBox(self.tr("Máy quét đã gửi"))
        QVBoxLayout(arrived_box).addWidget(self.arrived_label)

        self.repairs_label = _plain_label("scanRepairs")
        repairs_box = QGroupBox(self.tr("Đã sửa"))
        QVBoxLayout(repairs_box).addWidget(self.repairs_label)

        self.values: dict[str, QLabel] = {}
        understood_box = QGroupBox(self.tr("Ứng dụng hiểu là"))
        form = QFormLayout(understood_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, title in (("cccd", self.tr("Số CCCD:")), ("old_id", self.tr("Số CMND cũ:")),
                            ("full_name", self.tr("Họ và tên:")), ("birth", self.tr("Ngày sinh:")),
                            ("sex", self.tr("Giới tính:")), ("address", self.tr("Địa chỉ:")),
                            ("issued", self.tr("Ngày cấp:")), ("card", self.tr("Loại thẻ:")),
                            ("extra", self.tr("Trường thêm:"))):
            self.values[name] = _plain_label(f"scanValue_{name}")
            self.values[name].setWordWrap(name in ("address", "extra"))
            form.addRow(title, self.values[name])

        self.advice_label = _plain_label("scanAdvice")
        self.advice_label.setStyleSheet(_ADVICE_STYLE)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Đóng"))
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addWidget(arrived_box)
        left.addWidget(repairs_box)
        left.addWidget(self.advice_label)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(understood_box)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.status_label)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)
        detector.scanned.connect(self.show_scan)
        detector.malformed.connect(self.show_malformed)
        detector.claim(self)

    def show_scan(self, scan: CccdScan) -> None:
        if not self.isVisible():
            return
        reading = scan.reading or ScanReading(scan.cccd, scan.cccd)
        self.status_label.setText(self.tr("Đã đọc thẻ. Quét thẻ khác để kiểm tra lại."))
        self.status_label.setStyleSheet(_OK_STYLE)
        self.arrived_label.setText(visible_text(reading.raw))
        done = repairs(reading)
        self.repairs_label.setText("\n".join(f"• {line}" for line in done) if done else self.tr("Không cần sửa gì."))
        unread = {name: reason for name, reason in reading.problems}
        shown = {
            "cccd": scan.cccd, "old_id": scan.old_id, "full_name": scan.full_name,
            "birth": scan.birth.display() if scan.birth else "",
            "sex": {"M": self.tr("Nam"), "F": self.tr("Nữ")}.get(scan.sex or "", ""),
            "address": scan.address, "issued": scan.issued.strftime("%d/%m/%Y") if scan.issued else "",
            "card": {"chip": self.tr("CCCD gắn chip"), "can_cuoc": self.tr("Thẻ căn cước (cấp từ 01/07/2024)")}
            .get(scan.card_kind or "", self.tr("Chưa rõ (thẻ không ghi ngày cấp)")),
            "extra": " | ".join(reading.extra),
        }
        for name, label in self.values.items():
            if name in unread:
                label.setText(self.tr("(không đọc được: để trống)"))
            else:
                label.setText(shown[name] or self.tr("(trống)"))
        self.advice_label.setText("\n".join(advice(reading)))
        grow_to_fit(self.advice_label)

    def show_malformed(self, message: str) -> None:
        if not self.isVisible():
            return
        self.status_label.setText(message)
        self.status_label.setStyleSheet("color: #b71c1c;")
        self.arrived_label.setText(visible_text(self._detector.last_line))
        self.repairs_label.setText("")
        for label in self.values.values():
            label.setText("")
        self.advice_label.setText("\n".join(advice(None)))
        grow_to_fit(self.advice_label)

    def done(self, result: int) -> None:
        self._detector.release(self)
        super().done(result)
