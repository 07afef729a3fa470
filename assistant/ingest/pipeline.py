"""Ingest service: compare the corpus with the index, embed only new or changed guides, commit guide by guide."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from assistant.domain import Chunk, Guide, GuideRecord
from assistant.errors import ConfigError, GuideError, IndexDamagedError
from assistant.ingest.chunk import chunk_guide
from assistant.ingest.load import list_guide_files
from assistant.ingest.metadata import load_metadata
from assistant.ingest.parse import parse_guide
from assistant.seams import Embedder, PassageVectors, Store
from assistant.text import sentence_spans

log = logging.getLogger(__name__)
GROUP_PASSAGES = 256  # guides are embedded and committed in groups of about this many passages


@dataclass
class IngestSummary:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    failed: int = 0
    passages: int = 0
    seconds: float = 0.0
    dry_run: bool = False
    failures: list[dict[str, str]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "removed": self.removed,
            "failed": self.failed,
            "passages": self.passages,
            "seconds": round(self.seconds, 2),
            "dry_run": self.dry_run,
            "failures": self.failures,
        }

    def line(self) -> str:
        verb = "would write" if self.dry_run else "wrote"
        return (
            f"{self.added} added, {self.updated} updated, {self.unchanged} unchanged, {self.removed} removed, "
            f"{self.failed} failed; {verb} {self.passages} passages in {self.seconds:.1f}s"
        )


@dataclass(frozen=True)
class IngestOptions:
    corpus: Path
    max_bytes: int
    chunk_chars: int
    chunk_min_chars: int
    embed_batch: int = 32
    rebuild: bool = False
    dry_run: bool = False

    @property
    def settings_key(self) -> str:
        return f"chunk={self.chunk_chars}/{self.chunk_min_chars}"


ProgressFactory = Callable[[int], Any]


def run_ingest(
    options: IngestOptions,
    store: Store,
    embedder: Callable[[], Embedder],
    progress: ProgressFactory | None = None,
) -> IngestSummary:
    """Bring the index in line with the corpus folder. `embedder` is called only if something needs embedding."""
    started = time.perf_counter()
    if not options.corpus.is_dir():
        raise ConfigError(f"corpus folder {options.corpus} does not exist", "create it or pass --corpus DIR")
    summary = IngestSummary(dry_run=options.dry_run)
    if options.rebuild and not options.dry_run:
        store.reset()
    if not options.dry_run:
        try:
            swept = store.sweep_orphans()
        except IndexDamagedError as exc:
            # A process killed while Chroma was writing can leave its segment unreadable: start over.
            log.warning("%s; rebuilding the index from the corpus folder", exc.message)
            store.reset()
            swept = 0
        if swept:
            log.info("removed %d passages left by an interrupted ingest", swept)
    manifest = store.manifest()
    metadata = load_metadata(options.corpus)
    pending: list[tuple[Guide, list[Chunk]]] = []
    seen: set[str] = set()
    for path in list_guide_files(options.corpus):
        relative = path.relative_to(options.corpus).as_posix()
        seen.add(relative)
        try:
            guide = parse_guide(
                path, options.corpus, metadata.get(relative), max_bytes=options.max_bytes,
                settings_key=options.settings_key,
            )
        except GuideError as exc:
            summary.failed += 1
            summary.failures.append({"guide": relative, "reason": exc.message, "hint": exc.hint})
            log.warning("skipped %s", exc)
            continue
        previous = manifest.get(relative)
        if previous is not None and previous.version == guide.version:
            summary.unchanged += 1
            continue
        if previous is None:
            summary.added += 1
        else:
            summary.updated += 1
        pending.append((guide, chunk_guide(guide, target_chars=options.chunk_chars, min_chars=options.chunk_min_chars)))
    removed = [g for g in manifest if g not in seen]
    summary.removed = len(removed)
    summary.passages = sum(len(chunks) for _, chunks in pending)
    if options.dry_run:
        summary.seconds = time.perf_counter() - started
        return summary
    for path_gone in removed:
        store.remove_guide(path_gone)
    if pending:
        _embed_and_commit(pending, store, embedder(), options.embed_batch, progress)
    summary.seconds = time.perf_counter() - started
    return summary


def _embed_and_commit(
    pending: list[tuple[Guide, list[Chunk]]],
    store: Store,
    embedder: Embedder,
    batch: int,
    progress: ProgressFactory | None,
) -> None:
    """Embed group N+1 while one background thread writes group N: the model is the bottleneck, and the
    store's writes then cost the ingest almost nothing. At most one write is in flight, so a crash loses
    at most two groups of work, and a write's error surfaces before the next group is handed over."""
    bar = progress(sum(len(c) for _, c in pending)) if progress else None
    writing: Future[None] | None = None
    try:
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="ingest-writer") as writer:
            for group in _groups(pending):
                chunks, vectors = _embed_group(group, embedder, batch, bar)
                if writing is not None:
                    writing.result()
                writing = writer.submit(_write_group, store, group, chunks, vectors)
            if writing is not None:
                writing.result()
    except BaseException as exc:
        # Ctrl-C or an embedding error: the `with` above let the write in flight finish (a group is
        # committed whole or not at all); if that write failed too, say so rather than lose it.
        lost = writing.exception() if writing is not None and writing.done() else None
        if lost is not None and lost is not exc:
            log.error("writing the previous group failed too: %s", lost)
        raise
    finally:
        if bar is not None:
            bar.close()


