"""Ingest into a real Chroma (tmp dir) with a fake embedder: formats, re-ingest, bad input, interruption."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fpdf import FPDF

from assistant.adapters.chroma_store import ChromaStore
from assistant.ingest.pipeline import IngestOptions, run_ingest
from tests.conftest import CORPUS
from tests.fakes import FakeEmbedder

GUIDE_TEXT = (
    "Caring for Yourself After Treatment\n"
    "Rest matters in the first weeks. Short walks help your energy come back slowly.\n"
    "Eating Well\n"
    "Small frequent meals are easier when your appetite is low after treatment.\n"
)


def _pdf(path: Path, pages: list[str], *, encrypt: bool = False, text: bool = True) -> Path:
    pdf = FPDF()
    pdf.set_title("Guide From PDF Info")
    for body in pages:
        pdf.add_page()
        pdf.set_font("Helvetica", size=12)
        if text:
            pdf.multi_cell(0, 8, body)
        else:
            pdf.rect(20, 20, 100, 60, style="F")  # a "scan": marks on the page, no text layer
    if encrypt:
        pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.output(str(path))
    return path


def _options(corpus: Path, **kw: object) -> IngestOptions:
    base: dict[str, object] = {"corpus": corpus, "max_bytes": 1_000_000, "chunk_chars": 450, "chunk_min_chars": 150}
    base.update(kw)
    return IngestOptions(**base)  # type: ignore[arg-type]


def _store(tmp_path: Path) -> ChromaStore:
    return ChromaStore.embedded(tmp_path / "index", "t")


def _texts(store: ChromaStore) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for chunk in store.all_chunks():
        out.setdefault(chunk.guide, []).append(chunk.text)
    return out


def test_every_format_is_ingested_with_sections_and_pages(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "plain.txt").write_text(GUIDE_TEXT)
    (corpus / "notes.md").write_text("# Markdown Guide\n\n## Fever Plan\n\nKeep a thermometer at home and write readings down.\n")
    (corpus / "page.html").write_text(
        "<html><head><title>Web Guide</title><script>alert(1)</script></head><body><nav>Home | Contact us</nav>"
        "<h2>Visiting Hours</h2><p>Visitors should wash their hands before entering the room.</p></body></html>"
    )
    _pdf(corpus / "leaflet.pdf", ["Page one talks about engraftment and blood counts.", "Page two covers vaccines again."])
    store = _store(tmp_path)
    summary = run_ingest(_options(corpus), store, FakeEmbedder)
    assert (summary.added, summary.failed) == (4, 0)
    chunks = {c.guide: [] for c in store.all_chunks()}
    for c in store.all_chunks():
        chunks[c.guide].append(c)
    plain = chunks["plain.txt"]
    assert plain[0].title == "Caring for Yourself After Treatment"  # no metadata: the first heading
    assert [c.section for c in plain] == ["", "Eating Well"]
    assert chunks["notes.md"][0].section == "Fever Plan"
    html = chunks["page.html"][0]
    assert (html.title, html.section) == ("Web Guide", "Visiting Hours")
    assert "alert" not in html.text and "Contact us" not in html.text
    assert [c.page for c in chunks["leaflet.pdf"]] == [1, 2]
    assert chunks["leaflet.pdf"][0].title == "Guide From PDF Info"
    manifest = store.manifest()
    assert manifest["plain.txt"].file_hash and manifest["plain.txt"].passages == len(chunks["plain.txt"])


def test_reingest_embeds_only_what_changed_and_forgets_removed_guides(tmp_path: Path, corpus_copy: Path) -> None:
    store = _store(tmp_path)
    first = FakeEmbedder()
    assert run_ingest(_options(corpus_copy), store, lambda: first).added == 4
    unchanged = FakeEmbedder()
    again = run_ingest(_options(corpus_copy), store, lambda: unchanged)
    assert (again.unchanged, again.passages, unchanged.embedded) == (4, 0, 0)

    guide = corpus_copy / "001_9b214a28f43b8999.txt"
    guide.write_text(guide.read_text().replace("Liv Hospital", "Example Clinic"))
    (corpus_copy / "003_fd6cb3c8ce060b70.txt").unlink()
    changed = FakeEmbedder()
    summary = run_ingest(_options(corpus_copy), store, lambda: changed)
    assert (summary.updated, summary.removed, summary.unchanged) == (1, 1, 2)
    assert changed.embedded == summary.passages > 0
    texts = _texts(store)
    assert "003_fd6cb3c8ce060b70.txt" not in texts
    joined = " ".join(texts["001_9b214a28f43b8999.txt"])
    assert "Example Clinic" in joined and "Liv Hospital" not in joined


def test_dry_run_reports_and_writes_nothing(tmp_path: Path, corpus_copy: Path) -> None:
    store = _store(tmp_path)
    summary = run_ingest(_options(corpus_copy, dry_run=True), store, FakeEmbedder)
    assert summary.added == 4 and summary.passages > 0
    assert store.manifest() == {} and store.all_chunks() == []


def test_rebuild_starts_from_scratch(tmp_path: Path, corpus_copy: Path) -> None:
    store = _store(tmp_path)
    run_ingest(_options(corpus_copy), store, FakeEmbedder)
    summary = run_ingest(_options(corpus_copy, rebuild=True), store, FakeEmbedder)
    assert summary.added == 4 and summary.unchanged == 0


@pytest.mark.parametrize(
    ("name", "make", "reason"),
    [
        ("empty.txt", lambda p: p.write_text(""), "empty"),
        ("binary.txt", lambda p: p.write_bytes(bytes(range(256)) * 40), "binary"),
        ("broken.pdf", lambda p: p.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage"), "PDF"),
        ("locked.pdf", lambda p: _pdf(p, ["Secret text."], encrypt=True), "password"),
        ("scan.pdf", lambda p: _pdf(p, ["ignored"], text=False), "no text layer"),
        ("gone.txt", lambda p: p.symlink_to(p.parent / "missing-target.txt"), "cannot be read"),
        ("huge.txt", lambda p: p.write_text("A sentence about care. " * 60_000), "limit"),
    ],
)
def test_bad_guides_are_reported_by_name_and_the_rest_ingested(
    tmp_path: Path, corpus_copy: Path, name: str, make: object, reason: str
) -> None:
    make(corpus_copy / name)  # type: ignore[operator]
    store = _store(tmp_path)
    summary = run_ingest(_options(corpus_copy), store, FakeEmbedder)
    assert summary.added == 4 and summary.failed == 1
    failure = summary.failures[0]
    assert failure["guide"] == name and reason.lower() in failure["reason"].lower() and failure["hint"]
    assert len(store.manifest()) == 4


def test_interrupted_ingest_keeps_the_previous_index_and_the_next_run_completes(
    tmp_path: Path, corpus_copy: Path
) -> None:
    store = _store(tmp_path)
    small = tmp_path / "small"
    small.mkdir()
    shutil.copy(CORPUS / "000_867d4c69e921e0af.txt", small)
    run_ingest(_options(small), store, FakeEmbedder)
    before = _texts(store)

    # Now the full corpus (much more to embed), interrupted part way, as by Ctrl-C.
    with pytest.raises(KeyboardInterrupt):
        run_ingest(_options(corpus_copy), store, lambda: FakeEmbedder(fail_after=40))
    during = _texts(store)
    assert during["000_867d4c69e921e0af.txt"] == before["000_867d4c69e921e0af.txt"]
    assert all(c.guide in store.manifest() for c in store.all_chunks())

    finish = run_ingest(_options(corpus_copy), store, FakeEmbedder)
    assert finish.failed == 0
    clean = _store(tmp_path / "clean")
    run_ingest(_options(corpus_copy), clean, FakeEmbedder)
    assert _texts(store) == _texts(clean)
    assert {g: r.version for g, r in store.manifest().items()} == {g: r.version for g, r in clean.manifest().items()}
    assert store._passages.count() == clean._passages.count()


class _DamagedStore:
    """A store whose passages can't be read, as Chroma reports after a kill mid-write; reset() heals it."""

    def __init__(self, real: ChromaStore) -> None:
        self.real = real
        self.damaged = True

    def __getattr__(self, name: str) -> object:
        return getattr(self.real, name)

    def sweep_orphans(self) -> int:
        from assistant.errors import IndexDamagedError

        if self.damaged:
            raise IndexDamagedError("the guide index cannot be read", "run `python ingest.py --rebuild`")
        return int(self.real.sweep_orphans())

    def reset(self) -> None:
        self.damaged = False
        self.real.reset()


