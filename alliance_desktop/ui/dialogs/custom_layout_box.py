"""CustomLayoutBox: a label sheet of one's own, in mm — columns, rows, label size, margins and
pitches, the eight numbers of ``labels --custom``."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDoubleSpinBox, QGridLayout, QGroupBox, QLabel, QSpinBox, QWidget

from alliance_desktop.domain.label_layouts import CUSTOM, SheetLayout
from alliance_desktop.ui.language import Retranslating

# (decimals, minimum, maximum) per number, in the order of SheetLayout.spec(); 0 decimals: a count.
_FIELDS = (
    (0, 1, 20),
    (0, 1, 40),
    (2, 5, 210),
    (2, 5, 297),
    (2, 0, 150),
    (2, 0, 150),
    (2, 5, 210),
    (2, 5, 297),
)


class CustomLayoutBox(Retranslating, QGroupBox):
    """The eight fields of a custom sheet; ``changed`` is emitted when one of them changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        self.labels: list[QLabel] = []
        self.fields: list[QSpinBox | QDoubleSpinBox] = []
        for index, (decimals, low, high) in enumerate(_FIELDS):
            field: QSpinBox | QDoubleSpinBox
            if decimals:
                field = QDoubleSpinBox()
                field.setDecimals(decimals)
                field.setSingleStep(0.1)
            else:
                field = QSpinBox()
            field.setRange(low, high)
            label = QLabel()
            label.setBuddy(field)
            grid.addWidget(label, index // 2, (index % 2) * 2)
            grid.addWidget(field, index // 2, (index % 2) * 2 + 1)
            field.valueChanged.connect(self.changed)
            self.labels.append(label)
            self.fields.append(field)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Custom layout"))
        words = (
            self.tr("Columns:"),
            self.tr("Rows:"),
            self.tr("Label width:"),
            self.tr("Label height:"),
            self.tr("Top margin:"),
            self.tr("Left margin:"),
            self.tr("Horizontal pitch:"),
            self.tr("Vertical pitch:"),
        )
        for label, word, field in zip(self.labels, words, self.fields, strict=True):
            label.setText(word)
            if isinstance(field, QDoubleSpinBox):
                field.setSuffix(self.tr(" mm"))

    def set_spec(self, spec: str) -> None:
        """Fill the fields from ``cols,rows,w,h,top,left,hpitch,vpitch`` (ignored if malformed)."""
        try:
            numbers = [float(part) for part in spec.split(",")]
        except ValueError:
            return
        if len(numbers) != len(self.fields):
            return
        for field, number in zip(self.fields, numbers, strict=True):
            if isinstance(field, QSpinBox):
                field.setValue(int(number))
            else:
                field.setValue(number)

    def layout_of_sheet(self) -> SheetLayout:
        v = [field.value() for field in self.fields]
        return SheetLayout(CUSTOM, int(v[0]), int(v[1]), *(float(x) for x in v[2:]))
