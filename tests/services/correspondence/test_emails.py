"""E-mails as .eml files: they parse back to the same headers, body and attachment bytes;
recipients without or with a bad address are named; certificates attached are registered."""

from __future__ import annotations

import email
import hashlib
from email import policy
from email.message import EmailMessage
from pathlib import Path

from alliance_desktop.domain.correspondence import Audience, RunKind
from alliance_desktop.domain.enums import Language
from alliance_desktop.services.correspondence.mail_messages import (
    checked_address,
    mailto_batches,
)
from alliance_desktop.services.data_safety.opening import Services

from .samples import add_recipients, rename_authorities


def _parsed(path: Path) -> EmailMessage:
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def test_eml_parses_back_with_certificate(services: Services, tmp_path: Path) -> None:
    uid = add_recipients(services, language=Language.FR)[Audience.SIGNATORY]
    run = services.emails.make_files(
        "Certificate cover letter (e-mail)",
        Audience.SIGNATORY,
        [uid],
        tmp_path,
        attach_certificate=True,
    )
    (path,) = run.files
    message = _parsed(path)
    # A signatory is written to at its authority, to the signer's name.
    assert str(message["To"]) == "Ивана Петровић <grad@example.org>"
    headers = path.read_bytes().split(b"\r\n\r\n")[0]
    assert b"=?utf-8?" in headers and headers.isascii()  # names encoded as RFC 2047 asks
    assert str(message["From"]).endswith("<alliance@example.org>")
    assert str(message["Subject"]).startswith("Votre certificat de signature")
    assert message["Content-Language"] == "fr"
    body = message.get_body(("plain",))
    assert body is not None and "Madame, Monsieur," in body.get_content()
    html = message.get_body(("html",))
    assert html is not None and "<p>Madame, Monsieur,</p>" in html.get_content()
    (attachment,) = list(message.iter_attachments())
    data = attachment.get_payload(decode=True)
    assert attachment.get_filename().startswith("DAG-2017-")
    assert data.startswith(b"%PDF")
    issues = services.certificates.issues(uid)
    assert [i.sha256 for i in issues] == [hashlib.sha256(data).hexdigest()]
    log = services.correspondence.for_record(uid)
    assert [(e.kind, e.sha256) for e in log] == [
        (RunKind.EMAIL, hashlib.sha256(path.read_bytes()).hexdigest())
    ]


def test_hostile_names_stay_literal_in_the_message(services: Services, tmp_path: Path) -> None:
    uid = add_recipients(services, name="A<b>&amp; evil", person="Ann <&> O'Neil")[Audience.MEMBER]
    rename_authorities(services, "A<b>&amp; evil", "A<b>&amp; \u202eevil")
    run = services.emails.make_files(
        "Welcome to the Alliance (e-mail)", Audience.MEMBER, [uid], tmp_path
    )
    message = _parsed(run.files[0])
    plain = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    html = message.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert "A<b>&amp; \u202eevil" in plain
    assert "A&lt;b&gt;&amp;amp; \u202eevil" in html
    assert message["To"].addresses[0].display_name == "Ann <&> O'Neil"


def test_missing_and_invalid_addresses_are_named(services: Services, tmp_path: Path) -> None:
    good = add_recipients(services)[Audience.MEMBER]
    bad = add_recipients(services, name="Łódź", latin="Lodz", email="anna@example.org")[
        Audience.MEMBER
    ]
    none = add_recipients(services, name="Βόλος", latin="Volos", email="")[Audience.MEMBER]
    # The authority's own address stands in for a focal point without one: remove it too.
    # An address typed before the checks existed, or imported from an old list.
    from alliance_desktop.db.models import Authority, Person

    with services.db.write() as session:
        session.query(Authority).filter(Authority.name == "Βόλος").update({"email": ""})
        session.query(Person).filter(Person.email == "anna@example.org").update(
            {"email": "not an address"}
        )
    run = services.emails.make_files(
        "Welcome to the Alliance (e-mail)", Audience.MEMBER, [good, bad, none], tmp_path
    )
    assert len(run.files) == 1
    assert [(u.label, u.address) for u in run.invalid_address] == [("Łódź", "not an address")]
    assert [u.label for u in run.without_address] == ["Βόλος"]
    assert services.correspondence.for_record(bad) == []


def test_address_checks() -> None:
    assert checked_address("anna@example.org") == "anna@example.org"
    assert checked_address("anna@łódź.pl") == "anna@xn--d-uga0v4h.pl"
    for bad in ("", "anna", "anna@", "@x.org", "an na@x.org", "a@b", "a..b@x.org", "a@-x.org"):
        assert checked_address(bad) is None, bad


def test_mailto_batches_stay_under_the_limit() -> None:
    addresses = [f"person{i}@example.org" for i in range(300)]
    batches = mailto_batches(addresses, "Invitation à Strasbourg")
    assert len(batches) > 1
    assert all(len(url) <= 2000 and url.startswith("mailto:?bcc=") for url in batches)
    found = [a for url in batches for a in url[len("mailto:?bcc=") :].split("&")[0].split(",")]
    assert found == addresses
    assert batches[0].endswith("&subject=Invitation%20%C3%A0%20Strasbourg")
