"""Templates render every placeholder for every kind of record, in both languages, and the
sandbox refuses whatever is not a placeholder: internals, files, unknown names, markup."""

from __future__ import annotations

import pytest

from alliance_desktop.domain.correspondence import (
    PLACEHOLDERS,
    Audience,
    TemplateDraft,
    TemplateKind,
)
from alliance_desktop.domain.enums import Language
from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.services.correspondence.recipients import recipients_in
from alliance_desktop.services.correspondence.templating import (
    check_template,
    render_paragraphs,
    render_text,
)
from alliance_desktop.services.data_safety.opening import Services

from .samples import add_recipients


def _draft(body: str, audience: Audience = Audience.MEMBER, subject: str = "") -> TemplateDraft:
    kind = TemplateKind.EMAIL if subject else TemplateKind.LETTER
    return TemplateDraft(
        name="t", kind=kind, language="en", audience=audience, subject=subject, body=body
    )


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("audience", list(Audience))
def test_every_placeholder_renders_for_every_record_kind(
    services: Services, audience: Audience, language: str
) -> None:
    person_language = Language.FR if language == "fr" else Language.EN
    uids = add_recipients(services, language=person_language)
    with services.db.read() as session:
        recipient = recipients_in(session, audience, [uids[audience]])[0]
    assert recipient.language == language
    for placeholder in PLACEHOLDERS[audience]:
        source = "{{ " + placeholder.key + " }}"
        assert check_template(_draft(source, audience)) == []
        text = render_text(source, recipient.values, "plain")
        assert text.strip(), placeholder.key
    values = recipient.values
    assert values["authority_name"] == "Крагујевац"
    assert values["country"] == ("Serbie" if language == "fr" else "Serbia")
    if language == "fr":
        assert values["salutation"] == "Madame, Monsieur,"
    else:
        assert values["salutation"] == "Dear Ивана Петровић,"
    if audience is Audience.SIGNATORY:
        assert values["certificate_no"].startswith("DAG-2017-")
        assert values["signed_on"] == ("29 mars 2017" if language == "fr" else "29 March 2017")
    if audience is Audience.MEMBER:
        assert values["participant_no"] == "1"
        assert values["focal_point"] == "Ивана Петровић"


def test_every_placeholder_has_words_in_both_languages() -> None:
    for placeholders in PLACEHOLDERS.values():
        for placeholder in placeholders:
            assert placeholder.label.render("en")
            assert placeholder.label.render("fr") != placeholder.label.render("en") or (
                placeholder.key in {"date"}
            )


@pytest.mark.parametrize(
    "source",
    [
        "{{ ''.__class__ }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ authority_name.__class__ }}",
        "{{ authority_name['__class__'] }}",
        "{{ cycler.__init__.__globals__ }}",
        "{{ lipsum.__globals__['os'] }}",
        "{% include '/etc/passwd' %}",
        "{% import 'x.html' as x %}",
        "{% extends 'base.html' %}",
        "{% from 'x' import y %}",
        "{% for x in range(10) %}x{% endfor %}",
        "{% set x = 1 %}",
        "{{ authority_name|attr('__class__') }}",
        "{{ range(10) }}",
    ],
)
def test_the_sandbox_refuses_internals_and_files(source: str) -> None:
    problems = check_template(_draft(source))
    assert problems, source
    assert all(p.line == 1 for p in problems)


def test_the_engine_itself_cannot_read_files_or_internals() -> None:
    # Even past the check (defence in depth): no loader, sandboxed attribute access.
    from jinja2 import TemplateError

    from alliance_desktop.services.correspondence.templating import environment

    with pytest.raises((TemplateError, TypeError), match="loader"):
        environment("plain").from_string("{% include '/etc/passwd' %}").render()
    with pytest.raises(TemplateError):
        environment("plain").from_string("{{ ''.__class__.__mro__ }}").render()


def test_an_unknown_placeholder_is_an_error_with_its_line() -> None:
    problems = check_template(_draft("Hello\n\n{{ mayor_name }}"))
    assert [(p.line, "mayor_name" in str(p)) for p in problems] == [(3, True)]
    # A signatory's placeholder is unknown to a member's template.
    assert check_template(_draft("{{ certificate_no }}"))


def test_a_syntax_error_is_shown_with_its_line() -> None:
    problems = check_template(_draft("Line one\n{{ authority_name "))
    assert len(problems) == 1 and problems[0].line == 2
    assert "Syntax error" in str(problems[0])


@pytest.mark.parametrize("markup", ["<img src='x.png'>", "<a href='http://x'>x</a>", "<font>"])
def test_only_bold_and_italic_markup_is_allowed(markup: str) -> None:
    problems = check_template(_draft(f"Hello\n{markup}"))
    assert problems and problems[0].line == 2
    assert check_template(_draft("<b>Bold</b> and <i>italic</i> {{ authority_name }}")) == []


def test_open_bold_across_paragraphs_is_refused() -> None:
    assert check_template(_draft("<b>one\n\ntwo</b>"))


def test_an_email_needs_a_plain_subject() -> None:
    assert check_template(_draft("Body", subject="<b>Hi</b>"))
    assert check_template(_draft("Body", subject="Hello {{ authority_name }}")) == []


def test_values_are_escaped_for_each_output() -> None:
    values = {"authority_name": "A<b>&amp; </para>"}
    source = "<b>To</b> {{ authority_name }} & co"
    assert render_text(source, values, "markup") == (
        "<b>To</b> A&lt;b&gt;&amp;amp; &lt;/para&gt; &amp; co"
    )
    assert render_text(source, values, "html") == (
        "<b>To</b> A&lt;b&gt;&amp;amp; &lt;/para&gt; &amp; co"
    )
    assert render_text(source, values, "plain") == "To A<b>&amp; </para> & co"


def test_paragraphs_and_line_breaks() -> None:
    paragraphs = render_paragraphs("One\nline\n\n\nTwo", {}, "markup")
    assert paragraphs == ["One<br/>line", "Two"]


def test_checked_refuses_with_the_line() -> None:
    from alliance_desktop.services.correspondence.templating import checked

    with pytest.raises(RefusedError) as caught:
        checked(_draft("ok\n{{ nope }}"))
    assert "line 2" in str(caught.value)
