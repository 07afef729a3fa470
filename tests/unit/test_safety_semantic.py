"""The semantic self-harm backstop's decision, with a fake embedder whose cosines are set by hand."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from assistant.safety.semantic import MARGIN, THRESHOLD, SemanticSelfHarm, readings
from assistant.seams import PassageVectors, Span

HARM, ORDINARY, OTHER = np.eye(3, 384, dtype=np.float32)


def _at(to_harm: float, to_ordinary: float = 0.0) -> np.ndarray:
    """A unit vector with the given cosines to the self-harm prototype and to the ordinary statement."""
    rest = 1.0 - to_harm**2 - to_ordinary**2
    return (to_harm * HARM + to_ordinary * ORDINARY + np.sqrt(rest) * OTHER).astype(np.float32)


class TableEmbedder:
    """Vectors looked up by text: an unexpected text fails the test. Records every batch it is asked for."""

    dimension = 384

    def __init__(self, vectors: dict[str, np.ndarray]) -> None:
        self.vectors = {"i want to die.": HARM, "can i stop my tablets?": ORDINARY, **vectors}
        self.batches: list[list[str]] = []

    def embed_queries(self, texts: Sequence[str]) -> list[np.ndarray]:
        self.batches.append(list(texts))
        return [self.vectors[t] for t in texts]

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_queries([text])[0]

    def embed_passages(self, texts: Sequence[str], spans: Sequence[Sequence[Span]]) -> list[PassageVectors]:
        raise AssertionError("the backstop embeds no passages")


def _backstop(vectors: dict[str, np.ndarray]) -> tuple[SemanticSelfHarm, TableEmbedder]:
    embedder = TableEmbedder(vectors)
    return SemanticSelfHarm(embedder, prototypes=("I want to die.",), ordinary=("Can I stop my tablets?",)), embedder


@pytest.mark.parametrize(
    ("to_harm", "to_ordinary", "flagged"),
    [
        (THRESHOLD + 0.05, 0.0, True),
        (THRESHOLD + 0.005, THRESHOLD - MARGIN, True),  # just past both limits
        (THRESHOLD - 0.02, 0.0, False),  # not near enough
        (THRESHOLD + 0.05, THRESHOLD + 0.05 - MARGIN / 2, False),  # as near an ordinary question
        (0.9, 0.3, True),
    ],
)
def test_a_message_is_flagged_only_when_near_a_prototype_and_clearly_nearer_than_ordinary_ones(
    to_harm: float, to_ordinary: float, flagged: bool
) -> None:
    backstop, _ = _backstop({"i can't see a way forward any more": _at(to_harm, to_ordinary)})
    assert backstop.similar("I can't see a way forward any more") is flagged


def test_one_sentence_is_enough_and_all_readings_go_in_one_batch() -> None:
    whole = "the kids are at school. honestly i won't be around much longer."
    backstop, embedder = _backstop({
        whole: _at(0.3),
        "the kids are at school.": _at(0.1),
        "honestly i won't be around much longer.": _at(THRESHOLD + 0.1),
    })
    similarity = backstop.score("The kids are at school. Honestly I won't be around much longer.")
    assert similarity is not None and similarity.flagged
    assert similarity.text == "honestly i won't be around much longer." and similarity.prototype == "I want to die."
    readings_batch = [whole, "the kids are at school.", "honestly i won't be around much longer."]
    assert embedder.batches == [readings_batch, ["i want to die.", "can i stop my tablets?"]]


def test_prototypes_are_embedded_once_and_only_when_first_needed() -> None:
    backstop, embedder = _backstop({"i'm done with all of it": _at(0.2)})
    assert embedder.batches == []  # building the services must not load the model
    backstop.similar("I'm done with all of it")
    backstop.similar("I'm done with all of it")
    assert embedder.batches.count(["i want to die.", "can i stop my tablets?"]) == 1


def test_a_message_without_any_cue_word_is_not_embedded() -> None:
    backstop, embedder = _backstop({})
    assert backstop.score("Where do I park for the clinic on Friday?") is None
    assert not backstop.similar("Where do I park for the clinic on Friday?")
    assert embedder.batches == []


def test_readings_drop_denials_and_the_treatments_words() -> None:
    assert readings("I'm not suicidal, I'm just exhausted after the transplant and fed up.") == [
        "i'm just exhausted and fed up."
    ]
    assert readings("Since my CAR-T I keep thinking about ending it") == ["i keep thinking about ending it"]
    assert readings("Where do I park?") == [] and readings("Where do I park?", gated=False) == ["where do i park?"]


def test_warming_embeds_the_prototypes_once_before_any_message() -> None:
    backstop, embedder = _backstop({"i can't see a way forward any more": _at(0.9, 0.1)})
    backstop.warm()
    assert len(embedder.batches) == 1 and len(embedder.batches[0]) == 2  # the prototype and the ordinary question
    assert backstop.similar("I can't see a way forward any more")
    assert embedder.batches[1:] == [["i can't see a way forward any more"]]  # then the message only

