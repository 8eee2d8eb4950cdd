"""Printed output made with ReportLab: signature certificates and their fonts.

The ReportLab side (``certificate``) loads on first use: opening a database (whose services
read the certificate texts) must not load ReportLab (a fast start).
"""

from typing import TYPE_CHECKING, Any

from alliance_desktop.reports.certificate_data import (
    CertificateData,
    CertificateLanguage,
    CertificateTexts,
    SignatureBlock,
    default_texts,
)
from alliance_desktop.reports.dates import format_date
from alliance_desktop.reports.errors import Cancelled, CertificateError
from alliance_desktop.reports.filenames import (
    UniqueNames,
    certificate_filename,
    safe_filename,
    unique_filenames,
)

if TYPE_CHECKING:
    from alliance_desktop.reports.certificate import (
        Progress,
        RenderedPdf,
        WrittenCertificate,
        check_texts,
        render_certificate_bytes,
        render_certificates,
        staged_file,
        write_certificate_files,
    )

_FROM_CERTIFICATE = {
    "Progress",
    "RenderedPdf",
    "WrittenCertificate",
    "check_texts",
    "render_certificate_bytes",
    "render_certificates",
    "staged_file",
    "write_certificate_files",
}


def __getattr__(name: str) -> Any:
    if name in _FROM_CERTIFICATE:
        # A plain import statement (not importlib): bundlers such as PyInstaller see it.
        from alliance_desktop.reports import certificate

        return getattr(certificate, name)
    raise AttributeError(name)


__all__ = [
    "Cancelled",
    "CertificateData",
    "CertificateError",
    "CertificateLanguage",
    "CertificateTexts",
    "Progress",
    "RenderedPdf",
    "SignatureBlock",
    "UniqueNames",
    "WrittenCertificate",
    "certificate_filename",
    "check_texts",
    "default_texts",
    "format_date",
    "render_certificate_bytes",
    "render_certificates",
    "safe_filename",
    "staged_file",
    "unique_filenames",
    "write_certificate_files",
]
