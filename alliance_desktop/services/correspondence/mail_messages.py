"""E-mail messages as files: RFC 5322 ``.eml`` in UTF-8, addresses checked, ``mailto:`` links.

An ``.eml`` carries ``X-Unsent: 1`` so that Outlook opens it as a draft ready to send;
Thunderbird opens it with File → Open → Saved message and "Edit as new". Names in any script
are encoded in the headers as RFC 2047 asks (``=?utf-8?…?=``), by the standard library.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from urllib.parse import quote

MAILTO_LIMIT = 2000
"""Characters of a ``mailto:`` URL that every common mail client and browser accepts."""

_LOCAL_RE = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$")
_LABEL_RE = re.compile(r"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$")


def checked_address(text: str) -> str | None:
    """``text`` as an address mail servers accept (an international domain in its ASCII
    form), or None when it is not one."""
    value = text.strip()
    local, at, domain = value.rpartition("@")
    if not at or not local or not domain or len(value) > 254:
        return None
    if not _LOCAL_RE.match(local) or local.startswith(".") or local.endswith(".") or ".." in local:
        return None
    try:
        ascii_domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        return None
    labels = ascii_domain.split(".")
    if len(labels) < 2 or not all(_LABEL_RE.match(label) for label in labels):
        return None
    return f"{local}@{ascii_domain}"


def build_message(
    *,
    sender_name: str,
    sender_email: str,
    to_name: str,
    to_email: str,
    subject: str,
    text: str,
    html: str,
    language: str,
    attachments: Sequence[tuple[str, bytes]] = (),
    when: dt.datetime | None = None,
) -> EmailMessage:
    """A message with a plain and an HTML part and PDF attachments ``(file name, bytes)``."""
    message = EmailMessage(policy=policy.SMTP)
    message["From"] = Address(display_name=sender_name, addr_spec=sender_email)
    message["To"] = Address(display_name=to_name, addr_spec=to_email)
    message["Subject"] = subject
    message["Date"] = format_datetime((when or dt.datetime.now(dt.UTC)).astimezone())
    message["Message-ID"] = make_msgid(domain=sender_email.rpartition("@")[2] or None)
    message["X-Unsent"] = "1"
    # 8-bit UTF-8 keeps the text readable when the file is opened as text; a line over the
    # 998 characters a message line may hold falls back to quoted-printable.
    message.set_content(text, charset="utf-8", cte=_transfer_encoding(text))
    message.add_alternative(html, subtype="html", charset="utf-8", cte=_transfer_encoding(html))
    for file_name, data in attachments:
        message.add_attachment(data, maintype="application", subtype="pdf", filename=file_name)
    # After the parts: setting the content drops Content-* headers set before it.
    message["Content-Language"] = language
    return message


def _transfer_encoding(text: str) -> str:
    longest = max((len(line.encode("utf-8")) for line in text.splitlines()), default=0)
    return "8bit" if longest <= 990 else "quoted-printable"


def html_document(paragraphs: Sequence[str], language: str) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)  # one paragraph a line
    return (
        f'<!DOCTYPE html>\n<html lang="{language}"><head><meta charset="utf-8"></head>'
        f'<body style="font-family: sans-serif">\n{body}\n</body></html>\n'
    )


def mailto_batches(
    addresses: Sequence[str], subject: str = "", limit: int = MAILTO_LIMIT
) -> list[str]:
    """``mailto:`` URLs with every address in BCC, split so that none exceeds ``limit``."""
    suffix = f"&subject={quote(subject, safe='')}" if subject else ""
    batches: list[str] = []
    current: list[str] = []

    def url(items: list[str]) -> str:
        return "mailto:?bcc=" + ",".join(quote(a, safe="@") for a in items) + suffix

    for address in addresses:
        if current and len(url([*current, address])) > limit:
            batches.append(url(current))
            current = []
        current.append(address)
    if current:
        batches.append(url(current))
    return batches
