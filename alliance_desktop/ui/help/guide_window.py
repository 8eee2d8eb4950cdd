"""The user guide window: a list of pages and the Markdown page, with back and forward."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QTextBrowser,
    QToolBar,
    QWidget,
)

from alliance_desktop.domain.messages import current_language
from alliance_desktop.ui.help.guide_pages import PAGES, page_of, page_path, page_title
from alliance_desktop.ui.language import Retranslating

PAGE_ROLE = Qt.ItemDataRole.UserRole


class GuideWindow(Retranslating, QMainWindow):
    """Shows the guide in the application's language (English for a page not translated) and
    follows a language switch on the page in view; links between pages open here, web links
    in the system's browser."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setObjectName("guideWindow")
        self.language = current_language()
        self.pages = QListWidget()
        self.pages.setMaximumWidth(300)
        self.pages.setWordWrap(True)  # long titles wrap rather than hide behind a scroll bar
        self.pages.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages.setSpacing(2)
        self.pages.currentItemChanged.connect(self._on_pages_current_item_changed)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # followed in _on_browser_anchor_clicked
        self.browser.anchorClicked.connect(self._on_browser_anchor_clicked)
        self.browser.sourceChanged.connect(self._on_browser_source_changed)
        self.browser.historyChanged.connect(self._on_browser_history_changed)
        self.browser.document().setDocumentMargin(16)
        splitter = QSplitter()
        splitter.addWidget(self.pages)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([250, 700])
        self.setCentralWidget(splitter)

        self.back_action = QAction(self)
        self.back_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        self.back_action.triggered.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_action.setEnabled)
        self.forward_action = QAction(self)
        self.forward_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Forward))
        self.forward_action.triggered.connect(self.browser.forward)
        self.browser.forwardAvailable.connect(self.forward_action.setEnabled)
        self.home_action = QAction(self)
        self.home_action.triggered.connect(lambda: self.show_page("index"))
        self.back_action.setEnabled(False)
        self.forward_action.setEnabled(False)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("guide_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addActions([self.back_action, self.forward_action, self.home_action])
        self.addToolBar(self.toolbar)
        self.resize(960, 680)
        self.retranslate_ui()
        self.show_page("index")

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Alliance Desktop — User guide"))
        self.back_action.setText(self.tr("Back"))
        self.forward_action.setText(self.tr("Forward"))
        self.home_action.setText(self.tr("Contents"))
        self.toolbar.setWindowTitle(self.tr("Navigation"))
        language = current_language()
        changed = language != self.language
        self.language = language
        self._fill_pages()
        shown = self.current_page()
        if changed and shown is not None:
            self.show_page(shown)  # the same page in the new language

    def _fill_pages(self) -> None:
        self.pages.blockSignals(True)
        self.pages.clear()
        for page in PAGES:
            item = QListWidgetItem(page_title(page_path(page, self.language)))
            item.setData(PAGE_ROLE, page)
            self.pages.addItem(item)
        self.pages.blockSignals(False)
        self._select_in_list(self.current_page())

    def current_page(self) -> str | None:
        source = self.browser.source()
        return page_of(Path(source.toLocalFile())) if source.isLocalFile() else None

    def show_page(self, page: str) -> None:
        """Show ``page`` (a name from guide_pages.PAGES) in the window's language."""
        url = QUrl.fromLocalFile(str(page_path(page, self.language)))
        self.browser.setSource(url, QTextDocument.ResourceType.MarkdownResource)
        self._select_in_list(page)

    def _select_in_list(self, page: str | None) -> None:
        for row in range(self.pages.count()):
            if self.pages.item(row).data(PAGE_ROLE) == page:
                self.pages.blockSignals(True)
                self.pages.setCurrentRow(row)
                self.pages.blockSignals(False)
                return

    def _on_pages_current_item_changed(self, item: QListWidgetItem | None, _old: object) -> None:
        if item is not None and item.data(PAGE_ROLE) != self.current_page():
            self.show_page(item.data(PAGE_ROLE))

    def _on_browser_source_changed(self, _url: QUrl) -> None:
        self._select_in_list(self.current_page())

    def _on_browser_history_changed(self) -> None:  # Back and Forward
        self._select_in_list(self.current_page())

    def _on_browser_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        target = self.browser.source().resolved(url)
        page = page_of(Path(target.toLocalFile())) if target.isLocalFile() else None
        if page is not None:
            self.show_page(page)  # also a page missing in this language: the English one
        elif url.hasFragment() and not url.path():
            self.browser.scrollToAnchor(url.fragment())
