"""Hybrid retrieval: dense (MiniLM in Chroma) and lexical (BM25) candidates, fused and re-ranked by sentence."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from assistant.ask.lexical import LexicalIndex
from assistant.domain import Chunk, Passage
from assistant.seams import Embedder, PassageVectors, Store
from assistant.text import tokens

RRF_K = 60


@dataclass(frozen=True)
class Candidate:
    chunk: Chunk
    dense: float
    lexical: float
    sentence_scores: np.ndarray  # cosine of the query with each sentence of the passage


@dataclass(frozen=True)
class Retrieved:
    passages: list[Passage]
    candidates: dict[str, Candidate]
    query_tokens: list[str]


class HybridRetriever:
    def __init__(self, store: Store, embedder: Embedder, lexical: LexicalIndex, candidates: int = 20) -> None:
        self._store = store
        self._embedder = embedder
        self._lexical = lexical
        self._n = candidates

    def retrieve(self, query: str, k: int) -> Retrieved:
        query_tokens = tokens(query)
        vector = self._embedder.embed_query(query)
        dense_hits = self._store.query(vector, self._n)
        lexical_hits = self._lexical.search(query_tokens, self._n)
        found: dict[str, tuple[Chunk, float, PassageVectors | None]] = {
            h.chunk.id: (h.chunk, h.similarity, h.vectors) for h in dense_hits
        }
        missing = [c.id for c, _ in lexical_hits if c.id not in found]
        for hit in self._store.chunks_by_id(missing):
            sim = float(np.dot(hit.vectors.vector, vector)) if hit.vectors is not None else 0.0
            found[hit.chunk.id] = (hit.chunk, sim, hit.vectors)
        top_lexical = lexical_hits[0][1] if lexical_hits else 1.0
        lexical = {c.id: s / top_lexical for c, s in lexical_hits}
        candidates = {
            cid: Candidate(chunk, dense, lexical.get(cid, 0.0), _sentence_scores(vectors, vector, dense))
            for cid, (chunk, dense, vectors) in found.items()
        }
        fused = _fuse(candidates, [c.id for c, _ in lexical_hits])
        passages = [
            Passage(
                chunk=candidates[cid].chunk,
                score=score,
                dense=candidates[cid].dense,
                lexical=candidates[cid].lexical,
                rank=rank,
            )
            for rank, (cid, score) in enumerate(fused[:k], start=1)
        ]
        return Retrieved(passages, candidates, query_tokens)


def _sentence_scores(vectors: PassageVectors | None, query: np.ndarray, dense: float) -> np.ndarray:
    if vectors is None or vectors.sentence_vectors.size == 0:
        return np.array([dense], dtype=np.float32)
    return vectors.sentence_vectors @ query


def _fuse(candidates: dict[str, Candidate], lexical_order: list[str]) -> list[tuple[str, float]]:
    """Reciprocal rank fusion of three rankings: passage cosine, BM25, best sentence cosine."""
    dense_order = sorted(candidates, key=lambda c: -candidates[c].dense)
    sentence_order = sorted(candidates, key=lambda c: -float(candidates[c].sentence_scores.max()))
    scores: dict[str, float] = dict.fromkeys(candidates, 0.0)
    for order in (dense_order, lexical_order, sentence_order):
        for rank, cid in enumerate(order, start=1):
            if cid in scores:
                scores[cid] += 1.0 / (RRF_K + rank)
    return sorted(scores.items(), key=lambda item: -item[1])
