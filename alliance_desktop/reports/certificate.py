"""Printing signature certificates: one A4 landscape page each, into one PDF or one file each.

Nothing is written until every page is drawn: a cancel or an error leaves no file, not
even a partial one. Files are written to a temporary name in the target folder and
renamed over the target. The SHA-256 of the bytes written is returned, because an issued
certificate is registered with the hash of its file.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import itertools
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from alliance_desktop.domain.file_modes import file_mode
from alliance_desktop.domain.messages import msg
from alliance_desktop.domain.temp_files import create_beside
from alliance_desktop.reports.certificate_data import (
    LANGUAGES,
    CertificateData,
    CertificateLanguage,
    CertificateTexts,
    default_texts,
)
from alliance_desktop.reports.certificate_page import PAGE_HEIGHT, PAGE_WIDTH, PageDesign
from alliance_desktop.reports.errors import Cancelled, CertificateError
from alliance_desktop.reports.filenames import UniqueNames, certificate_filename
from alliance_desktop.reports.fonts import SERIF, register_fonts

Progress = Callable[[int], bool]
"""``progress(done)`` is told how far the job is; returning False cancels.

A PDF of N pages takes 2 × N steps: N pages drawn, then N pages' worth of assembling the
file (seconds for thousands of pages, so it reports and can be cancelled too).
"""

CREATOR = "Alliance Desktop"


@dataclass(frozen=True, slots=True)
class RenderedPdf:
    """A PDF that was written: the SHA-256 (hex) and size of its bytes, its page count."""

    sha256: str
    size: int
    pages: int


@dataclass(frozen=True, slots=True)
class WrittenCertificate:
    """One certificate written to its own file."""

    certificate_no: str
    path: Path
    sha256: str


def render_certificates(
    items: Iterable[CertificateData],
    out: BinaryIO | str | os.PathLike[str],
    texts: CertificateTexts,
    progress: Progress | None = None,
) -> RenderedPdf:
    """Print ``items`` into one PDF, one page each, in the order given.

    ``out`` is a path (written atomically) or a binary stream (written once, at the end).
    ``progress(done)`` is called after each page and while the file is assembled (2 × pages
    steps in all); when it returns False, :class:`Cancelled` is raised and nothing is
    written. Raises :class:`CertificateError` when there is nothing to print, the logo is
    not a PNG or JPEG picture, or the file cannot be written.
    """
    job = _Job(texts)
    data, pages = job.pdf(items, progress)
    if isinstance(out, str | os.PathLike):
        _write_file(Path(out), data)
    else:
        out.write(data)
    return RenderedPdf(hashlib.sha256(data).hexdigest(), len(data), pages)


def render_certificate_bytes(item: CertificateData, texts: CertificateTexts | None = None) -> bytes:
    """One certificate as PDF bytes (for a preview, or to attach to an e-mail)."""
    data, _pages = _Job(texts if texts is not None else default_texts()).pdf([item], None)
    return data


def write_certificate_files(
    items: Iterable[CertificateData],
    folder: str | os.PathLike[str],
    texts: CertificateTexts,
    progress: Progress | None = None,
) -> list[WrittenCertificate]:
    """Print each certificate into its own PDF in ``folder`` (``DAG-2018-0042 Łódź.pdf``).

    Names that would collide (even differing only in case) get `` (2)``, `` (3)``…; a
    file of the same name already in the folder is replaced (it is the same certificate
    number). All files appear together at the end: on cancel or error none of them does.
    """
    target = Path(folder)
    if not target.is_dir():
        raise CertificateError(
            msg("The folder {folder} does not exist.", folder=str(target)), reason="write_failed"
        )
    job = _Job(texts)
    names = UniqueNames()
    staged: list[tuple[Path, Path, CertificateData, str]] = []
    try:
        for done, item in enumerate(items, start=1):
            data, _pages = job.pdf([item], None)
            path = target / names.allocate(certificate_filename(item))
            staged.append((_stage(path, data), path, item, hashlib.sha256(data).hexdigest()))
            if progress is not None and progress(done) is False:
                raise Cancelled()
        if not staged:
            raise _nothing_to_print()
        for temp, path, _item, _digest in staged:
            _commit(temp, path)
    finally:
        for temp, *_rest in staged:
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()
    return [
        WrittenCertificate(item.certificate_no, path, digest) for _t, path, item, digest in staged
    ]


def check_texts(texts: CertificateTexts) -> list[str]:
    """What would not print well with these organisation settings, in plain words.

    Empty when the texts fit every language version. A settings dialog can show these
    before saving; printing still works (too long texts shrink, and at worst are cut).
    """
    problems: list[str] = []
    try:
        logo = _logo_reader(texts.logo)
    except CertificateError as error:
        problems.append(str(error))
        logo = None
    register_fonts()
    for language in LANGUAGES:
        problems.extend(PageDesign(texts, language, logo).problems)
    return list(dict.fromkeys(problems))


class _Job:
    """One print job: the texts, the logo and the page designs, made once and reused."""

    def __init__(self, texts: CertificateTexts) -> None:
        register_fonts()
        self.texts = texts
        self.logo = _logo_reader(texts.logo)
        self.designs: dict[str, PageDesign] = {}

    def design(self, language: CertificateLanguage) -> PageDesign:
        design = self.designs.get(language)
        if design is None:
            design = self.designs[language] = PageDesign(self.texts, language, self.logo)
        return design

    def pdf(self, items: Iterable[CertificateData], progress: Progress | None) -> tuple[bytes, int]:
        remaining = iter(items)
        first = next(remaining, None)
        if first is None:
            raise _nothing_to_print()
        buffer = io.BytesIO()
        canvas = Canvas(
            buffer,
            pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
            pageCompression=1,
            # A TrueType initial font keeps the unembedded Helvetica out of the file.
            initialFontName=SERIF,
            lang="fr" if first.language == "fr" else "en",
        )
        pages = 0
        for item in itertools.chain((first,), remaining):
            design = self.design(item.language)
            if not canvas.hasForm(design.form_name):
                canvas.beginForm(design.form_name)
                design.draw_static(canvas)
                canvas.endForm()
            canvas.doForm(design.form_name)
            design.draw_item(canvas, item)
            canvas.showPage()
            pages += 1
            if progress is not None and progress(pages) is False:
                raise Cancelled()
        self._describe(canvas, first, pages)
        objects = getattr(getattr(canvas, "_doc", None), "idToObject", None)
        if progress is not None and isinstance(objects, dict):
            canvas._doc.idToObject = _AssemblySteps(objects, pages, progress)
        canvas.save()
        return buffer.getvalue(), pages

    def _describe(self, canvas: Any, first: CertificateData, pages: int) -> None:
        """The PDF's document properties (title, author, subject, language)."""
        t = self.texts
        french = first.language == "fr"
        heading = t.heading_fr if french else t.heading_en
        if pages == 1:
            canvas.setTitle(f"{heading} – {first.name} ({first.certificate_no})")
        else:
            canvas.setTitle(f"{heading} ({pages})")
        body, organisation = (
            (t.body_fr, t.organisation_fr) if french else (t.body_en, t.organisation_en)
        )
        canvas.setAuthor(f"{body}, {organisation}")
        canvas.setSubject(t.title_fr if french else t.title_en)
        canvas.setCreator(CREATOR)


