"""Answers and patient text as safe HTML for the chat: everything escaped, then our own markup added."""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.domain import Answer, Citation, GuideRecord, Passage
from assistant.settings import Settings

# Shown under every error message and on the page; the composed answers carry the core's own disclaimer.
STANDING_DISCLAIMER = (
    "This assistant shares general information from vetted patient guides. It is not medical advice and "
    "does not replace your care team. Always follow the instructions your treatment centre gave you."
)

_MARKER = re.compile(r"\[(\d+)\]")
# Every ASCII character that Markdown, autolinking or LaTeX could read as syntax.
_MARKUP_CHARS = frozenset("\\`*_{}[]()#+-.!|~$:/=<>&\"'%^@;,?")
_PHONE_LIKE = re.compile(r"^\+?[\d\s().-]{3,}$")


def escape_text(text: str) -> str:
    """Text shown exactly as typed: HTML-escaped, markup characters as entities, line breaks as <br>."""
    escaped = "".join(f"&#{ord(ch)};" if ch in _MARKUP_CHARS else ch for ch in text)
    return re.sub(r"\r?\n", "<br>", escaped)


def render_user_message(question: str) -> str:
    return f'<div class="msg-user">{escape_text(question)}</div>'


def render_answer(answer: Answer, body: str | None = None) -> str:
    """The chat bubble for an answer; `body` is the part streamed so far (None: the final, full answer)."""
    final = body is None
    text = body if body is not None else answer_body(answer)
    parts = ['<div class="answer">']
    if answer.flags.urgent or answer.notice:
        parts.append(render_urgent_callout(answer.notice or answer.text))
    numbers = {c.n for c in answer.citations}
    parts.append(f'<div class="answer-body">{_paragraphs(text, numbers)}</div>')
    if final:
        parts.append(render_sources(answer.citations))
        parts.append(f'<p class="answer-disclaimer">{escape_text(answer.disclaimer)}</p>')
    parts.append("</div>")
    return "".join(parts)


def answer_body(answer: Answer) -> str:
    """The answer text without the urgent notice, which is shown in its own callout."""
    if answer.notice and answer.text.startswith(answer.notice):
        return answer.text[len(answer.notice) :].strip()
    return answer.text


def render_urgent_callout(notice: str) -> str:
    return (
        '<div class="urgent-callout" role="alert">'
        '<p class="urgent-title"><span aria-hidden="true">⚠️ </span>Please get help now</p>'
        f"<p>{escape_text(notice)}</p></div>"
    )


def render_sources(citations: tuple[Citation, ...]) -> str:
    if not citations:
        return ""
    items = "".join(
        "<details>"
        f'<summary><span class="cite-n">&#91;{c.n}&#93;</span> {_source_label(c.passage)}</summary>'
        f"<blockquote>{escape_text(c.passage.chunk.text)}</blockquote>"
        "</details>"
        for c in sorted(citations, key=lambda c: c.n)
    )
    return f'<div class="sources"><p class="sources-title">Sources</p>{items}</div>'


def render_problem(message: str, hint: str, disclaimer: str = STANDING_DISCLAIMER) -> str:
    """A friendly message in place of an answer (never a traceback)."""
    hint_html = f'<p class="hint">{escape_text(hint)}</p>' if hint else ""
    return (
        f'<div class="answer answer-problem"><p>{escape_text(message)}</p>{hint_html}'
        f'<p class="answer-disclaimer">{escape_text(disclaimer)}</p></div>'
    )


def render_contacts(settings: Settings) -> str:
    """The standing box with the care-team, emergency and crisis contacts and the disclaimer."""
    return (
        '<aside class="contacts" aria-label="Who to contact">'
        f"<p><strong>Feeling unwell after treatment?</strong> Call your care team: "
        f"{_contact(settings.care_team_phone)}.</p>"
        f"<p><strong>In an emergency</strong> call {_contact(settings.emergency_number)}.</p>"
        f"<p><strong>In crisis or thinking about harming yourself?</strong> Call or text "
        f"{_contact(settings.crisis_line)}, any time.</p>"
        f'<p class="standing-disclaimer">{escape_text(STANDING_DISCLAIMER)}</p>'
        "</aside>"
    )


def stream_prefixes(text: str, words_per_piece: int = 3) -> Iterator[str]:
    """Growing prefixes of text that end between words, so a marker like [2] never arrives half-typed."""
    words = re.findall(r"\S+\s*", text)
    for end in range(words_per_piece, len(words), words_per_piece):
        yield "".join(words[:end]).rstrip()
    yield text


def passage_rows(answer: Answer) -> list[list[object]]:
    """Rows for the staff table: every retrieved passage, its scores and the marker it was cited as."""
    cited = {c.passage.chunk.id: c.n for c in answer.citations}
    return [
        [
            rank,
            f"[{cited[p.chunk.id]}]" if p.chunk.id in cited else "",
            round(p.score, 3),
            round(p.dense, 3),
            round(p.lexical, 3),
            p.chunk.title,
            p.chunk.section,
            p.chunk.text,
        ]
        for rank, p in enumerate(answer.passages, start=1)
    ]


PASSAGE_HEADERS = ["rank", "cited", "score", "dense", "lexical", "guide", "section", "passage"]


def flags_markdown(answer: Answer) -> str:
    """Flags and reasons for staff, as escaped Markdown."""
    raised = [name.replace("_", " ") for name, on in answer.flags.as_json().items() if on]
    lines = [f"**Flags:** {escape_text(', '.join(raised)) if raised else 'none'}"]
    lines += [f"- {escape_text(reason)}" for reason in answer.reasons]
    lines.append(f"**Engine:** {escape_text(answer.engine)}")
    return "\n".join(lines)


def guide_rows(guides: list[GuideRecord]) -> list[list[object]]:
    return [
        [g.title, g.path, g.source, g.passages, g.ingested_at, g.file_hash[:12]]
        for g in sorted(guides, key=lambda g: g.title.lower())
    ]


GUIDE_HEADERS = ["title", "file", "source", "passages", "ingested", "content hash"]


def _paragraphs(text: str, numbers: set[int]) -> str:
    paragraphs = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    return "".join(f"<p>{_with_markers(p, numbers)}</p>" for p in paragraphs)


def _with_markers(text: str, numbers: set[int]) -> str:
    """Escape text, then turn the [n] markers of real citations into styled superscripts."""
    out, last = [], 0
    for match in _MARKER.finditer(text):
        n = int(match.group(1))
        if n in numbers:
            out.append(escape_text(text[last : match.start()]))
            out.append(f'<sup class="cite" title="Source {n}">&#91;{n}&#93;</sup>')
            last = match.end()
    out.append(escape_text(text[last:]))
    return "".join(out)


def _source_label(passage: Passage) -> str:
    title = escape_text(passage.chunk.title)
    section = passage.chunk.section
    return f'{title} <span class="source-section">· {escape_text(section)}</span>' if section else title


def _contact(value: str) -> str:
    """A phone number becomes a tap-to-call link; any other wording is shown as written."""
    shown = escape_text(value)
    if _PHONE_LIKE.match(value):
        digits = re.sub(r"[^\d+]", "", value)
        return f'<a href="tel:{digits}">{shown}</a>'
    return shown
