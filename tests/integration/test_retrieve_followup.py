"""A follow-up's sentences are read against the question as asked too, over a real Chroma (bag-of-words vectors)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from assistant.adapters.chroma_store import ChromaStore
from assistant.ask.lexical import LexicalIndex
from assistant.ask.readings import clauses
from assistant.ask.retrieve import HybridRetriever
from assistant.ingest.pipeline import IngestOptions, run_ingest
from tests.fakes import FakeEmbedder

GUIDE = (
    "Recovery Notes\n\n"
    "Many patients feel anxious or tired during a long recovery after the transplant. "
    "Follow-up care often includes guidance on sleep and mental well-being.\n"
)


def _retriever(tmp_path: Path) -> HybridRetriever:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "notes.txt").write_text(GUIDE)
    store = ChromaStore.embedded(tmp_path / "index", "t")
    run_ingest(IngestOptions(corpus=corpus, max_bytes=1_000_000, chunk_chars=450, chunk_min_chars=50), store,
               FakeEmbedder)
    return HybridRetriever(store, FakeEmbedder(), LexicalIndex(store))


def test_a_follow_ups_sentences_keep_the_better_of_the_search_and_the_question_alone(tmp_path: Path) -> None:
    retriever = _retriever(tmp_path)
    # One clause (a message of several is also read clause by clause, which would blur this comparison).
    search = "Why do people feel anxious during a long recovery and does follow-up care help with sleep?"
    together = retriever.retrieve(search, 5)
    alone = retriever.retrieve("does follow-up care help with sleep?", 5)
    follow_up = retriever.retrieve(search, 5, question="does follow-up care help with sleep?")
    cid = together.passages[0].chunk.id
    expected = np.maximum(together.candidates[cid].sentence_scores, alone.candidates[cid].sentence_scores)
    assert np.allclose(follow_up.candidates[cid].sentence_scores, expected)
    # The second sentence answers the question as asked better than the search text as a whole.
    assert follow_up.candidates[cid].sentence_scores[1] > together.candidates[cid].sentence_scores[1]
    # The ranking is the search's own: reading against the question alone changes no score.
    assert [p.score for p in follow_up.passages] == [p.score for p in together.passages]


def test_a_question_that_is_its_own_search_is_read_once(tmp_path: Path) -> None:
    retriever = _retriever(tmp_path)
    question = "does follow-up care help with sleep?"
    plain, same = retriever.retrieve(question, 5), retriever.retrieve(question, 5, question=question)
    cid = plain.passages[0].chunk.id
    assert np.array_equal(plain.candidates[cid].sentence_scores, same.candidates[cid].sentence_scores)


def test_a_message_of_several_clauses_is_also_read_clause_by_clause(tmp_path: Path) -> None:
    retriever = _retriever(tmp_path)
    message = "my husband had the transplant last spring, he feels anxious and tired, is that normal?"
    # "is that normal?" has one content word: it is not read alone.
    assert clauses(message) == ["my husband had the transplant last spring", "he feels anxious and tired"]
    assert clauses("he feels anxious and tired") == []  # one clause: read whole only
    whole = retriever.retrieve(message, 5)
    cid = whole.passages[0].chunk.id
    for part in clauses(message):
        alone = retriever.retrieve(part, 5).candidates[cid].sentence_scores
        assert np.all(whole.candidates[cid].sentence_scores >= alone - 1e-6), part


def test_a_message_asking_whether_something_is_normal_is_also_read_as_what_patients_experience() -> None:
    from assistant.ask.readings import experienced

    assert experienced("she's so tired and a bit achy all the time, is that normal??") == (
        "Patients experience: she's so tired and a bit achy all the time"
    )
    assert experienced("Is it normal to feel anxious months after a transplant?") == (
        "Patients experience: feel anxious months after a transplant"
    )
    assert experienced("do other people get this or is it just me") == ""  # nothing said of what
    assert experienced("How long do patients have to stay near the centre?") == ""  # asks no such thing


def test_a_message_looking_for_help_is_also_read_as_a_resource_list_puts_it() -> None:
    from assistant.ask.readings import sought_help

    assert sought_help("Is there anywhere that helps families with money and travel for CAR-T?") == (
        "A website that provides support with money and travel for CAR-T"
    )
    assert sought_help("Is there any help out there with the money side?") == (
        "A website that provides support with the money side"
    )
    assert sought_help("where can I get help with paying for treatment?") == (
        "A website that provides support with paying for treatment"
    )
    assert sought_help("any site that helps w that") == ""  # nothing said of what
    assert sought_help("How does CAR-T help the immune system?") == ""