class _AssemblySteps(dict[Any, Any]):
    """ReportLab's table of a document's objects, reporting progress while the file is built.

    ``canvas.save()`` looks each object up here once, in order, as it writes it out (two
    seconds for 5,000 pages, in one call): counting those lookups lets that phase report
    progress and honour Cancel like the drawing. Should ReportLab stop using the table, the
    save still works, only without these steps.
    """

    def __init__(self, objects: dict[Any, Any], pages: int, progress: Progress) -> None:
        super().__init__(objects)
        self._pages = pages
        self._progress = progress
        self._seen = 0

    def __getitem__(self, key: Any) -> Any:
        self._seen += 1
        if self._seen % 64 == 0:
            written = min(self._pages, self._pages * self._seen // max(len(self), 1))
            if self._progress(self._pages + written) is False:
                raise Cancelled()
        return super().__getitem__(key)


def _nothing_to_print() -> CertificateError:
    return CertificateError(msg("There are no certificates to print."), reason="empty")


def _logo_reader(logo: bytes | None) -> ImageReader | None:
    """The organisation's logo, checked now rather than halfway through a print job."""
    if not logo:
        return None
    if not (logo.startswith(b"\x89PNG\r\n\x1a\n") or logo.startswith(b"\xff\xd8\xff")):
        raise CertificateError(
            msg("The certificate logo must be a PNG or JPEG picture."), reason="bad_logo"
        )
    try:
        reader = ImageReader(io.BytesIO(logo))
        width, height = reader.getSize()
        reader.getRGBData()
    except Exception:  # Pillow raises many kinds for a damaged picture
        raise CertificateError(
            msg("The certificate logo cannot be read: the picture is damaged."),
            reason="bad_logo",
        ) from None
    if width <= 0 or height <= 0:
        raise CertificateError(msg("The certificate logo is empty."), reason="bad_logo")
    return reader


# --- Files ---------------------------------------------------------------------------------


@contextlib.contextmanager
def staged_file(
    path: str | os.PathLike[str], data: bytes, *, private: bool = False
) -> Iterator[Callable[[], None]]:
    """``data`` written to a hidden temporary file beside ``path``; yields ``put_in_place``.
    ``private``: owner-only (0600), for files naming people (letters, e-mails).

    Calling ``put_in_place()`` renames the temporary file over ``path`` (atomic); leaving
    the block without calling it removes the temporary file, so nothing appears. A caller
    can thus register what the file holds and put it in place at the very end.
    """
    target = Path(path)
    temp = _stage(target, data, private=private)
    try:
        yield lambda: _commit(temp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def _write_file(path: Path, data: bytes) -> None:
    temp = _stage(path, data)
    try:
        _commit(temp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def _stage(path: Path, data: bytes, *, private: bool = False) -> Path:
    """Write ``data`` to a new temporary file next to ``path``; return the temporary path."""
    try:
        handle, temp = create_beside(path)  # hidden, locked while written, swept if left
    except OSError as error:
        raise _cannot_write(path, error) from None
    try:
        with _guard(path), _opened(handle, temp) as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        # mkstemp makes the file private (0600); a certificate is an ordinary document: the
        # user's umask decides.
        with contextlib.suppress(OSError):
            os.chmod(temp, file_mode(private=private))
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise
    return temp


def _opened(handle: int, temp: Path) -> BinaryIO:
    return os.fdopen(handle, "wb") if handle >= 0 else temp.open("wb")


def _commit(temp: Path, path: Path) -> None:
    with _guard(path):
        os.replace(temp, path)


@contextlib.contextmanager
def _guard(path: Path) -> Iterator[None]:
    """Turn an operating-system error into a plain refusal naming the file."""
    try:
        yield
    except OSError as error:
        raise _cannot_write(path, error) from None


def _cannot_write(path: Path, error: OSError) -> CertificateError:
    if isinstance(error, PermissionError):
        message = msg(
            "“{name}” cannot be written in {folder}. Is it open in another program?",
            name=path.name,
            folder=str(path.parent),
        )
    else:
        message = msg(
            "“{name}” cannot be written in {folder}: {error}.",
            name=path.name,
            folder=str(path.parent),
            error=error.strerror or str(error),
        )
    return CertificateError(message, reason="write_failed")
