"""Rendering answers for the chat: patient text is always escaped; markers, callout and sources are ours."""

from __future__ import annotations

import html
import re

import pytest

from assistant.domain import Answer, Chunk, Citation, Flags, Passage
from assistant.settings import Settings
from assistant.ui import render

DISCLAIMER = "General information, not medical advice."


def passage(n: int, text: str = "Wash your hands often.", title: str = "Infection guide") -> Passage:
    return Passage(Chunk(f"c{n}", "g.txt", title, f"Section {n}", n, text, "h"), 0.9 - n / 10, 0.8, 0.5, n)


def answer(text: str, cited: int = 2, **kwargs: object) -> Answer:
    passages = tuple(passage(n) for n in range(1, 4))
    citations = tuple(Citation(n, passages[n - 1]) for n in range(1, cited + 1))
    return Answer(text=text, disclaimer=DISCLAIMER, citations=citations, passages=passages, **kwargs)  # type: ignore[arg-type]


def visible_text(fragment: str) -> str:
    """What a browser shows for an escaped fragment (entities decoded, <br> as a line break)."""
    return html.unescape(fragment.replace("<br>", "\n"))


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        '<img src=x onerror="alert(1)">',
        "**bold** and _italic_ and `code`",
        "[click](javascript:alert(1)) or https://example.org",
        "# heading\n1. list\n- item\n    indented code",
        "$x^2$ and $$y$$",
        'Tom & Jerry\'s "quote" <b>',
        "&lt;already escaped&gt; &#60;",
        "plain words stay as they are",
    ],
)
def test_patient_text_is_shown_exactly_and_never_becomes_markup(text: str) -> None:
    escaped = render.escape_text(text)
    assert visible_text(escaped) == text
    bare = re.sub(r"&#\d+;|<br>", "", escaped)
    assert not set(bare) & set("<>&*_`[]()#$!|\\")


def test_user_message_is_escaped() -> None:
    bubble = render.render_user_message("<b>hi</b>")
    assert "<b>" not in bubble
    assert bubble.startswith('<div class="msg-user">')


def test_markers_of_real_citations_become_superscripts() -> None:
    out = render.render_answer(answer("Wash hands [1]. Avoid crowds [2]. Not a source [7]."))
    assert out.count('<sup class="cite"') == 2
    assert '<sup class="cite" title="Source 1">&#91;1&#93;</sup>' in out
    assert "[7]" not in out and "&#91;7&#93;" in out


def test_sources_list_every_citation_with_title_section_and_passage() -> None:
    out = render.render_answer(answer("See [2] and [1].", cited=2))
    sources = out[out.index('<div class="sources">') :]
    assert sources.count("<details>") == 2
    assert sources.index("&#91;1&#93;") < sources.index("&#91;2&#93;")
    assert "Infection guide" in sources and "Section 2" in sources
    assert "Wash your hands often" in sources
    assert DISCLAIMER.split(",")[0] in visible_text(out)


def test_passage_text_from_a_guide_is_escaped_too() -> None:
    evil = Answer(
        text="Read this [1].",
        disclaimer=DISCLAIMER,
        citations=(Citation(1, passage(1, text="<img src=x onerror=alert(1)>")),),
    )
    out = render.render_answer(evil)
    assert "<img" not in out


def test_urgent_notice_is_a_callout_and_not_repeated_in_the_body() -> None:
    notice = "Call your care team now."
    urgent = answer(
        f"{notice}\n\nFever needs checking [1].", cited=1, flags=Flags(urgent=True), notice=notice
    )
    out = render.render_answer(urgent)
    assert out.startswith('<div class="answer"><div class="urgent-callout" role="alert">')
    assert out.count("Call your care team now") == 1
    assert "Fever needs checking" in out


def test_ordinary_answers_have_no_callout() -> None:
    assert "urgent-callout" not in render.render_answer(answer("Wash hands [1]."))


def test_partial_answer_has_no_sources_yet() -> None:
    out = render.render_answer(answer("Wash hands [1]. More."), "Wash hands [1].")
    assert "sources" not in out and "answer-disclaimer" not in out
    assert '<sup class="cite"' in out


@pytest.mark.parametrize(
    "text", ["One two three four five six seven [1].", "Short [2].", "", "a\n\nb c d e [1][2]"]
)
def test_stream_prefixes_grow_to_the_full_text_without_splitting_markers(text: str) -> None:
    pieces = list(render.stream_prefixes(text))
    assert pieces[-1] == text
    assert all(text.startswith(p) for p in pieces)
    for piece in pieces:
        assert piece.count("[") == piece.count("]")


def test_problem_message_carries_hint_and_disclaimer() -> None:
    out = visible_text(render.render_problem("Sorry, <that> failed.", "Try again."))
    assert "Sorry, <that> failed." in out and "Try again." in out and "not medical advice" in out


def test_contacts_show_every_number_and_link_real_phone_numbers() -> None:
    settings = Settings(care_team_phone="+1 (555) 010-0199", emergency_number="911", crisis_line="988")
    out = render.render_contacts(settings)
    assert 'href="tel:+15550100199"' in out
    assert 'href="tel:911"' in out and 'href="tel:988"' in out
    wording = render.render_contacts(Settings(care_team_phone="the number on your <card>"))
    assert "<card>" not in wording and "tel:" in wording  # only the real numbers are links
    assert "the number on your &#60;card&#62;" in wording


def test_staff_rows_show_scores_and_which_passages_were_cited() -> None:
    rows = render.passage_rows(answer("x [1]", cited=1))
    assert [row[1] for row in rows] == ["[1]", "", ""]
    assert [row[0] for row in rows] == [1, 2, 3]
    assert len(rows[0]) == len(render.PASSAGE_HEADERS)


def test_flags_for_staff_list_raised_flags_and_reasons() -> None:
    flagged = answer("x", flags=Flags(urgent=True, not_found=True), reasons=("red flag: fever",))
    md = render.flags_markdown(flagged)
    assert "urgent, not found" in visible_text(md)
    assert "red flag&#58; fever" in md
    assert "none" in render.flags_markdown(answer("x"))
