"""Everyday words and the guides' words for them."""

from __future__ import annotations

import pytest

from assistant.ask.lay import LAY_TERMS, equivalents
from assistant.text import stem, tokens


@pytest.mark.parametrize(
    ("word", "guide_word"),
    [
        ("tired", "fatigue"),
        ("anxious", "anxiety"),
        ("money", "financial"),
        ("travel", "logistical"),
        ("heart", "cardiac"),
        ("germs", "infection"),
        ("teach", "guidance"),
        ("tumour", "tumor"),  # spellings, both ways
        ("tumor", "tumour"),
        ("haematopoietic", "hematopoietic"),
        ("hematopoietic", "haematopoietic"),
        ("leukaemia", "leukemia"),
    ],
)
def test_an_everyday_word_has_the_guides_word_for_it(word: str, guide_word: str) -> None:
    assert stem(guide_word) in equivalents(stem(word))


@pytest.mark.parametrize("word", ["fatigue", "apheresis", "chemo", "them", "zolgensma"])
def test_other_words_have_none(word: str) -> None:
    assert equivalents(stem(word)) == frozenset()


def test_the_table_is_single_lower_case_content_words_never_mapped_to_themselves() -> None:
    for word, guide_words in LAY_TERMS.items():
        assert word == word.lower() and len(tokens(word)) == 1, word
        assert all(w == w.lower() and len(tokens(w)) == 1 for w in guide_words), word
        assert stem(word) not in equivalents(stem(word)), word
