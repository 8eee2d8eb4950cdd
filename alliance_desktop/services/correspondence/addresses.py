"""The address block of a letter: who it goes to and where, as printed lines.

Letters print the same block as labels and envelopes: :func:`address_block` hands the
record's address to the one per-country formatter, ``domain.postal_address.address_lines``
(name and its Latin form, for the attention of, postcode where the country puts it, the
country in capitals in the sender's language, left out inside the sender's country).
"""

from __future__ import annotations

from dataclasses import dataclass

from alliance_desktop.domain.postal_address import DEFAULT_SENDER_COUNTRY, PostalRecipient
from alliance_desktop.domain.postal_address import address_lines as postal_lines


@dataclass(frozen=True, slots=True)
class PostalAddress:
    """What an address block is made from, as stored on the records."""

    organisation: str  # the authority's name as it writes it
    organisation_latin: str
    person: str  # the focal point, signer or contact ("" when none)
    person_function: str
    lines: tuple[str, ...]  # the stored address, one line each
    country_code: str


MAX_LINES = 9
"""What fits the 85 × 45 mm window at 9 pt."""


def address_block(
    address: PostalAddress, language: str, sender_country: str = DEFAULT_SENDER_COUNTRY
) -> list[str]:
    """The lines of the address window, by the labels' per-country formatter.

    The *for the attention of* line is in the letter's language; the country line in the
    letter's language too (the sender writes it in the language of the letter it sends).
    """
    person = address.person
    if person and address.person_function:
        person = f"{person}, {address.person_function}"
    recipient = PostalRecipient(
        uid="",
        name=address.organisation or address.person,
        name_latin=address.organisation_latin,
        attention=person if address.organisation else "",
        address="\n".join(address.lines),
        country_code=address.country_code,
        language=language,
    )
    lines = postal_lines(recipient, sender_country, language, attention_language=language)
    if len(lines) > MAX_LINES:
        # Keep the country line: the post office reads it first.
        lines = [*lines[: MAX_LINES - 1], lines[-1]]
    return lines
