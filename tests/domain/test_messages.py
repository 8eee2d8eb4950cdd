"""Messages made below the window: rendered when shown, in the language in use, naturally."""

from __future__ import annotations

import copy
import datetime as dt
import pickle
from collections.abc import Iterator

import pytest

from alliance_desktop.domain.errors import (
    ConflictError,
    DatabaseFailureError,
    FieldError,
    NotFoundError,
    ValidationError,
)
from alliance_desktop.domain.messages import (
    CountryName,
    LongDate,
    Number,
    current_language,
    msg,
    nmsg,
    use_language,
)
from alliance_desktop.domain.records import AuthorityDraft, MembershipDraft
from alliance_desktop.domain.validation import checked, validate_authority, validate_membership


@pytest.fixture
def french() -> Iterator[None]:
    before = current_language()
    use_language("fr")
    yield
    use_language(before)


def test_parameters_word_themselves_in_each_language() -> None:
    assert CountryName("PL").render("en") == "Poland"
    assert CountryName("PL").render("fr") == "Pologne"
    assert CountryName("XX").render("fr") == "XX"
    assert LongDate(dt.date(2026, 12, 4)).render("en") == "4 December 2026"
    assert LongDate(dt.date(2026, 12, 4)).render("fr") == "4 décembre 2026"
    assert LongDate(dt.date(2017, 3, 1)).render("fr") == "1er mars 2017"
    assert Number(171197).render("en") == "171,197"
    assert Number(171197).render("fr") == "171\u202f197"


def test_plurals_follow_french_rules() -> None:
    def days(n: int) -> str:
        return nmsg("{n} day", "{n} days", n).render("fr")

    assert [days(0), days(1), days(2)] == ["0 jour", "1 jour", "2 jours"]
    assert nmsg("{n} day", "{n} days", 0).render("en") == "0 days"


def test_nested_messages_render_in_the_same_language() -> None:
    countries = nmsg("{n} country", "{n} countries", 29)
    sentence = nmsg(
        "{n} member from {countries}", "{n} members from {countries}", 130, countries=countries
    )
    assert sentence.render("en") == "130 members from 29 countries"
    assert sentence.render("fr") == "130 villes et régions de 29 pays participent à l'Alliance"


def test_a_message_without_translation_reads_in_english() -> None:
    assert msg("Nothing like this is in a catalogue {x}", x=1).render("fr") == (
        "Nothing like this is in a catalogue 1"
    )
    assert msg("").render("fr") == ""  # not the catalogue's header


def test_validation_errors_render_when_shown_not_when_raised() -> None:
    with pytest.raises(ValidationError) as caught:
        checked(AuthorityDraft(name="", country_code="Narnia"), validate_authority)
    error = caught.value
    assert str(error) == (
        "name: name is required; country_code: “NARNIA” is not a Council of Europe member state"
    )
    use_language("fr")
    try:
        assert str(error) == (
            "name: le nom est obligatoire; "
            "country_code: « NARNIA » n'est pas un État membre du Conseil de l'Europe"
        )
        assert error.errors[0].text == "le nom est obligatoire"
    finally:
        use_language("en")


def test_field_messages_with_dates_read_naturally_in_french(french: None) -> None:
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    draft = MembershipDraft(authority_uid="a", joined_on=tomorrow, participant_no=0)
    errors = {e.field: e.text for e in validate_membership(draft)}
    assert errors["participant_no"] == "doit valoir 1 ou plus"
    assert errors["joined_on"] == f"le {LongDate(tomorrow).render('fr')} est dans le futur"


def test_too_long_names_in_french(french: None) -> None:
    errors = validate_authority(AuthorityDraft(name="x" * 250, country_code="PL"))
    assert [e.text for e in errors] == [
        "dépasse la longueur permise (250 caractères ; 200 au plus)"
    ]


def test_refusals_in_french(french: None) -> None:
    assert str(NotFoundError("application", "u1")) == (
        "Aucune fiche candidature ne porte l'identifiant u1."
    )
    conflict = ConflictError("authority", "u2", "Kraków", by="anna")
    assert str(conflict) == (
        "La fiche collectivité « Kraków » a été modifiée par anna depuis son ouverture. "
        "Rechargez-la pour voir la version actuelle."
    )
    failure = DatabaseFailureError("too_long", writing=True, limit=200)
    assert str(failure) == (
        "Un texte dépasse la longueur que la base de données accepte (200 caractères). "
        "Rien n'a été modifié ; raccourcissez-le et réessayez."
    )


def test_english_refusals_unchanged() -> None:
    assert str(DatabaseFailureError("duplicate", writing=True, what="participant_number")) == (
        "Someone else saved the same participant number at the same moment. Nothing was "
        "changed; save again to get a new one."
    )
    assert str(ConflictError("membership", "u", "Kraków", deleted=True)) == (
        "The membership “Kraków” was deleted by someone else since you opened it. "
        "Reload it to see the current version."
    )


@pytest.mark.parametrize(
    "error",
    [
        ValidationError([FieldError("name", msg("name")), FieldError("x", "plain")]),
        NotFoundError("person", "u1"),
        ConflictError("authority", "u2", "Kraków", by="anna", at=dt.datetime(2026, 1, 2)),
        DatabaseFailureError("busy", writing=False),
    ],
    ids=lambda e: type(e).__name__,
)
def test_errors_survive_pickle_and_copy(error: Exception) -> None:
    for again in (pickle.loads(pickle.dumps(error)), copy.copy(error), copy.deepcopy(error)):
        assert type(again) is type(error)
        assert str(again) == str(error)
        assert again.__dict__ == error.__dict__