def _embed_group(
    group: list[tuple[Guide, list[Chunk]]], embedder: Embedder, batch: int, bar: Any
) -> tuple[list[Chunk], list[PassageVectors]]:
    chunks = [c for _, cs in group for c in cs]
    # Similar lengths in one batch waste less padding in the model.
    chunks.sort(key=lambda c: len(c.embed_text))
    vectors: list[PassageVectors] = []
    for i in range(0, len(chunks), batch):
        part = chunks[i : i + batch]
        vectors.extend(embed_chunks(embedder, part))
        if bar is not None:
            bar.update(len(part))
    return chunks, vectors


def _write_group(
    store: Store, group: list[tuple[Guide, list[Chunk]]], chunks: list[Chunk], vectors: list[PassageVectors]
) -> None:
    """One write per group, then one commit per group (per-guide commits cost a round trip each, BENCHMARKS.md);
    the commit only runs once the passages are stored, so a failed write leaves the group uncommitted."""
    store.add_chunks(chunks, vectors)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    store.commit_guides([_record(guide, len(cs), now) for guide, cs in group])


def embed_chunks(embedder: Embedder, chunks: list[Chunk]) -> list[PassageVectors]:
    """Embed each chunk's section-prefixed text, with one vector per sentence of the stored text."""
    texts, spans = [], []
    for chunk in chunks:
        offset = len(chunk.embed_text) - len(chunk.text)
        texts.append(chunk.embed_text)
        spans.append([(a + offset, b + offset) for a, b in sentence_spans(chunk.text)])
    return embedder.embed_passages(texts, spans)


def _groups(pending: list[tuple[Guide, list[Chunk]]]) -> Iterator[list[tuple[Guide, list[Chunk]]]]:
    group: list[tuple[Guide, list[Chunk]]] = []
    size = 0
    for item in pending:
        group.append(item)
        size += len(item[1])
        if size >= GROUP_PASSAGES:
            yield group
            group, size = [], 0
    if group:
        yield group


def _record(guide: Guide, passages: int, now: str) -> GuideRecord:
    return GuideRecord(
        path=guide.path,
        title=guide.title,
        source=guide.source,
        date=guide.date,
        url=guide.url,
        file_hash=guide.file_hash,
        passages=passages,
        ingested_at=now,
        version=guide.version,
    )
