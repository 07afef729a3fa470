"""Passage order inside one guide without headings (its opening passage goes first when it scores close); term weights."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from assistant.ask.retrieve import (
    LEAD_WITHIN,
    Candidate,
    HybridRetriever,
    _lead_first,
    _reorder_within_guides,
)
from assistant.domain import Chunk


def _candidate(cid: str, guide: str, position: int, section: str = "") -> Candidate:
    chunk = Chunk(cid, guide, "Babesiosis", section, position, f"passage {cid}", "v1")
    return Candidate(chunk, 0.5, 0.0, np.zeros(1, dtype=np.float32), np.zeros(1, dtype=np.float32), [(0, 9)])


def _order(scores: dict[str, float]) -> list[str]:
    return sorted(scores, key=lambda cid: -scores[cid])


def test_the_opening_passage_of_a_guide_without_headings_goes_first_when_close() -> None:
    candidates = {c.chunk.id: c for c in (_candidate("later", "a.txt", 3), _candidate("opening", "a.txt", 0))}
    scores = {"later": 1.50, "opening": 1.50 - LEAD_WITHIN / 2}
    _lead_first(candidates, scores)
    assert _order(scores) == ["opening", "later"]


def test_the_introduction_of_a_guide_with_headings_does_not_go_first() -> None:
    # Before its first heading a structured guide introduces itself; what is asked is in a later passage.
    candidates = {
        c.chunk.id: c
        for c in (_candidate("second", "a.txt", 1), _candidate("opening", "a.txt", 0),
                  _candidate("headed", "a.txt", 4, "Follow-up"))
    }
    scores = {"second": 1.50, "opening": 1.50 - LEAD_WITHIN / 2, "headed": 1.0}
    _lead_first(candidates, scores)
    assert _order(scores) == ["second", "opening", "headed"]


def test_a_clearly_better_later_passage_keeps_its_place() -> None:
    candidates = {c.chunk.id: c for c in (_candidate("later", "a.txt", 3), _candidate("opening", "a.txt", 0))}
    scores = {"later": 1.50, "opening": 1.50 - 2 * LEAD_WITHIN}
    _lead_first(candidates, scores)
    assert _order(scores) == ["later", "opening"]


def test_another_guide_is_never_overtaken_and_sections_keep_their_order() -> None:
    candidates = {
        c.chunk.id: c
        for c in (
            _candidate("b-best", "b.txt", 0),
            _candidate("a-later", "a.txt", 2),
            _candidate("a-opening", "a.txt", 0),
            _candidate("s-later", "s.txt", 5, "Recovery"),
            _candidate("s-first", "s.txt", 1, "Recovery"),
        )
    }
    scores = {"b-best": 1.6, "a-later": 1.5, "a-opening": 1.4, "s-later": 1.3, "s-first": 1.25}
    _lead_first(candidates, scores)
    assert _order(scores) == ["b-best", "a-opening", "a-later", "s-later", "s-first"]


def test_inside_each_guide_the_passages_fill_its_places_in_the_order_given() -> None:
    candidates = {
        c.chunk.id: c
        for c in (
            _candidate("a-general", "a.txt", 0, "Overview"),
            _candidate("b-best", "b.txt", 0, "Intro"),
            _candidate("a-setbacks", "a.txt", 4, "Potential Challenges"),
            _candidate("a-later", "a.txt", 5, "Later"),
        )
    }
    ranked = [("a-general", 1.6), ("b-best", 1.5), ("a-later", 1.4), ("a-setbacks", 1.2)]
    # Read without the question's topic words, the setbacks passage matches best inside guide a.
    within = {"a-general": 1.0, "b-best": 2.0, "a-later": 0.9, "a-setbacks": 1.3}
    out = _reorder_within_guides(ranked, candidates, within)
    assert out == [("a-setbacks", 1.2), ("b-best", 1.5), ("a-general", 1.6), ("a-later", 1.4)]  # own scores
    # Guide b keeps its place: which guide comes first is never changed.
    assert [candidates[c].chunk.guide for c, _ in out] == [candidates[c].chunk.guide for c, _ in ranked]


class _Vocabulary:
    """The lexical index's word counts, for the search's term weights."""

    def __init__(self, df: dict[str, int]) -> None:
        self._df = df

    def df(self, term: str) -> int:
        return self._df.get(term, 0)

    def idf(self, term: str) -> float:
        return 1.0 / (1 + self.df(term))

    def family(self, term: str) -> tuple[str, ...]:
        return tuple(w for w in self._df if w.startswith(term[:5]) and w != term)


def test_a_guide_word_stands_for_the_same_question_word_whatever_order_the_words_come_in() -> None:
    # 'hurt' and 'sore' are both 'pain' in the guides: the sentence saying 'pain' counts for one of them, the same
    # one on every run (the order of a set of words changes from run to run).
    searcher = SimpleNamespace(_lexical=_Vocabulary({"pain": 3, "discomfort": 2, "vaccination": 1}))
    first = HybridRetriever._term_weights(searcher, ["hurt", "sore", "vaccine"], "it hurts and is sore after the vaccine")  # type: ignore[arg-type]
    again = HybridRetriever._term_weights(searcher, ["vaccine", "sore", "hurt"], "it hurts and is sore after the vaccine")  # type: ignore[arg-type]
    assert first == again
    weights, aliases = first
    assert aliases["pain"] in {"hurt", "sore"} and aliases["vaccination"] == "vaccine"  # a family member counts too
    # A word the guides never use weighs as the commonest of their words for it.
    assert weights["vaccine"] == 0.5 and weights["hurt"] == weights["sore"] == 0.25
