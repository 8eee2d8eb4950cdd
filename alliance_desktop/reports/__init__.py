"""Printed output made with ReportLab: signature certificates and their fonts."""

from alliance_desktop.reports.certificate import (
    Progress,
    RenderedPdf,
    WrittenCertificate,
    certificate_filename,
    check_texts,
    render_certificate_bytes,
    render_certificates,
    staged_file,
    write_certificate_files,
)
from alliance_desktop.reports.certificate_data import (
    CertificateData,
    CertificateLanguage,
    CertificateTexts,
    SignatureBlock,
    default_texts,
)
from alliance_desktop.reports.dates import format_date
from alliance_desktop.reports.errors import Cancelled, CertificateError
from alliance_desktop.reports.filenames import UniqueNames, safe_filename, unique_filenames

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
