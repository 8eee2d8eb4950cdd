"""The sandboxed template engine: checking a template and rendering it for one recipient.

Staff write plain text with placeholders ``{{ authority_name }}`` (chosen from a list in the
editor), ``{% if … %}`` for optional sentences, ``<b>``/``<i>`` for emphasis and a blank line
between paragraphs. Templates render in Jinja2's :class:`SandboxedEnvironment` without a
loader (no ``include``/``import`` of any file) and with :class:`StrictUndefined`; before that,
:func:`check_template` refuses anything but placeholders, conditions and a few text filters,
so ``{{ ''.__class__ }}`` or an unknown placeholder is an error with its line, never a blank
in a sent letter. Values from records are escaped for the output: ReportLab markup, HTML or
plain text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping
from typing import Literal

from jinja2 import StrictUndefined, TemplateError, TemplateSyntaxError, nodes
from jinja2.sandbox import SandboxedEnvironment

from alliance_desktop.domain.correspondence import (
    Audience,
    TemplateDraft,
    TemplateKind,
    TemplateProblem,
    placeholder_keys,
)
from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.domain.messages import msg
from alliance_desktop.reports.letter_markup import markup_problem, markup_value

Flavour = Literal["markup", "html", "plain"]

ALLOWED_TAGS = ("b", "i")
ALLOWED_FILTERS = frozenset({"upper", "lower", "title", "capitalize", "trim"})
_ALLOWED_NODES: tuple[type[nodes.Node], ...] = (
    nodes.Template,
    nodes.Output,
    nodes.TemplateData,
    nodes.Name,
    nodes.Const,
    nodes.If,
    nodes.Compare,
    nodes.Operand,
    nodes.And,
    nodes.Or,
    nodes.Not,
    nodes.CondExpr,
    nodes.Concat,
    nodes.Filter,
)
_CODE_RE = re.compile(r"(\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\})", re.DOTALL)
_TAG_RE = re.compile(r"<\s*(/?)\s*([A-Za-z][A-Za-z0-9]*)([^<>]*)>")
_PARAGRAPH_RE = re.compile(r"\n[ \t]*\n\s*")


def _environment(flavour: Flavour) -> SandboxedEnvironment:
    finalize: Callable[[object], object]
    if flavour == "markup":
        finalize = markup_value
    elif flavour == "html":
        finalize = lambda value: html.escape(str(value), quote=False)  # noqa: E731
    else:
        finalize = str
    # No loader: {% include %}, {% import %} and {% extends %} can reach no file at all.
    return SandboxedEnvironment(
        undefined=StrictUndefined,
        autoescape=False,
        finalize=finalize,
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )


_ENVIRONMENTS: dict[str, SandboxedEnvironment] = {}


def environment(flavour: Flavour) -> SandboxedEnvironment:
    if flavour not in _ENVIRONMENTS:
        _ENVIRONMENTS[flavour] = _environment(flavour)
    return _ENVIRONMENTS[flavour]


def _line_at(source: str, position: int) -> int:
    return source.count("\n", 0, position) + 1


def _text_parts(source: str) -> list[tuple[int, str, bool]]:
    """``source`` cut into (offset, text, is_code): the staff's words and the Jinja parts."""
    parts: list[tuple[int, str, bool]] = []
    position = 0
    for match in _CODE_RE.finditer(source):
        if match.start() > position:
            parts.append((position, source[position : match.start()], False))
        parts.append((match.start(), match.group(0), True))
        position = match.end()
    if position < len(source):
        parts.append((position, source[position:], False))
    return parts


def _markup_problems(source: str, part: str, allow_tags: bool) -> list[TemplateProblem]:
    problems = []
    for offset, text, is_code in _text_parts(source):
        if is_code:
            continue
        for tag in _TAG_RE.finditer(text):
            name = tag.group(2).lower()
            if allow_tags and name in ALLOWED_TAGS and not tag.group(3).strip():
                continue
            line = _line_at(source, offset + tag.start())
            if allow_tags:
                message = msg(
                    "The markup <{tag}> is not allowed; only <b> (bold) and <i> (italic) "
                    "can be used.",
                    tag=name,
                )
            else:
                message = msg("A subject is plain text; remove <{tag}>.", tag=name)
            problems.append(TemplateProblem(part, line, message))
    return problems


def _translated_source(source: str, flavour: Flavour) -> str:
    """``source`` with the staff's text made safe for ``flavour`` (values are escaped later)."""
    pieces = []
    for _offset, text, is_code in _text_parts(source):
        if is_code:
            pieces.append(text)
            continue
        if flavour == "plain":
            pieces.append(_TAG_RE.sub(lambda m: "" if _allowed(m) else m.group(0), text))
            continue
        escaped = html.escape(text, quote=False)
        for tag in ALLOWED_TAGS:
            escaped = escaped.replace(f"&lt;{tag}&gt;", f"<{tag}>")
            escaped = escaped.replace(f"&lt;/{tag}&gt;", f"</{tag}>")
        # Keep {{/{% out of reach: the escaped text is Jinja source again.
        pieces.append(escaped)
    return "".join(pieces)


