"""Detection of a text file's encoding: UTF-8/16 and the code pages European Excel writes.

Byte-order marks and the NUL pattern of UTF-16 are certain; valid UTF-8 is taken as UTF-8.
Anything else is decoded with every candidate code page and each decoding is scored for
signs of mojibake: control characters, symbols glued to letters (``£ódŸ``), scripts mixed
inside a word (``Јуdџ``), upper case after lower case inside a word, and letters that are
rare in the languages of the Council of Europe. When decodings that differ score alike, the
result is flagged ``ambiguous`` so that the user chooses; nothing is guessed silently.
"""

from __future__ import annotations

import codecs
import itertools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from alliance_desktop.domain.messages import Message, msg

# Tried in this order; on equal scores the earlier one is preferred.
LEGACY_ENCODINGS: tuple[str, ...] = (
    "cp1252",  # western Europe
    "cp1250",  # central Europe: Polish, Czech, Slovak, Hungarian, Croatian, Romanian…
    "cp1251",  # Cyrillic
    "cp1253",  # Greek
    "cp1254",  # Turkish
    "cp1257",  # Baltic
    "iso-8859-2",
    "iso-8859-15",
    "iso-8859-7",
    "iso-8859-9",
)

# Friendly names for the user's choice, put into words in the language shown.
ENCODING_WORDS: dict[str, Message] = {
    "utf-8": msg("Unicode (UTF-8)"),
    "utf-8-sig": msg("Unicode (UTF-8 with BOM)"),
    "utf-16": msg("Unicode (UTF-16)"),
    "utf-16-le": msg("Unicode (UTF-16 LE)"),
    "utf-16-be": msg("Unicode (UTF-16 BE)"),
    "utf-32": msg("Unicode (UTF-32)"),
    "cp1250": msg("Central European (Windows-1250)"),
    "cp1251": msg("Cyrillic (Windows-1251)"),
    "cp1252": msg("Western European (Windows-1252)"),
    "cp1253": msg("Greek (Windows-1253)"),
    "cp1254": msg("Turkish (Windows-1254)"),
    "cp1257": msg("Baltic (Windows-1257)"),
    "iso-8859-2": msg("Central European (ISO 8859-2)"),
    "iso-8859-15": msg("Western European (ISO 8859-15)"),
    "iso-8859-7": msg("Greek (ISO 8859-7)"),
    "iso-8859-9": msg("Turkish (ISO 8859-9)"),
}
# The same names in English.
ENCODING_NAMES: dict[str, str] = {code: words.text for code, words in ENCODING_WORDS.items()}

# Two decodings whose scores differ by less than this are both offered to the user.
AMBIGUITY_MARGIN = 4.0


@dataclass(frozen=True, slots=True)
class EncodingCandidate:
    """A plausible decoding; ``sample`` shows its words that differ from the other candidates'."""

    encoding: str
    name: str
    sample: str
    score: float  # lower is more plausible


@dataclass(frozen=True, slots=True)
class EncodingGuess:
    encoding: str
    ambiguous: bool = False
    candidates: tuple[EncodingCandidate, ...] = ()  # best first; empty when certain


def encoding_name(encoding: str) -> str:
    """The encoding's friendly name in the language in use (its code when it has none)."""
    return str(encoding_words(encoding))


def encoding_words(encoding: str) -> Message | str:
    """The encoding's friendly name as a message parameter (its code when it has none)."""
    return ENCODING_WORDS.get(encoding, encoding)


def normalise_encoding(encoding: str) -> str:
    """The codec's canonical spelling (``Windows-1250`` → ``cp1250``); LookupError if unknown."""
    name = codecs.lookup(encoding).name
    aliases = {"iso8859-2": "iso-8859-2", "iso8859-15": "iso-8859-15"}
    aliases |= {"iso8859-7": "iso-8859-7", "iso8859-9": "iso-8859-9"}
    return aliases.get(name, name)


