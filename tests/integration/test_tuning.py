"""The query adapter for real: learned by `python -m assistant tune` with the real model over a real Chroma index,
measured on question sets it never saw, and set aside when the guides are not the ones it was learned for."""

from __future__ import annotations

import contextlib
import io
import json
import logging
import shutil
from pathlib import Path

import pytest

from assistant.ask.tuning import load_adapter
from assistant.cli import main
from assistant.evaluate import load_questions, run_eval
from assistant.services import build_services
from assistant.settings import Settings
from tests.conftest import CORPUS, EVAL_DIR, OWN_EVAL
from tests.fakes import FakeEmbedder

pytestmark = pytest.mark.slow

# Learned from the first sets written (ours and held-out 1-14), measured on the last ones of session 14.
TRAINING = [OWN_EVAL, EVAL_DIR / "holdout.jsonl", *(EVAL_DIR / f"holdout{n}.jsonl" for n in range(2, 15))]
UNSEEN = [EVAL_DIR / f"holdout{n}.jsonl" for n in range(27, 33)]


@pytest.fixture(scope="module")
def learned(bundled_services, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, object]]:  # type: ignore[no-untyped-def]
    """An adapter learned through the command line, in a corpus folder of its own beside the bundled index."""
    corpus = tmp_path_factory.mktemp("tuned_corpus")
    monkeypatch = pytest.MonkeyPatch()
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(bundled_services.settings.data_dir))
    monkeypatch.setenv("ASSISTANT_CORPUS_DIR", str(corpus))
    try:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = main(["tune", *map(str, TRAINING), "--json"])
    finally:
        monkeypatch.undo()
    assert code == 0
    return corpus, json.loads(out.getvalue())


def test_tune_learns_an_adapter_for_the_indexed_guides(bundled_services, learned) -> None:  # type: ignore[no-untyped-def]
    corpus, summary = learned
    bundled_services.lexical.refresh(wait=True)
    adapter = load_adapter(corpus / "query_adapter.npz")
    assert adapter is not None and adapter.fits(bundled_services.lexical.guides())
    assert summary["answerable"] > 400 and summary["skipped"] <= 5
    # On the folds it was not trained on, far more questions come nearest the sentence that answers them.
    assert summary["nearest_is_evidence_after"] >= summary["nearest_is_evidence_before"] + 0.2
    # Its answering nearness lets most answerable questions through and few not-covered ones.
    assert summary["answerable_at_or_above"] >= 0.5 and summary["not_covered_at_or_above"] <= 0.15


def test_the_adapter_ranks_unseen_questions_better(bundled_services, learned, minilm) -> None:  # type: ignore[no-untyped-def]
    corpus, _ = learned
    tuned = build_services(
        Settings(corpus_dir=corpus, data_dir=bundled_services.settings.data_dir),
        store=bundled_services.store,
        embedder=minilm,
    )
    plain = build_services(
        Settings(corpus_dir=corpus, data_dir=bundled_services.settings.data_dir, query_adapter=False),
        store=bundled_services.store,
        embedder=minilm,
    )
    questions = [q for path in UNSEEN for q in load_questions(path)]
    with_adapter = run_eval(questions, lambda q, h: tuned.assistant.ask(q, h).as_json())
    without = run_eval(questions, lambda q, h: plain.assistant.ask(q, h).as_json())
    assert with_adapter.hit_at_1 >= without.hit_at_1 + 0.05, (without.hit_at_1, with_adapter.hit_at_1)
    assert with_adapter.evidence_in_answer_rate >= without.evidence_in_answer_rate
    assert with_adapter.false_abstain_rate <= without.false_abstain_rate
    assert with_adapter.abstain_accuracy >= without.abstain_accuracy - 0.05


def test_the_bundled_adapter_was_learned_for_the_bundled_guides(bundled_services) -> None:  # type: ignore[no-untyped-def]
    """Updating a guide without learning the adapter again would quietly set it aside: this says so first."""
    bundled_services.lexical.refresh(wait=True)
    adapter = load_adapter(CORPUS / "query_adapter.npz")
    assert adapter is not None, "run `python -m assistant tune tests/data/eval/*.jsonl` after ingesting"
    assert adapter.fits(bundled_services.lexical.guides())


def test_a_changed_guide_sets_the_adapter_aside(corpus_copy: Path, tmp_path: Path, caplog) -> None:  # type: ignore[no-untyped-def]
    guide = sorted(corpus_copy.glob("001_*.txt"))[0]
    guide.write_text(guide.read_text(encoding="utf-8") + "\nA sentence added by a maintainer.\n", encoding="utf-8")
    shutil.copy(CORPUS / "query_adapter.npz", corpus_copy / "query_adapter.npz")
    services = build_services(Settings(corpus_dir=corpus_copy, data_dir=tmp_path / "data"), embedder=FakeEmbedder())
    assert services.library.ingest().failed == 0
    with caplog.at_level(logging.WARNING, logger="assistant.ask.tuning"):
        answer = services.assistant.ask("What is TIL therapy?")
    assert answer.passages
    assert any("learned for other guides" in r.message for r in caplog.records)


TIL_GUIDE = "003_fd6cb3c8ce060b70.txt"
TIL_EVIDENCE = "Right now, TIL therapy is still being studied in clinical trials"


class RecordingEmbedder(FakeEmbedder):
    """The fake embedder, keeping every query text it was asked to embed."""

    def __init__(self) -> None:
        super().__init__()
        self.queries: list[str] = []

    def embed_queries(self, texts):  # type: ignore[no-untyped-def]
        self.queries.extend(texts)
        return super().embed_queries(texts)


def test_tune_learns_a_follow_up_as_the_service_searches_it_and_as_typed(tmp_path: Path) -> None:
    from assistant.ask.followup import search_text
    from assistant.tune import tune

    embedder = RecordingEmbedder()
    services = build_services(Settings(corpus_dir=CORPUS, data_dir=tmp_path / "data"), embedder=embedder)
    assert services.library.ingest().failed == 0
    history = [{"role": "user", "content": "What is TIL therapy?"}, {"role": "assistant", "content": "It is ..."}]
    rows = [
        {"id": "a", "question": "Is it widely available?", "history": history, "guide": TIL_GUIDE,
         "evidence": [TIL_EVIDENCE], "expect": "answer", "kind": "follow-up"},
        {"id": "b", "question": "And how long do ppl stay in hospital for it?", "history": history, "guide": None,
         "evidence": [], "expect": "abstain", "kind": "not-in-guides"},
    ]
    files = []
    for n in range(2):
        path = tmp_path / f"set{n}.jsonl"
        path.write_text("\n".join(json.dumps({**r, "id": f"{r['id']}{n}"}) for r in rows), encoding="utf-8")
        files.append(path)
    embedder.queries.clear()
    lexical = services.lexical
    report = tune(files, services.store, embedder,
                  searched=lambda q, h: search_text(q, h, lexical).query)
    assert report.answerable == 2 and report.not_covered == 2
    # the follow-up as searched (with the question before it) and as typed; the not-covered one as searched only
    assert embedder.queries.count("What is TIL therapy? Is it widely available?") == 2
    assert embedder.queries.count("Is it widely available?") == 2
    assert embedder.queries.count("What is TIL therapy? And how long do people stay in hospital for it?") == 2
    assert "And how long do ppl stay in hospital for it?" not in embedder.queries
