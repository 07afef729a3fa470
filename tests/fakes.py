"""Deterministic fakes for the seams that are slow to load (the real MiniLM is used where quality matters)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import numpy as np

from assistant.seams import PassageVectors, Span
from assistant.text import tokens


def _bag(text: str, dim: int) -> np.ndarray:
    v = np.zeros(dim, dtype=np.float32)
    for t in tokens(text) or ["empty"]:
        v[int(hashlib.md5(t.encode()).hexdigest(), 16) % dim] += 1.0
    return v / np.linalg.norm(v)


class FakeEmbedder:
    """Bag-of-words hashed into 384 dimensions: same words, same direction. Counts what it embeds."""

    dimension = 384

    def __init__(self, fail_after: int | None = None) -> None:
        self.embedded = 0
        self.fail_after = fail_after

    def embed_query(self, text: str) -> np.ndarray:
        return _bag(text, self.dimension)

    def embed_queries(self, texts: Sequence[str]) -> list[np.ndarray]:
        return [self.embed_query(t) for t in texts]

    def embed_passages(self, texts: Sequence[str], spans: Sequence[Sequence[Span]]) -> list[PassageVectors]:
        if self.fail_after is not None and self.embedded >= self.fail_after:
            raise KeyboardInterrupt  # what Ctrl-C looks like in the middle of an ingest
        self.embedded += len(texts)
        return [
            PassageVectors(
                _bag(text, self.dimension),
                np.stack([_bag(text[a:b], self.dimension) for a, b in sp])
                if sp
                else np.zeros((0, self.dimension), np.float32),
            )
            for text, sp in zip(texts, spans, strict=True)
        ]
