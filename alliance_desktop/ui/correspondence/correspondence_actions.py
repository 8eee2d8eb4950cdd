"""The window's correspondence actions: Letters… and E-mails… on every record tab's toolbar
(and the Edit menu), Tools → Templates…."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction

from alliance_desktop.domain.correspondence import Audience, TemplateKind
from alliance_desktop.services.correspondence.saved_searches import TAB_AUDIENCE
from alliance_desktop.ui.actions.language_follower import LanguageFollower
from alliance_desktop.ui.actions.read_only_mode import mark_writing

if TYPE_CHECKING:  # loaded when first opened: they bring Jinja2 and ReportLab
    from alliance_desktop.ui.correspondence.correspondence_dialog import CorrespondenceDialog
    from alliance_desktop.ui.correspondence.template_editor import TemplateEditor


def preview_uids(window: Any) -> dict[Audience, str]:
    """A real record per kind for the template preview: the tab's selected row, else its
    first row."""
    found: dict[Audience, str] = {}
    for name, tab in window.record_tabs.items():
        if name not in TAB_AUDIENCE:
            continue
        uids = tab.selected_uids()
        first = tab.model.row_at(0) if tab.model.total else None
        uid = uids[0] if uids else (first.uid if first is not None else None)
        if uid:
            found[TAB_AUDIENCE[name]] = uid
    return found


def open_templates(window: Any) -> TemplateEditor:
    from alliance_desktop.ui.correspondence.template_editor import TemplateEditor

    editor = TemplateEditor(window.services, window.prompts, preview_uids(window), window)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    editor.show()
    return editor


def open_correspondence(window: Any, kind: TemplateKind) -> CorrespondenceDialog | None:
    from alliance_desktop.ui.correspondence.correspondence_dialog import CorrespondenceDialog

    tab = window.current_record_tab()
    if tab is None or tab.name not in TAB_AUDIENCE:
        return None
    dialog = CorrespondenceDialog(tab, window.services, window.prompts, kind, parent=window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def install_correspondence_actions(window: Any) -> tuple[QAction, QAction, QAction]:
    """Letters… and E-mails… for every record tab, and Tools → Templates…."""
    letters = QAction(window)
    letters.setObjectName("lettersAction")
    letters.triggered.connect(lambda: open_correspondence(window, TemplateKind.LETTER))
    emails = QAction(window)
    emails.setObjectName("emailsAction")
    emails.triggered.connect(lambda: open_correspondence(window, TemplateKind.EMAIL))
    templates = QAction(window)
    templates.setObjectName("templatesAction")
    templates.triggered.connect(lambda: open_templates(window))

    def retranslate() -> None:
        letters.setText(QCoreApplication.translate("CorrespondenceActions", "&Letters…"))
        letters.setStatusTip(
            QCoreApplication.translate(
                "CorrespondenceActions",
                "Letters from a template to the selected rows, the filter or a saved search",
            )
        )
        emails.setText(QCoreApplication.translate("CorrespondenceActions", "E-&mails…"))
        emails.setStatusTip(
            QCoreApplication.translate(
                "CorrespondenceActions",
                "E-mails from a template, as files for your mail client or in BCC",
            )
        )
        templates.setText(QCoreApplication.translate("CorrespondenceActions", "&Templates…"))
        templates.setStatusTip(
            QCoreApplication.translate(
                "CorrespondenceActions", "Edit the letter and e-mail templates, with a preview"
            )
        )

    retranslate()
    LanguageFollower(window, retranslate)
    window.add_list_action(letters)
    window.add_list_action(emails)
    window.add_tool_action(templates)
    # Each run is logged on its records; templates are saved in the database.
    mark_writing(letters, emails, templates)
    return letters, emails, templates
