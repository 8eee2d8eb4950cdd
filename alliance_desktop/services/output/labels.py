"""Address labels and envelopes for a choice of recipients, written to one PDF at once.

Each run returns what it printed — the records (uids, in print order), the file and the
SHA-256 of its bytes — so that it can be entered in each record's correspondence log, and
is recorded in the audit trail. The sender's country and return address are organisation
settings (``postal.*``), so every colleague prints the same envelopes.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from alliance_desktop.db.models import OrgSetting
from alliance_desktop.domain.correspondence import RunKind, SentItem
from alliance_desktop.domain.countries import COUNTRIES
from alliance_desktop.domain.enums import AuditAction
from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.domain.label_layouts import (
    EnvelopeFormat,
    LayoutError,
    SheetLayout,
    layout_problems,
)
from alliance_desktop.domain.messages import msg
from alliance_desktop.domain.postal_address import (
    DEFAULT_SENDER_COUNTRY,
    SENDER_COUNTRY_SETTING,
    PostalRecipient,
    address_lines,
    clean_line,
)
from alliance_desktop.exchange.atomic import atomic_path
from alliance_desktop.reports.label_sheets import render_envelopes, render_labels
from alliance_desktop.services.base import audit, now
from alliance_desktop.services.correspondence.log import record_run
from alliance_desktop.services.output.postal_recipients import (
    RecipientChoice,
    chosen_uids,
    load_recipients,
)

if TYPE_CHECKING:
    from alliance_desktop.services.data_safety.opening import Services

Progress = Callable[[int, int], None]
"""``progress(done, total)``; it raises Cancelled to stop (ui.background_task gives one)."""

SENDER_COUNTRY_KEY = SENDER_COUNTRY_SETTING
RETURN_ADDRESS_KEY = "postal.return_address"
SETTINGS_ENTITY = "settings"
DEFAULT_RETURN_ADDRESS = (
    "Congress of Local and Regional Authorities\n"
    "Council of Europe\n"
    "Avenue de l'Europe\n"
    "67075 Strasbourg Cedex\n"
    "FRANCE"
)
MAX_RETURN_ADDRESS_LINES = 6
AUDIT_ENTITY = "list"


# The correspondence log's entity for each list's records.
_ENTITY = {"members": "membership", "signatories": "signature", "applications": "application"}
_RUN_WORDS = {RunKind.LABEL: "labels", RunKind.ENVELOPE: "envelopes"}


@dataclass(frozen=True, slots=True)
class Sender:
    """Who the mail comes from: the country (decides the recipients' country line) and the
    return address printed on envelopes."""

    country: str = DEFAULT_SENDER_COUNTRY
    return_address: str = DEFAULT_RETURN_ADDRESS


@dataclass(frozen=True, slots=True)
class LabelRequest:
    """Labels on ``sheet`` (from label ``start_at``) or one ``envelope`` each, in ``path``.

    ``language`` is the sender's language: it names the recipients' countries. ``outlines``
    draws each label's edge for a test print on plain paper.
    """

    choice: RecipientChoice
    path: str | os.PathLike[str]
    sheet: SheetLayout | None = None
    envelope: EnvelopeFormat | None = None
    start_at: int = 1
    language: str = "fr"
    outlines: bool = False

    @property
    def run_kind(self) -> RunKind:
        return RunKind.ENVELOPE if self.envelope is not None else RunKind.LABEL

    @property
    def layout_name(self) -> str:
        if self.envelope is not None:
            return self.envelope.key
        assert self.sheet is not None
        return self.sheet.key if self.sheet.key != "custom" else f"custom {self.sheet.spec()}"


@dataclass(frozen=True, slots=True)
class PreparedRun:
    """Labels or envelopes drawn, not yet saved or printed: the PDF and who it is for."""

    data: bytes
    sha256: str
    pages: int
    uids: tuple[str, ...]
    without_address: tuple[str, ...]
    names: tuple[str, ...] = ()  # each uid's record as people name it (the log's label)

    @property
    def count(self) -> int:
        return len(self.uids)


@dataclass(frozen=True, slots=True)
class LabelRun:
    """One printed run: for the correspondence log, a line per record in ``uids``.

    ``path`` is the file written, or None when the pages went to a printer; ``sha256`` is
    the hash of the PDF's bytes either way.
    """

    kind: RunKind
    record_kind: str
    uids: tuple[str, ...]
    path: Path | None
    sha256: str
    pages: int
    layout: str
    language: str
    without_address: tuple[str, ...]
    """Names of recipients the register has no postal address for (printed without one)."""

    @property
    def count(self) -> int:
        return len(self.uids)


class LabelService:
    """Makes label sheets and envelopes; reads and keeps the sender's settings."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.db = services.db

    # --- the sender ------------------------------------------------------------------------

    def sender(self) -> Sender:
        with self.db.read() as session:
            rows = {
                r.key: r.value
                for r in session.scalars(
                    select(OrgSetting).where(
                        OrgSetting.key.in_([SENDER_COUNTRY_KEY, RETURN_ADDRESS_KEY])
                    )
                )
            }
        country = rows.get(SENDER_COUNTRY_KEY) or DEFAULT_SENDER_COUNTRY
        return Sender(country, rows.get(RETURN_ADDRESS_KEY, DEFAULT_RETURN_ADDRESS))

    def save_sender(self, sender: Sender) -> None:
        """Keep the sender for everyone (one transaction, audited when it changed)."""
        country = sender.country.strip().upper()
        if country not in COUNTRIES:
            raise RefusedError(msg("“{value}” is not a country code or name.", value=country))
        lines = [clean_line(line) for line in sender.return_address.splitlines()]
        lines = [line for line in lines if line]
        if len(lines) > MAX_RETURN_ADDRESS_LINES:
            raise RefusedError(
                msg("A return address has at most {n} lines.", n=MAX_RETURN_ADDRESS_LINES)
            )
        values = {SENDER_COUNTRY_KEY: country, RETURN_ADDRESS_KEY: "\n".join(lines)}
        old = self.sender()
        before = {SENDER_COUNTRY_KEY: old.country, RETURN_ADDRESS_KEY: old.return_address}
        user = self.db.user
        with self.db.write() as session:
            rows = {
                r.key: r
                for r in session.scalars(select(OrgSetting).where(OrgSetting.key.in_(values)))
            }
            changes = []
            for key, value in values.items():
                row = rows.get(key)
                if row is None:
                    row = OrgSetting(key=key)
                    session.add(row)
                row.value = value
                row.updated_at = now()
                row.updated_by = user
                if before[key] != value:
                    changes.append((key, before[key], value))
            if changes:
                audit(
                    session,
                    user,
                    AuditAction.SETTINGS,
                    SETTINGS_ENTITY,
                    "postal",
                    "Sender",
                    changes,
                )

    # --- recipients ------------------------------------------------------------------------

    def recipients(self, choice: RecipientChoice) -> list[PostalRecipient]:
        """The chosen records' recipients, in print order."""
        uids = chosen_uids(self.services, choice)
        with self.db.read() as session:
            return load_recipients(session, choice.kind, uids)

    def count(self, choice: RecipientChoice) -> int:
        """How many labels or envelopes the choice makes (for the dialog's sentence)."""
        return len(chosen_uids(self.services, choice))

    # --- printing --------------------------------------------------------------------------

    def prepare(self, request: LabelRequest, progress: Progress | None = None) -> PreparedRun:
        """Draw the labels or envelopes (nothing written yet, nothing recorded).

        Refuses an empty choice, a layout that does not fit A4 and a start label off the
        sheet. ``progress`` may raise Cancelled.
        """
        if (request.sheet is None) == (request.envelope is None):
            raise RefusedError(msg("Choose a label sheet or an envelope."))
        if request.sheet is not None:
            problems = layout_problems(request.sheet)
            if problems:
                raise RefusedError(problems[0])
            if not 1 <= request.start_at <= request.sheet.per_sheet:
                raise RefusedError(
                    msg("Start at a label from 1 to {n}.", n=request.sheet.per_sheet)
                )
        recipients = self.recipients(request.choice)
        if not recipients:
            raise RefusedError(msg("There is nobody to print for; nothing was written."))
        total = len(recipients)
        if progress is not None:
            progress(0, total)
        sender = self.sender()
        blocks = [address_lines(r, sender.country, request.language) for r in recipients]
        step = _steps(progress, total)
        title = str(msg("Address labels")) if request.sheet else str(msg("Envelopes"))
        try:
            if request.sheet is not None:
                rendered = render_labels(
                    blocks,
                    request.sheet,
                    start_at=request.start_at,
                    outlines=request.outlines,
                    title=title,
                    progress=step,
                )
            else:
                assert request.envelope is not None
                rendered = render_envelopes(
                    blocks,
                    request.envelope,
                    sender=sender.return_address.splitlines(),
                    title=title,
                    progress=step,
                )
        except LayoutError as error:
            raise RefusedError(error.message) from None
        return PreparedRun(
            data=rendered.data,
            sha256=rendered.sha256,
            pages=rendered.pages,
            uids=tuple(r.uid for r in recipients),
            without_address=tuple(r.name for r in recipients if not r.address.strip()),
            names=tuple(r.name for r in recipients),
        )

    def save(self, request: LabelRequest, prepared: PreparedRun) -> LabelRun:
        """Write a prepared run to ``request.path`` atomically and record it.

        The file is put in place inside the recording transaction, just before it commits:
        a run that cannot be recorded (a read-only database) leaves no file either.
        """
        path = Path(request.path)
        run = self._run(request, prepared, path)
        with self.db.write() as session:
            self._record(session, request, run, prepared)
            # Names of people (focal points, signers) are personal data: owner-only.
            with atomic_path(path, private=True) as temp:
                temp.write_bytes(prepared.data)
        return run

    def printed(self, request: LabelRequest, prepared: PreparedRun) -> LabelRun:
        """Record a prepared run that went to a printer (its file is None)."""
        run = self._run(request, prepared, None)
        with self.db.write() as session:
            self._record(session, request, run, prepared)
        return run

    def make(self, request: LabelRequest, progress: Progress | None = None) -> LabelRun:
        """Prepare and save in one go (the command line); Cancelled leaves no file."""
        return self.save(request, self.prepare(request, progress))

    def _run(self, request: LabelRequest, prepared: PreparedRun, path: Path | None) -> LabelRun:
        return LabelRun(
            kind=request.run_kind,
            record_kind=request.choice.kind.value,
            uids=prepared.uids,
            path=path,
            sha256=prepared.sha256,
            pages=prepared.pages,
            layout=request.layout_name,
            language=request.language,
            without_address=prepared.without_address,
        )

    def _record(
        self, session: Session, request: LabelRequest, run: LabelRun, prepared: PreparedRun
    ) -> None:
        """An audit entry for the run, and a line per record in the correspondence log."""
        target = run.path.name if run.path is not None else "printer"
        choice = request.choice
        selection = f"{len(choice.uids)} selected rows" if choice.by_selection else "filter"
        if not choice.by_selection and choice.query is not None:
            query = choice.query
            parts = [
                f"{name}={value}"
                for name, value in (
                    ("search", query.search.strip()),
                    ("country", query.country),
                    ("status", query.status),
                    ("year", query.year),
                )
                if value not in (None, "")
            ]
            selection = "shown rows: " + ("; ".join(parts) or "all")
        audit(
            session,
            self.db.user,
            AuditAction.EXPORT,
            AUDIT_ENTITY,
            "",
            f"{run.count} {_RUN_WORDS[run.kind]} ({run.record_kind}) to {target}",
            [
                ("list", None, run.record_kind),
                ("kind", None, _RUN_WORDS[run.kind]),
                ("layout", None, run.layout),
                ("start_at", None, request.start_at if request.sheet else None),
                ("rows", None, run.count),
                ("file", None, target),
                ("sha256", None, run.sha256),
                ("selection", None, selection),
            ],
        )
        names = prepared.names or prepared.uids
        items = [
            SentItem(
                entity=_ENTITY[run.record_kind],
                entity_uid=uid,
                label=name,
                file_name=target,
                sha256=run.sha256,
                language=run.language,
            )
            for uid, name in zip(prepared.uids, names, strict=True)
        ]
        record_run(session, self.db.user, run.kind, template=run.layout, items=items)


def _steps(progress: Progress | None, total: int) -> Callable[[int], bool] | None:
    if progress is None:
        return None

    def step(done: int) -> bool:
        progress(done, total)  # raises Cancelled to stop
        return True

    return step
