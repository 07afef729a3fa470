"""bench/medquad_retrieval.py's pure parts: tokens, tutorial chunks, rank pairs, scores, saved eval reports."""

from __future__ import annotations

from types import ModuleType

import pytest

from assistant.errors import ConfigError
from assistant.evaluate import EvalQuestion
from tests.support import load_bench_script


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return load_bench_script("medquad_retrieval")


def question(qid: str, guide: str = "a.txt", evidence: str = "Body lice live on clothing.") -> EvalQuestion:
    return EvalQuestion(qid, "What are body lice?", (), guide, (evidence,), "answer", "fact")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("What is Lice - Body Lice?", ["what", "is", "lice", "body", "lice"]),
        ("CAR-T cells (2019), x86!", ["car", "t", "cells", "2019", "x86"]),
        ("  ...  ", []),
    ],
)
def test_word_tokens_are_lowercase_letter_and_digit_runs(bench: ModuleType, text: str, expected: list[str]) -> None:
    assert bench.word_tokens(text) == expected


def test_tutorial_chunks_are_1000_chars_with_overlap_and_keep_their_file(bench: ModuleType) -> None:
    long = " ".join(f"word{i:04d}" for i in range(300))  # 2,699 characters, no newlines
    chunks = bench.tutorial_chunks({"a.txt": "Title\n\nShort text.", "b.txt": long})
    assert chunks[0] == {"guide": "a.txt", "text": "Title\n\nShort text."}
    rest = [c for c in chunks if c["guide"] == "b.txt"]
    assert len(rest) == 4
    assert all(len(c["text"]) <= 1000 for c in rest)
    assert rest[1]["text"].split()[0] in rest[0]["text"]  # the overlap: the next chunk restarts inside this one
    assert rest[-1]["text"].endswith("word0299")


def test_rank_pair_finds_the_evidence_and_the_right_document_separately(bench: ModuleType) -> None:
    passages = [
        {"guide": "b.txt", "text": "Head lice live on the scalp."},
        {"guide": "a.txt", "text": "Overview. Body lice are common."},
        {"guide": "a.txt", "text": "Body   lice live on CLOTHING. They feed on blood."},
    ]
    assert bench.rank_pair(question("q1"), passages) == (3, 2)
    assert bench.rank_pair(question("q2", guide="z.txt"), passages) == (3, None)
    assert bench.rank_pair(question("q3", evidence="Not there at all."), passages) == (None, 2)


def test_scores_count_hits_at_each_depth_and_reciprocal_ranks(bench: ModuleType) -> None:
    got = bench.scores([(1, 1), (3, 1), (None, 5), (6, None)])
    assert got == {
        "n": 4,
        "hit@1": 0.25,
        "hit@3": 0.5,
        "hit@5": 0.5,
        "mrr": round((1 + 1 / 3 + 1 / 6) / 4, 4),
        "guide@1": 0.5,
        "guide@5": 0.75,
        "guide_mrr": round((1 + 1 + 1 / 5) / 4, 4),
    }
    assert bench.scores([]) == {"n": 0}


def test_a_saved_eval_report_is_matched_by_id_and_must_cover_every_question(bench: ModuleType) -> None:
    report = {"rows": [{"id": "q2", "rank": None, "guide_rank": 4}, {"id": "q1", "rank": 2, "guide_rank": 1}]}
    assert bench.ranks_from_eval_json(report, [question("q1"), question("q2")]) == [(2, 1), (None, 4)]
    with pytest.raises(ConfigError, match="no row for 1 question"):
        bench.ranks_from_eval_json(report, [question("q1"), question("q9")])
