"""A real ChatOpenAI pointed at a closed local port: the composer falls back to the extractive answer fast."""

from __future__ import annotations

import socket
import time
from pathlib import Path

import pytest

from assistant.domain import Answer, Chunk, Citation, Passage, Turn
from assistant.llm import FALLBACK_ENGINE, GenerativeComposer, build_chat_model, parse_llm
from assistant.settings import OFFLINE_ENV, Settings

pytest.importorskip("langchain_openai", reason="pip install .[openai] (also in the dev extra)")

pytestmark = pytest.mark.slow
CORPUS = Path(__file__).resolve().parents[2] / "corpus"

PASSAGE = Passage(
    chunk=Chunk(
        id="early",
        guide="001_9b214a28f43b8999.txt",
        title="Stem cell recovery",
        section="Early Recovery: The First Critical Weeks",
        position=0,
        text="The initial recovery phase typically spans the first several weeks following stem cell "
        "infusion.",
        guide_hash="0" * 64,
    ),
    score=1.0,
)
FALLBACK = Answer(
    text="The initial recovery phase typically spans the first several weeks following stem cell "
    "infusion [1].",
    disclaimer="General information from patient guides, not medical advice.",
    citations=(Citation(1, PASSAGE),),
    passages=(PASSAGE,),
)


def closed_port() -> int:
    """A loopback port nobody listens on: bound by us for a moment, then released."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


@pytest.fixture
def composer(monkeypatch: pytest.MonkeyPatch) -> GenerativeComposer:
    for name in (
        "OPENAI_API_KEY",
        "OPENAI_BASE_URL",
        "OPENAI_API_BASE",
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("ASSISTANT_LLM", "openai:any")
    monkeypatch.setenv("ASSISTANT_LLM_BASE_URL", f"http://127.0.0.1:{closed_port()}/v1")
    settings = Settings()
    model = build_chat_model(settings)
    assert model is not None and type(model).__name__ == "ChatOpenAI"
    spec = parse_llm(settings.llm)
    assert spec is not None
    return GenerativeComposer(model, timeout_s=settings.llm_timeout_s, name=spec.label)


def test_compose_falls_back_to_the_extractive_answer_within_seconds(composer: GenerativeComposer) -> None:
    start = time.monotonic()
    answer = composer.compose("How long is early recovery?", (), (PASSAGE,), FALLBACK)
    elapsed = time.monotonic() - start
    assert elapsed < 5, f"took {elapsed:.1f} s"
    assert answer.engine == FALLBACK_ENGINE
    assert answer.text == FALLBACK.text and answer.citations == FALLBACK.citations
    assert len(answer.reasons) == 1 and answer.reasons[0].startswith("llm:model error")
    assert "ConnectionError" in answer.reasons[0]


def test_condense_and_stream_also_fall_back_within_seconds(composer: GenerativeComposer) -> None:
    start = time.monotonic()
    history = (Turn("user", "What happens after a stem cell infusion?"),)
    assert composer.condense("how long does it last?", history) == "how long does it last?"
    items = list(composer.stream("How long is early recovery?", (), (PASSAGE,), FALLBACK))
    assert time.monotonic() - start < 5
    assert len(items) == 1 and isinstance(items[0], Answer) and items[0].engine == FALLBACK_ENGINE


def test_full_ask_path_answers_from_the_guides_in_seconds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ASSISTANT_LLM=openai:any at a closed port: the real service (MiniLM, Chroma) still answers, cited."""
    from assistant.services import build_services

    for name, value in OFFLINE_ENV.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("ASSISTANT_LLM", "openai:any")
    monkeypatch.setenv("ASSISTANT_LLM_BASE_URL", f"http://127.0.0.1:{closed_port()}/v1")
    monkeypatch.setenv("ASSISTANT_CORPUS_DIR", str(CORPUS))
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path))
    services = build_services(Settings())
    services.library.ingest()
    history = (Turn("user", "What happens after a stem cell infusion for bone marrow failure?"),)

    start = time.monotonic()
    answer = services.assistant.ask("How long does the early recovery phase last?", history)
    elapsed = time.monotonic() - start

    assert elapsed < 5, f"took {elapsed:.1f} s"
    assert answer.engine == FALLBACK_ENGINE
    assert any(r.startswith("llm:model error") for r in answer.reasons), answer.reasons
    assert answer.citations and "[1]" in answer.text and answer.disclaimer
    guide_text = " ".join((CORPUS / c.passage.chunk.guide).read_text("utf-8") for c in answer.citations)
    assert "first several weeks" in guide_text
