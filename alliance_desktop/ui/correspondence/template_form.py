"""TemplateForm: one template's fields, its placeholders, its problems and its live preview.

Placeholders are chosen from a list in the user's words and inserted as ``{{ key }}``;
problems (syntax, unknown placeholder, forbidden markup) are listed with their line, and a
click puts the cursor there; the preview shows the letter's page or the e-mail as it will
be sent, for a real record when one is given.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPixmap, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.correspondence import (
    PLACEHOLDERS,
    Audience,
    TemplateDraft,
    TemplateKind,
    TemplateProblem,
)
from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.services.correspondence.templating import check_template
from alliance_desktop.ui.dialogs.org_settings_dialog import pdf_page_image
from alliance_desktop.ui.language import Retranslating

PREVIEW_DELAY_MS = 400


class TemplateForm(Retranslating, QWidget):
    """Edits a :class:`TemplateDraft`; ``problems_changed`` says whether it can be saved."""

    problems_changed = Signal(bool)  # True: there are problems
    edited = Signal()

    def __init__(self, services: Any, preview_uids: dict[Audience, str], parent: Any = None):
        super().__init__(parent)
        self.services = services
        self.preview_uids = preview_uids
        self.problems: list[TemplateProblem] = []
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self._build()
        self.retranslate_ui()

    def _build(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        editor = QWidget()
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.kind_box = QComboBox()
        for kind in TemplateKind:
            self.kind_box.addItem("", kind.value)
        self.language_box = QComboBox()
        for code in ("en", "fr"):
            self.language_box.addItem("", code)
        self.audience_box = QComboBox()
        for audience in Audience:
            self.audience_box.addItem("", audience.value)
        self.subject_edit = QLineEdit()
        self.name_label, self.kind_label = QLabel(), QLabel()
        self.language_label, self.audience_label = QLabel(), QLabel()
        self.subject_label = QLabel()
        for label, widget in (
            (self.name_label, self.name_edit),
            (self.kind_label, self.kind_box),
            (self.language_label, self.language_box),
            (self.audience_label, self.audience_box),
            (self.subject_label, self.subject_edit),
        ):
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.body_edit = QPlainTextEdit()
        self.body_edit.setObjectName("templateBody")
        self.body_edit.setTabChangesFocus(True)
        self.bold_button, self.italic_button = QPushButton(), QPushButton()
        self.bold_button.clicked.connect(lambda: self._wrap("b"))
        self.italic_button.clicked.connect(lambda: self._wrap("i"))
        self.placeholder_list = QListWidget()
        self.placeholder_list.setObjectName("placeholderList")
        self.placeholder_list.setMinimumWidth(210)
        self.placeholder_list.itemActivated.connect(self._on_placeholder_list_item_activated)
        self.insert_button = QPushButton()
        self.insert_button.clicked.connect(self._on_insert_button_clicked)
        self.placeholders_label = QLabel()
        self.problem_list = QListWidget()
        self.problem_list.setObjectName("problemList")
        self.problem_list.setStyleSheet("color: #b00020;")
        self.problem_list.setMaximumHeight(90)
        self.problem_list.itemActivated.connect(self._on_problem_list_item_activated)
        self.problem_list.itemClicked.connect(self._on_problem_list_item_activated)

        side = QVBoxLayout()
        side.addWidget(self.placeholders_label)
        side.addWidget(self.placeholder_list, 1)
        side.addWidget(self.insert_button)
        side.addWidget(self.bold_button)
        side.addWidget(self.italic_button)
        body_row = QHBoxLayout()
        body_row.addWidget(self.body_edit, 3)
        body_row.addLayout(side, 1)
        layout = QVBoxLayout(editor)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addLayout(body_row, 1)
        layout.addWidget(self.problem_list)

        self.preview_stack = QStackedWidget()
        self.page_label = QLabel()
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidget(self.page_label)
        scroll.setWidgetResizable(True)
        self.mail_view = QTextBrowser()
        self.mail_view.setOpenLinks(False)
        self.preview_stack.addWidget(scroll)
        self.preview_stack.addWidget(self.mail_view)
        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        self.preview_title = QLabel()
        preview_layout.addWidget(self.preview_title)
        preview_layout.addWidget(self.preview_stack, 1)
        splitter.addWidget(editor)
        splitter.addWidget(preview)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 520])
        self.preview_scroll = scroll
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)

        for edit in (self.name_edit, self.subject_edit):
            edit.textChanged.connect(self._on_changed)
        self.body_edit.textChanged.connect(self._on_changed)
        for box in (self.kind_box, self.language_box, self.audience_box):
            box.currentIndexChanged.connect(self._on_changed)
        self.audience_box.currentIndexChanged.connect(self._fill_placeholders)
        # Insert goes where the user was typing (the button or list takes the focus on click).
        self._last_field: QWidget = self.body_edit
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_application_focus_changed)
        self.kind_box.currentIndexChanged.connect(self._show_subject)

    def retranslate_ui(self) -> None:
        self.name_label.setText(self.tr("&Name:"))
        self.kind_label.setText(self.tr("&Kind:"))
        self.language_label.setText(self.tr("&Language:"))
        self.audience_label.setText(self.tr("&Written to:"))
        self.subject_label.setText(self.tr("&Subject:"))
        self.kind_box.setItemText(0, self.tr("Letter"))
        self.kind_box.setItemText(1, self.tr("E-mail"))
        self.language_box.setItemText(0, self.tr("English"))
        self.language_box.setItemText(1, self.tr("French"))
        self.audience_box.setItemText(0, self.tr("Members"))
        self.audience_box.setItemText(1, self.tr("Signatories"))
        self.audience_box.setItemText(2, self.tr("Applicants"))
        self.body_edit.setAccessibleName(self.tr("Text of the template"))
        self.body_edit.setPlaceholderText(
            self.tr(
                "Write the text; insert placeholders from the list; a blank line starts "
                "a new paragraph."
            )
        )
        self.placeholders_label.setText(self.tr("&Placeholders:"))
        self.placeholders_label.setBuddy(self.placeholder_list)
        self.insert_button.setText(self.tr("&Insert"))
        self.insert_button.setToolTip(self.tr("Insert the chosen placeholder at the cursor"))
        self.bold_button.setText(self.tr("&Bold"))
        self.italic_button.setText(self.tr("I&talic"))
        self.problem_list.setAccessibleName(self.tr("Problems in the template"))
        self._fill_placeholders()
        self._show_problems()
        self._show_preview_title()

    # --- values ----------------------------------------------------------------------

    def load(self, draft: TemplateDraft) -> None:
        self._loading = True
        try:
            self.name_edit.setText(draft.name)
            self.kind_box.setCurrentIndex(self.kind_box.findData(draft.kind.value))
            self.language_box.setCurrentIndex(max(self.language_box.findData(draft.language), 0))
            self.audience_box.setCurrentIndex(self.audience_box.findData(draft.audience.value))
            self.subject_edit.setText(draft.subject)
            self.subject_edit.setCursorPosition(0)
            self.body_edit.setPlainText(draft.body)
        finally:
            self._loading = False
        self._show_subject()
        self.refresh()

    def draft(self) -> TemplateDraft:
        return TemplateDraft(
            name=self.name_edit.text().strip(),
            kind=TemplateKind(self.kind_box.currentData()),
            language=str(self.language_box.currentData()),
            audience=Audience(self.audience_box.currentData()),
            subject=self.subject_edit.text(),
            body=self.body_edit.toPlainText(),
        )

    def _is_email(self) -> bool:
        return bool(self.kind_box.currentData() == TemplateKind.EMAIL.value)

    # --- placeholders --------------------------------------------------------------------

    def _fill_placeholders(self) -> None:
        self.placeholder_list.clear()
        audience = Audience(self.audience_box.currentData() or Audience.MEMBER.value)
        for placeholder in PLACEHOLDERS[audience]:
            code = "{{ " + placeholder.key + " }}"
            item = QListWidgetItem(str(placeholder.label))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setToolTip(code)
            self.placeholder_list.addItem(item)
        self.placeholder_list.setCurrentRow(0)

    def insert_placeholder(self, code: str) -> None:
        """Put ``code`` at the cursor of the subject (when it has the focus) or the text."""
        if self._last_field is self.subject_edit:
            self.subject_edit.insert(code)
            self.subject_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.body_edit.insertPlainText(code)
        self.body_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_application_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is self.subject_edit or new is self.body_edit:
            self._last_field = new

    def _wrap(self, tag: str) -> None:
        cursor = self.body_edit.textCursor()
        text = cursor.selectedText()
        cursor.insertText(f"<{tag}>{text}</{tag}>")
        self.body_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_placeholder_list_item_activated(self, item: QListWidgetItem) -> None:
        self.insert_placeholder(str(item.data(Qt.ItemDataRole.UserRole)))

    def _on_insert_button_clicked(self) -> None:
        item = self.placeholder_list.currentItem()
        if item is not None:
            self.insert_placeholder(str(item.data(Qt.ItemDataRole.UserRole)))

    # --- problems and preview ------------------------------------------------------------

    def _on_changed(self, *_args: Any) -> None:
        if not self._loading:
            self.edited.emit()
            self._timer.start()

    def _show_subject(self, *_args: Any) -> None:
        # An e-mail's subject is required; a letter's is an optional bold line.
        self.subject_edit.setPlaceholderText(
            "" if self._is_email() else self.tr("Optional: printed in bold above the text")
        )

    def refresh(self) -> None:
        """Check the template now and, when it renders, draw its preview."""
        self._timer.stop()
        draft = self.draft()
        self.problems = check_template(draft)
        self._show_problems()
        self.problems_changed.emit(bool(self.problems))
        self._show_preview_title()
        if self.problems:
            # A stale preview would look like the text being typed: say why it waits.
            self.page_label.setPixmap(QPixmap())
            self.page_label.setText(self.tr("The preview returns once the problems are fixed."))
            self.mail_view.setPlainText(self.page_label.text())
            return
        uid = self.preview_uids.get(draft.audience)
        try:
            if draft.kind is TemplateKind.EMAIL:
                subject, html = self.services.emails.preview(draft, uid)
                self.mail_view.setHtml(html)
                self.mail_view.setDocumentTitle(subject)
                self.preview_subject = subject
                self.preview_stack.setCurrentIndex(1)
                self._show_preview_title()
            else:
                data = self.services.letters.preview(draft, uid)
                width = max(self.preview_scroll.viewport().width() - 8, 360)
                ratio = self.devicePixelRatioF()
                image = pdf_page_image(data, round(width * ratio))
                image.setDevicePixelRatio(ratio)
                self.page_label.setPixmap(QPixmap.fromImage(image))
                self.preview_stack.setCurrentIndex(0)
        except RefusedError as error:
            self.problem_list.addItem(str(error))

    def _show_preview_title(self) -> None:
        draft_kind = self.kind_box.currentData()
        if draft_kind == TemplateKind.EMAIL.value and getattr(self, "preview_subject", ""):
            self.preview_title.setText(
                self.tr("Preview — Subject: {subject}").format(subject=self.preview_subject)
            )
        else:
            self.preview_title.setText(self.tr("Preview"))
        self.preview_title.setTextFormat(Qt.TextFormat.PlainText)

    def _show_problems(self) -> None:
        self.problem_list.clear()
        parts = {"name": self.tr("Name"), "subject": self.tr("Subject"), "body": self.tr("Text")}
        for problem in sorted(self.problems, key=lambda p: (p.part != "name", p.line)):
            where = parts.get(problem.part, problem.part)
            if problem.line:
                text = self.tr("{part}, line {line}: {message}").format(
                    part=where, line=problem.line, message=str(problem)
                )
            else:
                text = self.tr("{part}: {message}").format(part=where, message=str(problem))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (problem.part, problem.line))
            self.problem_list.addItem(item)
        self.problem_list.setVisible(bool(self.problems))

    def _on_problem_list_item_activated(self, item: QListWidgetItem) -> None:
        where = item.data(Qt.ItemDataRole.UserRole)
        if not where:
            return
        part, line = where
        if part == "body" and line:
            block = self.body_edit.document().findBlockByNumber(int(line) - 1)
            cursor = QTextCursor(block)
            self.body_edit.setTextCursor(cursor)
            self.body_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        elif part == "subject":
            self.subject_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        elif part == "name":
            self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
