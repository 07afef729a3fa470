"""Lexical side of retrieval: an in-process BM25 index (bm25s) built from what the store holds."""

from __future__ import annotations

import logging
import math
import re
import threading
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from assistant.domain import Chunk
from assistant.seams import Store
from assistant.text import english_zipf, tokens

log = logging.getLogger(__name__)

FUZZY_MIN_CHARS = 5  # shorter words are matched exactly: one edit changes them too much
# A word this common in English is what was meant, not a guide word mistyped: 'drive' is not 'dive'.
TYPO_MAX_ZIPF = 4.0
FAMILY_MIN_CHARS = 4  # 'weak' ~ 'weaken'; a shorter stem ('use') has too many words that start with it
SUFFIX_CHARS = 4  # a word family differs by a suffix this long at most ('reject' ~ 'rejection'; not 'lymph...')


@dataclass(frozen=True)
class _Snapshot:
    """One built index. Replaced whole, never changed, so a question reads one consistent version."""

    token: str | None = None
    chunks: tuple[Chunk, ...] = ()
    bm25: object | None = None
    df: Counter[str] = field(default_factory=Counter)
    deletions: dict[str, str] = field(default_factory=dict)
    by_prefix: dict[str, tuple[str, ...]] = field(default_factory=dict)  # first letters -> the words so starting
    places: dict[tuple[str, int], Chunk] = field(default_factory=dict)  # (guide, position) -> its passage
    guides: dict[str, str] = field(default_factory=dict)  # guide -> the hash of the file its passages come from
    # first letter -> the words written in the guides so starting, each with how often (lower case, >= 5 letters)
    spellings: dict[str, tuple[tuple[str, int], ...]] = field(default_factory=dict)
    capitals: frozenset[str] = frozenset()  # abbreviations the guides write in capitals ('cdmo', 'crispr')
    compounds: frozenset[str] = frozenset()  # words the guides hyphenate ('off-the-shelf', 'check-ups'), lower case


class LexicalIndex:
    """BM25 over stored passages (section heading included), built from what the store holds so every app
    replica on one Chroma server searches the same passages.

    The store's state token is checked at most every `recheck_s`. The first build happens on the spot;
    later ones run in a background thread while questions keep using the previous index (rebuilding 15k
    guides takes seconds). `refresh(wait=True)` rebuilds before returning: after this process's own ingest.
    """

    def __init__(self, store: Store, recheck_s: float = 2.0) -> None:
        self._store = store
        self._recheck_s = recheck_s
        self._lock = threading.Lock()  # one build at a time
        self._snap = _Snapshot()
        self._checked = 0.0
        self._building: threading.Thread | None = None

    def refresh(self, wait: bool = False) -> None:
        now = time.monotonic()
        if not wait and self._snap.token is not None and now - self._checked < self._recheck_s:
            return
        self._checked = now
        token = self._store.fingerprint()
        if token == self._snap.token:
            return
        if wait or self._snap.token is None:
            self._rebuild()
        elif self._building is None or not self._building.is_alive():
            self._building = threading.Thread(target=self._rebuild_logged, name="lexical-rebuild", daemon=True)
            self._building.start()

    def catch_up(self) -> None:
        """After this process's own ingest: an index already answering questions is brought up to date before
        the ingest returns; one never built (`python ingest.py`) is left for its first question."""
        if self._snap.token is not None:
            self.refresh(wait=True)

    def _rebuild_logged(self) -> None:
        try:
            self._rebuild()
        except Exception:  # the previous index keeps serving; the next check tries again
            log.exception("lexical index rebuild failed")

    def _rebuild(self) -> None:
        with self._lock:
            token = self._store.fingerprint()  # before reading: a commit meanwhile triggers one more build
            if token != self._snap.token:
                self._snap = _build(token, self._store.all_chunks())


    @property
    def token(self) -> str | None:
        """The store's fingerprint this index was built from (None before the first build)."""
        return self._snap.token

    def guides(self) -> dict[str, str]:
        """The guides indexed, each with the hash of its file."""
        return self._snap.guides

    @property
    def size(self) -> int:
        return len(self._snap.chunks)

    def idf(self, term: str) -> float:
        snap = self._snap
        n, df = max(len(snap.chunks), 1), snap.df.get(term, 0)
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    def df(self, term: str) -> int:
        return self._snap.df.get(term, 0)

    def in_vocabulary(self, term: str) -> bool:
        """The term, or a spelling one edit away ('haemophilia' ~ 'hemophilia'), occurs in the guides; an everyday
        English word is taken as written ('drive' is not 'dive')."""
        snap = self._snap
        if term in snap.df:
            return True
        if len(term) < FUZZY_MIN_CHARS or english_zipf(term) >= TYPO_MAX_ZIPF:
            return False
        if term in snap.deletions:
            return True
        return any((v := term[:i] + term[i + 1 :]) in snap.df or v in snap.deletions for i in range(len(term)))

    def in_word_family(self, term: str) -> bool:
        """The term is in the guides, or differs from a word that is by a short suffix ('reject' ~ 'rejection',
        'immunosuppressive' ~ 'immunosuppress'), which the light stemmer leaves apart."""
        if self.in_vocabulary(term):
            return True
        return bool(self.family(term))

    def family(self, term: str) -> tuple[str, ...]:
        """The guides' words of the term's family ('vaccination' for 'vaccine'); none for a short term."""
        if len(term) < FUZZY_MIN_CHARS:
            return ()
        # 'vaccine' ~ 'vaccination', 'immune' ~ 'immunity': family members share their first letters
        return tuple(w for w in self._snap.by_prefix.get(term[:FUZZY_MIN_CHARS], ()) if same_family(term, w))

    def spellings(self, initial: str) -> tuple[tuple[str, int], ...]:
        """The words of 5 letters or more the guides write starting with `initial`, each with how often."""
        return self._snap.spellings.get(initial, ())

    def compounds(self) -> frozenset[str]:
        """The words the guides write hyphenated, of parts of two letters or more ('off-the-shelf', not 'T-cell')."""
        return self._snap.compounds

    def capitals(self) -> frozenset[str]:
        """The abbreviations the guides write in capitals, in lower case and without a plural s."""
        return self._snap.capitals

    def following(self, chunk: Chunk, n: int) -> list[Chunk]:
        """The next n passages of the chunk's guide, in reading order (fewer at the guide's end)."""
        places = self._snap.places
        found = (places.get((chunk.guide, chunk.position + i)) for i in range(1, n + 1))
        return [c for c in found if c is not None]

    def search(self, query_tokens: Sequence[str], k: int) -> list[tuple[Chunk, float]]:
        self.refresh()
        snap = self._snap
        terms = [t for t in query_tokens if t in snap.df]
        if snap.bm25 is None or not terms:
            return []
        ids, scores = snap.bm25.retrieve([terms], k=min(k, len(snap.chunks)), show_progress=False)  # type: ignore[attr-defined]
        return [(snap.chunks[int(i)], float(s)) for i, s in zip(ids[0], scores[0], strict=True) if s > 0]


