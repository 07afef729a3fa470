"""The lexical index over a real Chroma: built from what the store holds, rebuilt in the background on change."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from assistant.adapters.chroma_store import ChromaStore
from assistant.ask.lexical import LexicalIndex, same_family
from assistant.domain import Chunk
from assistant.ingest.pipeline import IngestOptions, run_ingest
from assistant.text import tokens
from tests.fakes import FakeEmbedder

NEW_GUIDE = "Zorblax Clinic Notes\nThe zorblax shuttle leaves the clinic every morning for patients.\n"


class GatedStore(ChromaStore):
    """A real store whose full read waits for the test to open the gate (a slow rebuild at 15k guides)."""

    gate: threading.Event | None = None
    fail = False

    def all_chunks(self) -> list[Chunk]:
        if self.fail:
            raise RuntimeError("store read failed")
        if self.gate is not None:
            assert self.gate.wait(10), "the test never opened the gate"
        return super().all_chunks()


def _ingest(corpus: Path, store: ChromaStore) -> None:
    options = IngestOptions(corpus=corpus, max_bytes=1_000_000, chunk_chars=450, chunk_min_chars=150)
    run_ingest(options, store, FakeEmbedder)


def _guides(index: LexicalIndex, word: str) -> set[str]:
    return {chunk.guide for chunk, _ in index.search(tokens(word), 10)}


@pytest.fixture
def indexed(tmp_path: Path, corpus_copy: Path) -> tuple[Path, GatedStore]:
    store = GatedStore.embedded(tmp_path / "index", "t")
    assert isinstance(store, GatedStore)
    _ingest(corpus_copy, store)
    return corpus_copy, store


def test_a_change_is_rebuilt_in_the_background_while_questions_use_the_previous_index(
    indexed: tuple[Path, GatedStore],
) -> None:
    corpus, store = indexed
    index = LexicalIndex(store, recheck_s=0.0)
    assert _guides(index, "allogeneic") and not _guides(index, "zorblax")
    size = index.size

    (corpus / "zorblax.txt").write_text(NEW_GUIDE)
    _ingest(corpus, store)
    store.gate = threading.Event()
    began = time.perf_counter()
    assert not _guides(index, "zorblax")  # the rebuild is waiting at the gate: the old index answers
    assert _guides(index, "allogeneic") and index.size == size
    assert time.perf_counter() - began < 1.0, "a question waited for the rebuild"

    store.gate.set()
    deadline = time.monotonic() + 10
    while not _guides(index, "zorblax") and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _guides(index, "zorblax") == {"zorblax.txt"}
    assert index.size == size + 1


def test_refresh_wait_rebuilds_before_returning(indexed: tuple[Path, GatedStore]) -> None:
    corpus, store = indexed
    index = LexicalIndex(store, recheck_s=60.0)  # no periodic check would notice within the test
    assert not _guides(index, "zorblax")
    (corpus / "zorblax.txt").write_text(NEW_GUIDE)
    _ingest(corpus, store)
    index.refresh(wait=True)
    assert _guides(index, "zorblax") == {"zorblax.txt"}


def test_a_failed_rebuild_keeps_the_previous_index_and_is_retried(
    indexed: tuple[Path, GatedStore], caplog: pytest.LogCaptureFixture
) -> None:
    corpus, store = indexed
    index = LexicalIndex(store, recheck_s=0.0)
    assert _guides(index, "allogeneic")
    (corpus / "zorblax.txt").write_text(NEW_GUIDE)
    _ingest(corpus, store)
    store.fail = True
    assert _guides(index, "allogeneic") and not _guides(index, "zorblax")
    deadline = time.monotonic() + 10
    while "lexical index rebuild failed" not in caplog.text and time.monotonic() < deadline:
        time.sleep(0.05)
    assert "lexical index rebuild failed" in caplog.text
    assert _guides(index, "allogeneic")
    store.fail = False
    deadline = time.monotonic() + 10
    while not _guides(index, "zorblax") and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _guides(index, "zorblax") == {"zorblax.txt"}


def test_catch_up_brings_an_index_in_use_up_to_date_and_leaves_an_unused_one_unbuilt(
    indexed: tuple[Path, GatedStore],
) -> None:
    corpus, store = indexed
    unused = LexicalIndex(store, recheck_s=60.0)
    store.fail = True  # `python ingest.py` never asks a question: catching up must not read every passage
    unused.catch_up()
    assert unused.size == 0
    store.fail = False

    in_use = LexicalIndex(store, recheck_s=60.0)
    assert not _guides(in_use, "zorblax")
    (corpus / "zorblax.txt").write_text(NEW_GUIDE)
    _ingest(corpus, store)
    in_use.catch_up()  # within the 60 s recheck: only catch_up can have rebuilt it
    assert _guides(in_use, "zorblax") == {"zorblax.txt"}


def test_a_word_family_is_recognised_by_a_short_suffix_only(indexed: tuple[Path, GatedStore]) -> None:
    _, store = indexed
    index = LexicalIndex(store)
    index.refresh(wait=True)
    assert not index.in_vocabulary("reject") and index.in_word_family("reject")  # the guides say "rejection"
    assert index.in_word_family("immunosuppress")  # "immunosuppressive"
    assert index.in_word_family("lymphoma")
    # "lymph" + a long tail is another word ("lymphodepleting" is not in the guides), and so is "alcohol".
    assert not index.in_word_family("lymphodeplet") and not index.in_word_family("alcohol")
    # A final silent e goes before a suffix: the guides say "vaccination", a patient "vaccine".
    assert not index.in_vocabulary("vaccine") and index.in_word_family("vaccine")
    assert not index.in_word_family("vaccinee")  # only the one e: no other word is read as a family member
    assert index.family("vaccine") == ("vaccination",) and index.family("vacc") == ()  # what the search adds


@pytest.mark.parametrize(
    ("a", "b", "family"),
    [
        ("reject", "rejection", True),
        ("vaccine", "vaccination", True),  # the silent e dropped before '-ation'
        ("immune", "immunity", True),
        ("care", "carry", False),  # too short a stem once the e is gone
        ("vaccine", "vacuum", False),
        ("lymph", "lymphodeplet", False),  # too long a tail
    ],
)
def test_word_families(a: str, b: str, family: bool) -> None:
    assert same_family(a, b) is family and same_family(b, a) is family


def test_a_rare_word_one_edit_away_is_a_typo_an_everyday_one_is_meant(indexed: tuple[Path, GatedStore]) -> None:
    _, store = indexed
    index = LexicalIndex(store)
    index.refresh(wait=True)
    assert index.df("hemophilia") and index.in_vocabulary("haemophilia")  # a spelling one edit away
    # The guides say "deep dive", never "drive": a question about driving is not about what they say.
    assert index.df("dive") and not index.in_vocabulary("drive") and not index.in_word_family("drive")


def test_following_gives_the_next_passages_of_the_same_guide(indexed: tuple[Path, GatedStore]) -> None:
    _, store = indexed
    index = LexicalIndex(store)
    index.refresh(wait=True)
    chunks = sorted(store.all_chunks(), key=lambda c: (c.guide, c.position))
    first = chunks[0]
    same_guide = [c for c in chunks if c.guide == first.guide]
    assert [c.id for c in index.following(first, 3)] == [c.id for c in same_guide[1:4]]
    last = same_guide[-1]
    assert index.following(last, 3) == []  # the guide's end: nothing from the next guide


def test_unknown_terms_are_the_names_no_guide_uses_not_typos_or_words_run_together(
    tmp_path: Path, corpus_copy: Path
) -> None:
    from assistant.ask.decide import unknown_terms

    (corpus_copy / "enzyme.txt").write_text(
        "Enzyme Notes\nCongenital adrenal hyperplasia due to 21-hydroxylase deficiency is treated with hormones.\n",
        encoding="utf-8",
    )
    store = ChromaStore.embedded(tmp_path / "index", "t")
    _ingest(corpus_copy, store)
    index = LexicalIndex(store)
    index.refresh(wait=True)
    # A word with a number before its hyphen is one word, as the guides' own '21-hydroxylase' is.
    assert unknown_terms("How is 21-hydroxylase deficiency treated?", index) == ()
    assert unknown_terms("Is Zolgensma given before the bloodwork, actualy?", index) == ("Zolgensma",)
