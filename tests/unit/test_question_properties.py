"""Property tests of the question path (real MiniLM, bundled guides): any input gives an answer with the disclaimer."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.domain import Answer, Flags
from assistant.safety.check import sanitize_question
from assistant.safety.messages import DISCLAIMER

pytestmark = pytest.mark.slow

# Examples share the session's services; the per-test env isolation fixture is harmless to reuse.
PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
MAX_CHARS = 2000  # Settings.max_question_chars default

CONTROL = st.characters(codec=None, categories=["Cc", "Cf", "Zl", "Zp", "Co"])
WORDS = st.sampled_from(
    ["fever", "infection", "CAR-T", "engraftment", "follow-up", "what", "after", "treatment", "?", "\n", "<b>", "[1]"]
)
JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
TURN_LIKE = st.fixed_dictionaries(
    {},
    optional={
        "role": st.sampled_from(["user", "assistant", "system", "", None, 3]),
        "content": st.text(max_size=300) | st.none() | st.integers() | st.lists(st.text(max_size=5), max_size=3),
        "extra": JSONISH,
    },
)
HISTORY = st.one_of(
    st.just([]),
    st.none(),
    JSONISH,
    st.lists(TURN_LIKE | JSONISH, max_size=30),
    st.builds(lambda turn, n: [turn] * n, TURN_LIKE, st.integers(min_value=1_000, max_value=50_000)),
    st.text(max_size=50),
    st.binary(max_size=50),
)


def assert_well_formed(answer: Answer) -> None:
    """What every reply must carry, whatever the input: text, the disclaimer, flags, consistent citations."""
    assert isinstance(answer, Answer)
    assert isinstance(answer.text, str) and answer.text.strip()
    assert answer.disclaimer == DISCLAIMER
    assert isinstance(answer.flags, Flags)
    assert set(answer.flags.as_json()) == {"urgent", "personal_advice", "off_topic", "not_found"}
    passages = {p.chunk.id for p in answer.passages}
    for citation in answer.citations:
        assert f"[{citation.n}]" in answer.text
        assert citation.passage.chunk.id in passages
    if answer.flags.urgent:
        assert answer.notice and answer.text.startswith(answer.notice)
    if answer.flags.not_found or answer.flags.off_topic:
        assert not answer.citations


@PROPERTY
@given(question=st.text(max_size=400))
def test_any_unicode_question_gets_a_well_formed_answer(bundled_services: Any, question: str) -> None:
    assert_well_formed(bundled_services.assistant.ask(question, ()))


@PROPERTY
@given(question=st.lists(WORDS | st.text(CONTROL, min_size=1, max_size=4), min_size=1, max_size=40).map("".join))
def test_control_characters_never_reach_the_answer_text(bundled_services: Any, question: str) -> None:
    answer = bundled_services.assistant.ask(question, ())
    assert_well_formed(answer)
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", answer.text)


@PROPERTY
@given(
    question=st.text(min_size=1, max_size=60).flatmap(
        lambda seed: st.integers(min_value=MAX_CHARS // len(seed) + 2, max_value=200_000 // len(seed) + 2).map(
            lambda n: (seed * n)
        )
    )
)
def test_very_long_input_is_refused_with_a_clear_message(bundled_services: Any, question: str) -> None:
    answer = bundled_services.assistant.ask(question, ())
    assert_well_formed(answer)
    # Well over the limit once cleaned (markup, control and invisible characters are removed first).
    if len(sanitize_question(question)) > MAX_CHARS:
        assert "shorten it" in answer.text or answer.flags.urgent or "characters" in answer.text
        assert not answer.citations


@PROPERTY
@given(question=st.sampled_from(["What is engraftment?", "What else can I do?", "is that normal?", ""]),
       history=HISTORY)
def test_malformed_history_never_crashes(bundled_services: Any, question: str, history: Any) -> None:
    assert_well_formed(bundled_services.assistant.ask(question, history))


@pytest.mark.parametrize("question", [None, 42, b"What is engraftment?", ["What", "is"], {"q": 1}])
def test_a_question_of_the_wrong_type_is_treated_as_empty(bundled_services: Any, question: Any) -> None:
    answer = bundled_services.assistant.ask(question, ())
    assert_well_formed(answer)
    assert answer.text.startswith("Please type a question")


def test_a_huge_history_keeps_the_answer_grounded(bundled_services: Any) -> None:
    history = [{"role": "user", "content": "What is engraftment?"}] * 100_000
    answer = bundled_services.assistant.ask("What is engraftment?", history)
    assert_well_formed(answer)
    assert answer.citations and not answer.flags.not_found
