"""Starts the real app once per session (`python app.py`, free port, data and corpus in tmp) for UI tests."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from assistant.settings import OFFLINE_ENV
from tests.support import free_port, stop_process

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts"
STAFF_TOKEN = "test-staff-token-5b1e"
CARE_TEAM_PHONE = "+1 555 010 0199"
START_TIMEOUT_S = 240


@dataclass(frozen=True)
class RunningApp:
    url: str
    data_dir: Path
    corpus_dir: Path
    log_path: Path
    env: dict[str, str]
    staff_token: str = STAFF_TOKEN
    repo: Path = REPO

    @property
    def chat_db(self) -> Path:
        return self.data_dir / "conversations.sqlite3"

    def log_text(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")


def _copy_corpus(target: Path) -> Path:
    """A writable copy: the Library tab may add or remove guides, and the repo's corpus stays untouched."""
    shutil.copytree(REPO / "corpus", target)
    for path in target.rglob("*"):
        path.chmod(path.stat().st_mode | stat.S_IWUSR)
    return target


def _wait_until_serving(url: str, process: subprocess.Popen[bytes], log_path: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"app.py exited with {process.returncode}:\n{log_path.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.5)
    pytest.fail(f"app.py did not serve {url} within {START_TIMEOUT_S} s:\n{log_path.read_text()[-3000:]}")


@pytest.fixture(scope="session", autouse=True)
def offline_environment() -> Iterator[None]:
    """The test process (gradio_client, in-process Blocks) stays local and silent, like the app."""
    with pytest.MonkeyPatch.context() as patch:
        for name, value in OFFLINE_ENV.items():
            patch.setenv(name, value)
        yield


@pytest.fixture(scope="session")
def running_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningApp]:
    """The real app: real MiniLM, real Chroma in tmp, ingesting the corpus on start."""
    root = tmp_path_factory.mktemp("app")
    corpus = _copy_corpus(root / "corpus")
    data = root / "data"
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env.update(OFFLINE_ENV)
    env.update(
        ASSISTANT_DATA_DIR=str(data),
        ASSISTANT_CORPUS_DIR=str(corpus),
        ASSISTANT_STAFF_TOKEN=STAFF_TOKEN,
        ASSISTANT_CARE_TEAM_PHONE=CARE_TEAM_PHONE,
        ASSISTANT_EMBED_THREADS="1",
        PYTHONUNBUFFERED="1",
    )
    log_path = root / "app.log"
    url = f"http://127.0.0.1:{port}"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "app.py", "--port", str(port), "--corpus", str(corpus)],
            cwd=REPO,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        _wait_until_serving(url, process, log_path)
        yield RunningApp(url, data, corpus, log_path, env)
    finally:
        stop_process(process)


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
