"""Learn the query adapter (assistant/ask/tuning.py) for the indexed guides from question files in the eval
format: `python -m assistant tune FILE...`.

Each answerable question is paired with the guide sentences holding its evidence; the adapter is trained so that
the question, moved, is nearer those sentences than any other of the guides'. How near a question the guides
answer comes, against one they don't cover, is read from folds of the files the adapter is not trained on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.ask.tuning import QueryAdapter, moved
from assistant.domain import Turn
from assistant.errors import ConfigError
from assistant.evaluate import EvalQuestion, load_questions
from assistant.seams import Embedder, Store
from assistant.text import fold, sentence_spans

# Measured on held-out 27-32 with an adapter trained on our sets up to 26 (EVALUATION.md, session 15): rank 8
# 0.86, 32 0.90, 128 0.91 at rank 1 by sentence cosine alone; an L2 weight of 0.1 gives 0.81, 1.0 0.64. With three
# times the questions (ours and held-out 1-40, session 17), the folds' nearest sentence holds the evidence for
# 0.822 at rank 16, 0.850 at 32, 0.855 at 64 with L2 1e-2; 0.861 at 32, 0.866 at 64 and 0.870 at 128 with 3e-3.
RANK = 64
L2 = 3e-3
EPOCHS = 300
LEARNING_RATE = 3e-3
TEMPERATURE = 0.05
FOLDS = 5
# The nearness above which a question is taken as one the guides answer: this share of the not-covered questions
# (out of fold) stays below it.
NOT_COVERED_BELOW = 0.90
# ... and the nearness that answers when the sentences also share much of what is asked (decide.NEAR_SUPPORT):
# this share of them stays below it (held-out 33-36, never trained on: answerable declined 9 -> 6 of 150 without a
# not-covered one answered; EVALUATION.md, session 16).
NOT_COVERED_NEAR = 0.75
SEED = 0


@dataclass(frozen=True)
class Sentences:
    """Every sentence of the index with its vector, its guide and its passage."""

    vectors: np.ndarray
    texts: list[str]
    guides: list[str]


@dataclass(frozen=True)
class TuneReport:
    adapter: QueryAdapter
    answerable: int  # questions with their evidence found in the index
    not_covered: int
    skipped: int  # answerable questions whose evidence the index no longer holds
    nearest_before: float  # out of fold: share of readings (searched, typed) whose nearest sentence is evidence
    nearest_after: float  # ... with the question moved by the adapter
    answered_share: float  # out of fold: answerable readings at or above answers_at
    not_covered_share: float  # ... not-covered questions at or above it


def index_sentences(store: Store) -> tuple[Sentences, dict[str, str]]:
    """The sentences of every indexed passage with their stored vectors, and the guides with their file hashes."""
    chunks = store.all_chunks()
    vectors, texts, guides = [], [], []
    for hit in store.chunks_by_id([c.id for c in chunks]):
        if hit.vectors is None:
            continue
        spans = sentence_spans(hit.chunk.text)
        for (start, end), vector in zip(spans, hit.vectors.sentence_vectors, strict=False):
            vectors.append(vector)
            texts.append(fold(hit.chunk.text[start:end]))
            guides.append(hit.chunk.guide)
    if not vectors:
        raise ConfigError("the index holds no sentence vectors to tune for", "run `python ingest.py` first")
    matrix = np.stack(vectors).astype(np.float32)
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
    return Sentences(matrix, texts, guides), {c.guide: c.guide_hash for c in chunks}


def evidence_sentences(question: EvalQuestion, sentences: Sentences) -> list[int]:
    """The sentences of the question's guide that hold its evidence (or are held by it: a clause quoted whole)."""
    evidence = [fold(e) for e in question.evidence]
    return [
        i
        for i, (text, guide) in enumerate(zip(sentences.texts, sentences.guides, strict=True))
        if guide == question.guide and any(e in text or (len(text) > 30 and text in e) for e in evidence)
    ]


def train(
    questions: np.ndarray, sentences: np.ndarray, targets: Sequence[Sequence[int]], seed: int = SEED
) -> tuple[np.ndarray, np.ndarray]:
    """The low-rank map (down, up) minimising the softmax loss of each question's evidence sentences against all
    the guides' sentences, plus an L2 penalty on the map."""
    import torch

    torch.manual_seed(seed)
    q = torch.tensor(questions)
    s = torch.tensor(sentences)
    mask = torch.zeros(len(targets), len(sentences), dtype=torch.bool)
    for row, found in enumerate(targets):
        mask[row, list(found)] = True
    down = (torch.randn(q.shape[1], RANK) * 0.01).requires_grad_()
    up = torch.zeros(RANK, q.shape[1]).requires_grad_()
    optimiser = torch.optim.Adam([down, up], lr=LEARNING_RATE)
    for _ in range(EPOCHS):
        optimiser.zero_grad()
        moved = q + (q @ down) @ up
        moved = moved / moved.norm(dim=1, keepdim=True)
        logits = moved @ s.T / TEMPERATURE
        positive = torch.logsumexp(logits.masked_fill(~mask, -1e9), dim=1)
        loss = (torch.logsumexp(logits, dim=1) - positive).mean() + L2 * ((down @ up) ** 2).sum()
        loss.backward()
        optimiser.step()
    return down.detach().numpy(), up.detach().numpy()


