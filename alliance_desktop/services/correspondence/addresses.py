"""The address block of a letter: who it goes to and where, as printed lines.

One function, :func:`address_block`, so that a per-country formatter (postcode position,
country line rules) can replace this simple one without touching the letters.
"""

from __future__ import annotations

from dataclasses import dataclass

from alliance_desktop.domain.countries import country_name


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


def address_block(address: PostalAddress, language: str) -> list[str]:
    """The lines of the address window: name, for the attention of, address, COUNTRY.

    The country line is in the letter's language (the sender writes it), in capitals as the
    postal services ask; a non-Latin name is followed by its Latin form so that any post
    office can read it.
    """
    lines = [address.organisation]
    if address.organisation_latin and address.organisation_latin != address.organisation:
        lines.append(address.organisation_latin)
    if address.person:
        person = address.person
        if address.person_function:
            person = f"{person}, {address.person_function}"
        lines.append(person)
    lines.extend(line.strip() for line in address.lines if line.strip())
    if address.country_code:
        lines.append(country_name(address.country_code, language).upper())
    if len(lines) > MAX_LINES:
        # Keep the country line: the post office reads it first.
        lines = [*lines[: MAX_LINES - 1], lines[-1]]
    return lines
