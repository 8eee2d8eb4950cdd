"""MergeDialog: two records side by side, a choice per field, what moves, and Merge."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.duplicates import DuplicateKind, MergePreview, MergeResult, MergeSide
from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.ui.formatting import date_text, plural
from alliance_desktop.ui.language import Retranslating
from alliance_desktop.ui.service_errors import report_refusal
from alliance_desktop.ui.undo.undo_history import history_for
from alliance_desktop.ui.undo.undo_names import merged as merge_name
from alliance_desktop.ui.windows.history_view import field_text, value_text

LEFT, RIGHT = 0, 1


def default_kept(preview: MergePreview) -> int:
    """The member (of two, the older participant number), else the record with more links,
    else the first (the older)."""
    left_no, right_no = preview.left.member_no, preview.right.member_no
    if left_no is not None or right_no is not None:
        if left_no is None or right_no is None:
            return LEFT if left_no is not None else RIGHT
        return LEFT if left_no <= right_no else RIGHT
    left = sum(n for n, _ in preview.moves.values())
    right = sum(n for _, n in preview.moves.values())
    return RIGHT if right > left else LEFT


def default_side(preview: MergePreview, field: str) -> int:
    """The value that is there; of two different ones, the newer record's."""
    left, right = preview.left.values[field], preview.right.values[field]
    if not left or not right:
        return LEFT if left or not right else RIGHT
    return RIGHT if preview.right.updated_at > preview.left.updated_at else LEFT


