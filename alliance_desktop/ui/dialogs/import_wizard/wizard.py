"""ImportWizard: file → encoding and delimiter with a live preview → column mapping → check in
the background → duplicates and links → import in the background → summary."""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QWidget, QWizard

from alliance_desktop.domain.errors import Cancelled, RefusedError
from alliance_desktop.exchange import (
    COLUMNS,
    ColumnMatch,
    ImportData,
    ListKind,
    ParsedTable,
    convert_rows,
    header_key,
    match_columns,
    read_table,
)
from alliance_desktop.services.imports.service import (
    ImportPlan,
    ImportService,
    ImportSummary,
    Progress,
)
from alliance_desktop.ui.background_task import BackgroundTask, run_in_background
from alliance_desktop.ui.dialogs.import_wizard.check_page import CheckPage
from alliance_desktop.ui.dialogs.import_wizard.choices_page import ChoicesPage
from alliance_desktop.ui.dialogs.import_wizard.file_pages import FilePage, FormatPage
from alliance_desktop.ui.dialogs.import_wizard.import_pages import ConfirmPage, SummaryPage
from alliance_desktop.ui.dialogs.import_wizard.mapping_page import MappingPage
from alliance_desktop.ui.language import Retranslating
from alliance_desktop.ui.settings_keys import Key, Settings

_log = logging.getLogger(__name__)


def mapping_key(kind: ListKind) -> Key:
    """The user's column mapping of a list: header key → column key ("" = ignored), as JSON."""
    return Key(f"import/{kind.value}/mapping", "{}")


def _import_data(
    table: ParsedTable,
    columns: tuple[Any, ...],
    mapping: dict[int, str],
    same_for_all: dict[str, dt.date],
) -> ImportData:
    match = ColumnMatch(dict(mapping), headers=table.headers)
    rows, errors = convert_rows(table, columns, match)
    return ImportData(table, match, rows, errors).with_values_for_every_row(same_for_all)


FileChooser = Callable[[QWidget, str, str, str], str]


def choose_open_file(parent: QWidget, title: str, start: str, filters: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, start, filters)
    return str(path)


