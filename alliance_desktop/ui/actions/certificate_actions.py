"""The main window's certificate actions (Signatories → Certificate…, Tools → settings)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.ui.actions.language_follower import LanguageFollower
from alliance_desktop.ui.actions.read_only_mode import mark_writing
from alliance_desktop.ui.dialogs.certificate_dialog import CertificateDialog
from alliance_desktop.ui.dialogs.org_settings_dialog import OrgSettingsDialog
from alliance_desktop.ui.prompts import Prompts
from alliance_desktop.ui.service_errors import read_or

SIGNATORIES_TAB = "signatories"


def chosen_signatures(window: Any) -> list[str]:
    """The selected signatories; with none selected, everything the filter shows (if agreed)."""
    tab = window.record_tab(SIGNATORIES_TAB)
    uids = list(tab.selected_uids())
    if uids:
        return uids
    shown = tab.shown_count()
    if not shown:
        return []
    title = QCoreApplication.translate("CertificateActions", "Certificates")
    # lupdate keeps no plural forms for translate(): the one case apart.
    question = (
        QCoreApplication.translate(
            "CertificateActions",
            "No signatory is selected. Make the certificate of the one signatory shown?",
        )
        if shown == 1
        else QCoreApplication.translate(
            "CertificateActions",
            "No signatory is selected. Make certificates for all {count} signatories shown?",
        ).format(count=shown)
    )
    if not window.prompts.confirm(window, title, question):
        return []
    query = tab.current_query()
    return read_or(
        window, window.prompts, lambda: list(window.services.signatures.list_uids(query)), []
    )


def install_certificate_actions(window: Any) -> tuple[QAction, QAction]:
    """Add *Certificate…* to the Signatories toolbar and *Organisation settings…* to Tools.

    ``window`` is the main window (its hook points: ``add_tab_action``, ``add_tool_action``,
    ``record_tab``, ``services``, ``prompts``); the services are read when an action is
    triggered, so they follow a change of database.
    """
    parent: QWidget = window
    certificate = QAction(parent)
    certificate.setObjectName("certificateAction")
    certificate.setShortcut(QKeySequence("Ctrl+Shift+P"))

    def on_certificate() -> None:
        uids = chosen_signatures(window)
        if uids:
            open_certificates(window, window.services, window.prompts, uids)

    certificate.triggered.connect(on_certificate)
    window.add_tab_action(SIGNATORIES_TAB, certificate)
    # record_tabs, not record_tab(): the list is read when first shown, not at start.
    window.record_tabs[SIGNATORIES_TAB].view.addAction(certificate)

    settings = QAction(parent)
    settings.setObjectName("orgSettingsAction")

    def retranslate() -> None:
        certificate.setText(QCoreApplication.translate("CertificateActions", "&Certificate…"))
        certificate.setStatusTip(
            QCoreApplication.translate(
                "CertificateActions",
                "Preview, save or print the certificates of the selected signatories "
                "(or of all those shown)",
            )
        )
        settings.setText(
            QCoreApplication.translate("CertificateActions", "&Organisation settings…")
        )
        settings.setStatusTip(
            QCoreApplication.translate(
                "CertificateActions",
                "The certificate's texts, who signs it and the logo, for every colleague",
            )
        )

    retranslate()
    LanguageFollower(parent, retranslate)
    settings.triggered.connect(lambda: open_org_settings(window, window.services, window.prompts))
    window.add_tool_action(settings)
    # Issuing a certificate enters it in the register; the settings dialog saves them.
    mark_writing(certificate, settings)
    return certificate, settings


def open_certificates(
    parent: QWidget | None, services: Services, prompts: Prompts, uids: list[str]
) -> CertificateDialog | None:
    """The Signatories tab's *Certificate…*: a window for the chosen signatures (None if none)."""
    if not uids:
        prompts.info(
            parent,
            QCoreApplication.translate("CertificateActions", "Certificates"),
            QCoreApplication.translate(
                "CertificateActions", "Choose one or more signatories first."
            ),
        )
        return None
    dialog = CertificateDialog(services, prompts, uids, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def open_org_settings(
    parent: QWidget | None, services: Services, prompts: Prompts
) -> OrgSettingsDialog:
    """Tools → Organisation settings…: the certificate's texts, signers and logo."""
    dialog = OrgSettingsDialog(services, prompts, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
