"""Ingest writes group N in a background thread while it embeds group N+1: order, faults and Ctrl-C (real Chroma)."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from assistant.adapters.chroma_store import ChromaStore
from assistant.domain import Chunk, GuideRecord
from assistant.errors import StoreUnavailableError
from assistant.ingest import pipeline
from assistant.ingest.pipeline import IngestOptions, run_ingest
from assistant.seams import PassageVectors, Span
from tests.conftest import CORPUS
from tests.fakes import FakeEmbedder

GUIDES = sorted(p.name for p in CORPUS.glob("*.txt"))  # ingest order: one group per guide (see the fixture)


@pytest.fixture(autouse=True)
def _one_guide_per_group(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every guide of the bundled corpus is its own group, so 4 guides make 4 groups and group k is GUIDES[k].
    monkeypatch.setattr(pipeline, "GROUP_PASSAGES", 1)


def _options(corpus: Path) -> IngestOptions:
    # One embed call per group (no guide has 1,000 passages): embed call k is group k.
    return IngestOptions(corpus=corpus, max_bytes=1_000_000, chunk_chars=450, chunk_min_chars=150, embed_batch=1000)


class Journal:
    """What happened, in order, from both threads."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.events: list[tuple[str, ...]] = []
        self.commits_done = 0
        self.first_write_started = threading.Event()
        self.embedding_while_writing = threading.Event()
        self.overlapped = False

    def add(self, *event: str) -> None:
        with self.lock:
            self.events.append(event)


class JournalEmbedder(FakeEmbedder):
    """FakeEmbedder that notes, for each group it embeds, how many groups were committed by then."""

    def __init__(self, journal: Journal, interrupt_at: int | None = None) -> None:
        super().__init__()
        self.journal = journal
        self.interrupt_at = interrupt_at
        self.calls = 0

    def embed_passages(self, texts: Sequence[str], spans: Sequence[Sequence[Span]]) -> list[PassageVectors]:
        group, self.calls = self.calls, self.calls + 1
        self.journal.add("embed", str(group), str(self.journal.commits_done))
        if self.journal.first_write_started.is_set():
            self.journal.embedding_while_writing.set()
        if group == self.interrupt_at:
            raise KeyboardInterrupt  # Ctrl-C while the previous group is being written
        return super().embed_passages(texts, spans)


class JournalStore:
    """A real Chroma store whose writes are slow (so the main thread could run ahead if it were allowed
    to), journalled, and which can fail a chosen group's add_chunks or commit_guides."""

    def __init__(
        self, inner: ChromaStore, journal: Journal, write_s: float = 0.0, fail: str = "", handshake: bool = False
    ) -> None:
        self.inner = inner
        self.journal = journal
        self.write_s = write_s
        self.handshake = handshake
        self.fail = fail  # e.g. "add_chunks:1" fails group 1's add_chunks
        self.writes_in_flight = 0
        self.most_in_flight = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def add_chunks(self, chunks: Sequence[Chunk], vectors: Sequence[PassageVectors]) -> None:
        guide = chunks[0].guide
        self._enter("add_chunks", guide)
        if self.handshake and not self.journal.first_write_started.is_set():
            self.journal.first_write_started.set()
            # Hold the first write until the next group is being embedded: that only happens if they overlap.
            self.journal.overlapped = self.journal.embedding_while_writing.wait(timeout=5)
        try:
            time.sleep(self.write_s)
            self._maybe_fail("add_chunks", guide)
            self.inner.add_chunks(chunks, vectors)
        finally:
            self._leave()

    def commit_guides(self, records: Sequence[GuideRecord]) -> None:
        guide = records[0].path
        self._enter("commit_guides", guide)
        try:
            self._maybe_fail("commit_guides", guide)
            self.inner.commit_guides(records)
            self.journal.commits_done += 1
        finally:
            self._leave()

    def _enter(self, call: str, guide: str) -> None:
        self.journal.add(call, guide, threading.current_thread().name)
        self.writes_in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.writes_in_flight)

    def _leave(self) -> None:
        self.writes_in_flight -= 1

    def _maybe_fail(self, call: str, guide: str) -> None:
        if self.fail == f"{call}:{GUIDES.index(guide)}":
            raise StoreUnavailableError("the guide index is not answering (test)", "start it again")


def _texts(store: ChromaStore) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for chunk in store.all_chunks():
        out.setdefault(chunk.guide, []).append(chunk.text)
    return out


def _assert_equals_clean_build(store: ChromaStore, corpus: Path, tmp_path: Path) -> None:
    clean = ChromaStore.embedded(tmp_path / "clean", "t")
    run_ingest(_options(corpus), clean, FakeEmbedder)
    assert _texts(store) == _texts(clean)
    assert {g: r.version for g, r in store.manifest().items()} == {g: r.version for g, r in clean.manifest().items()}
    assert store._passages.count() == clean._passages.count()


