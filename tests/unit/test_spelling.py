"""Words mistyped from the guides' own are read as the guides spell them; names and everyday words are left alone."""

from __future__ import annotations

import pytest

from assistant.ask.lexical import LexicalIndex
from assistant.ask.spelling import guide_spelling, respell
from assistant.domain import Chunk
from assistant.text import slips_between

GUIDE = (
    "As follow-up intervals become less frequent, patients move into a maintenance phase. "
    "Immunosuppressive medications are often administered temporarily to prevent rejection. "
    "Embryonic Stem Cells: cells from early embryos. Advances like CRISPR have made gene editing cheaper. "
    "The rise of CDMOs (contract development and manufacturing organizations) made delivery scalable. "
    "Doctors take cells from you (autologous) or a donor (allogeneic). Plastic surgery is another field. "
    "Yescarta was approved for large B-cell lymphoma."
)


class ListStore:
    """The two things the lexical index reads from a store: a fingerprint and the passages."""

    def __init__(self, texts: list[str]) -> None:
        self._chunks = [Chunk(f"c{i}", "guide.txt", "Guide", "", i, t, "v1") for i, t in enumerate(texts)]

    def fingerprint(self) -> str:
        return "v1"

    def all_chunks(self) -> list[Chunk]:
        return list(self._chunks)


@pytest.fixture(scope="module")
def lexical() -> LexicalIndex:
    index = LexicalIndex(ListStore([GUIDE]))  # type: ignore[arg-type]
    index.refresh()
    return index


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("maintainance", "maintenance"),  # two slips in a long word
        ("imunosupressants", "immunosuppressive"),  # two slips, another ending
        ("embrionic", "embryonic"),
        ("cryspr", "crispr"),
        ("allogenic", "allogeneic"),
        ("autologus", "autologous"),
        ("CMDO", "CDMO"),  # an abbreviation with two letters swapped
        ("Embrionic", "Embryonic"),  # cased as typed
        ("lymfoma", "lymphoma"),  # spelled as it sounds
    ],
)
def test_a_word_mistyped_from_the_guides_is_spelled_as_they_spell_it(
    lexical: LexicalIndex, typed: str, meant: str
) -> None:
    assert guide_spelling(typed, lexical) == meant


@pytest.mark.parametrize(
    "word",
    [
        "Zolgensma",  # a name no guide word is a slip from
        "aplastic",  # one letter from 'plastic', but the first letter is trusted
        "fiddly",  # an everyday word (Zipf 2.4 is rare, but no guide word is near it)
        "sitting",  # a common word is meant as typed
        "maintenance",  # already the guides' word
        "CMOD",  # not two letters swapped
        "GVHD",
    ],
)
def test_names_everyday_words_and_the_guides_own_are_left_alone(lexical: LexicalIndex, word: str) -> None:
    assert guide_spelling(word, lexical) == ""


def test_a_message_is_respelled_word_by_word_quotes_and_contractions_kept(lexical: LexicalIndex) -> None:
    typed = "what's the 'maintainance phase'? and whats a CMDO, it doesn't say"
    assert respell(typed, lexical) == "what's the 'maintenance phase'? and whats a CDMO, it doesn't say"


@pytest.mark.parametrize(
    ("a", "b", "slips"),
    [("cmdo", "cdmo", 1), ("embrionic", "embryonic", 1), ("maintainance", "maintenance", 2), ("abc", "abc", 0)],
)
def test_slips_are_counted_as_typing_slips(a: str, b: str, slips: int) -> None:
    assert slips_between(a, b, 2) == slips


def test_counting_slips_stops_past_the_limit() -> None:
    assert slips_between("kitten", "sitting", 1) == 2
    assert slips_between("a", "abcdef", 2) == 3


def test_the_words_the_guides_hyphenate_are_hyphenated_as_typed_with_spaces() -> None:
    index = LexicalIndex(ListStore([  # type: ignore[arg-type]
        "Researchers began making off-the-shelf CAR T-cells. Gene-editing toolkits and gene editing both appear. "
        "See www.example.org/cell-therapy for cell therapy news. Adhering to scheduled check-ups helps."
    ]))
    index.refresh()
    # parts of two letters or more, never written with spaces, outside links
    assert index.compounds() == frozenset({"off-the-shelf", "check-ups"})
    assert respell("wats the deal w 'off the shelf' car t??", index) == "wats the deal w 'off-the-shelf' car t??"
    assert respell("do the check ups stop?", index) == "do the check-ups stop?"
    assert respell("what is gene editing and cell therapy?", index) == "what is gene editing and cell therapy?"