def same_family(a: str, b: str) -> bool:
    """Two stems of one word family: equal, or one is the other with a short suffix ('weak' ~ 'weaken'), a final
    silent e dropped before it ('vaccine' ~ 'vaccination')."""
    short, long_ = sorted((a, b), key=len)
    if short == long_:
        return True
    if len(short) < FAMILY_MIN_CHARS or len(long_) - len(short) > SUFFIX_CHARS:
        return False
    base = _without_silent_e(short)
    return long_.startswith(short) or (bool(base) and long_.startswith(base))


def _without_silent_e(word: str) -> str:
    """The word without its final e when the rest is long enough to name one family ('vaccin'), else ''; 'care'
    is not 'carry'."""
    return word[:-1] if word.endswith("e") and len(word) > FUZZY_MIN_CHARS else ""


def _build(token: str, chunks: list[Chunk]) -> _Snapshot:
    import bm25s

    logging.getLogger("bm25s").setLevel(logging.WARNING)  # it logs every index build at DEBUG
    docs = [tokens(f"{c.heading} {c.text}") or ["\u2205"] for c in chunks]
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
    grouped: dict[str, list[str]] = {}
    for term in df:
        if len(term) >= FUZZY_MIN_CHARS:
            grouped.setdefault(term[:FUZZY_MIN_CHARS], []).append(term)
    by_prefix = {start: tuple(words) for start, words in grouped.items()}
    places = {(c.guide, c.position): c for c in chunks}
    guides = {c.guide: c.guide_hash for c in chunks}
    written: Counter[str] = Counter()
    capitals: set[str] = set()
    prose = " ".join(_LINK.sub(" ", f"{c.heading} {c.text}") for c in chunks).lower()
    # ... and only those they never write with spaces ('gene-editing' and 'gene editing' both are theirs)
    compounds = {w for w in _HYPHENATED.findall(prose) if all(len(part) >= 2 for part in w.split("-"))
                 and not re.search(rf"(?<![\w-]){re.escape(w.replace('-', ' '))}(?![\w-])", prose)}
    for c in chunks:
        for word in _WRITTEN.findall(f"{c.heading} {c.text}"):
            if word.isupper() or (word[-1] == "s" and len(word) > 3 and word[:-1].isupper()):  # 'CRISPR', 'CDMOs'
                capitals.add(word.lower() if word.isupper() else word[:-1].lower())
            if len(word) >= FUZZY_MIN_CHARS:
                written[word.lower()] += 1
    by_initial: dict[str, list[tuple[str, int]]] = {}
    for word, count in sorted(written.items()):
        by_initial.setdefault(word[0], []).append((word, count))
    spellings = {initial: tuple(words) for initial, words in by_initial.items()}
    return _Snapshot(
        token, tuple(chunks), bm25, df, deletions, by_prefix, places, guides, spellings, frozenset(capitals),
        frozenset(compounds),
    )


_LINK = re.compile(r"\S*(?:https?://|www\.)\S*|\S+\.(?:com|org|gov|net|edu|io|co\.uk)\b\S*", re.I)  # slugs are no words
_HYPHENATED = re.compile(r"(?<![\w'’-])[A-Za-z]+(?:-[A-Za-z]+)+(?![\w'’-])")  # 'off-the-shelf', 'check-ups'
_WRITTEN = re.compile(r"(?<![\w'’-])[A-Za-z][A-Za-z0-9]+(?![\w'’-])")  # a word as written, without hyphens