def detect_encoding(data: bytes) -> EncodingGuess:
    """Guess how ``data`` is encoded; see the module docstring."""
    if data.startswith(codecs.BOM_UTF8):
        return EncodingGuess("utf-8-sig")
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return EncodingGuess("utf-32")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return EncodingGuess("utf-16")
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return EncodingGuess(utf16)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return EncodingGuess("utf-8")
    return _score_legacy(data)


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NULs sit at every other byte, as ASCII text in UTF-16 has."""
    sample = data[:8192]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even_nuls = sample[0 : pairs * 2 : 2].count(0)
    odd_nuls = sample[1 : pairs * 2 : 2].count(0)
    for encoding, nuls, others in (
        ("utf-16-le", odd_nuls, even_nuls),
        ("utf-16-be", even_nuls, odd_nuls),
    ):
        if nuls >= pairs * 0.3 and others <= pairs * 0.02:
            try:
                text = data[: len(data) - len(data) % 2].decode(encoding)
            except UnicodeDecodeError:
                continue
            if "\x00" not in text:
                return encoding
    return None


# Words (runs between separators) that contain at least one byte above 127.
_TOKEN_RE = re.compile(rb'[^\s,;"|]*[\x80-\xff][^\s,;"|]*')
_MAX_TOKENS = 3000  # distinct words scored
_MAX_TOKENS_SCANNED = 200_000

# Letters rare in the languages of the Council of Europe as they are written in these code
# pages; they are what a wrong Western/Central/Turkish/Baltic page usually produces.
_RARE_LETTERS = frozenset("ÞþÐðÝŸÿŔŕĹĺĽŤĎŇŐŰÃÕÌÒÙËÏŢŒŖŗ")
_VERY_RARE_LETTERS = frozenset("ƒªºµ")
# Symbols normal next to letters (quotes, dashes, apostrophes, Catalan middle dot).
_WORD_PUNCTUATION = frozenset("'’‘‚“”„«»‹›-–—.·…€/()&+")
_VOWELS = frozenset(
    "aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿąęėįųūāēīōőűœаеёиоуыэюяієїўαεηιουωάέήίόύώϊϋΐΰ"
)
# The accented Latin letters of the languages written in these code pages; a word whose
# letters no single alphabet holds ("Hafnarfjörđur", "Pøíbram") is likely mis-decoded.
_ALPHABETS: tuple[frozenset[str], ...] = tuple(
    frozenset(letters)
    for letters in (
        "ąćęłńóśźż",  # Polish
        "áčďéěíňóřšťúůýž",  # Czech
        "áäčďéíĺľňóôŕšťúýž",  # Slovak
        "áéíóöőúüű",  # Hungarian
        "ăâîşţșț",  # Romanian
        "čćđšž",  # Croatian, Bosnian, Serbian, Slovenian
        "çë",  # Albanian
        "äöüß",  # German
        "àâæçéèêëîïôœùûüÿ",  # French
        "áéíñóúü",  # Spanish
        "áâãàçéêíóôõú",  # Portuguese
        "àèéìíîòóùú",  # Italian
        "àçèéíïòóúü",  # Catalan
        "éëïóöü",  # Dutch
        "æøåéó",  # Danish, Norwegian
        "åäöé",  # Swedish, Finnish
        "áðéíóúýþæö",  # Icelandic
        "äõöüšž",  # Estonian
        "āčēģīķļņšūž",  # Latvian
        "ąčęėįšųūž",  # Lithuanian
        "çğıöşüâî",  # Turkish
        "əçğıöşü",  # Azerbaijani
        "ċġħżàèìòù",  # Maltese
    )
)


def _script(char: str) -> str:
    if char.isascii():
        return "latin"
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0].lower()


def _token_cost(word: str) -> float:
    cost = 0.0
    scripts: set[str] = set()
    previous = ""
    uppers_before = 0
    for char in word:
        code = ord(char)
        if code < 32 or 0x7F <= code <= 0x9F:
            cost += 20.0  # control characters: never in a table someone typed
        elif char.isalpha() and char not in _VERY_RARE_LETTERS:
            script = _script(char)
            if script not in ("latin", "greek", "cyrillic"):
                cost += 6.0
            scripts.add(script)
            if char in _RARE_LETTERS:
                cost += 1.5
            if previous.isalpha() and not (char.isascii() and previous.isascii()):
                if previous.islower() and char.isupper():
                    cost += 4.0  # "ódŸ"
                elif previous.isupper() and char.islower() and uppers_before >= 2:
                    cost += 3.0  # "KRAKóW"
            uppers_before = uppers_before + 1 if char.isupper() else 0
        elif (
            unicodedata.category(char) != "Nd"
            and not char.isascii()
            and char not in _WORD_PUNCTUATION
        ):
            # a symbol (£ ¤ ¦ © ± ¸ …) glued to letters is the classic mojibake sign
            neighbours = word.replace(char, " ").strip()
            cost += 5.0 if any(c.isalpha() for c in neighbours) else 1.0
        previous = char
    if len(scripts) > 1:
        cost += 10.0
    letters = [_lower(c) for c in word if c.isalpha()]
    vowels = [c in _VOWELS for c in letters]
    if len(letters) >= 4 and not any(vowels):
        cost += 3.0  # "Вьлпт" is Βόλος read as Cyrillic
    if _longest_false_run(vowels) >= 4:
        cost += 2.0  # "Μξρκβΰ" is Москва read as Greek
    if scripts == {"latin"}:
        # Latin words rarely chain accented letters: "Êðàãójåâàö" is Крагујевац read as cp1252.
        accented = [c for c in letters if not c.isascii()]
        cost += sum(
            1.0 for a, b in itertools.pairwise(letters) if not a.isascii() and not b.isascii()
        )
        if accented and not any(set(accented) <= alphabet for alphabet in _ALPHABETS):
            cost += 2.5
    return cost


def _lower(char: str) -> str:
    return "i" if char == "İ" else char.lower()  # "İ".lower() is two characters


def _alphabets_needed(words: list[tuple[str, int]]) -> int:
    """How many alphabets of :data:`_ALPHABETS` it takes to write these Latin words (greedy).

    One file is usually one language or a few; a decoding that needs letters from many
    unrelated alphabets (``Điauliai``, ``Këdainiai``) is likely the wrong one.
    """
    letters: set[str] = set()
    for word, _ in words:
        if all(_script(c) == "latin" for c in word if c.isalpha()):
            letters.update(_lower(c) for c in word if c.isalpha() and not c.isascii())
    letters = {c for c in letters if not c.isascii()}
    needed = 0
    while letters:
        best = max(_ALPHABETS, key=lambda alphabet: len(letters & alphabet))
        covered = letters & best
        if not covered:
            return needed + len(letters)
        letters -= covered
        needed += 1
    return needed


def _longest_false_run(flags: list[bool]) -> int:
    longest = run = 0
    for flag in flags:
        run = 0 if flag else run + 1
        longest = max(longest, run)
    return longest


def _score_legacy(data: bytes) -> EncodingGuess:
    # The first words with high bytes are enough, and keep memory bounded on big files.
    found = itertools.islice(_TOKEN_RE.finditer(data), _MAX_TOKENS_SCANNED)
    tokens = Counter(match.group(0) for match in found)
    common = tokens.most_common(_MAX_TOKENS)
    scored: list[tuple[float, int, str, dict[bytes, str]]] = []
    for order, encoding in enumerate(LEGACY_ENCODINGS):
        try:
            data.decode(encoding)
        except UnicodeDecodeError:
            continue
        words = {raw: raw.decode(encoding) for raw, _ in common}
        score = sum(_token_cost(words[raw]) * count for raw, count in common)
        needed = _alphabets_needed([(words[raw], count) for raw, count in common])
        score += 1.5 * max(0, needed - 1)
        scored.append((score, order, encoding, words))
    if not scored:
        # Every code page refuses some byte: latin-1 decodes anything; say so to the user.
        return EncodingGuess(
            "latin-1",
            ambiguous=True,
            candidates=(EncodingCandidate("latin-1", "ISO 8859-1", "", 0.0),),
        )
    scored.sort(key=lambda item: (item[0], item[1]))
    # Keep the best decoding of each distinct text.
    distinct: list[tuple[float, str, dict[bytes, str]]] = []
    seen: set[tuple[str, ...]] = set()
    for score, _, encoding, words in scored:
        text = tuple(words[raw] for raw, _ in common)
        if text not in seen:
            seen.add(text)
            distinct.append((score, encoding, words))
    best_score = distinct[0][0]
    plausible = [d for d in distinct if d[0] - best_score < AMBIGUITY_MARGIN]
    if len(plausible) == 1:
        return EncodingGuess(plausible[0][1])
    candidates = tuple(
        EncodingCandidate(encoding, encoding_name(encoding), _sample(words, plausible), score)
        for score, encoding, words in plausible
    )
    return EncodingGuess(plausible[0][1], ambiguous=True, candidates=candidates)


def _sample(words: dict[bytes, str], plausible: list[tuple[float, str, dict[bytes, str]]]) -> str:
    """Up to five of this decoding's words that some other plausible decoding reads otherwise."""
    differing = [raw for raw in words if len({p[2][raw] for p in plausible if raw in p[2]}) > 1]
    return ", ".join(words[raw] for raw in differing[:5])
