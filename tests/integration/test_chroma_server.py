"""A real `chroma run` server: ingest and cited answers through it, a clear message when it goes, recovery."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from assistant.errors import StoreUnavailableError
from assistant.settings import OFFLINE_ENV, Settings
from tests.conftest import REPO

pytestmark = [pytest.mark.server, pytest.mark.slow]

CHROMA = Path(sys.executable).with_name("chroma")
QUESTION = "How can I lower my risk of infection during recovery?"
START_TIMEOUT_S = 90


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class ChromaServer:
    """One `chroma run` process on 127.0.0.1; stop() and start() again keep the port and the folder."""

    path: Path
    port: int
    log: Path
    process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")} | OFFLINE_ENV
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(
                [str(CHROMA), "run", "--path", str(self.path), "--host", "127.0.0.1", "--port", str(self.port)],
                stdout=out, stderr=subprocess.STDOUT, env=env,
            )
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"chroma run exited with {self.process.returncode}:\n{self.log.read_text()[-2000:]}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/api/v2/heartbeat", timeout=2):
                    return
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
                time.sleep(0.2)
        pytest.fail(f"chroma run did not answer a heartbeat in {START_TIMEOUT_S} s:\n{self.log.read_text()[-2000:]}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ChromaServer]:
    if not CHROMA.exists():
        pytest.skip(f"{CHROMA} is not installed")
    running = ChromaServer(tmp_path / "chroma", _free_port(), tmp_path / "chroma.log")
    running.start()
    yield running
    running.stop()


@pytest.fixture
def remote_settings(server: ChromaServer, corpus_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Settings as a deployment sets them: ASSISTANT_CHROMA_HOST / _PORT in the environment."""
    monkeypatch.setenv("ASSISTANT_CHROMA_HOST", "127.0.0.1")
    monkeypatch.setenv("ASSISTANT_CHROMA_PORT", str(server.port))
    monkeypatch.setenv("ASSISTANT_CORPUS_DIR", str(corpus_copy))
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path / "data"))
    return Settings()


def _assert_cited(answer: Any) -> None:
    assert answer.citations and not answer.flags.not_found, answer.text
    assert "[1]" in answer.text
    assert any("infection" in c.passage.chunk.text.lower() for c in answer.citations)


def test_ingest_and_answers_go_through_the_server_and_survive_its_restart(
    server: ChromaServer, remote_settings: Settings, minilm: Any
) -> None:
    from assistant.services import build_services

    services = build_services(remote_settings, embedder=minilm)
    summary = services.library.ingest()
    assert (summary.added, summary.failed) == (4, 0) and summary.passages > 40
    assert not remote_settings.resolved_index_dir.exists(), "nothing may be written to the embedded index"
    assert (server.path / "chroma.sqlite3").stat().st_size > 0
    _assert_cited(services.assistant.ask(QUESTION, ()))
    assert services.library.ingest().unchanged == 4  # the manifest lives on the server too

    server.stop()
    started = time.monotonic()
    with pytest.raises(StoreUnavailableError) as lost:
        services.assistant.ask(QUESTION, ())
    assert time.monotonic() - started < 30, "a dead server must fail fast, not hang the patient's request"
    assert f"127.0.0.1:{server.port}" in lost.value.message and "not answering" in lost.value.message
    assert "chroma run" in lost.value.hint

    server.start()
    _assert_cited(services.assistant.ask(QUESTION, ()))
    assert services.library.ingest().unchanged == 4


def test_the_cli_and_the_app_show_one_clear_message_when_the_server_is_gone(
    server: ChromaServer, remote_settings: Settings, minilm: Any
) -> None:
    import gradio as gr

    from assistant.services import build_services
    from assistant.ui.handlers import ChatSession, Handlers
    from assistant.ui.storage import ConversationLog

    services = build_services(remote_settings, embedder=minilm)
    services.library.ingest()
    server.stop()

    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")} | OFFLINE_ENV
    env |= {k: v for k, v in os.environ.items() if k.startswith("ASSISTANT_")}
    done = subprocess.run(
        [sys.executable, "-m", "assistant", "ask", QUESTION], cwd=REPO, env=env,
        capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and done.stdout == ""
    assert done.stderr.strip().startswith("error:") and "chroma run" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr

    handlers = Handlers(services, ConversationLog.from_settings(remote_settings))
    with pytest.raises(gr.Error) as shown:
        handlers.ask_api(QUESTION, [])
    assert "not answering" in str(shown.value.message) and "chroma run" in str(shown.value.message)
    bubbles = list(handlers.respond(QUESTION, ChatSession()))[-1][0]
    assert "not answering" in bubbles[-1]["content"] and "Traceback" not in bubbles[-1]["content"]


def test_an_unreachable_server_at_startup_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.services import build_services

    monkeypatch.setenv("ASSISTANT_CHROMA_HOST", "127.0.0.1")
    monkeypatch.setenv("ASSISTANT_CHROMA_PORT", str(_free_port()))
    with pytest.raises(StoreUnavailableError) as failed:
        build_services(Settings(corpus_dir=tmp_path, data_dir=tmp_path / "data"))
    assert "cannot reach the Chroma server" in failed.value.message and "chroma run" in failed.value.hint
