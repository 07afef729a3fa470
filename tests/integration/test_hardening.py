"""Hardening: answering while an ingest runs, and `kill -9` in the middle of an ingest (real MiniLM and Chroma)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from assistant.adapters.chroma_store import ChromaStore
from assistant.domain import Answer, GuideRecord
from assistant.ingest.pipeline import GROUP_PASSAGES, IngestOptions, run_ingest
from assistant.safety.messages import DISCLAIMER
from assistant.settings import OFFLINE_ENV, Settings
from tests.conftest import REPO
from tests.fakes import FakeEmbedder
from tests.support import load_bench_script

pytestmark = pytest.mark.slow

MEDQUAD = REPO.parent / "shared" / "bench" / "medquad_docs.jsonl"
# About 420 passages: the first group of 256 is committed (and killed after) well before the end.
GUIDES = 120
NEW_GUIDE = "heron_band.txt"
NEW_GUIDE_TEXT = """The Heron Band Programme

What is the Heron band?
After a CAR-T infusion at the Example Clinic, every patient is given a green Heron band to wear on the wrist.
The Heron band carries the clinic's 24-hour number and tells other doctors that the wearer recently had CAR-T cell therapy.
Keep wearing the Heron band for eight weeks after the infusion, including at night.
"""
NEW_QUESTION = "What is the Heron band and how long should I wear it?"
OLD_QUESTIONS = (
    "How can I lower my risk of infection during recovery?",
    "What does engraftment mean?",
    "What is CAR-T cell therapy?",
)


def _medquad() -> ModuleType:
    return load_bench_script("medquad")


def _medquad_corpus(target: Path, n: int) -> Path:
    if not MEDQUAD.exists():
        pytest.skip(f"{MEDQUAD} is not available")
    return Path(_medquad().build_corpus(n, target, MEDQUAD))


def _well_formed(answer: Answer) -> None:
    assert answer.disclaimer == DISCLAIMER and answer.text.strip()


def test_questions_are_answered_while_an_ingest_runs_and_then_use_the_new_guide(
    corpus_copy: Path, tmp_path: Path, minilm: Any
) -> None:
    from assistant.services import build_services

    services = build_services(Settings(corpus_dir=corpus_copy, data_dir=tmp_path / "data"), embedder=minilm)
    assert services.library.ingest().added == 4
    before = services.assistant.ask(NEW_QUESTION, ())
    assert not any(c.passage.chunk.guide == NEW_GUIDE for c in before.citations)
    assert all(services.assistant.ask(q, ()).citations for q in OLD_QUESTIONS)

    # Enough new guides that the ingest takes a while, so questions really arrive in the middle of it.
    _medquad_corpus(corpus_copy / "more", 40)
    (corpus_copy / NEW_GUIDE).write_text(NEW_GUIDE_TEXT)
    summaries: list[Any] = []
    failures: list[BaseException] = []

    def ingest() -> None:
        try:
            summaries.append(services.library.ingest())
        except BaseException as exc:  # reported by the asserting thread
            failures.append(exc)

    worker = threading.Thread(target=ingest)
    worker.start()
    during: list[Answer] = []
    while worker.is_alive():
        for question in OLD_QUESTIONS:
            try:
                during.append(services.assistant.ask(question, ()))
            except Exception as exc:  # any error here is what a patient would have seen
                failures.append(exc)
    worker.join()
    assert not failures, failures
    assert summaries[0].added == 41 and summaries[0].failed == 0
    assert len(during) >= 6, "the ingest finished before questions overlapped it"
    for answer in during:
        _well_formed(answer)
        # Questions the guides answered before stay answered throughout: ingest only adds committed guides.
        assert answer.citations and not answer.flags.not_found, answer.text

    after = services.assistant.ask(NEW_QUESTION, ())
    _well_formed(after)
    assert any(c.passage.chunk.guide == NEW_GUIDE for c in after.citations), after.text
    assert "eight weeks" in after.text or "Heron band" in after.text


def _committed_guides(index: Path, collection: str) -> int:
    """Guides committed so far (roughly: Chroma may still hold some in its log), read from its SQLite file
    without opening the store in this process, which would cache the state from before the re-run."""
    try:
        db = sqlite3.connect(f"file:{index / 'chroma.sqlite3'}?mode=ro", uri=True, timeout=1)
    except sqlite3.OperationalError:
        return 0
    try:
        row = db.execute(
            "SELECT count(*) FROM embeddings e JOIN segments s ON e.segment_id = s.id "
            "JOIN collections c ON s.collection = c.id WHERE c.name = ? AND s.scope = 'METADATA'",
            (f"{collection}_guides",),
        ).fetchone()
        return int(row[0])
    except sqlite3.OperationalError:  # not created yet, or busy
        return 0
    finally:
        db.close()


def _ingest_process(corpus: Path, index: Path) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")} | OFFLINE_ENV
    env["ASSISTANT_DATA_DIR"] = str(index.parent)
    return subprocess.Popen(
        [sys.executable, "ingest.py", "--json", "--corpus", str(corpus), "--index", str(index)],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def _snapshot(index: Path) -> tuple[dict[str, str], set[tuple[str, str]], int]:
    """Committed guide versions, the (id, text) of every committed passage, and passages left uncommitted."""
    store = ChromaStore.embedded(index, "guides")
    versions = {path: record.version for path, record in store.manifest().items()}
    chunks = {(c.id, c.text) for c in store.all_chunks()}
    return versions, chunks, store.sweep_orphans()


def test_kill_9_in_the_middle_of_an_ingest_then_a_rerun_equals_a_clean_build(tmp_path: Path, minilm: Any) -> None:
    from assistant.services import build_services

    corpus = _medquad_corpus(tmp_path / "corpus", GUIDES)
    index = tmp_path / "killed" / "index"
    process = _ingest_process(corpus, index)
    deadline = time.monotonic() + 600
    while _committed_guides(index, "guides") == 0:
        assert process.poll() is None, f"ingest ended before the kill: {process.communicate()}"
        assert time.monotonic() < deadline, "no guide was committed within 10 minutes"
        time.sleep(0.2)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL

    rerun = _ingest_process(corpus, index)
    out, err = rerun.communicate(timeout=1200)
    assert rerun.returncode == 0, err
    summary = json.loads(out)
    assert 0 < summary["unchanged"] < GUIDES, f"the kill must land mid-ingest: {summary}"
    assert (summary["added"] + summary["unchanged"], summary["failed"]) == (GUIDES, 0)

    clean = tmp_path / "clean" / "index"
    settings = Settings(corpus_dir=corpus, data_dir=clean.parent, index_dir=clean)
    assert build_services(settings, embedder=minilm).library.ingest().added == GUIDES

    resumed_versions, resumed_chunks, resumed_orphans = _snapshot(index)
    clean_versions, clean_chunks, _ = _snapshot(clean)
    assert resumed_versions == clean_versions
    assert resumed_chunks == clean_chunks
    assert resumed_orphans == 0, "the re-run must sweep the passages the killed run left behind"


class CountingStore:
    """A real store that counts the calls made to it: each one is a Chroma round trip (a transaction)."""

    def __init__(self, inner: ChromaStore) -> None:
        self.inner = inner
        self.calls: Counter[str] = Counter()

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self.inner, name)
        if not callable(attr):
            return attr

        def counted(*args: Any, **kwargs: Any) -> Any:
            self.calls[name] += 1
            return attr(*args, **kwargs)

        return counted


def test_store_round_trips_grow_with_passage_groups_not_with_guides(tmp_path: Path) -> None:
    corpus = _medquad_corpus(tmp_path / "corpus", 300)
    store = CountingStore(ChromaStore.embedded(tmp_path / "index", "t"))
    options = IngestOptions(corpus=corpus, max_bytes=1_000_000, chunk_chars=450, chunk_min_chars=200)
    summary = run_ingest(options, store, FakeEmbedder)
    assert summary.added == 300
    batches = -(-summary.passages // options.embed_batch)
    groups = -(-summary.passages // GROUP_PASSAGES)
    writes = sum(n for name, n in store.calls.items() if name not in ("manifest", "sweep_orphans"))
    # One write per embedded batch is fine; the commits must come a group at a time, not a guide at a time.
    assert writes <= batches + 2 * groups + 4, dict(store.calls)


class SlowManifestStore(ChromaStore):
    """A real store whose full manifest read takes as long as it does at ~10,000 guides (measured: 1.4 s
    at 15,000), so a test on the bundled guides shows what a question pays for it."""

    manifest_delay_s = 0.0

    def manifest(self) -> dict[str, GuideRecord]:
        time.sleep(self.manifest_delay_s)
        return super().manifest()


def test_an_unchanged_index_costs_a_question_no_full_manifest_read(corpus_copy: Path, tmp_path: Path) -> None:
    from assistant.services import build_services

    store = SlowManifestStore.embedded(tmp_path / "index", "guides")
    assert isinstance(store, SlowManifestStore)
    settings = Settings(corpus_dir=corpus_copy, data_dir=tmp_path / "data")
    services = build_services(settings, store=store, embedder=FakeEmbedder())
    assert services.library.ingest().added == 4
    services.assistant.ask(OLD_QUESTIONS[0], ())  # the first question may load what it needs
    store.manifest_delay_s = 0.5
    slowest, started = 0.0, time.monotonic()
    while time.monotonic() - started < 5:  # longer than the 2 s caches, so any periodic re-read shows
        for question in OLD_QUESTIONS:
            began = time.perf_counter()
            _well_formed(services.assistant.ask(question, ()))
            slowest = max(slowest, time.perf_counter() - began)
    assert slowest < 0.4, f"a question waited {slowest:.2f} s for a manifest read"
