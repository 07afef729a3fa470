"""The query adapter's file, its check against the indexed guides, and the trainer on vectors made to need it."""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
import pytest

from assistant.ask.tuning import AdapterGate, QueryAdapter, load_adapter, moved
from assistant.errors import ConfigError
from assistant.tune import train

GUIDES = {"000_a.txt": "hash-a", "001_b.txt": "hash-b"}


def _adapter(answers_at: float = 0.4) -> QueryAdapter:
    rng = np.random.default_rng(1)
    return QueryAdapter(
        rng.normal(size=(8, 2)).astype(np.float32),
        rng.normal(size=(2, 8)).astype(np.float32),
        GUIDES,
        answers_at,
        ("holdout.jsonl",),
    )


def test_an_adapter_is_written_and_read_back_the_same(tmp_path: Path) -> None:
    path = tmp_path / "query_adapter.npz"
    _adapter().save(path)
    back = QueryAdapter.load(path)
    assert np.array_equal(back.down, _adapter().down) and np.array_equal(back.up, _adapter().up)
    assert back.guides == GUIDES and back.answers_at == pytest.approx(0.4) and back.trained_on == ("holdout.jsonl",)
    assert not list(tmp_path.glob("*.partial"))


def test_the_nearness_answered_with_support_is_kept_and_an_older_file_falls_back_to_answers_at(tmp_path: Path) -> None:
    path = tmp_path / "query_adapter.npz"
    adapter = _adapter()
    QueryAdapter(adapter.down, adapter.up, GUIDES, 0.4, (), near_at=0.35).save(path)
    assert QueryAdapter.load(path).near_from == pytest.approx(0.35)
    older = dict(np.load(path))
    del older["near_at"]
    np.savez(path, **older)
    back = QueryAdapter.load(path)
    assert back.near_at is None and back.near_from == pytest.approx(0.4)


def test_a_moved_vector_is_a_unit_vector_that_has_moved() -> None:
    v = np.ones(8, dtype=np.float32) / np.sqrt(8)
    out = _adapter().apply(v)
    assert np.linalg.norm(out) == pytest.approx(1.0, abs=1e-5)
    assert not np.allclose(out, v)


def test_no_file_means_no_adapter(tmp_path: Path) -> None:
    assert load_adapter(tmp_path / "query_adapter.npz") is None
    assert load_adapter(None) is None


def test_a_damaged_file_says_how_to_fix_it(tmp_path: Path) -> None:
    path = tmp_path / "query_adapter.npz"
    path.write_bytes(b"not a numpy archive")
    with pytest.raises(ConfigError) as caught:
        load_adapter(path)
    assert "python -m assistant tune" in caught.value.hint


def test_the_adapter_is_used_only_for_the_guides_it_was_learned_for(caplog: pytest.LogCaptureFixture) -> None:
    adapter = _adapter()
    gate = AdapterGate(adapter)
    assert gate.current("token-1", dict(GUIDES)) is adapter
    changed = {**GUIDES, "001_b.txt": "hash-b2"}  # a guide was updated
    with caplog.at_level(logging.WARNING):
        assert gate.current("token-2", changed) is None
        assert gate.current("token-2", changed) is None
    assert sum("learned for other guides" in r.message for r in caplog.records) == 1  # told once per change
    assert gate.current("token-3", {**GUIDES, "002_c.txt": "hash-c"}) is None  # a guide was added
    assert gate.current("token-4", {"000_a.txt": "hash-a"}) is None  # a guide was removed
    assert gate.current("token-5", dict(GUIDES)) is adapter  # back as it was learned
    assert AdapterGate(None).current("token-1", dict(GUIDES)) is None


def test_training_brings_questions_nearer_their_answers_than_the_embedding_does() -> None:
    """Sentences in 16 dimensions; each question is its answer's vector seen through a fixed distortion, so the
    nearest sentence as embedded is often another. A map learned on half the questions must undo the distortion
    for the other half."""
    rng = np.random.default_rng(0)
    dim, n_sentences = 16, 24
    sentences = rng.normal(size=(n_sentences, dim)).astype(np.float32)
    sentences /= np.linalg.norm(sentences, axis=1, keepdims=True)
    distortion = (np.eye(dim) + 0.9 * rng.normal(size=(dim, dim))).astype(np.float32)
    answers = rng.integers(0, n_sentences, size=400)
    questions = sentences[answers] @ distortion + 0.05 * rng.normal(size=(400, dim)).astype(np.float32)
    questions = (questions / np.linalg.norm(questions, axis=1, keepdims=True)).astype(np.float32)
    train_rows, test_rows = slice(0, 200), slice(200, 400)
    down, up = train(questions[train_rows], sentences, [[int(a)] for a in answers[train_rows]])

    def hits(vectors: np.ndarray) -> float:
        return float(np.mean(np.argmax(vectors @ sentences.T, axis=1) == answers[test_rows]))

    before, after = hits(questions[test_rows]), hits(moved(questions[test_rows], down, up))
    assert after >= before + 0.2, (before, after)