class ImportWizard(Retranslating, QWizard):
    """One import of one list; the wizard's pages share its state (table, mapping, plan).

    ``task`` is the running import (tests wait on its signals); ``imported`` is emitted with
    the ImportSummary once the transaction is committed.
    """

    imported = Signal(object)

    FILE, FORMAT, MAPPING, CHECK, CHOICES, CONFIRM, SUMMARY = range(7)

    def __init__(
        self,
        services: Any,
        prompts: Any,
        settings: Settings,
        kind: ListKind = ListKind.MEMBERS,
        *,
        choose_file: FileChooser = choose_open_file,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.prompts = prompts
        self.settings = settings
        self.kind = kind
        self.choose_file = choose_file
        self.service = ImportService(services)
        self.path: Path | None = None
        self.table: ParsedTable | None = None
        self.encoding: str | None = None
        self.delimiter: str | None = None
        self.mapping: dict[int, str] = {}
        # A required date the file has no column for, given once for every row
        # (a list of members without their joining dates).
        self.same_for_all: dict[str, dt.date] = {}
        self.plan: ImportPlan | None = None
        self.summary: ImportSummary | None = None
        self.task: BackgroundTask | None = None
        self.check_task: BackgroundTask | None = None
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.format_page = FormatPage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.choices_page = ChoicesPage(self)
        self.confirm_page = ConfirmPage(self)
        self.summary_page = SummaryPage(self)
        for page_id, page in enumerate(
            (
                self.file_page,
                self.format_page,
                self.mapping_page,
                self.check_page,
                self.choices_page,
                self.confirm_page,
                self.summary_page,
            )
        ):
            self.setPage(page_id, page)
        self.retranslate_ui()
        self.resize(820, 560)

    def retranslate_ui(self) -> None:
        # The pages word themselves; QWizard words its own buttons from Qt's catalogue.
        self.setWindowTitle(self.tr("Import"))

    @property
    def columns(self) -> tuple[Any, ...]:
        return COLUMNS[self.kind]

    def read(self) -> ParsedTable:
        """(Re)read the file with the chosen encoding and delimiter; raises FileRefused."""
        assert self.path is not None
        self.table = read_table(self.path, encoding=self.encoding, delimiter=self.delimiter)
        return self.table

    def import_data(self) -> ImportData:
        assert self.table is not None
        return _import_data(self.table, self.columns, self.mapping, self.same_for_all)

    # --- remembered mapping ---------------------------------------------------------------

    def remembered_mapping(self) -> dict[str, str]:
        try:
            value = json.loads(self.settings.get(mapping_key(self.kind)) or "{}")
        except ValueError:
            return {}
        return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}

    def remember_mapping(self) -> None:
        assert self.table is not None
        stored = self.remembered_mapping()
        for index, header in enumerate(self.table.headers):
            if header.strip():
                stored[header_key(header)] = self.mapping.get(index, "")
        self.settings.set(mapping_key(self.kind), json.dumps(stored, ensure_ascii=False))

    def initial_mapping(self) -> dict[int, str]:
        """Matched from the headers, then corrected by what the user chose last time."""
        assert self.table is not None
        mapping = dict(match_columns(self.table.headers, self.columns).mapping)
        remembered = self.remembered_mapping()
        known = {c.key for c in self.columns}
        for index, header in enumerate(self.table.headers):
            key = remembered.get(header_key(header)) if header.strip() else None
            if key is None:
                continue
            if key == "":
                mapping.pop(index, None)
            elif key in known:
                for other, taken in list(mapping.items()):
                    if taken == key and other != index:
                        del mapping[other]
                mapping[index] = key
        return mapping

    # --- running --------------------------------------------------------------------------

    def start_check(self) -> None:
        """Convert and validate every row in the background; the Check page opens when done.

        While it runs the wizard's buttons and the columns are disabled, and a second request
        starts nothing. Cancel (or Esc) leaves the wizard on the columns with nothing planned.
        """
        if self.check_task is not None:
            return
        assert self.table is not None and self.path is not None
        self.plan = None
        self.remember_mapping()
        # The worker gets its own copies: the columns page may not change them under it.
        table, columns, kind = self.table, self.columns, self.kind
        mapping, same_for_all = dict(self.mapping), dict(self.same_for_all)
        service, file_name = self.service, self.path.name

        def check(progress: Progress) -> ImportPlan:
            progress(0, 0)
            data = _import_data(table, columns, mapping, same_for_all)
            progress(0, 0)
            plan = service.plan(kind, data, file_name)
            progress(0, 0)  # a Cancel pressed while planning discards the plan
            return plan

        self._set_checking(True)
        self.check_task = run_in_background(
            self,
            self.tr("Check"),
            check,
            self._on_check_done,
            label=(
                self.tr("Checking 1 row of %1…")
                if len(table) == 1
                else self.tr("Checking %n rows of %1…", "", len(table))
            ).replace("%1", file_name),
        )

    def _on_check_done(self, plan: ImportPlan | None, error: BaseException | None) -> None:
        self.check_task = None
        self._set_checking(False)
        if error is None and plan is not None:
            self.plan = plan
            self.next()
            return
        if isinstance(error, Cancelled):
            return
        if isinstance(error, RefusedError):
            message = str(error)
        else:
            # Anything else may carry SQL or personal data: the user gets a sentence.
            _log.error("checking an import failed: %s", type(error).__name__)
            message = self.tr("An unexpected error stopped the check.")
        self.prompts.error(
            self, self.tr("Check"), self.tr("The file was not checked.") + "\n\n" + message
        )

    def _set_checking(self, checking: bool) -> None:
        self.mapping_page.setEnabled(not checking)
        for button in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.CancelButton,
        ):
            self.button(button).setEnabled(not checking)

    def reject(self) -> None:
        if self.check_task is not None:
            # Esc while the file is checked stops the check, as its Cancel does.
            self.check_task.cancel()
            return
        super().reject()

    def start_import(self) -> None:
        plan = self.plan
        assert plan is not None
        choices = self.choices_page.choices()
        links = self.choices_page.links()
        service = self.service
        self.task = run_in_background(
            self,
            self.tr("Importing"),
            lambda progress: service.apply(plan, choices, links=links, progress=progress),
            self._on_import_done,
            label=self.tr("Importing %s…") % (self.path.name if self.path else ""),
        )

    def _on_import_done(self, summary: ImportSummary | None, error: BaseException | None) -> None:
        self.task = None
        if error is None and summary is not None:
            self.summary = summary
            self.imported.emit(summary)
            self.next()
            return
        if isinstance(error, Cancelled):
            self.prompts.info(
                self,
                self.tr("Import"),
                self.tr("Import cancelled. The database is as it was before."),
            )
        else:
            message = str(error)
            if not isinstance(error, RefusedError):  # may carry SQL or personal data
                _log.error("an import failed: %s", type(error).__name__)
                message = self.tr("An unexpected error stopped the import.")
            self.prompts.error(
                self,
                self.tr("Import"),
                self.tr("Nothing was imported.") + "\n\n" + message,
            )
        self.confirm_page.set_busy(False)