def _allowed(match: re.Match[str]) -> bool:
    return match.group(2).lower() in ALLOWED_TAGS and not match.group(3).strip()


def _node_problems(tree: nodes.Template, part: str, audience: Audience) -> list[TemplateProblem]:
    known = placeholder_keys(audience)
    problems: list[TemplateProblem] = []
    for node in tree.find_all(nodes.Node):
        line = getattr(node, "lineno", 0) or 0
        if isinstance(node, nodes.Getattr | nodes.Getitem):
            problems.append(
                TemplateProblem(
                    part,
                    line,
                    msg("A placeholder cannot be looked into with “.” or “[ ]”; use it whole."),
                )
            )
        elif isinstance(node, nodes.Name):
            if node.name not in known:
                problems.append(
                    TemplateProblem(
                        part,
                        line,
                        msg(
                            "Unknown placeholder “{name}”; choose one from the list.",
                            name=node.name,
                        ),
                    )
                )
        elif isinstance(node, nodes.Filter):
            if node.name not in ALLOWED_FILTERS:
                problems.append(
                    TemplateProblem(
                        part, line, msg("The filter “{name}” is not allowed.", name=node.name)
                    )
                )
        elif not isinstance(node, _ALLOWED_NODES):
            problems.append(
                TemplateProblem(
                    part,
                    line,
                    msg(
                        "Templates may only use placeholders and {{% if %}} conditions; "
                        "“{what}” is not allowed.",
                        what=type(node).__name__,
                    ),
                )
            )
    return problems


def _source_problems(
    source: str, part: str, audience: Audience, *, allow_tags: bool
) -> list[TemplateProblem]:
    problems = _markup_problems(source, part, allow_tags)
    try:
        tree = environment("plain").parse(source)
    except TemplateSyntaxError as error:
        return [
            *problems,
            TemplateProblem(
                part,
                error.lineno or 0,
                msg("Syntax error: {reason}.", reason=(error.message or "").rstrip(".")),
            ),
        ]
    return problems + _node_problems(tree, part, audience)


def check_template(draft: TemplateDraft) -> list[TemplateProblem]:
    """Everything that stops ``draft`` from rendering, each with its part and line; [] if none."""
    problems: list[TemplateProblem] = []
    if not draft.name.strip():
        problems.append(TemplateProblem("name", 0, msg("Give the template a name.")))
    if draft.kind is TemplateKind.EMAIL and not draft.subject.strip():
        problems.append(TemplateProblem("subject", 1, msg("An e-mail needs a subject.")))
    # A letter's subject (optional) is printed in bold above the text.
    problems += _source_problems(draft.subject, "subject", draft.audience, allow_tags=False)
    if not draft.body.strip():
        problems.append(TemplateProblem("body", 1, msg("The text is empty.")))
    problems += _source_problems(draft.body, "body", draft.audience, allow_tags=True)
    if problems:
        return problems
    # A trial render on sample values: tags left open, or crossing a paragraph, show here.
    sample = {key: "Sample" for key in placeholder_keys(draft.audience)}
    try:
        for paragraph in render_paragraphs(draft.body, sample, "markup"):
            reason = markup_problem(paragraph)
            if reason is not None:
                problems.append(
                    TemplateProblem(
                        "body",
                        0,
                        msg(
                            "Bold or italic is not closed within its paragraph ({reason}).",
                            reason=reason,
                        ),
                    )
                )
                break
    except TemplateError as error:
        problems.append(TemplateProblem("body", 0, msg("{reason}", reason=str(error))))
    return problems


def checked(draft: TemplateDraft) -> TemplateDraft:
    """``draft`` when it renders; else RefusedError naming the first problem and its line."""
    problems = check_template(draft)
    if problems:
        first = problems[0]
        raise RefusedError(
            msg(
                "The template “{name}” cannot be used: {problem} (line {line}).",
                name=draft.name,
                problem=first.message,
                line=first.line,
            )
        )
    return draft


_COMPILED: dict[tuple[str, str], object] = {}


def render_text(source: str, values: Mapping[str, str], flavour: Flavour) -> str:
    """``source`` rendered with ``values``; the template must have passed check_template."""
    key = (flavour, source)
    template = _COMPILED.get(key)
    if template is None:
        if len(_COMPILED) > 256:
            _COMPILED.clear()
        template = environment(flavour).from_string(_translated_source(source, flavour))
        _COMPILED[key] = template
    return str(template.render(dict(values)))  # type: ignore[attr-defined]


def render_paragraphs(source: str, values: Mapping[str, str], flavour: Flavour) -> list[str]:
    """The body as paragraphs (blank lines part them); a single line break stays one."""
    text = render_text(source, values, flavour).replace("\r\n", "\n").strip()
    if not text:
        return []
    paragraphs = _PARAGRAPH_RE.split(text)
    if flavour == "plain":
        return [p.strip("\n") for p in paragraphs]
    breaker = "<br/>" if flavour == "markup" else "<br>"
    return [p.strip("\n").replace("\n", breaker) for p in paragraphs]


def render_subject(source: str, values: Mapping[str, str]) -> str:
    """An e-mail subject: plain text on one line."""
    return " ".join(render_text(source, values, "plain").split())