def test_group_n_is_written_in_the_background_while_group_n_plus_1_is_embedded(
    tmp_path: Path, corpus_copy: Path
) -> None:
    journal = Journal()
    store = JournalStore(ChromaStore.embedded(tmp_path / "index", "t"), journal, write_s=0.2, handshake=True)
    summary = run_ingest(_options(corpus_copy), store, lambda: JournalEmbedder(journal))

    assert summary.added == len(GUIDES) and sorted(store.manifest()) == GUIDES
    assert journal.overlapped, "group 1 was not embedded while group 0 was being written"
    writes = [e for e in journal.events if e[0] != "embed"]
    # Each group: its passages, then its commit, all on the one writer thread, never two writes at once.
    assert [(call, guide) for call, guide, _ in writes] == [
        (call, guide) for guide in GUIDES for call in ("add_chunks", "commit_guides")
    ]
    assert {thread for _, _, thread in writes} == {"ingest-writer_0"}
    assert store.most_in_flight == 1
    # At most one write in flight: group k is embedded only once group k-2 is committed.
    embeds = [(int(group), int(done)) for kind, group, done in journal.events if kind == "embed"]
    assert [g for g, _ in embeds] == list(range(len(GUIDES)))
    assert all(done >= group - 1 for group, done in embeds), embeds


@pytest.mark.parametrize("fail", ["add_chunks:1", "commit_guides:1", "add_chunks:3"])
def test_a_failed_write_surfaces_keeps_earlier_groups_and_the_next_run_completes(
    tmp_path: Path, corpus_copy: Path, fail: str
) -> None:
    failed = int(fail.split(":")[1])
    journal = Journal()
    real = ChromaStore.embedded(tmp_path / "index", "t")
    store = JournalStore(real, journal, fail=fail)
    with pytest.raises(StoreUnavailableError, match="not answering"):
        run_ingest(_options(corpus_copy), store, lambda: JournalEmbedder(journal))

    assert sorted(real.manifest()) == GUIDES[:failed], "the groups before the failed one committed, no others"
    assert set(_texts(real)) == set(GUIDES[:failed])
    written = [event[1] for event in journal.events if event[0] == "add_chunks"]
    assert written == GUIDES[: failed + 1], "no group is written after a failed one"

    finish = run_ingest(_options(corpus_copy), real, FakeEmbedder)
    assert (finish.unchanged, finish.added, finish.failed) == (failed, len(GUIDES) - failed, 0)
    _assert_equals_clean_build(real, corpus_copy, tmp_path)


def test_ctrl_c_while_a_group_is_written_finishes_that_group_stops_and_leaves_the_index_usable(
    tmp_path: Path, corpus_copy: Path
) -> None:
    journal = Journal()
    real = ChromaStore.embedded(tmp_path / "index", "t")
    store = JournalStore(real, journal, write_s=0.3)
    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        run_ingest(_options(corpus_copy), store, lambda: JournalEmbedder(journal, interrupt_at=2))
    assert time.monotonic() - started < 5

    # Group 1 was being written when Ctrl-C hit group 2's embedding: it is committed whole, nothing later is.
    assert sorted(real.manifest()) == GUIDES[:2]
    assert set(_texts(real)) == set(GUIDES[:2])
    assert store.writes_in_flight == 0

    finish = run_ingest(_options(corpus_copy), real, FakeEmbedder)
    assert (finish.unchanged, finish.added) == (2, len(GUIDES) - 2)
    _assert_equals_clean_build(real, corpus_copy, tmp_path)


def test_a_write_that_fails_while_ctrl_c_stops_the_ingest_is_logged_not_lost(
    tmp_path: Path, corpus_copy: Path, caplog: pytest.LogCaptureFixture
) -> None:
    journal = Journal()
    store = JournalStore(ChromaStore.embedded(tmp_path / "index", "t"), journal, write_s=0.3, fail="add_chunks:1")
    with caplog.at_level(logging.ERROR, logger="assistant.ingest.pipeline"), pytest.raises(KeyboardInterrupt):
        run_ingest(_options(corpus_copy), store, lambda: JournalEmbedder(journal, interrupt_at=2))
    assert "writing the previous group failed too" in caplog.text and "not answering" in caplog.text


class RecordingBar:
    def __init__(self, total: int) -> None:
        self.total = total
        self.done = 0
        self.closed = 0

    def update(self, n: int) -> None:
        self.done += n

    def close(self) -> None:
        self.closed += 1


@pytest.mark.parametrize("fail", ["", "add_chunks:3"])
def test_the_progress_bar_counts_every_passage_and_is_closed_once(tmp_path: Path, corpus_copy: Path, fail: str) -> None:
    bars: list[RecordingBar] = []

    def progress(total: int) -> RecordingBar:
        bars.append(RecordingBar(total))
        return bars[-1]

    store = JournalStore(ChromaStore.embedded(tmp_path / "index", "t"), Journal(), fail=fail)
    if fail:
        with pytest.raises(StoreUnavailableError):
            run_ingest(_options(corpus_copy), store, FakeEmbedder, progress)
    else:
        run_ingest(_options(corpus_copy), store, FakeEmbedder, progress)
    clean = run_ingest(_options(corpus_copy), ChromaStore.embedded(tmp_path / "clean", "t"), FakeEmbedder)
    assert len(bars) == 1 and bars[0].closed == 1
    assert bars[0].done == bars[0].total == clean.passages > 0
