"""Answers and patient text as safe HTML for the chat: everything escaped, then our own markup added."""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.domain import Answer, Citation, GuideRecord, Passage
from assistant.safety.messages import DISCLAIMER
from assistant.settings import Settings

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


def render_problem(message: str, hint: str) -> str:
    """A friendly message in place of an answer (never a traceback)."""
    hint_html = f'<p class="hint">{escape_text(hint)}</p>' if hint else ""
    return (
        f'<div class="answer answer-problem"><p>{escape_text(message)}</p>{hint_html}'
        f'<p class="answer-disclaimer">{escape_text(DISCLAIMER)}</p></div>'
    )


def render_header() -> str:
    return (
        '<header class="app-header"><h1>Cell &amp; Gene Therapy Guide Assistant</h1>'
        "<p>Plain-language answers from vetted patient guides, with the sources they come from.</p></header>"
    )


def render_footer() -> str:
    return (
        '<p class="footer-note">Answers come only from the guides in this library and may not cover your '
        "situation. Your care team knows your treatment best: ask them about anything specific to you.</p>"
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
        f'<p class="standing-disclaimer">{escape_text(DISCLAIMER)}</p>'
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
    flags = escape_text(", ".join(raised)) if raised else "none"
    reasons = "".join(f"\n- {escape_text(reason)}" for reason in answer.reasons)
    return f"**Flags:** {flags} &#183; **Engine:** {escape_text(answer.engine)}\n{reasons}"


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


# Gradio scopes APP_CSS to its content area; the page padding around it can only be set from <head>.
APP_HEAD = """<style>
@media (max-width: 640px) { .gradio-container .main.fillable { padding: 10px 10px !important; } }
</style>"""

APP_CSS = """
.gradio-container { max-width: 880px !important; margin: 0 auto !important; }
.app-header h1 { font-size: 1.6rem; margin: 0.4rem 0 0.2rem; color: var(--body-text-color); }
.app-header p { margin: 0 0 0.4rem; color: var(--body-text-color-subdued); }
.contacts { display: flex; flex-wrap: wrap; gap: 0.3rem 1.2rem; padding: 0.7rem 0.9rem; border-radius: 10px;
  background: #f0f7f7; border: 1px solid #cfe5e3; font-size: 0.95rem; line-height: 1.45; }
.contacts p { margin: 0; }
.contacts a { color: #0f5f5a !important; font-weight: 600; padding: 0 !important; }
.contacts .standing-disclaimer { flex-basis: 100%; color: #475569; font-size: 0.88rem; }
#chat .prose { opacity: 1 !important; }
.answer p { margin: 0 0 0.6rem; line-height: 1.6; }
.answer-pending { color: #64748b; font-style: italic; }
.cite { color: #0f766e; font-weight: 600; font-size: 0.78em; margin-left: 1px; }
.urgent-callout { border: 2px solid #b91c1c; border-left-width: 8px; background: #fef2f2 !important;
  border-radius: 10px; padding: 0.75rem 1rem; margin: 0 0 0.8rem; }
.urgent-callout p { margin: 0 !important; line-height: 1.55; color: #7f1d1d !important; }
.urgent-callout p.urgent-title { font-weight: 700; font-size: 1.08rem; margin: 0 0 0.3rem !important; }
#chat .examples .example { border: 1px solid #cbd5e1; border-radius: 10px; background: #ffffff; }
#chat .examples .example:hover { border-color: #0f766e; }
.sources { border-top: 1px solid #e2e8f0; margin-top: 0.6rem; padding-top: 0.5rem; }
.sources-title { font-weight: 600; font-size: 0.9rem; color: #334155; margin: 0 0 0.3rem !important; }
.sources details { margin: 0.15rem 0; font-size: 0.92rem; }
.sources summary { cursor: pointer; color: #1e3a5f; padding: 0.15rem 0; }
.sources .cite-n { color: #0f766e; font-weight: 600; }
.sources .source-section { color: #64748b; }
.sources blockquote { margin: 0.3rem 0 0.5rem; padding: 0.4rem 0.7rem; border-left: 3px solid #99c9c4;
  background: #f8fafc; color: #334155; font-size: 0.9rem; line-height: 1.5; }
.answer-disclaimer { font-size: 0.82rem; color: #64748b; margin: 0.5rem 0 0 !important; }
.answer-problem .hint { color: #475569; }
.footer-note, .staff-disabled { font-size: 0.88rem; color: #475569; }
:focus-visible { outline: 3px solid #0f766e !important; outline-offset: 2px; }
@media (max-width: 640px) {
  #chat .message-row.bot-row { max-width: 100% !important; margin-left: 0 !important; margin-right: 0 !important; }
  .tab-wrapper, .tab-container { flex-wrap: wrap; min-width: 0 !important; }
  .tab-container button { padding-left: 0.5rem !important; padding-right: 0.5rem !important; }
  .app-header h1 { font-size: 1.3rem; }
  .contacts { font-size: 0.9rem; }
}
"""
