"""Library service: the guides in the corpus folder and the index built from them (list, ingest, add, remove)."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable
from pathlib import Path

from assistant.domain import GuideRecord
from assistant.errors import InputError
from assistant.ingest.load import SUPPORTED_SUFFIXES
from assistant.ingest.pipeline import IngestOptions, IngestSummary, ProgressFactory, run_ingest
from assistant.seams import Embedder, Store
from assistant.settings import Settings


class Library:
    def __init__(
        self,
        settings: Settings,
        store: Store,
        embedder: Callable[[], Embedder],
        after_ingest: Callable[[], None] | None = None,
    ) -> None:
        self._settings = settings
        self._store = store
        self._embedder = embedder
        self._after_ingest = after_ingest  # e.g. rebuild the lexical index now, so the next answer sees the change
        self._lock = threading.Lock()  # one ingest at a time per process
        self.last_summary: IngestSummary | None = None

    @property
    def corpus(self) -> Path:
        return self._settings.corpus_dir

    def options(self, *, rebuild: bool = False, dry_run: bool = False) -> IngestOptions:
        s = self._settings
        return IngestOptions(
            corpus=s.corpus_dir,
            max_bytes=int(s.max_file_mb * 1_000_000),
            chunk_chars=s.chunk_chars,
            chunk_min_chars=s.chunk_min_chars,
            embed_batch=s.embed_batch,
            rebuild=rebuild,
            dry_run=dry_run,
        )

    def ingest(
        self, *, rebuild: bool = False, dry_run: bool = False, progress: ProgressFactory | None = None
    ) -> IngestSummary:
        with self._lock:
            summary = run_ingest(self.options(rebuild=rebuild, dry_run=dry_run), self._store, self._embedder, progress)
        if not dry_run:
            self.last_summary = summary
            if self._after_ingest is not None:
                self._after_ingest()
        return summary

    def is_stale(self) -> bool:
        """True when the index is missing guides, or holds guides that changed or left the corpus."""
        summary = run_ingest(self.options(dry_run=True), self._store, self._embedder)
        return bool(summary.added or summary.updated or summary.removed) or not self._store.manifest()

    def list_guides(self) -> list[GuideRecord]:
        return sorted(self._store.manifest().values(), key=lambda r: r.path)

    def add_guide(self, upload_path: Path, filename: str) -> Path:
        """Copy an uploaded guide into the corpus folder (type and size checked); ingest makes it searchable."""
        name = Path(filename).name
        if not name or name.startswith(".") or Path(name).suffix.lower() not in SUPPORTED_SUFFIXES:
            raise InputError(
                f"{name or 'the file'} is not a supported guide type",
                f"upload one of: {', '.join(SUPPORTED_SUFFIXES)}",
            )
        size = upload_path.stat().st_size
        if size > self._settings.upload_max_mb * 1_000_000:
            raise InputError(
                f"{name} is {size / 1e6:.1f} MB, over the {self._settings.upload_max_mb:g} MB upload limit",
                "split the guide or ask an administrator to raise ASSISTANT_UPLOAD_MAX_MB",
            )
        target = self.corpus / name
        self.corpus.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(upload_path, target)
        return target

    def remove_guide(self, guide: str) -> None:
        """Delete a guide file from the corpus folder; the next ingest removes it from the index."""
        target = (self.corpus / guide).resolve()
        if self.corpus.resolve() not in target.parents or not target.is_file():
            raise InputError(f"{guide} is not a guide in the library", "pick a guide from the list")
        target.unlink()