class MergeDialog(Retranslating, QDialog):
    """Emits ``merged(MergeResult)`` after a merge; refusals ("changed by X") are shown."""

    merged = Signal(object)

    def __init__(
        self, services: Any, prompts: Any, preview: MergePreview, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.prompts = prompts
        self.preview = preview
        self.sides = (preview.left, preview.right)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.keep_group = QButtonGroup(self)
        self.keep_buttons = [QRadioButton(), QRadioButton()]
        self.headers = [QLabel(), QLabel()]
        self.field_labels: dict[str, QLabel] = {}
        self.field_groups: dict[str, QButtonGroup] = {}
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        for side in (LEFT, RIGHT):
            self.keep_group.addButton(self.keep_buttons[side], side)
            self.headers[side].setWordWrap(True)
            self.headers[side].setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(self.headers[side], 0, side + 1)
            grid.addWidget(self.keep_buttons[side], 1, side + 1)
        for row, field in enumerate(preview.fields, start=2):
            self._add_field_row(grid, row, field)
        grid.setRowStretch(len(preview.fields) + 2, 1)  # the rows stay together at the top
        fields = QWidget()
        fields.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(fields)
        self.moves_label = QLabel()
        self.moves_label.setWordWrap(True)
        self.membership_box = QGroupBox()
        self.membership_group = QButtonGroup(self)
        self.membership_buttons = [QRadioButton(), QRadioButton()]
        self.membership_note = QLabel()
        self.membership_note.setWordWrap(True)
        box_layout = QVBoxLayout(self.membership_box)
        for side in (LEFT, RIGHT):
            self.membership_group.addButton(self.membership_buttons[side], side)
            box_layout.addWidget(self.membership_buttons[side])
        box_layout.addWidget(self.membership_note)
        self.both_members = None not in (preview.left.member_no, preview.right.member_no)
        self.membership_box.setVisible(self.both_members)
        if self.both_members:
            older = LEFT if preview.left.member_no <= preview.right.member_no else RIGHT  # type: ignore[operator]
            self.membership_buttons[older].setChecked(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.moves_label)
        layout.addWidget(self.membership_box)
        layout.addWidget(self.buttons)
        self.keep_buttons[default_kept(preview)].setChecked(True)
        self._follow_kept_name(default_kept(preview))
        self.keep_group.idToggled.connect(self._on_keep_group_id_toggled)
        self.resize(900, 640)
        self.retranslate_ui()

    def _add_field_row(self, grid: QGridLayout, row: int, field: str) -> None:
        label = QLabel()
        self.field_labels[field] = label
        grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
        group = QButtonGroup(self)
        self.field_groups[field] = group
        same = self.sides[LEFT].values[field] == self.sides[RIGHT].values[field]
        for side in (LEFT, RIGHT):
            button = QRadioButton()
            button.setEnabled(not same)
            group.addButton(button, side)
            grid.addWidget(button, row, side + 1)
        group.button(LEFT if same else default_side(self.preview, field)).setChecked(True)

    def retranslate_ui(self) -> None:
        person = self.preview.kind is DuplicateKind.PERSON
        self.setWindowTitle(self.tr("Merge two persons") if person else self.tr("Merge duplicates"))
        self.intro.setText(
            self.tr(
                "Choose the record to keep and, for each field, the value it keeps. Everything "
                "linked to the other record moves onto it and the other record is removed. "
                "Unmerge, in the kept record's History tab, puts both back as they were."
            )
        )
        for side in (LEFT, RIGHT):
            record = self.sides[side]
            self.headers[side].setText(self._header_text(record))
            self.keep_buttons[side].setText(self.tr("Keep this record"))
        for field, label in self.field_labels.items():
            label.setText(field_text("authority" if field == "authority_id" else field))
            for side in (LEFT, RIGHT):
                value = self.sides[side].values[field]
                shown = value_text(value, field) if field != "authority_id" or not value else value
                button = self.field_groups[field].button(side)
                button.setText(shown.replace("&", "&&").replace("\n", " ⏎ "))
                button.setToolTip(shown)
        self.membership_box.setTitle(self.tr("Both are members: which membership stays?"))
        for side in (LEFT, RIGHT):
            self.membership_buttons[side].setText(
                self.tr("Participant no. {number} ({name})").format(
                    number=self.sides[side].member_no, name=self.sides[side].label
                )
            )
        self.membership_note.setText(
            self.tr(
                "The other membership is removed; its participant number is written in the "
                "audit trail and comes back with Unmerge."
            )
        )
        self.merge_button.setText(self.tr("&Merge"))
        self._show_moves()

    def _header_text(self, record: MergeSide) -> str:
        text = self.tr("{name}\nchanged {date}").format(
            name=record.label, date=date_text(record.updated_at.date())
        )
        if record.member_no is not None:
            text += "\n" + self.tr("member, participant no. {number}").format(
                number=record.member_no
            )
        return text

    def kept_side(self) -> int:
        return LEFT if self.keep_buttons[LEFT].isChecked() else RIGHT

    def _show_moves(self) -> None:
        dropped = 1 - self.kept_side()
        counts = {name: pair[dropped] for name, pair in self.preview.moves.items()}
        if self.both_members:
            counts.pop("membership")  # one stays, the other goes: the box below says which
        words = {
            "membership": (self.tr("{n} membership"), self.tr("{n} memberships")),
            "signatures": (self.tr("{n} signature"), self.tr("{n} signatures")),
            "applications": (self.tr("{n} application"), self.tr("{n} applications")),
            "persons": (self.tr("{n} contact person"), self.tr("{n} contact persons")),
            "certificates": (self.tr("{n} certificate issued"), self.tr("{n} certificates issued")),
            "follow_ups": (self.tr("{n} follow-up"), self.tr("{n} follow-ups")),
            "focal_point_of": (
                self.tr("focal point of {n} member"),
                self.tr("focal point of {n} members"),
            ),
            "contact_of": (
                self.tr("contact of {n} application"),
                self.tr("contact of {n} applications"),
            ),
        }
        parts = [plural(n, *words[name]) for name, n in counts.items() if n and name in words]
        name = self.sides[dropped].label
        self.moves_label.setText(
            self.tr("Moves from “{name}” onto the kept record: {what}.").format(
                name=name, what=", ".join(parts)
            )
            if parts
            else self.tr("Nothing is linked to “{name}”: only its values are merged.").format(
                name=name
            )
        )

    def choices(self) -> dict[str, str]:
        """For the service: each field's "keep" or "drop", and which membership stays."""
        kept = self.kept_side()
        chosen = {
            field: "keep" if group.checkedId() == kept else "drop"
            for field, group in self.field_groups.items()
        }
        if self.both_members:
            chosen["membership"] = "keep" if self.membership_group.checkedId() == kept else "drop"
        return chosen

    def _on_keep_group_id_toggled(self, side: int, checked: bool) -> None:
        if checked:
            self._follow_kept_name(side)
            self._show_moves()

    def _follow_kept_name(self, side: int) -> None:
        """The kept record keeps its own name unless chosen otherwise: a name is what the
        record is known by, not a value that newer data improves."""
        button = self.field_groups["name"].button(side)
        if button.isEnabled():
            button.setChecked(True)

    def accept(self) -> None:
        kept = self.sides[self.kept_side()]
        dropped = self.sides[1 - self.kept_side()]
        try:
            result = self.services.duplicates.merge(
                self.preview.kind,
                kept.uid,
                dropped.uid,
                self.choices(),
                kept.version,
                dropped.version,
            )
        except RefusedError as exc:
            report_refusal(self, self.prompts, exc, self.tr("Not merged"))
            return
        self._remember(result, kept.label, dropped.label)
        self.merged.emit(result)
        super().accept()

    def _remember(self, result: MergeResult, kept_name: str, dropped_name: str) -> None:
        """Put the merge on the window's Edit → Undo history: undo is Unmerge, redo merges
        the same two records again with the same choices (at their versions then)."""
        history = history_for(self.services)
        if history is None:
            return
        services, kind, choices = self.services, self.preview.kind, self.choices()
        keep, drop = result.kept_uid, result.dropped_uid
        last = {"merge": result.merge_uid}

        def version(uid: str) -> int:
            found = services.authorities if kind is DuplicateKind.AUTHORITY else services.persons
            return int(found.get(uid).meta.version)

        def unmerge() -> object:
            return services.duplicates.unmerge(last["merge"])

        def merge_again() -> object:
            again = services.duplicates.merge(
                kind, keep, drop, choices, version(keep), version(drop)
            )
            last["merge"] = again.merge_uid
            return again

        history.push(merge_name(dropped_name, kept_name), unmerge, merge_again, [keep])