def _nearest_is_evidence(vectors: np.ndarray, sentences: Sentences, targets: Sequence[Sequence[int]]) -> int:
    """Questions whose nearest sentence of all the guides' is one holding their evidence."""
    nearest = np.argmax(vectors @ sentences.vectors.T, axis=1)
    return sum(int(n) in set(t) for n, t in zip(nearest, targets, strict=True))


def tune(
    files: Sequence[Path],
    store: Store,
    embedder: Embedder,
    progress: Callable[[str], None] = lambda _: None,
    searched: Callable[[str, Sequence[Turn]], str] = lambda question, _: question,
) -> TuneReport:
    """Train on every answerable question of `files` whose evidence the index holds; calibrate on folds. Each is
    read as the service searches with it (`searched`: in plain words, a follow-up with the question before it),
    since that is what the adapter moves, and is also learned as typed (on held-out 37-40 with the adapter learned
    on 1-36: rank 1 136 as typed, 132 as searched, 135 both; top 3 143, 144, 146; EVALUATION.md, session 17)."""
    sentences, guides = index_sentences(store)
    answerable: list[tuple[int, str, list[int]]] = []
    not_covered: list[tuple[int, str]] = []
    skipped = learned = 0
    for number, path in enumerate(files):
        for question in load_questions(path):
            if question.expect == "answer":
                found = evidence_sentences(question, sentences)
                if found:
                    learned += 1
                    search = searched(question.question, question.history)
                    answerable.append((number, search, found))
                    if search != question.question:  # and as typed
                        answerable.append((number, question.question, found))
                else:
                    skipped += 1
            elif question.expect == "abstain":
                not_covered.append((number, searched(question.question, question.history)))
    if not answerable:
        raise ConfigError(
            "none of the answerable questions' evidence is in the index",
            "tune with question files written for the indexed guides",
        )
    progress(f"embedding {len(answerable) + len(not_covered)} questions")
    q_answer = np.stack(embedder.embed_queries([q for _, q, _ in answerable])).astype(np.float32)
    q_other = (
        np.stack(embedder.embed_queries([q for _, q in not_covered])).astype(np.float32)
        if not_covered
        else np.zeros((0, q_answer.shape[1]), dtype=np.float32)
    )
    file_of = np.array([n for n, _, _ in answerable])
    other_file = np.array([n for n, _ in not_covered], dtype=int)
    targets = [t for _, _, t in answerable]
    folds = min(FOLDS, len(files))
    if folds < 2:
        raise ConfigError(
            "tuning needs at least two question files", "the nearness that answers is read from files held out"
        )
    near_answer = np.zeros(len(answerable), dtype=np.float32)
    near_other = np.zeros(len(not_covered), dtype=np.float32)
    hits_before = hits_after = 0
    for fold_no in range(folds):
        held = file_of % folds == fold_no
        progress(f"fold {fold_no + 1} of {folds}")
        down, up = train(q_answer[~held], sentences.vectors, [t for t, k in zip(targets, ~held, strict=True) if k])
        held_moved = moved(q_answer[held], down, up)
        near_answer[held] = (held_moved @ sentences.vectors.T).max(axis=1)
        held_targets = [t for t, k in zip(targets, held, strict=True) if k]
        hits_before += _nearest_is_evidence(q_answer[held], sentences, held_targets)
        hits_after += _nearest_is_evidence(held_moved, sentences, held_targets)
        other_held = other_file % folds == fold_no
        if other_held.any():
            near_other[other_held] = (moved(q_other[other_held], down, up) @ sentences.vectors.T).max(axis=1)
    def below(share: float) -> float:
        """The nearness this share of the not-covered questions (out of fold) stays below."""
        return float(np.quantile(near_other, share)) if len(near_other) else float("inf")

    answers_at, near_at = below(NOT_COVERED_BELOW), below(NOT_COVERED_NEAR)
    progress("training on all questions")
    down, up = train(q_answer, sentences.vectors, targets)
    adapter = QueryAdapter(down, up, guides, answers_at, tuple(p.name for p in files), near_at)
    return TuneReport(
        adapter=adapter,
        answerable=learned,
        not_covered=len(not_covered),
        skipped=skipped,
        nearest_before=hits_before / len(answerable),
        nearest_after=hits_after / len(answerable),
        answered_share=float(np.mean(near_answer >= answers_at)),
        not_covered_share=float(np.mean(near_other >= answers_at)) if len(near_other) else 0.0,
    )
