"""Lexical side of retrieval: an in-process BM25 index (bm25s) built from what the store holds."""

from __future__ import annotations

import logging
import math
import threading
import time
from collections import Counter
from collections.abc import Sequence

from assistant.domain import Chunk
from assistant.seams import Store
from assistant.text import tokens

FUZZY_MIN_CHARS = 5  # shorter words are matched exactly: one edit changes them too much


class LexicalIndex:
    """BM25 over stored passages (section heading included). Rebuilt when the store's manifest changes,
    so every app replica on one Chroma server searches the same passages."""

    def __init__(self, store: Store, recheck_s: float = 2.0) -> None:
        self._store = store
        self._recheck_s = recheck_s
        self._lock = threading.Lock()
        self._fingerprint: str | None = None
        self._checked = 0.0
        self._chunks: list[Chunk] = []
        self._bm25: object | None = None
        self._df: Counter[str] = Counter()
        self._deletions: dict[str, str] = {}

    def refresh(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._checked < self._recheck_s and self._fingerprint is not None:
            return
        with self._lock:
            fingerprint = self._store.fingerprint()
            self._checked = now
            if fingerprint == self._fingerprint and not force:
                return
            chunks = self._store.all_chunks()
            self._build(chunks)
            self._fingerprint = fingerprint

    def _build(self, chunks: list[Chunk]) -> None:
        import bm25s

        logging.getLogger("bm25s").setLevel(logging.WARNING)  # it logs every index build at DEBUG
        docs = [tokens(f"{c.section} {c.text}") or ["\u2205"] for c in chunks]
        df: Counter[str] = Counter()
        for doc in docs:
            df.update(set(doc))
        bm25 = None
        if chunks:
            bm25 = bm25s.BM25()
            bm25.index(docs, show_progress=False)
        deletions: dict[str, str] = {}
        for term in df:
            if len(term) >= FUZZY_MIN_CHARS:
                for i in range(len(term)):
                    deletions.setdefault(term[:i] + term[i + 1 :], term)
        self._chunks, self._bm25, self._df, self._deletions = chunks, bm25, df, deletions

    @property
    def size(self) -> int:
        return len(self._chunks)

    def idf(self, term: str) -> float:
        n = max(len(self._chunks), 1)
        return math.log(1 + (n - self._df.get(term, 0) + 0.5) / (self._df.get(term, 0) + 0.5))

    def df(self, term: str) -> int:
        return self._df.get(term, 0)

    def in_vocabulary(self, term: str) -> bool:
        """The term, or a spelling one edit away ('haemophilia' ~ 'hemophilia'), occurs in the guides."""
        if term in self._df:
            return True
        if len(term) < FUZZY_MIN_CHARS:
            return False
        if term in self._deletions:
            return True
        return any((v := term[:i] + term[i + 1 :]) in self._df or v in self._deletions for i in range(len(term)))

    def search(self, query_tokens: Sequence[str], k: int) -> list[tuple[Chunk, float]]:
        self.refresh()
        bm25, chunks = self._bm25, self._chunks
        terms = [t for t in query_tokens if t in self._df]
        if bm25 is None or not terms:
            return []
        ids, scores = bm25.retrieve([terms], k=min(k, len(chunks)), show_progress=False)  # type: ignore[attr-defined]
        return [(chunks[int(i)], float(s)) for i, s in zip(ids[0], scores[0], strict=True) if s > 0]
