"""Small Protocols that are the seams between stages and adapters (real ones built in services.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from assistant.domain import Chunk, GuideRecord

Span = tuple[int, int]


@dataclass(frozen=True)
class PassageVectors:
    """A passage's unit vector plus one contextual unit vector per requested sentence span."""

    vector: np.ndarray
    sentence_vectors: np.ndarray


@dataclass(frozen=True)
class StoredHit:
    """One nearest-neighbour result from the store."""

    chunk: Chunk
    similarity: float
    vectors: PassageVectors | None


class Embedder(Protocol):
    dimension: int

    def embed_passages(self, texts: Sequence[str], spans: Sequence[Sequence[Span]]) -> list[PassageVectors]: ...

    def embed_query(self, text: str) -> np.ndarray: ...

    def embed_queries(self, texts: Sequence[str]) -> list[np.ndarray]: ...


class Store(Protocol):
    """Where chunks and their vectors live; a guide counts only once its record is committed."""

    def manifest(self) -> dict[str, GuideRecord]: ...

    def add_chunks(self, chunks: Sequence[Chunk], vectors: Sequence[PassageVectors]) -> None: ...

    def commit_guides(self, records: Sequence[GuideRecord]) -> None: ...

    def remove_guide(self, guide: str) -> None: ...

    def sweep_orphans(self) -> int: ...

    def query(self, vector: np.ndarray, k: int) -> list[StoredHit]: ...

    def chunks_by_id(self, ids: Sequence[str]) -> list[StoredHit]: ...

    def all_chunks(self) -> list[Chunk]: ...

    def fingerprint(self) -> str: ...

    def reset(self) -> None: ...