def test_unreadable_index_is_rebuilt_by_the_next_ingest(tmp_path: Path, corpus_copy: Path) -> None:
    real = _store(tmp_path)
    run_ingest(_options(corpus_copy), real, FakeEmbedder)
    summary = run_ingest(_options(corpus_copy), _DamagedStore(real), FakeEmbedder)  # type: ignore[arg-type]
    assert summary.added == 4 and summary.unchanged == 0
    assert len(real.manifest()) == 4 and real.all_chunks()


def test_the_state_token_changes_with_the_committed_guides_and_replicas_see_it(
    tmp_path: Path, corpus_copy: Path
) -> None:
    writer, reader = _store(tmp_path), ChromaStore(_store(tmp_path)._client, "t", manifest_ttl_s=0.0)
    empty = writer.fingerprint()
    run_ingest(_options(corpus_copy), writer, FakeEmbedder)
    after_ingest = writer.fingerprint()
    assert after_ingest != empty
    assert reader.fingerprint() == after_ingest == writer.fingerprint()  # stable across reads and replicas
    run_ingest(_options(corpus_copy), writer, FakeEmbedder)  # nothing changed: nothing committed
    assert writer.fingerprint() == after_ingest
    guide = sorted(writer.manifest())[0]
    hits_before = {h.chunk.guide for h in reader.query(FakeEmbedder().embed_query("treatment"), 50)}
    assert guide in hits_before
    (corpus_copy / guide).unlink()
    run_ingest(_options(corpus_copy), writer, FakeEmbedder)
    assert reader.fingerprint() != after_ingest
    assert guide not in {h.chunk.guide for h in reader.query(FakeEmbedder().embed_query("treatment"), 50)}
    writer.reset()
    assert writer.fingerprint() == empty  # an empty index has one token, whoever derives it


