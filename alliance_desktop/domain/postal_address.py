"""Postal addresses as printed on labels, envelopes and letters: one recipient's block of lines.

:func:`address_lines` is the one formatter every printed address uses. It follows the Universal
Postal Union's layout for international mail (UPU S42): the addressee, then the delivery
lines, then the town with its postcode where the country puts it, and last the destination
country in capitals in the *sender's* language — left out for mail inside the sender's
country. A name in a non-Latin script keeps its script and gets its Latin form on the next
line, so that both the local postman and the sorting offices on the way can read it.

Text is printed literally: nothing is parsed as markup, and the invisible characters that
would reorder or hide text (bidirectional overrides, zero-width marks, controls) are dropped,
so what is printed reads in the order it was typed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from alliance_desktop.domain.countries import country_name, parse_country
from alliance_desktop.domain.messages import msg

DEFAULT_SENDER_COUNTRY = "FR"
"""The secretariat writes from Strasbourg."""
SENDER_COUNTRY_SETTING = "postal.sender_country"
"""The organisation setting holding the sender's country (labels, envelopes, letters)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class PostalRecipient:
    """Who a label, an envelope or a letter goes to.

    ``uid`` is the record the address was taken from (a membership, a signature or an
    application); ``name`` the authority (or the person who signed in their own name) as it
    writes itself; ``attention`` the person the mail is for (focal point, signer, contact);
    ``address`` the register's free-text address, one delivery line per text line;
    ``language`` the recipient's language (``en``/``fr``), for letters written to them.
    """

    uid: str
    name: str
    country_code: str
    name_latin: str = ""
    attention: str = ""
    address: str = ""
    language: str = "en"


# Invisible characters that change how text is shown rather than what it says: C0/C1
# controls, zero-width marks, bidirectional embeddings, overrides and isolates, BOM.
_INVISIBLE_RE = re.compile(
    "[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]"
)
_SPACES_RE = re.compile("[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")

# Where the postcode goes when the address gives it on a line of its own (UPU postal
# addressing systems of each country). Not listed: before the town, on the same line
# ("75001 Paris", "00-950 Warszawa", "105 57 Αθήνα").
_OWN_LINE_AFTER_TOWN = frozenset({"GB", "IE", "MT"})
_AFTER_TOWN_WITH_COMMA = frozenset({"LV"})

# What a postcode alone on a line looks like, per country; others: 3 to 6 digits, possibly
# grouped ("105 57", "SK-811 01"), with an optional two-letter country prefix.
_GENERIC_POSTCODE = r"(?:[A-Z]{1,2}[- ]?)?\d{2,3}[- ]?\d{2,3}|\d{3,6}"
_POSTCODES: dict[str, str] = {
    "GB": r"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}",
    "IE": r"[A-Z]\d[\dW] ?[A-Z\d]{4}",
    "MT": r"[A-Z]{3} ?\d{2,4}",
    "NL": r"\d{4} ?[A-Z]{2}",
    "LV": r"(?:LV-)?\d{4}",
    "AD": r"AD ?\d{3}",
    "AZ": r"AZ ?\d{4}",
}


def clean_line(text: str) -> str:
    """One printed line: NFC, invisible characters dropped, runs of spaces made one."""
    text = _INVISIBLE_RE.sub("", unicodedata.normalize("NFC", text))
    return _SPACES_RE.sub(" ", text).strip()


def is_latin(text: str) -> bool:
    """True when every letter of ``text`` is a Latin letter (digits and signs do not count)."""
    for char in text:
        if char.isalpha() and not unicodedata.name(char, "").startswith("LATIN"):
            return False
    return True


def recipient_names(recipient: PostalRecipient) -> list[str]:
    """The name as written, and its Latin form under it when the name is in another script."""
    name = clean_line(recipient.name)
    latin = clean_line(recipient.name_latin)
    lines = [name] if name else []
    if latin and latin != name and not is_latin(name):
        lines.append(latin)
    return lines


def attention_line(person: str, language: str) -> str:
    """``Attn: …`` / ``À l'attention de …`` in ``language`` (short: labels are narrow)."""
    return msg("Attn: {name}", name=person).render(language)


def country_line(code: str, sender_country: str, sender_language: str) -> str:
    """The destination country in capitals in the sender's language; "" inside the country."""
    code = code.strip().upper()
    if not code or code == sender_country.strip().upper():
        return ""
    return country_name(code, sender_language).upper()


def delivery_lines(address: str, country_code: str) -> list[str]:
    """The free-text address as lines: empty lines dropped, a postcode given on a line of its
    own put where the country writes it, and a last line naming the country itself dropped
    (the country line is added by :func:`address_lines`, in the sender's language)."""
    lines = [clean_line(line) for line in address.splitlines()]
    lines = [line for line in lines if line]
    code = country_code.strip().upper()
    if len(lines) > 1 and parse_country(lines[-1]) == code:
        lines.pop()
    return _placed_postcode(lines, code)


def _placed_postcode(lines: list[str], code: str) -> list[str]:
    pattern = re.compile(f"(?:{_POSTCODES.get(code, _GENERIC_POSTCODE)})", re.IGNORECASE)
    alone = [i for i, line in enumerate(lines) if pattern.fullmatch(line)]
    if len(alone) != 1 or len(lines) < 2:
        return lines  # no postcode on its own line (or several candidates): keep as typed
    index = alone[0]
    postcode = lines[index]
    # The town is the line after the postcode ("75001 / Paris") or, at the end, before it.
    town_index = index + 1 if index + 1 < len(lines) else index - 1
    if town_index < 0 or pattern.fullmatch(lines[town_index]):
        return lines
    town = lines[town_index]
    rest = [line for i, line in enumerate(lines) if i not in (index, town_index)]
    first = min(index, town_index)
    before, after = rest[:first], rest[first:]
    if code in _OWN_LINE_AFTER_TOWN:
        return [*before, town, postcode, *after]
    if code in _AFTER_TOWN_WITH_COMMA:
        return [*before, f"{town}, {postcode}", *after]
    return [*before, f"{postcode} {town}", *after]


def address_lines(
    recipient: PostalRecipient,
    sender_country: str = DEFAULT_SENDER_COUNTRY,
    sender_language: str = "fr",
    *,
    attention_language: str | None = None,
) -> list[str]:
    """The recipient's address block, one printed line per item, top to bottom.

    Name (and its Latin form when the name is not in Latin script); *for the attention of*
    the person when there is one (worded in ``attention_language``, by default the sender's:
    a letter in the recipient's language passes theirs); the delivery lines of the address
    with the postcode placed per country; the country in capitals in ``sender_language``
    unless it is ``sender_country``. Pure: the same recipient always gives the same lines.
    """
    lines = recipient_names(recipient)
    person = clean_line(recipient.attention)
    if person:
        lines.append(attention_line(person, attention_language or sender_language))
    lines.extend(delivery_lines(recipient.address, recipient.country_code))
    country = country_line(recipient.country_code, sender_country, sender_language)
    if country:
        lines.append(country)
    return lines
