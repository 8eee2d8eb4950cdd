"""SheetPreview: a small drawing of a label sheet (which labels print, which are used) or an
envelope (where the addresses go), to scale."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from alliance_desktop.domain.label_layouts import Box, EnvelopeFormat, SheetLayout

USED = QColor(150, 150, 150)
PRINTED = QColor(70, 120, 200)
MARGIN_PX = 8


class SheetPreview(QWidget):
    """Draws the first sheet: labels before ``start_at`` greyed (already used), the ones that
    will print filled, the rest empty; or an envelope with its two address places.

    Clicking a label emits ``label_clicked`` with its number (1-based): where to start.
    """

    label_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sheet: SheetLayout | None = None
        self._envelope: EnvelopeFormat | None = None
        self._start_at = 1
        self._count = 0
        self.setMinimumSize(QSize(170, 240))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setToolTip(self.tr("Click a label to start printing there"))

    def set_sheet(self, sheet: SheetLayout | None, start_at: int, count: int) -> None:
        self._sheet, self._envelope = sheet, None
        self._start_at, self._count = start_at, count
        self.setToolTip(self.tr("Click a label to start printing there") if sheet else "")
        self.update()

    def set_envelope(self, envelope: EnvelopeFormat) -> None:
        self._sheet, self._envelope = None, envelope
        self.setToolTip("")
        self.update()

    def printed_numbers(self) -> list[int]:
        """The labels of the first sheet that will print (1-based), as drawn."""
        if self._sheet is None:
            return []
        last = min(self._sheet.per_sheet, self._start_at - 1 + self._count)
        return list(range(self._start_at, last + 1))

    def sizeHint(self) -> QSize:
        return QSize(230, 320)

    # --- geometry ---------------------------------------------------------------------------

    def _page_size(self) -> tuple[float, float]:
        if self._envelope is not None:
            return self._envelope.width, self._envelope.height
        if self._sheet is not None:
            return self._sheet.page_width, self._sheet.page_height
        return 210.0, 297.0

    def _scale(self) -> tuple[float, QPointF]:
        width, height = self._page_size()
        room_w = max(1, self.width() - 2 * MARGIN_PX)
        room_h = max(1, self.height() - 2 * MARGIN_PX)
        scale = min(room_w / width, room_h / height)
        origin = QPointF((self.width() - width * scale) / 2, (self.height() - height * scale) / 2)
        return scale, origin

    def _rect(self, box: Box, scale: float, origin: QPointF) -> QRectF:
        return QRectF(
            origin.x() + box.x * scale,
            origin.y() + box.y * scale,
            box.width * scale,
            box.height * scale,
        )

    # --- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale, origin = self._scale()
        width, height = self._page_size()
        page = QRectF(origin.x(), origin.y(), width * scale, height * scale)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(QColor("white"))
        painter.drawRect(page)
        if self._sheet is not None:
            self._paint_sheet(painter, self._sheet, scale, origin)
        elif self._envelope is not None:
            self._paint_envelope(painter, self._envelope, scale, origin)
        painter.end()

    def _paint_sheet(
        self, painter: QPainter, sheet: SheetLayout, scale: float, origin: QPointF
    ) -> None:
        printed = set(self.printed_numbers())
        for index in range(sheet.per_sheet):
            number = index + 1
            rect = self._rect(sheet.cell(index), scale, origin)
            if number < self._start_at:
                painter.setPen(QPen(USED, 1))
                painter.setBrush(QColor(USED.red(), USED.green(), USED.blue(), 110))
            elif number in printed:
                painter.setPen(QPen(PRINTED, 1))
                painter.setBrush(QColor(PRINTED.red(), PRINTED.green(), PRINTED.blue(), 45))
            else:
                painter.setPen(QPen(QColor(180, 180, 180), 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
            if number in printed:
                self._paint_lines(painter, rect, 3)

    def _paint_envelope(
        self, painter: QPainter, envelope: EnvelopeFormat, scale: float, origin: QPointF
    ) -> None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(180, 180, 180), 1, Qt.PenStyle.DashLine))
        sender = self._rect(envelope.sender, scale, origin)
        address = self._rect(envelope.address, scale, origin)
        painter.drawRect(sender)
        painter.drawRect(address)
        self._paint_lines(painter, sender, 4, small=True)
        self._paint_lines(painter, address, 5)

    def _paint_lines(
        self, painter: QPainter, rect: QRectF, count: int, small: bool = False
    ) -> None:
        """Grey strokes where the text lines go: a hint of the address, not its words."""
        pen = QPen(QColor(90, 90, 90), 1.5 if not small else 1)
        painter.setPen(pen)
        pad = rect.width() * 0.08
        step = min(rect.height() / (count + 2), 7.0)
        top = rect.center().y() - step * (count - 1) / 2
        for line in range(count):
            share = 0.75 if line == 0 else (0.55 if line % 2 else 0.65)
            y = top + line * step
            painter.drawLine(
                QPointF(rect.left() + pad, y),
                QPointF(rect.left() + pad + (rect.width() - 2 * pad) * share, y),
            )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._sheet is None or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        scale, origin = self._scale()
        for index in range(self._sheet.per_sheet):
            if self._rect(self._sheet.cell(index), scale, origin).contains(event.position()):
                self.label_clicked.emit(index + 1)
                return
        super().mousePressEvent(event)
