"""Questions that set something aside: what they set aside, and the answer's sentences about it put last."""

from __future__ import annotations

import pytest

from assistant.ask.besides import aside_last, set_aside
from assistant.ask.compose import Sentence
from assistant.domain import Chunk, Passage
from assistant.text import tokens


@pytest.mark.parametrize(
    ("question", "aside"),
    [
        ("Apart from the heart, liver and kidneys, what else do doctors check?", "heart liver kidneys"),
        ("besides tiredness what other problems come up?", "tiredness"),
        ("Other than the cost, is anything else hard about CAR-T?", "cost"),
        ("aside from my dad's fever is there anything else to watch?", "dad's fever"),
        # granted before asking why
        ("If gene editing has been around for ages, why is it only taking off now?", "gene editing has been around for ages"),
        ("If I had a transplant, can I drive?", ""),  # a condition of what is asked, not granted
        ("What else do doctors check after a transplant?", ""),  # nothing set aside
        ("What other treatments are there besides?", ""),  # nothing after it
    ],
)
def test_what_a_question_sets_aside(question: str, aside: str) -> None:
    assert set_aside(question) == frozenset(tokens(aside))


def _sentence(text: str, passage: int, order: int = 0) -> Sentence:
    chunk = Chunk(f"c{passage}", "guide.txt", "Guide", "Follow-up", passage, text, "v1")
    return Sentence(text, Passage(chunk, 1.0, 0.5, 0.0, passage), 0.6, 0.6, 0.0, order)


HEART = "Long-term follow-up includes periodic evaluation of heart, liver and kidney function."
ALSO = "Physicians also assess iron levels after prior transfusions and bone health."
ELSEWHERE = "Regular follow-up appointments are scheduled to monitor long-term progress."


def test_sentences_about_what_is_set_aside_go_last_and_the_guide_s_next_sentence_leads() -> None:
    earlier = "Bone marrow failure can affect multiple organ systems."
    sentences = [_sentence(HEART, 1, 60), _sentence(ELSEWHERE, 2), _sentence(earlier, 1, 0), _sentence(ALSO, 1, 140)]
    reordered = aside_last(sentences, set_aside("Apart from the heart, liver and kidneys, what else is checked?"))
    assert [s.text for s in reordered] == [ALSO, ELSEWHERE, earlier, HEART]


def test_what_is_set_aside_is_also_recognised_in_the_guides_words() -> None:
    fatigue = "Many patients experience fatigue during recovery."
    sentences = [_sentence(fatigue, 1), _sentence(ALSO, 1, 50)]
    assert [s.text for s in aside_last(sentences, set_aside("besides tiredness, what else?"))] == [ALSO, fatigue]


def test_nothing_moves_when_nothing_is_set_aside() -> None:
    sentences = [_sentence(HEART, 1), _sentence(ALSO, 1)]
    assert aside_last(sentences, frozenset()) == sentences


def test_a_sentence_that_names_what_is_set_aside_to_go_beyond_it_is_not_moved() -> None:
    beyond = "The modified T cells not only directly kill cancer cells but also release signaling molecules."
    kill = "CAR T-cells directly kill cancer cells they recognise."
    sentences = [_sentence(kill, 1, 0), _sentence(beyond, 1, 60), _sentence(ELSEWHERE, 2)]
    reordered = aside_last(sentences, set_aside("does it do anything besides killing them directly though?"))
    assert [s.text for s in reordered] == [beyond, ELSEWHERE, kill]