def test_an_index_written_before_the_state_token_gets_one_once(tmp_path: Path, corpus_copy: Path) -> None:
    store = _store(tmp_path)
    run_ingest(_options(corpus_copy), store, FakeEmbedder)
    store._client.delete_collection("t_state")  # as an index from before the token existed
    old = ChromaStore(store._client, "t")
    token = old.fingerprint()
    assert token == ChromaStore(store._client, "t").fingerprint()
    assert old.manifest() and {h.chunk.guide for h in old.query(FakeEmbedder().embed_query("cells"), 50)}
    (corpus_copy / sorted(old.manifest())[0]).unlink()
    run_ingest(_options(corpus_copy), old, FakeEmbedder)
    assert old.fingerprint() != token


class _CountingReads(ChromaStore):
    """A real store that counts its full reads of the passages (what a sweep costs at 15,000 guides) and can
    crash between storing a group's passages and committing them."""

    full_reads = 0
    crash_before_commit = False

    def _all_rows(self, include_documents: bool):  # type: ignore[no-untyped-def]
        self.full_reads += 1
        return super()._all_rows(include_documents)

    def commit_guides(self, records):  # type: ignore[no-untyped-def]
        if self.crash_before_commit:
            raise RuntimeError("killed before the commit")
        super().commit_guides(records)


def test_sweep_removes_what_a_crash_left_and_skips_the_full_read_on_a_clean_index(
    tmp_path: Path, corpus_copy: Path
) -> None:
    store = _CountingReads.embedded(tmp_path / "index", "t")
    assert isinstance(store, _CountingReads)
    run_ingest(_options(corpus_copy), store, FakeEmbedder)
    clean = _texts(store)
    store.full_reads = 0
    assert store.sweep_orphans() == 0 and store.full_reads == 0

    # A crash after storing a new version's passages, before its commit: they are swept, the index is as before.
    (corpus_copy / sorted(store.manifest())[0]).write_text(GUIDE_TEXT)
    store.crash_before_commit = True
    with pytest.raises(RuntimeError):
        run_ingest(_options(corpus_copy), store, FakeEmbedder)
    left = store._passages.count() - sum(r.passages for r in store.manifest().values())
    assert left > 0
    assert store.sweep_orphans() == left and store.full_reads == 1
    assert _texts(store) == clean
